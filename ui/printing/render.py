"""The one render function: a SummaryDocument onto the print preview, a PDF file or a printer.

Two passes: the whole document is laid out first (so the page count is known), then each
page is painted with "Page X of Y" in its footer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPainter
from PySide6.QtPrintSupport import QPrinter

from casefiles.errors import CaseFileError
from casefiles.language.catalogue import phrases_for
from casefiles.progress import Progress
from casefiles.summary.document import SummaryDocument
from casefiles.summary.rendering import ImageSource, Paper
from ui.printing import styles
from ui.printing.blocks import Writer
from ui.printing.compose import compose
from ui.printing.flow import Flow, Page
from ui.printing.paint import PagePainter
from ui.printing.paper import page_layout, with_binding_margins
from ui.printing.text import Typesetter
from ui.timeline.from_case import paint_timeline_source


class RenderFailed(CaseFileError):
    """The target could not be painted on (a PDF that cannot be written, a printer gone)."""


def layout_pages(
    document: SummaryDocument, device: QPagedPaintDevice
) -> tuple[list[Page], Typesetter]:
    """The first pass: every page's items, for the device's page layout and resolution."""
    typesetter = Typesetter(device)
    area = _area(device, typesetter)
    body_height = area.height() - typesetter.mm(styles.HEADER_BAND + styles.FOOTER_BAND)
    flow = Flow(area.width(), body_height)
    compose(Writer(flow, typesetter, phrases_for(document.language)), document)
    return flow.pages, typesetter


def render(
    document: SummaryDocument,
    device: QPagedPaintDevice,
    paper: Paper | None,
    images: ImageSource,
    *,
    progress: Progress | None = None,
) -> int:
    """Lay out and paint `document` on `device`; the number of pages.

    `paper` sets the page size; None keeps the one the device has (chosen in a print dialog).
    The margins are always the document's own, with room for binding."""
    layout = page_layout(paper) if paper is not None else with_binding_margins(device.pageLayout())
    device.setPageLayout(layout)
    pages, typesetter = layout_pages(document, device)
    painter = QPainter()
    if not painter.begin(device):
        raise RenderFailed(
            QCoreApplication.translate(
                "Printing", "The document could not be started: the file or printer refused it."
            )
        )
    try:
        # The timeline is drawn by the timeline widget's own routine, as on screen.
        area = _area(device, typesetter)
        pager = PagePainter(painter, typesetter, document, images, area, paint_timeline_source)
        for number, page in enumerate(pages, start=1):
            if number > 1 and not device.newPage():
                message = QCoreApplication.translate(
                    "Printing", "Page %1 could not be started: the target refused it."
                )
                raise RenderFailed(message.replace("%1", str(number)))
            pager.paint(page, number, len(pages))
            if progress is not None:
                progress(number, len(pages))
    except BaseException:
        if isinstance(device, QPrinter):
            device.abort()  # a cancelled or failed print job is not sent half-done
        raise
    finally:
        painter.end()
    return len(pages)


def _area(device: QPagedPaintDevice, typesetter: Typesetter) -> QRectF:
    """The printable area in device pixels, with the painter's origin at its top-left."""
    rect = device.pageLayout().paintRectPixels(round(typesetter.dpi))
    return QRectF(0, 0, rect.width(), rect.height())
