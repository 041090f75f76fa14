"""Table columns at the widths they were given, or wider where the heading needs more."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


def set_column_widths(
    table: QTableView, widths: Iterable[tuple[int, int]], stretch: int | None = None
) -> None:
    """Each column at its width, widened to show its heading whole (with room for the sort
    arrow): a translation's heading may be half as long again as the English; the table
    scrolls sideways rather than cut it. The `stretch` column takes the room left over, and
    keeps its heading's width when there is less."""
    header = table.horizontalHeader()
    for column, width in widths:
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
    if stretch is not None:
        _HeadingFloor(table, stretch)


class _HeadingFloor(QObject):
    """Qt stretches a column into whatever the others leave, down to a few pixels: this one
    stops stretching at its heading's width."""

    def __init__(self, table: QTableView, column: int) -> None:
        super().__init__(table)
        self._table = table
        self._column = column
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column != self._column:
            self._fit()

    def _fit(self) -> None:
        header = self._table.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != self._column and not header.isSectionHidden(column)
        )
        heading = header.sectionSizeHint(self._column)
        room = self._table.viewport().width() - others >= heading
        mode = QHeaderView.ResizeMode.Stretch if room else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(self._column) != mode:
            header.setSectionResizeMode(self._column, mode)
        if not room and header.sectionSize(self._column) < heading:
            header.resizeSection(self._column, heading)
