"""Layout of long documents: nothing outside the page body, no text over other text, the
chronology header on every page it runs onto, and rows taller than a page split, not cut."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter
from pytestqt.qtbot import QtBot

from casefiles.services import correspondence, incidents, notes, sites
from casefiles.storage.store import CaseFile
from casefiles.summary import Paper, SummaryDocument
from casefiles.summary.build import build_case_summary
from ui.printing.flow import EPSILON, Page, Text
from ui.printing.paper import page_layout
from ui.printing.render import layout_pages
from ui.printing.text import Typesetter, printable

WORDS = ["pəncərələr", "sınıb", "вікна", "розбиті", "windows", "shattered"]
LONG_SUMMARY = " ".join(itertools.islice(itertools.cycle(WORDS), 1400)) + " END-OF-SUMMARY"
LONG_NOTE = "\n\n".join(
    " ".join(itertools.islice(itertools.cycle(WORDS), start, start + 180)) for start in range(12)
)


@pytest.fixture
def long_summary(case: CaseFile) -> SummaryDocument:
    site = sites.create(
        case,
        kind="staff_housing",
        name="Staff housing, Pechersk district, Kyiv — block C, entrance 2, " * 3,
    )
    november = incidents.get_by_reference(case, "KYIV-2025-004")
    for day in range(1, 41):
        incidents.create(
            case,
            title=f"Debris on the staff housing, day {day}",
            site=site.uuid,
            span=f"2025-10-{day % 28 + 1:02d} night",
            incident_type="interception_debris",
            impact="debris",
        )
    incidents.create(
        case,
        reference="KYIV-A-VERY-LONG-REFERENCE-THAT-NEEDS-ROOM-2025",
        title="A title " + "that goes on and on " * 20,
        site=site.uuid,
        span="2025-10-30 03:20",
        description=LONG_NOTE,
    )
    correspondence.create(
        case,
        kind="note_verbale",
        direction="sent",
        span="2025-11",
        counterpart="Ministry of Foreign Affairs",
        summary=LONG_SUMMARY,
        incidents=[november.uuid],
    )
    notes.create(case, LONG_NOTE, target=november.uuid)
    return build_case_summary(case)


def laid_out(
    document: SummaryDocument, tmp_path: Path, paper: Paper
) -> tuple[list[Page], Typesetter, float, float]:
    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    writer.setResolution(600)
    writer.setPageLayout(page_layout(paper))
    pages, typesetter = layout_pages(document, writer)
    rect = writer.pageLayout().paintRectPixels(600)
    body = rect.height() - typesetter.mm(22)
    return pages, typesetter, rect.width(), body


@pytest.mark.parametrize("paper", list(Paper))
def test_nothing_leaves_the_page_body_or_overlaps(
    qtbot: QtBot, long_summary: SummaryDocument, tmp_path: Path, paper: Paper
) -> None:
    pages, ts, width, height = laid_out(long_summary, tmp_path, paper)

    assert len(pages) > 15
    for number, page in enumerate(pages, start=1):
        boxes = []
        for item in page.items:
            if isinstance(item, Text):
                right = item.x + ts.width(item.text, item.style)
                bottom = item.top + ts.line_height(item.style)
                assert item.x >= 0 and right <= width + EPSILON, (number, item.text)
                assert item.top >= 0 and bottom <= height + EPSILON, (number, item.text)
                boxes.append((item.x, item.top, right, bottom, item.text))
        for a, b in itertools.combinations(boxes, 2):
            overlap_x = min(a[2], b[2]) - max(a[0], b[0])
            overlap_y = min(a[3], b[3]) - max(a[1], b[1])
            assert overlap_x <= EPSILON or overlap_y <= EPSILON, (number, a[4], b[4])


def test_the_chronology_header_repeats_on_every_page(
    qtbot: QtBot, long_summary: SummaryDocument, tmp_path: Path
) -> None:
    pages, _ts, _width, _height = laid_out(long_summary, tmp_path, Paper.A4)

    def texts(page: Page) -> list[str]:
        return [item.text for item in page.items if isinstance(item, Text)]

    chronology = [page for page in pages if "Reference" in texts(page)[:3] or (
        "Chronology of incidents, continued" in texts(page)
    )]  # fmt: skip
    assert len(chronology) >= 2
    for page in chronology[1:]:
        first = texts(page)[:4]
        assert first[0] == "Chronology of incidents, continued"
        assert first[1:4] == ["Reference", "Time", "Site"]
    printed = [t for page in chronology for t in texts(page)]
    long_reference = "KYIV-A-VERY-LONG-REFERENCE-THAT-NEEDS-ROOM-2025"
    normal = {row.reference for row in long_summary.chronology} - {long_reference}
    assert normal <= set(printed)  # on one line each: the column fits them
    assert long_reference in "".join(printed)  # broken over lines, but all there


def test_a_row_taller_than_a_page_is_split_not_cut(
    qtbot: QtBot, long_summary: SummaryDocument, tmp_path: Path
) -> None:
    pages, _ts, _width, _height = laid_out(long_summary, tmp_path, Paper.A4)
    lines = [item.text for page in pages for item in page.items if isinstance(item, Text)]

    words = iter(" ".join(lines).split())
    # Every word of the summary, in order, somewhere in the pages (the row runs over pages).
    assert all(word in words for word in LONG_SUMMARY.split())


def test_the_fingerprint_on_the_cover_is_one_line(
    qtbot: QtBot, long_summary: SummaryDocument, tmp_path: Path
) -> None:
    for paper in Paper:
        pages, _ts, _width, _height = laid_out(long_summary, tmp_path, paper)
        cover = [item.text for item in pages[0].items if isinstance(item, Text)]
        assert long_summary.fingerprint in cover


def test_control_characters_are_shown_not_interpreted() -> None:
    assert printable("a\tb\r\nc\x07d\u2028e") == "a    b\nc\ufffdd\ne"
