"""Correspondence as a table: when, what, which way, reference, counterpart, summary, and the
incidents it concerns (by reference)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt

from casefiles.domain import wording
from casefiles.domain.records import CorrespondenceRecord
from ui.language import QT_TRANSLATE_NOOP, label, words
from ui.models.roles import Role
from ui.models.table_model import RecordTableModel
from ui.plain_text import tooltip


class CorrespondenceColumn(IntEnum):
    WHEN = 0
    KIND = 1
    DIRECTION = 2
    REFERENCE = 3
    COUNTERPART = 4
    SUMMARY = 5
    INCIDENTS = 6


# Column headings, in English; the model's headerData translates them.
HEADERS: dict[CorrespondenceColumn, str] = {
    CorrespondenceColumn.WHEN: QT_TRANSLATE_NOOP("CorrespondenceTableModel", "When"),
    CorrespondenceColumn.KIND: QT_TRANSLATE_NOOP("CorrespondenceTableModel", "Kind"),
    CorrespondenceColumn.DIRECTION: QT_TRANSLATE_NOOP("CorrespondenceTableModel", "Direction"),
    CorrespondenceColumn.REFERENCE: QT_TRANSLATE_NOOP("CorrespondenceTableModel", "Reference no."),
    CorrespondenceColumn.COUNTERPART: QT_TRANSLATE_NOOP("CorrespondenceTableModel", "Counterpart"),
    CorrespondenceColumn.SUMMARY: QT_TRANSLATE_NOOP("CorrespondenceTableModel", "Summary"),
    CorrespondenceColumn.INCIDENTS: QT_TRANSLATE_NOOP("CorrespondenceTableModel", "Incidents"),
}


class CorrespondenceTableModel(RecordTableModel[CorrespondenceRecord, CorrespondenceColumn]):
    def __init__(self, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(CorrespondenceColumn, HEADERS, parent)
        self._tz = tz
        self._references: dict[str, str] = {}  # incident uuid -> reference

    def cell(self, item: CorrespondenceRecord, column: CorrespondenceColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            CorrespondenceColumn.SUMMARY,
            CorrespondenceColumn.COUNTERPART,
        ):
            summary = column == CorrespondenceColumn.SUMMARY
            return tooltip(item.summary if summary else item.counterpart)
        if role == Role.SORT:
            if column == CorrespondenceColumn.WHEN:
                return item.span.start.timestamp()
            return str(self._display(item, column)).casefold()
        return None

    def _display(self, item: CorrespondenceRecord, column: CorrespondenceColumn) -> str:
        match column:
            case CorrespondenceColumn.WHEN:
                return wording.span_words(item.span, self._tz, phrases=words())
            case CorrespondenceColumn.KIND:
                return label(item.kind)
            case CorrespondenceColumn.DIRECTION:
                return label(item.direction)
            case CorrespondenceColumn.REFERENCE:
                return item.reference_number
            case CorrespondenceColumn.COUNTERPART:
                return item.counterpart
            case CorrespondenceColumn.SUMMARY:
                return " ".join(item.summary.split())
        return ", ".join(
            sorted(self._references.get(uuid, "(deleted)") for uuid in item.incident_uuids)
        )

    def set_timezone(self, tz: ZoneInfo) -> None:
        """Times are shown in the mission's zone; set before `set_items`."""
        self._tz = tz

    def set_items(
        self, items: Sequence[CorrespondenceRecord], references: Mapping[str, str]
    ) -> None:
        self._references = dict(references)
        self.set_rows(items)

    def item_at(self, row: int) -> CorrespondenceRecord:
        return self.record_at(row)

    def row_of(self, uuid: str) -> int | None:
        return next((row for row, item in enumerate(self._rows) if item.uuid == uuid), None)
