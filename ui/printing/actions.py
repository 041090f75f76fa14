"""File > Print, Print preview and Export PDF, for the current incident or the whole case.

The main window calls these with itself as parent. The document is read from the case file on
a worker thread behind a progress dialog (a big case takes a while); it is then drawn on the UI
thread page by page, with progress and a Cancel button.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QToolBar,
    QWidget,
)

from casefiles import clock
from casefiles.errors import CaseFileError
from casefiles.language.catalogue import Language
from casefiles.services import evidence
from casefiles.services import incidents as incident_service
from casefiles.storage.store import CaseFile
from casefiles.summary import ImageSource, Paper, SummaryDocument
from casefiles.summary.build import build_case_summary, build_incident_report
from ui.preferences import Preferences
from ui.printing.language_choice import LanguageBox, options_page
from ui.printing.paper import page_layout
from ui.printing.pdf import write_pdf
from ui.printing.render import RenderProgress, render

log = logging.getLogger(__name__)
DIALOG_TITLE = "Print"
SHOW_PROGRESS_AFTER_MS = 400
PREVIEW_SHARE_OF_SCREEN = 0.9
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class _Cancelled(Exception):
    """The person pressed Cancel."""


def print_preview(
    parent: QWidget, case: CaseFile, incident_uuid: str | None, *, paper: Paper = Paper.A4
) -> None:
    """The print preview of the incident's report, or of the case summary when None; the
    language box in its toolbar rebuilds it in another language."""
    document = build_document(parent, case, incident_uuid)
    if document is None:
        return
    shown = [document]  # the document drawn, replaced when the language changes
    printer = _printer(document, paper)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(f"Print preview: {document.title}")
    # Qt opens it at 692×512: a page is unreadable at that size, so take most of the screen.
    screen = (parent.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    dialog.resize(screen.size() * PREVIEW_SHARE_OF_SCREEN)
    images = _images(case)

    def paint(target: QPrinter) -> None:
        # The dialog asks again when its page setup changes, and to print from the preview.
        _render_with_progress(dialog, shown[0], target, images)

    box = LanguageBox(dialog, document.language)

    def change_language() -> None:
        rebuilt = build_document(dialog, case, incident_uuid, box.language())
        if rebuilt is None:
            box.setCurrentIndex(box.findData(shown[0].language.value))
            return
        shown[0] = rebuilt
        printer.setDocName(rebuilt.title)
        dialog.setWindowTitle(f"Print preview: {rebuilt.title}")
        if (preview := dialog.findChild(QPrintPreviewWidget)) is not None:
            preview.updatePreview()

    box.currentIndexChanged.connect(change_language)
    if (toolbar := dialog.findChild(QToolBar)) is not None:
        toolbar.addSeparator()
        toolbar.addWidget(QLabel(" Summary language: ", toolbar))
        toolbar.addWidget(box)
    dialog.paintRequested.connect(paint)
    dialog.exec()


def export_title(case: CaseFile) -> str:
    """The export dialog's title; for an encrypted case it says that a PDF is plain."""
    if case.encrypted:
        return "Export PDF (a PDF is not encrypted: anyone who gets it can read it)"
    return "Export PDF"


def export_pdf(
    parent: QWidget,
    case: CaseFile,
    incident_uuid: str | None,
    *,
    paper: Paper = Paper.A4,
    language: Language = Language.EN,
) -> Path | None:
    """Ask for a file name and write the PDF there; the file written, or None if cancelled."""
    preferences = Preferences()
    try:
        suggested = preferences.export_folder() / _file_name(case, incident_uuid)
    except CaseFileError as error:
        _show_failure(parent, error)
        return None
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, export_title(case), str(suggested), "PDF documents (*.pdf)"
    )
    if not chosen:
        return None
    path = Path(chosen)
    preferences.set_export_folder(path.parent)
    if path.suffix.casefold() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    document = build_document(parent, case, incident_uuid, language)
    if document is None:
        return None

    # The dialog asked before replacing the file chosen, not one with ".pdf" added to it.
    replace = path == Path(chosen)

    def write(progress: RenderProgress) -> int:
        return write_pdf(
            document,
            path,
            paper=paper,
            images=_images(case),
            progress=progress,
            replace=replace,
            protect=[case.path],
        )

    return path if _with_progress(parent, "Writing the PDF…", write) else None


