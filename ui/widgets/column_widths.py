"""Table columns at the widths they were given, or wider where the heading needs more."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QTableView


def set_column_widths(table: QTableView, widths: Iterable[tuple[int, int]]) -> None:
    """Each column at its width, widened to show its heading whole (with room for the sort
    arrow): a translation's heading may be half as long again as the English; the table
    scrolls sideways rather than cut it."""
    header = table.horizontalHeader()
    for column, width in widths:
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
