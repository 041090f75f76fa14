"""The damage items of one incident as a table. Element, severity and description can be
edited in place: the model hands each edit to `commit`, which saves it through the services."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from casefiles.domain.records import DamageRecord
from casefiles.domain.vocabulary import DamageElement, Severity
from ui.language import QT_TRANSLATE_NOOP, label, words
from ui.models.roles import Role
from ui.models.table_model import Index, RecordTableModel
from ui.plain_text import tooltip
from ui.plurals import plural

# Saves {field: value} for the damage item with the given uuid; False if it was refused.
Commit = Callable[[str, dict[str, Any]], bool]


class DamageColumn(IntEnum):
    ELEMENT = 0
    SEVERITY = 1
    DESCRIPTION = 2
    SITE = 3
    COST = 4
    ESTIMATED_ON = 5
    PHOTOS = 6


# Column headings, in English; the model's headerData translates them.
HEADERS: dict[DamageColumn, str] = {
    DamageColumn.ELEMENT: QT_TRANSLATE_NOOP("DamageTableModel", "Element"),
    DamageColumn.SEVERITY: QT_TRANSLATE_NOOP("DamageTableModel", "Severity"),
    DamageColumn.DESCRIPTION: QT_TRANSLATE_NOOP("DamageTableModel", "Description"),
    DamageColumn.SITE: QT_TRANSLATE_NOOP("DamageTableModel", "Premises"),
    DamageColumn.COST: QT_TRANSLATE_NOOP("DamageTableModel", "Cost estimate"),
    DamageColumn.ESTIMATED_ON: QT_TRANSLATE_NOOP("DamageTableModel", "Estimated on"),
    DamageColumn.PHOTOS: QT_TRANSLATE_NOOP("DamageTableModel", "Photos"),
}

EDITABLE = {DamageColumn.ELEMENT, DamageColumn.SEVERITY, DamageColumn.DESCRIPTION}


class DamageTableModel(RecordTableModel[DamageRecord, DamageColumn]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(DamageColumn, HEADERS, parent)
        self._site_names: dict[str, str] = {}
        self._photos: dict[str, list[str]] = {}  # damage uuid -> names of the photos showing it
        self._commit: Commit | None = None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._commit is not None and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def cell(self, item: DamageRecord, column: DamageColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == DamageColumn.DESCRIPTION:
            return tooltip(item.description)
        if role == Qt.ItemDataRole.ToolTipRole and column == DamageColumn.PHOTOS:
            return tooltip("\n".join(self._photos.get(item.uuid, [])))
        if role == Role.SORT:
            return self._sort_value(item, column)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._commit is None or not index.isValid():
            return False
        column = DamageColumn(index.column())
        field = {
            DamageColumn.ELEMENT: "element",
            DamageColumn.SEVERITY: "severity",
            DamageColumn.DESCRIPTION: "description",
        }.get(column)
        if field is None:
            return False
        item = self._rows[index.row()]
        if str(value) == str(self._edit_value(item, column)):
            return False
        # The commit saves, and the refresh it triggers brings the new record back in.
        return self._commit(item.uuid, {field: value})

    # Content -------------------------------------------------------------------------------

    def set_items(
        self,
        items: Sequence[DamageRecord],
        site_names: Mapping[str, str],
        photos: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """The items, the names of the sites, and the photos linked to each item (by name)."""
        self._site_names = dict(site_names)
        self._photos = {uuid: list(names) for uuid, names in (photos or {}).items()}
        self.set_rows(items)

    def set_commit(self, commit: Commit | None) -> None:
        """Make element, severity and description editable in place (None: read-only)."""
        self._commit = commit

    def item_at(self, row: int) -> DamageRecord:
        return self.record_at(row)

    def row_of(self, uuid: str) -> int | None:
        return next((row for row, item in enumerate(self._rows) if item.uuid == uuid), None)

    # Inside --------------------------------------------------------------------------------

    def _display(self, item: DamageRecord, column: DamageColumn) -> str:
        match column:
            case DamageColumn.ELEMENT:
                return label(item.element)
            case DamageColumn.SEVERITY:
                return label(item.severity)
            case DamageColumn.DESCRIPTION:
                return item.description
            case DamageColumn.SITE:
                if item.site_uuid is None:
                    return self.tr("The incident's site")
                return self._site_names.get(item.site_uuid, "")
            case DamageColumn.COST:
                if item.cost_amount is None:
                    return ""
                return f"{words().number(item.cost_amount)} {item.cost_currency or ''}".strip()
            case DamageColumn.PHOTOS:
                count = len(self._photos.get(item.uuid, []))
                return "" if count == 0 else plural(self.tr("%n photo(s)", "", count), count)
        return "" if item.cost_estimated_on is None else item.cost_estimated_on.isoformat()

    @staticmethod
    def _edit_value(item: DamageRecord, column: DamageColumn) -> str:
        match column:
            case DamageColumn.ELEMENT:
                return item.element.value
            case DamageColumn.SEVERITY:
                return item.severity.value
            case DamageColumn.DESCRIPTION:
                return item.description
        return ""

    def _sort_value(self, item: DamageRecord, column: DamageColumn) -> Any:
        match column:
            case DamageColumn.ELEMENT:
                return list(DamageElement).index(item.element)
            case DamageColumn.SEVERITY:
                return list(Severity).index(item.severity)
            case DamageColumn.COST:
                return float(item.cost_amount) if item.cost_amount is not None else -1.0
            case DamageColumn.PHOTOS:
                return len(self._photos.get(item.uuid, []))
        return str(self._display(item, column)).casefold()