def print_document(
    parent: QWidget, case: CaseFile, incident_uuid: str | None, *, paper: Paper = Paper.A4
) -> bool:
    """Ask for a printer (and, on the dialog's options tab, the summary's language) and print;
    True if the document was sent to it."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print the case summary" if incident_uuid is None else "Print the report")
    box = LanguageBox()
    dialog.setOptionTabs([options_page(box, dialog)])
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document = build_document(parent, case, incident_uuid, box.language())
    if document is None:
        return False
    printer.setDocName(document.title)
    return _render_with_progress(parent, document, printer, _images(case))


# Building the document off the UI thread ----------------------------------------------------


class _PrintingRelay(QObject):
    """Carries the worker's progress and result to callbacks on the UI thread: the relay
    lives there, so its slots run there (queued) whichever thread emits."""

    progressed = Signal(int, int)
    finished = Signal(object)  # the document, or the error

    def __init__(
        self, on_progress: Callable[[int, int], None], on_finished: Callable[[object], None]
    ) -> None:
        super().__init__()
        self._on_progress = on_progress
        self._on_finished = on_finished
        self.progressed.connect(self._progress)
        self.finished.connect(self._finish)

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self._on_progress(done, total)

    @Slot(object)
    def _finish(self, result: object) -> None:
        self._on_finished(result)


def build_document(
    parent: QWidget,
    case: CaseFile,
    incident_uuid: str | None,
    language: Language = Language.EN,
) -> SummaryDocument | None:
    """The incident report (or the case summary) in `language`, read on a worker thread while
    a progress dialog shows; None if cancelled or failed (the failure is shown to the person)."""
    try:
        reference = _reference(case, incident_uuid)
    except CaseFileError as error:
        _show_failure(parent, error)
        return None
    cancelled = threading.Event()
    outcome: list[object] = []
    loop = QEventLoop()
    dialog = _progress_dialog(parent, "Reading the case file…")

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish(result: object) -> None:
        outcome.append(result)
        loop.quit()

    relay = _PrintingRelay(show_progress, finish)

    def progress(done: int, total: int) -> None:
        if cancelled.is_set():
            raise _Cancelled
        relay.progressed.emit(done, total)

    def work() -> None:
        try:
            if reference is None:
                result: object = build_case_summary(case, progress=progress, language=language)
            else:
                result = build_incident_report(
                    case, reference, progress=progress, language=language
                )
        except Exception as error:  # delivered to the UI thread, shown or logged there
            result = error
        relay.finished.emit(result)

    def cancel() -> None:
        cancelled.set()
        loop.quit()

    dialog.canceled.connect(cancel)
    QThreadPool.globalInstance().start(work)
    loop.exec()
    # Closing emits canceled too: drop only our slot. The dialog's own canceled→cancel link
    # must stay, or its minimum-duration timer shows the closed dialog again, modal.
    dialog.canceled.disconnect(cancel)
    dialog.close()
    dialog.deleteLater()
    if cancelled.is_set() or not outcome:
        return None
    result = outcome[0]
    if isinstance(result, BaseException):
        _show_failure(parent, result)
        return None
    assert isinstance(result, SummaryDocument)
    return result


# Drawing with progress ----------------------------------------------------------------------


def _render_with_progress(
    parent: QWidget, document: SummaryDocument, printer: QPrinter, images: ImageSource
) -> bool:
    """Draw on `printer` keeping the paper chosen in its dialog."""

    def draw(progress: RenderProgress) -> int:
        return render(document, printer, None, images, progress=progress)

    return _with_progress(parent, f"Preparing {document.title}…", draw)


def _with_progress(parent: QWidget, label: str, work: Callable[[RenderProgress], int]) -> bool:
    """Run `work` with a page-by-page progress dialog; False if cancelled or failed."""
    dialog = _progress_dialog(parent, label)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)  # a modal dialog lets the UI breathe here
        if dialog.wasCanceled():
            raise _Cancelled

    try:
        work(progress)
    except _Cancelled:
        return False
    except Exception as error:
        _show_failure(parent, error)
        return False
    finally:
        dialog.close()
        dialog.deleteLater()
    return True


def _progress_dialog(parent: QWidget, label: str) -> QProgressDialog:
    dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
    dialog.setWindowTitle(DIALOG_TITLE)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    return dialog


def _show_failure(parent: QWidget, error: BaseException) -> None:
    if isinstance(error, CaseFileError):
        message = str(error)
    else:  # a bug: keep the details in the log
        log.error("Printing failed", exc_info=error)
        message = f"The document could not be made: {error}"
    QMessageBox.warning(parent, DIALOG_TITLE, message)


# Small helpers --------------------------------------------------------------------------------


def _images(case: CaseFile) -> ImageSource:
    return lambda uuid: evidence.derived_image(case, uuid, "preview")


def _printer(document: SummaryDocument, paper: Paper) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper))
    printer.setDocName(document.title)
    return printer


def _reference(case: CaseFile, incident_uuid: str | None) -> str | None:
    return None if incident_uuid is None else incident_service.get(case, incident_uuid).reference


def _file_name(case: CaseFile, incident_uuid: str | None) -> str:
    reference = _reference(case, incident_uuid)
    if reference is None:
        return f"Case summary {clock.now().date().isoformat()}.pdf"
    return f"Incident report {_UNSAFE_IN_FILE_NAMES.sub('-', reference)}.pdf"
