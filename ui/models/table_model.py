"""The small base of the app's table models (Vorta's shape): a list of frozen records, one per
row, shown in named columns (an IntEnum) with a header each. Subclasses say what each cell
holds; the base answers Qt's questions about rows, columns and headers, and the custom roles
every table answers the same way (the record, its uuid)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ui.models.roles import Role

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
C = TypeVar("C", bound=IntEnum)


class RecordTableModel(QAbstractTableModel, Generic[R, C]):
    def __init__(
        self, columns: type[C], headers: Mapping[C, str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._headers = dict(headers)
        self._rows: list[R] = []

    def cell(self, record: R, column: C, role: int) -> Any:
        """What the cell of `record` in `column` holds for `role` (None: nothing)."""
        raise NotImplementedError

    def record_at(self, row: int) -> R:
        return self._rows[row]

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    # Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            # Marked with QT_TRANSLATE_NOOP in the subclass's context, which tr() searches.
            return self.tr(self._headers[self._columns(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self._columns)
        ):
            return None
        record = self._rows[index.row()]
        if role == Role.RECORD:
            return record
        if role == Role.UUID:
            return getattr(record, "uuid", None)
        return self.cell(record, self._columns(index.column()), role)
