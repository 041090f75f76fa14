"""Notes as a list, oldest first: each with its author and local time, text as typed."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from casefiles.domain import wording
from casefiles.domain.records import NoteRecord
from ui.language import words
from ui.models.roles import Role

Index = QModelIndex | QPersistentModelIndex


class NoteRole(IntEnum):
    AUTHOR = Role.SORT + 1
    HEADING = Role.SORT + 2  # "author · 14 Nov 2025 09:30 (edited …)"


class NoteListModel(QAbstractListModel):
    def __init__(self, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._notes: list[NoteRecord] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return note.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.heading(note)}: {note.text}"
        if role == NoteRole.AUTHOR:
            return note.author
        if role == NoteRole.HEADING:
            return self.heading(note)
        if role == Role.RECORD:
            return note
        if role == Role.UUID:
            return note.uuid
        if role == Role.SORT:
            return note.written_at
        return None

    def heading(self, note: NoteRecord) -> str:
        written = wording.written(note.written_at, note.edited_at, self._tz, phrases=words())
        author = note.author or self.tr("unknown author")
        return f"{author} · {written}"

    def set_timezone(self, tz: ZoneInfo) -> None:
        self._tz = tz
        if self._notes:
            self.dataChanged.emit(self.index(0), self.index(len(self._notes) - 1))

    def set_notes(self, notes: Sequence[NoteRecord]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    def note_at(self, row: int) -> NoteRecord:
        return self._notes[row]

    def row_of(self, uuid: str) -> int | None:
        return next((row for row, note in enumerate(self._notes) if note.uuid == uuid), None)
