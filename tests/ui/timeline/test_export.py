"""The same drawing on other targets: PNG and PDF exports, and paint_timeline on a QImage."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.domain.vocabulary import Impact, IncidentStatus, SiteKind
from casefiles.errors import AlreadyExists
from tests.helpers import sha256_of
from tests.ui.timeline.timeline_demo import DEMO_LANES, KYIV, TODAY, demo_incidents
from ui.timeline import (
    TimelineIndex,
    TimelineWidget,
    paint_timeline,
    paint_timeline_source,
    timeline_data,
)
from ui.timeline.style import TYPE_STYLES
from ui.timeline.view import TimelineView, fitted


def test_export_png_writes_an_image_of_the_view(timeline: TimelineWidget, tmp_path: Path) -> None:
    path = tmp_path / "timeline.png"
    timeline.export_png(path, QSize(1400, 360))
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (2800, 720)  # drawn at twice the pixels


def test_export_pdf_writes_one_landscape_page(timeline: TimelineWidget, tmp_path: Path) -> None:
    path = tmp_path / "timeline.pdf"
    timeline.mission = "Azərbaycan Respublikasının Ukraynadakı Səfirliyi"
    timeline.export_pdf(path)
    assert path.read_bytes().startswith(b"%PDF")
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height
    # pypdf may give tabs between words, and "fi" as its ligature.
    text = unicodedata.normalize("NFKC", " ".join(page.extract_text().split()))
    assert "Embassy chancery, Kyiv" in text
    assert "Timeline of incidents — Azərbaycan Respublikasının Ukraynadakı Səfirliyi" in text
    assert "Europe/Kyiv" in text
    assert reader.metadata is not None and reader.metadata.title == "Timeline of incidents"


def test_paint_timeline_draws_the_geometry_it_returns() -> None:
    """Any QPainter target: here a QImage, as the printed summary would use a QPrinter."""
    index = TimelineIndex(DEMO_LANES, demo_incidents(), KYIV)
    assert index.extent is not None
    view = fitted(TimelineView(0.0, 1.0), index.extent, TODAY.timestamp())
    image = QImage(1200, 320, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    layout = paint_timeline(painter, QRectF(0, 0, 1200, 320), index, view, now=TODAY)
    painter.end()
    bar = layout.mark_for("incident-1")  # the year 2022 in Kharkiv
    assert bar is not None
    colour = QColor(TYPE_STYLES[demo_incidents()[0].incident_type].colour)
    inside = image.pixelColor(round(bar.x + bar.w / 2), round(bar.y + bar.h / 2))
    # The bar's translucent fill over the lane shading: the type's hue, not grey or white.
    assert abs(inside.hueF() - colour.hueF()) < 0.05 and inside.saturationF() > 0.3
    # The today line is drawn where today is.
    x_today = round(layout.scale.x(TODAY.timestamp()))
    assert any(
        image.pixelColor(x, round(layout.lanes[1].centre_y)).red() > 150
        and image.pixelColor(x, round(layout.lanes[1].centre_y)).green() < 100
        for x in range(x_today - 1, x_today + 2)
    )


@dataclass(frozen=True)
class Source:
    """The shape of the summary's TimelineSource."""

    incidents: tuple[IncidentRecord, ...]
    sites: tuple[SiteRecord, ...]
    timezone: str


def demo_records() -> Source:
    sites = tuple(
        SiteRecord(lane.site_uuid, SiteKind.CHANCERY, lane.name, "", None, None, None, False)
        for lane in DEMO_LANES
    )
    names = {site.uuid: site.name for site in sites}
    incidents = tuple(
        IncidentRecord(
            uuid=i.uuid,
            reference=i.reference,
            title=i.title,
            site_uuid=i.site_uuid,
            site_name=names[i.site_uuid],
            span=i.span,
            incident_type=i.incident_type,
            impact=Impact.UNKNOWN,
            distance_m=None,
            distance_words="",
            description="",
            staff_killed=None,
            staff_injured=None,
            others_injured=None,
            uxo_found=None,
            uxo_depth_m=None,
            status=IncidentStatus.DOCUMENTED,
            deleted=i.uuid == "incident-2",
            worst_severity=i.worst_severity,
            photo_count=i.photo_count,
        )
        for i in demo_incidents()
    )
    return Source(incidents, sites, "Europe/Kyiv")


def test_records_become_timeline_data_without_the_deleted() -> None:
    source = demo_records()
    lanes, incidents = timeline_data(source.sites, source.incidents)
    assert lanes == DEMO_LANES
    assert [i.uuid for i in incidents] == ["incident-1", *(f"incident-{n}" for n in (3, 4, 5, 6))]
    assert incidents[0] == demo_incidents()[0]


def test_the_summary_draws_the_timeline_into_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "summary.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(600)
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(600)
    paint_timeline_source(painter, QRectF(0, 0, page.width(), page.height() / 3), demo_records())
    painter.end()
    text = " ".join(pypdf.PdfReader(path).pages[0].extract_text().split())
    assert "Honorary Consulate, Kharkiv" in text
    assert "Drone strike (loitering munition)" in text
    assert "today" not in text  # a printed page has its own date, not a line for today


def test_export_png_is_headed_by_the_mission(timeline: TimelineWidget, tmp_path: Path) -> None:
    images = []
    for number, mission in enumerate(["Azərbaycan Respublikasının Səfirliyi", "Посольство"]):
        timeline.mission = mission
        timeline.export_png(tmp_path / f"{number}.png", QSize(1400, 360))
        images.append(QImage(str(tmp_path / f"{number}.png")))
    rows = [
        y
        for y in range(0, 720, 2)
        if any(images[0].pixel(x, y) != images[1].pixel(x, y) for x in range(0, 2800, 4))
    ]
    assert rows and max(rows) < 40  # the mission is named in the heading, above the drawing


def test_timeline_export_replaces_only_when_asked_and_never_the_case_file(
    timeline: TimelineWidget, demo_path: Path, tmp_path: Path
) -> None:
    existing = tmp_path / "timeline.png"
    existing.write_bytes(b"an older picture")
    with pytest.raises(AlreadyExists, match="already exists"):
        timeline.export_pdf(existing)
    assert existing.read_bytes() == b"an older picture"
    timeline.export_png(existing, replace=True)
    assert existing.read_bytes().startswith(b"\x89PNG")

    before = sha256_of(demo_path)
    for export in (timeline.export_png, timeline.export_pdf):
        with pytest.raises(AlreadyExists, match="Casefiles is using"):
            export(demo_path, replace=True, protect=[demo_path])
    assert sha256_of(demo_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.casefile", "timeline.png"]
