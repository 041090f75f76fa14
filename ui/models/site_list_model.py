"""The case file's sites as a list, headed by an "All sites" row that clears the site filter."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from casefiles.domain.records import SiteRecord
from ui.language import label
from ui.models.roles import Role
from ui.plain_text import tooltip
from ui.plurals import plural

Index = QModelIndex | QPersistentModelIndex


class SiteListModel(QAbstractListModel):
    """Row 0 is "All sites" (uuid None); each other row is a SiteRecord with its incident count."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sites: list[SiteRecord] = []
        self._counts: dict[str, int] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sites) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._sites):
            return None
        if index.row() == 0:
            return self._all_sites(role)
        site = self._sites[index.row() - 1]
        count = self._counts.get(site.uuid, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{site.name} ({count})"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [site.name, label(site.kind), site.address]
            if site.coordinates_notified:
                lines.append(
                    self.tr("Coordinates notified: %1").replace("%1", site.coordinates_notified)
                )
            return tooltip("\n".join(line for line in lines if line))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            incidents = plural(self.tr("%n incident(s)", "", count), count)
            return f"{site.name}, {label(site.kind)}, {incidents}"
        if role == Role.RECORD:
            return site
        if role == Role.UUID:
            return site.uuid
        if role == Role.SORT:
            return site.name.casefold()
        return None

    def _all_sites(self, role: int) -> Any:
        total = sum(self._counts.get(site.uuid, 0) for site in self._sites)
        if role == Qt.ItemDataRole.DisplayRole:
            all_sites = self.tr("All sites")
            return f"{all_sites} ({total})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.SORT:
            return ""
        return None

    def set_sites(self, sites: Sequence[SiteRecord]) -> None:
        self.beginResetModel()
        self._sites = list(sites)
        self.endResetModel()

    def set_counts(self, counts: Mapping[str, int]) -> None:
        self._counts = dict(counts)
        if self._sites:
            self.dataChanged.emit(self.index(0), self.index(len(self._sites)))

    def count_of(self, uuid: str) -> int:
        return self._counts.get(uuid, 0)

    def sites(self) -> list[SiteRecord]:
        return list(self._sites)

    def row_of(self, uuid: str | None) -> int | None:
        if uuid is None:
            return 0
        return next((row + 1 for row, s in enumerate(self._sites) if s.uuid == uuid), None)
