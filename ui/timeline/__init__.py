"""The timeline of incidents: widget, dockable panel, and the paint routine used for print."""

from __future__ import annotations

from ui.timeline.data import TimelineIncident, TimelineLane
from ui.timeline.from_case import paint_timeline_source, timeline_data
from ui.timeline.layout import Mark, MarkKind, TimelineIndex, TimelineLayout
from ui.timeline.measure import build_layout
from ui.timeline.painter import paint_timeline
from ui.timeline.panel import TimelinePanel
from ui.timeline.view import TimelineView
from ui.timeline.widget import TimelineWidget

__all__ = [
    "Mark",
    "MarkKind",
    "TimelineIncident",
    "TimelineIndex",
    "TimelineLane",
    "TimelineLayout",
    "TimelinePanel",
    "TimelineView",
    "TimelineWidget",
    "build_layout",
    "paint_timeline",
    "paint_timeline_source",
    "timeline_data",
]
