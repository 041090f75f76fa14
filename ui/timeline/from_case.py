"""The case file's records as timeline input, and the timeline drawing of the printed summary.

The widget itself never sees records: whoever holds them converts them here, once, the same way
for the screen and for paper.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from casefiles.domain.records import IncidentRecord, SiteRecord
from casefiles.domain.timespan import zone
from casefiles.language.catalogue import ENGLISH, Phrases
from ui.timeline.data import TimelineIncident, TimelineLane
from ui.timeline.layout import TimelineIndex
from ui.timeline.painter import paint_timeline
from ui.timeline.view import TimelineView, fitted


class TimelineSourceLike(Protocol):
    """What the summary hands over (casefiles.summary.document.TimelineSource has this shape)."""

    @property
    def incidents(self) -> Sequence[IncidentRecord]: ...

    @property
    def sites(self) -> Sequence[SiteRecord]: ...

    @property
    def timezone(self) -> str: ...


def timeline_data(
    sites: Iterable[SiteRecord], incidents: Iterable[IncidentRecord]
) -> tuple[tuple[TimelineLane, ...], tuple[TimelineIncident, ...]]:
    """Lanes for the sites (in their order) and the incidents, leaving out deleted ones."""
    lanes = tuple(TimelineLane(site.uuid, site.name) for site in sites if not site.deleted)
    shown = tuple(
        TimelineIncident(
            uuid=record.uuid,
            reference=record.reference,
            title=record.title,
            site_uuid=record.site_uuid,
            span=record.span,
            incident_type=record.incident_type,
            worst_severity=record.worst_severity,
            photo_count=record.photo_count,
        )
        for record in incidents
        if not record.deleted
    )
    return lanes, shown


def paint_timeline_source(
    painter: QPainter, rect: QRectF, source: TimelineSourceLike, phrases: Phrases = ENGLISH
) -> None:
    """Draw all of `source`'s incidents, fitted to `rect`, with the legend (in `phrases`'s
    language; the axis's month names stay English) and without a line for today (the printed
    page carries its own date). Fits ui.printing's TimelinePainter."""
    lanes, incidents = timeline_data(source.sites, source.incidents)
    index = TimelineIndex(lanes, incidents, zone(source.timezone), phrases=phrases)
    last = index.extent[1] if index.extent is not None else 0.0
    view = fitted(TimelineView(0.0, 1.0), index.extent, last)
    paint_timeline(painter, rect, index, view, controls=False)
