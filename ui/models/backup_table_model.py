"""The automatic backups of the open case file, newest first: when, fingerprint, size, state."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt

from casefiles.domain import wording
from casefiles.storage.backup_listing import BackupEntry
from ui.models.roles import Role
from ui.models.table_model import RecordTableModel
from ui.plain_text import tooltip

SHOWN_DIGITS = 16  # as on the backup's name; the whole fingerprint is in the tooltip


class BackupColumn(IntEnum):
    TAKEN = 0
    FINGERPRINT = 1
    SIZE = 2
    STATE = 3


HEADERS = {
    BackupColumn.TAKEN: "Taken",
    BackupColumn.FINGERPRINT: "Fingerprint",
    BackupColumn.SIZE: "Size",
    BackupColumn.STATE: "State",
}


def size_words(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):,.1f} MB"
    return f"{max(size, 1) / 1024:,.0f} KB"


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
            return tooltip(f"{entry.path}\nFingerprint {entry.fingerprint or '(unreadable)'}")
        if role == Role.SORT:
            return entry.taken_at.timestamp() if column is BackupColumn.TAKEN else None
        return None

    def _text(self, entry: BackupEntry, column: BackupColumn) -> str:
        if column is BackupColumn.TAKEN:
            return wording.with_utc(wording.short_moment(entry.taken_at, self._tz), entry.taken_at)
        if column is BackupColumn.FINGERPRINT:
            return f"{entry.fingerprint[:SHOWN_DIGITS]}…" if entry.fingerprint else "—"
        if column is BackupColumn.SIZE:
            return size_words(entry.size_bytes)
        if entry.problem:
            return entry.problem
        if entry.fingerprint == self._current:
            return "Same as the case file now"
        return "Can be opened"
