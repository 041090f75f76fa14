"""The automatic backups of the open case file, newest first: when, fingerprint, size, state."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt

from casefiles.domain import wording
from casefiles.storage.backup_listing import BackupEntry
from ui.language import QT_TRANSLATE_NOOP, arg, file_size, words
from ui.models.roles import Role
from ui.models.table_model import RecordTableModel
from ui.plain_text import tooltip

SHOWN_DIGITS = 16  # as on the backup's name; the whole fingerprint is in the tooltip


class BackupColumn(IntEnum):
    TAKEN = 0
    FINGERPRINT = 1
    SIZE = 2
    STATE = 3


# Column headings, in English; the model's headerData translates them.
HEADERS = {
    BackupColumn.TAKEN: QT_TRANSLATE_NOOP("BackupTableModel", "Taken"),
    BackupColumn.FINGERPRINT: QT_TRANSLATE_NOOP("BackupTableModel", "Fingerprint"),
    BackupColumn.SIZE: QT_TRANSLATE_NOOP("BackupTableModel", "Size"),
    BackupColumn.STATE: QT_TRANSLATE_NOOP("BackupTableModel", "State"),
}


class BackupTableModel(RecordTableModel[BackupEntry, BackupColumn]):
    def __init__(self, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(BackupColumn, HEADERS, parent)
        self._tz = tz
        self._current = ""  # the open case file's fingerprint: a backup holding it is marked

    def set_entries(self, entries: Sequence[BackupEntry], current_fingerprint: str) -> None:
        self._current = current_fingerprint
        self.set_rows(entries)

    def entry_at(self, row: int) -> BackupEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def cell(self, entry: BackupEntry, column: BackupColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            fingerprint = entry.fingerprint or self.tr("(unreadable)")
            return tooltip(arg(self.tr("%1\nFingerprint %2"), str(entry.path), fingerprint))
        if role == Role.SORT:
            return entry.taken_at.timestamp() if column is BackupColumn.TAKEN else None
        return None

    def _text(self, entry: BackupEntry, column: BackupColumn) -> str:
        if column is BackupColumn.TAKEN:
            phrases = words()
            taken = wording.short_moment(entry.taken_at, self._tz, phrases=phrases)
            return wording.with_utc(taken, entry.taken_at, phrases=phrases)
        if column is BackupColumn.FINGERPRINT:
            return f"{entry.fingerprint[:SHOWN_DIGITS]}…" if entry.fingerprint else "—"
        if column is BackupColumn.SIZE:
            return file_size(entry.size_bytes)
        if entry.problem:
            return entry.problem
        if entry.fingerprint == self._current:
            return self.tr("Same as the case file now")
        return self.tr("Can be opened")
