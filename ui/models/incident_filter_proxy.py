"""Filters the incident table by site, type, status, year and full-text matches.

Each row offers a filter key (`IncidentRole.FILTER_KEY`, e.g. "|site:…|type:drone_strike|
status:draft|year:2025|id:…|") and the filters become one regular expression over it. With no
filter, the expression is empty and Qt accepts every row without calling into Python: a Python
`filterAcceptsRow` would run 10,000 times each time a large case file opens.

Sorting is handed to the source model (see incident_table_model for why); this proxy keeps
the source's order and only hides rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QObject, QRegularExpression, QSortFilterProxyModel, Qt

from casefiles.domain.records import IncidentRecord
from casefiles.domain.vocabulary import IncidentStatus, IncidentType
from ui.models.incident_table_model import IncidentRole, IncidentTableModel

NOTHING = "(?!)"  # matches no row: a search that found nothing


def _field(name: str, values: Iterable[str]) -> str:
    alternatives = "|".join(re.escape(value) for value in values)
    return rf"(?=.*\|{name}:(?:{alternatives})\|)" if alternatives else NOTHING


class IncidentFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(IncidentRole.FILTER_KEY)
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
        self.site, self.incident_type, self.status = site, incident_type, status
        self.year, self.matches = year, matches
        parts = []
        if site is not None:
            parts.append(_field("site", [site]))
        if incident_type is not None:
            parts.append(_field("type", [incident_type.value]))
        if status is not None:
            parts.append(_field("status", [status.value]))
        if year is not None:
            parts.append(_field("year", [str(year)]))
        if matches is not None:
            parts.append(_field("id", sorted(matches)))
        pattern = "^" + "".join(parts) if parts else ""
        self.setFilterRegularExpression(QRegularExpression(pattern))

    @property
    def filtering(self) -> bool:
        return bool(self.filterRegularExpression().pattern())

    def incidents(self) -> IncidentTableModel:
        source = self.sourceModel()
        assert isinstance(source, IncidentTableModel)
        return source

    def accepts(self, record: IncidentRecord) -> bool:
        """Whether `record` passes the filters now set."""
        if not self.filtering:
            return True
        key = self.incidents().filter_key(record)
        return self.filterRegularExpression().match(key).hasMatch()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.incidents().sort(column, order)
