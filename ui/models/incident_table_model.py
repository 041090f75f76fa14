"""The incidents of a case file as a table: named columns, custom roles, and a fast sort.

The model sorts itself with Python's sort on precomputed keys: a proxy sort calls `data()`
hundreds of thousands of times for 10,000 rows, which would freeze the window for a second.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QObject, Qt

from casefiles.domain import wording
from casefiles.domain.records import IncidentRecord
from ui.language import QT_TRANSLATE_NOOP, label, words
from ui.models.roles import Role
from ui.models.table_model import RecordTableModel
from ui.plain_text import tooltip


class IncidentRole(IntEnum):
    FILTER_KEY = Role.SORT + 1  # what the filter proxy's expression reads


class IncidentColumn(IntEnum):
    REFERENCE = 0
    WHEN = 1
    TITLE = 2
    SITE = 3
    TYPE = 4
    IMPACT = 5
    STATUS = 6
    DAMAGE = 7
    PHOTOS = 8


# Column headings, in English; the model's headerData translates them.
HEADERS: dict[IncidentColumn, str] = {
    IncidentColumn.REFERENCE: QT_TRANSLATE_NOOP("IncidentTableModel", "Reference"),
    IncidentColumn.WHEN: QT_TRANSLATE_NOOP("IncidentTableModel", "When (local time)"),
    IncidentColumn.TITLE: QT_TRANSLATE_NOOP("IncidentTableModel", "Title"),
    IncidentColumn.SITE: QT_TRANSLATE_NOOP("IncidentTableModel", "Site"),
    IncidentColumn.TYPE: QT_TRANSLATE_NOOP("IncidentTableModel", "Type"),
    IncidentColumn.IMPACT: QT_TRANSLATE_NOOP("IncidentTableModel", "Impact"),
    IncidentColumn.STATUS: QT_TRANSLATE_NOOP("IncidentTableModel", "Status"),
    IncidentColumn.DAMAGE: QT_TRANSLATE_NOOP("IncidentTableModel", "Worst damage"),
    IncidentColumn.PHOTOS: QT_TRANSLATE_NOOP("IncidentTableModel", "Photos"),
}

SortKey = Callable[[IncidentRecord], Any]

SORT_KEYS: dict[IncidentColumn, SortKey] = {
    IncidentColumn.REFERENCE: lambda r: r.reference.casefold(),
    IncidentColumn.WHEN: lambda r: (r.span.start, r.span.end),
    IncidentColumn.TITLE: lambda r: r.title.casefold(),
    IncidentColumn.SITE: lambda r: r.site_name.casefold(),
    IncidentColumn.TYPE: lambda r: label(r.incident_type),
    IncidentColumn.IMPACT: lambda r: label(r.impact),
    IncidentColumn.STATUS: lambda r: list(type(r.status)).index(r.status),
    IncidentColumn.DAMAGE: lambda r: -1 if r.worst_severity is None else r.worst_severity.rank,
    IncidentColumn.PHOTOS: lambda r: r.photo_count,
}


class IncidentTableModel(RecordTableModel[IncidentRecord, IncidentColumn]):
    """Rows are IncidentRecords; `Role.RECORD` gives the record, `Role.UUID` its uuid."""

    def __init__(self, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(IncidentColumn, HEADERS, parent)
        self._tz = tz
        self._row_of: dict[str, int] = {}
        self._words: dict[str, str] = {}  # span in words, made only for rows that are shown
        self._sort_column = IncidentColumn.WHEN
        self._sort_order = Qt.SortOrder.DescendingOrder  # newest first, as a clerk expects

    # Qt's model interface ------------------------------------------------------------------

    def cell(self, record: IncidentRecord, column: IncidentColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == IncidentColumn.TITLE:
                return tooltip(record.title)
            if column == IncidentColumn.WHEN:
                precision = wording.precision_words(record.span.precision, phrases=words())
                return tooltip(f"{self._span_words(record)} ({precision})")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == IncidentColumn.PHOTOS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.SORT:
            return SORT_KEYS[column](record)
        if role == IncidentRole.FILTER_KEY:
            return self.filter_key(record)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(IncidentColumn):
            return
        self._sort_column = IncidentColumn(column)
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        old_order = [record.uuid for record in self._rows]
        self._sort_records()
        self._move_persistent_indexes(old_order)
        self.layoutChanged.emit()

    # Content -------------------------------------------------------------------------------

    def set_records(self, records: Sequence[IncidentRecord]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self._words.clear()
        self._sort_records()
        self.endResetModel()

    def set_timezone(self, tz: ZoneInfo) -> None:
        self._tz = tz
        self._words.clear()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, IncidentColumn.WHEN),
                self.index(len(self._rows) - 1, IncidentColumn.WHEN),
            )

    def row_of(self, uuid: str) -> int | None:
        return self._row_of.get(uuid)

    def records(self) -> list[IncidentRecord]:
        return list(self._rows)

    def upsert(self, record: IncidentRecord) -> None:
        """Show a created, changed or restored incident; a deleted one is removed."""
        if record.deleted:
            self.remove(record.uuid)
            return
        self._words.pop(record.uuid, None)
        row = self._row_of.get(record.uuid)
        if row is None:
            row = self._insertion_row(record, self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, record)
            self._reindex()
            self.endInsertRows()
            return
        others = self._rows[:row] + self._rows[row + 1 :]
        target = self._insertion_row(record, others)
        if target != row:
            # A move, not a removal and insertion: the selection stays on the row.
            destination = target + 1 if target > row else target
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
            self._rows = others
            self._rows.insert(target, record)
            self._reindex()
            self.endMoveRows()
            row = target
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(IncidentColumn) - 1))

    def remove(self, uuid: str) -> None:
        row = self._row_of.get(uuid)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._reindex()
        self.endRemoveRows()

    def span_words(self, row: int) -> str:
        return self._span_words(self._rows[row])

    def filter_key(self, record: IncidentRecord) -> str:
        """ "|site:…|type:…|status:…|year:2024|year:2025|id:…|": the years are every local
        calendar year the incident's time touches."""
        years = "".join(f"|year:{year}" for year in self._years(record))
        return (
            f"|site:{record.site_uuid}|type:{record.incident_type.value}"
            f"|status:{record.status.value}{years}|id:{record.uuid}|"
        )

    def _years(self, record: IncidentRecord) -> range:
        first = record.span.start.astimezone(self._tz).year
        end = record.span.end.astimezone(self._tz)
        last = end.year
        # An end at midnight on 1 January belongs to the year before (the span is half-open).
        if (end.month, end.day, end.hour, end.minute) == (1, 1, 0, 0) and last > first:
            last -= 1
        return range(first, last + 1)

    # Inside --------------------------------------------------------------------------------

    def _display(self, record: IncidentRecord, column: IncidentColumn) -> str | int:
        match column:
            case IncidentColumn.REFERENCE:
                return record.reference
            case IncidentColumn.WHEN:
                return self._span_words(record)
            case IncidentColumn.TITLE:
                return record.title
            case IncidentColumn.SITE:
                return record.site_name
            case IncidentColumn.TYPE:
                return label(record.incident_type)
            case IncidentColumn.IMPACT:
                return label(record.impact)
            case IncidentColumn.STATUS:
                return label(record.status)
            case IncidentColumn.DAMAGE:
                return "" if record.worst_severity is None else label(record.worst_severity)
        return record.photo_count

    def _span_words(self, record: IncidentRecord) -> str:
        said = self._words.get(record.uuid)
        if said is None:
            # The header says "local time": the list need not say it on every row.
            said = wording.span_words(record.span, self._tz, local_time=False, phrases=words())
            self._words[record.uuid] = said
        return said

    def _key(self) -> SortKey:
        key = SORT_KEYS[self._sort_column]
        # Ties keep a stable, meaningful order: by time, then reference.
        return lambda r: (key(r), r.span.start, r.reference)

    def _sort_records(self) -> None:
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        self._rows.sort(key=self._key(), reverse=descending)
        self._reindex()

    def _reindex(self) -> None:
        self._row_of = {record.uuid: row for row, record in enumerate(self._rows)}

    def _insertion_row(self, record: IncidentRecord, records: list[IncidentRecord]) -> int:
        """Where `record` goes in `records` (sorted by the current column and order)."""
        key = self._key()
        keys = [key(r) for r in records]
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            # bisect wants ascending order: search the reversed list.
            return len(keys) - bisect.bisect_left(keys[::-1], key(record))
        return bisect.bisect_right(keys, key(record))

    def _move_persistent_indexes(self, old_order: list[str]) -> None:
        old = self.persistentIndexList()
        new = [self.index(self._row_of[old_order[index.row()]], index.column()) for index in old]
        self.changePersistentIndexList(old, new)
