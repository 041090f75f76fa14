"""Headquarters' incidents as the window shows them: the timeline query's tuples made into the
timeline's own records (one lane per mission and site), and a table model over the same."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from casefiles.domain.timespan import TimeSpan
from casefiles.domain.vocabulary import IncidentType, Precision, Severity
from casefiles.hq.queries import HqLane, TimelineRow
from casefiles.language.catalogue import phrases_for
from ui.language import interface_language
from ui.plain_text import tooltip
from ui.timeline.data import TimelineIncident, TimelineLane

LANE_JOIN = " · "  # between a mission's name and its site's, as the printed summary writes it
UTC_ZONE = ZoneInfo("UTC")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class HqTimeline:
    lanes: tuple[TimelineLane, ...]
    incidents: tuple[TimelineIncident, ...]
    lane_of: dict[str, HqLane]  # by site uuid
    zone: ZoneInfo  # the missions' zone when they share one; else UTC


def hq_timeline(lanes: Sequence[HqLane], rows: Sequence[TimelineRow]) -> HqTimeline:
    severities = {severity.value: severity for severity in Severity}
    incidents = tuple(
        TimelineIncident(
            uuid=uuid,
            reference=reference,
            title=title,
            site_uuid=site,
            span=TimeSpan(
                datetime.fromtimestamp(start, UTC), datetime.fromtimestamp(end, UTC),
                Precision(precision),
            ),
            incident_type=IncidentType(kind),
            worst_severity=None if worst is None else severities.get(worst),
            photo_count=photos,
        )
        for uuid, site, reference, title, start, end, precision, kind, worst, photos in rows
    )  # fmt: skip
    zones = {lane.timezone for lane in lanes}
    return HqTimeline(
        lanes=tuple(
            TimelineLane(lane.site_uuid, f"{lane.mission}{LANE_JOIN}{lane.site}") for lane in lanes
        ),
        incidents=incidents,
        lane_of={lane.site_uuid: lane for lane in lanes},
        zone=ZoneInfo(zones.pop()) if len(zones) == 1 else UTC_ZONE,
    )


class HqIncidentModel(QAbstractTableModel):
    """Every incident the window holds, oldest first; the view filters (see `set_filter`)."""

    def __init__(self, timeline: HqTimeline, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lane_of = timeline.lane_of
        self._zones: dict[str, ZoneInfo] = {}
        self._all = sorted(timeline.incidents, key=lambda i: (i.span.start, i.reference))
        self._shown = self._all
        self._phrases = phrases_for(interface_language())  # the case file's words
        self._headers = (
            self.tr("Reference"),
            self.tr("Title"),
            self.tr("Mission"),
            self.tr("Site"),
            self.tr("When (local)"),
            self.tr("Type"),
            self.tr("Damage"),
            self.tr("Photos"),
        )

    def set_filter(self, accepts: Callable[[TimelineIncident], bool] | None) -> None:
        self.beginResetModel()
        self._shown = self._all if accepts is None else [i for i in self._all if accepts(i)]
        self.endResetModel()

    def incident(self, row: int) -> TimelineIncident:
        return self._shown[row]

    def row_of(self, uuid: str) -> int | None:
        return next((n for n, i in enumerate(self._shown) if i.uuid == uuid), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        incident = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(incident, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return tooltip(incident.title)
        return None

    def _text(self, incident: TimelineIncident, column: int) -> str:
        lane = self._lane_of.get(incident.site_uuid)
        match column:
            case 0:
                return incident.reference
            case 1:
                return incident.title
            case 2:
                return lane.mission if lane else ""
            case 3:
                return lane.site if lane else ""
            case 4:
                return incident.span.code(self._zone(lane.timezone if lane else "UTC"))
            case 5:
                return self._phrases.label(incident.incident_type)
            case 6:
                severity = incident.worst_severity
                return self._phrases.label(severity) if severity else ""
            case _:
                return str(incident.photo_count)

    def _zone(self, name: str) -> ZoneInfo:
        if name not in self._zones:
            self._zones[name] = ZoneInfo(name)
        return self._zones[name]
