"""Custom item-data roles shared by every model: each model answers the ones that apply."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class Role(IntEnum):
    RECORD = Qt.ItemDataRole.UserRole + 1  # the frozen record behind the row
    UUID = Qt.ItemDataRole.UserRole + 2
    SORT = Qt.ItemDataRole.UserRole + 3  # a value that sorts the column correctly
