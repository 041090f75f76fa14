"""Paper sizes and margins: A4 by default, Letter on request, with room to bind on the left."""

from __future__ import annotations

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize

from casefiles.summary.rendering import Paper

# Left, top, right, bottom in millimetres: the wide left margin leaves room to punch and bind.
MARGINS_MM = QMarginsF(28, 12, 16, 12)
PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


def page_layout(paper: Paper) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAGE_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def with_binding_margins(layout: QPageLayout) -> QPageLayout:
    """The same paper (as chosen in a print dialog), portrait, with the document's margins."""
    return QPageLayout(
        layout.pageSize(), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
    )
