"""Filters the incident table by site, type, status, year and full-text matches.

Sorting is handed to the source model (see incident_table_model for why); this proxy keeps
the source's order and only hides rows.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from casefiles.records import IncidentRecord
from casefiles.vocabulary import IncidentStatus, IncidentType
from ui.models.incident_table_model import IncidentTableModel


class IncidentFilterProxy(QSortFilterProxyModel):
    def __init__(self, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self.site: str | None = None
        self.incident_type: IncidentType | None = None
        self.status: IncidentStatus | None = None
        self.year: int | None = None
        self.matches: frozenset[str] | None = None  # None: no search is active

    def set_filters(
        self,
        *,
        site: str | None = None,
        incident_type: IncidentType | None = None,
        status: IncidentStatus | None = None,
        year: int | None = None,
        matches: frozenset[str] | None = None,
    ) -> None:
        """Show only incidents that pass every filter given (None: that filter is off)."""
        self.beginFilterChange()
        self.site, self.incident_type, self.status = site, incident_type, status
        self.year, self.matches = year, matches
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_timezone(self, tz: ZoneInfo) -> None:
        self.beginFilterChange()
        self._tz = tz
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def filtering(self) -> bool:
        return any(
            value is not None
            for value in (self.site, self.incident_type, self.status, self.year, self.matches)
        )

    def incidents(self) -> IncidentTableModel:
        source = self.sourceModel()
        assert isinstance(source, IncidentTableModel)
        return source

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return self.accepts(self.incidents().record_at(source_row))

    def accepts(self, record: IncidentRecord) -> bool:
        if self.site is not None and record.site_uuid != self.site:
            return False
        if self.incident_type is not None and record.incident_type != self.incident_type:
            return False
        if self.status is not None and record.status != self.status:
            return False
        if self.year is not None and not self._touches_year(record):
            return False
        return self.matches is None or record.uuid in self.matches

    def _touches_year(self, record: IncidentRecord) -> bool:
        assert self.year is not None
        first = record.span.start.astimezone(self._tz).year
        last = record.span.end.astimezone(self._tz).year
        # An end at midnight on 1 January belongs to the year before (the span is half-open).
        end = record.span.end.astimezone(self._tz)
        if (end.month, end.day, end.hour, end.minute) == (1, 1, 0, 0) and last > first:
            last -= 1
        return first <= self.year <= last

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.incidents().sort(column, order)
