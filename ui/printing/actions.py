"""File > Print, Print preview and Export PDF, for the current incident or the whole case.

The main window calls these with itself as parent and its Background. Each is one background
operation behind a progress dialog with Cancel: the document is read from the case file (a
big case takes a while), then drawn page by page onto the PDF or the printer. Only the print
preview draws on the UI thread: Qt asks for its pages and shows what was drawn on return.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget

from casefiles import clock
from casefiles.errors import CaseFileError
from casefiles.integrity import anchors
from casefiles.language.catalogue import Language
from casefiles.progress import Progress
from casefiles.services import incidents as incident_service
from casefiles.services import photo_derivation
from casefiles.storage.store import CaseFile
from casefiles.summary import ImageSource, Paper, SummaryDocument
from casefiles.summary.build import build_case_summary, build_incident_report
from ui.background import Background, Operation, Task
from ui.language import words
from ui.preferences import Preferences
from ui.printing.language import NAMES, SummaryTab, ask_pdf_file
from ui.printing.paper import page_layout
from ui.printing.pdf import write_pdf
from ui.printing.preview import SummaryPreview
from ui.printing.render import render

T = TypeVar("T")
log = logging.getLogger(__name__)
_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def print_preview(
    parent: QWidget,
    background: Background,
    case: CaseFile,
    incident_uuid: str | None,
    *,
    paper: Paper = Paper.A4,
) -> Task | None:
    """The print preview of the incident's report, or of the case summary when None, in the
    summary's language last chosen; its toolbar chooses another."""
    ok, reference = _reference_or_say(parent, case, incident_uuid)
    if not ok:
        return None

    def show(document: SummaryDocument) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(paper))
        dialog = SummaryPreview(
            printer, document, lambda shown: _images(case, shown), _show_failure, parent
        )

        def switch(language: Language) -> None:
            # Read again: the settings may have changed since the preview opened.
            Preferences().set_summary_language(language)

            def work(progress: Progress) -> SummaryDocument:
                return _build(case, reference, language, progress)

            def failed(error: BaseException) -> None:
                dialog.keep_document()
                _show_failure(dialog, error)

            background.start(
                Operation(
                    _title(),
                    work,
                    dialog.show_document,
                    on_failure=failed,
                    on_cancelled=dialog.keep_document,
                    parent=dialog,
                    progress_label=_reading(),
                )
            )

        dialog.languageChosen.connect(switch)
        dialog.open()

    language = Preferences().summary_language()

    def work(progress: Progress) -> SummaryDocument:
        return _build(case, reference, language, progress)

    return _start(parent, background, _reading(), work, show)


def export_title(case: CaseFile) -> str:
    """The export dialog's title; for an encrypted case it says that a PDF is plain."""
    if case.encrypted:
        return QCoreApplication.translate(
            "Printing", "Export PDF (a PDF is not encrypted: anyone who gets it can read it)"
        )
    return QCoreApplication.translate("Printing", "Export PDF")


def export_pdf(
    parent: QWidget,
    background: Background,
    case: CaseFile,
    incident_uuid: str | None,
    *,
    paper: Paper = Paper.A4,
) -> Task | None:
    """Ask for a file name and write the PDF there in the background; the task, or None if
    the person chose no file."""
    preferences = Preferences()
    ok, reference = _reference_or_say(parent, case, incident_uuid)
    if not ok:
        return None
    try:
        suggested = preferences.export_folder() / _file_name(reference)
    except CaseFileError as error:
        _show_failure(parent, error)
        return None
    answer = ask_pdf_file(parent, export_title(case), str(suggested), preferences)
    if answer is None:
        return None
    chosen, language = answer
    path = Path(chosen)
    preferences.set_export_folder(path.parent)
    if path.suffix.casefold() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    # The dialog asked before replacing the file chosen, not one with ".pdf" added to it.
    replace = path == Path(chosen)

    def work(progress: Progress) -> SummaryDocument:
        document = _build(case, reference, language, progress)
        write_pdf(
            document,
            path,
            paper=paper,
            images=_images(case, document),
            progress=_drawing(progress),
            replace=replace,
            protect=[case.path],
        )
        return document

    def written(document: SummaryDocument) -> None:
        _anchor(parent, case, document, path.name)

    writing = QCoreApplication.translate("Printing", "Writing the PDF…")
    return _start(parent, background, writing, work, written)


def print_document(
    parent: QWidget,
    background: Background,
    case: CaseFile,
    incident_uuid: str | None,
    *,
    paper: Paper = Paper.A4,
) -> Task | None:
    """Ask for a printer and the summary's language (a tab of the print dialog) and print in
    the background; the task, or None if not printing."""
    preferences = Preferences()
    ok, reference = _reference_or_say(parent, case, incident_uuid)
    if not ok:
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper))
    dialog = QPrintDialog(printer, parent)
    summary_tab = SummaryTab(preferences.summary_language())
    dialog.setOptionTabs([summary_tab])
    summary_tab.show_first()
    title = (
        QCoreApplication.translate("Printing", "Print the case summary in %1")
        if incident_uuid is None
        else QCoreApplication.translate("Printing", "Print the report in %1")
    )

    def say_language() -> None:  # in the title too: the tab may be folded away
        dialog.setWindowTitle(title.replace("%1", NAMES[summary_tab.language.language()]))

    say_language()
    summary_tab.language.currentIndexChanged.connect(say_language)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    language = summary_tab.language.language()
    preferences.set_summary_language(language)

    def work(progress: Progress) -> SummaryDocument:
        # QPainter may draw on a printer from a worker thread (not on a widget).
        document = _build(case, reference, language, progress)
        printer.setDocName(document.title)
        render(document, printer, None, _images(case, document), progress=_drawing(progress))
        return document

    def printed(document: SummaryDocument) -> None:
        _anchor(parent, case, document, printer.printerName())

    printing = QCoreApplication.translate("Printing", "Printing…")
    return _start(parent, background, printing, work, printed)


def _start(
    parent: QWidget,
    background: Background,
    label: str,
    work: Callable[[Progress], T],
    on_success: Callable[[T], None],
) -> Task:
    operation = Operation(
        _title(),
        work,
        on_success,
        on_failure=lambda error: _show_failure(parent, error),
        parent=parent,
        progress_label=label,
    )
    return background.start(operation)


def _build(
    case: CaseFile, reference: str | None, language: Language, progress: Progress
) -> SummaryDocument:
    """The case summary (None) or an incident's report in `language`, read on the worker
    thread."""
    words = _reading()

    def reading(done: int, total: int, label: str = "") -> None:
        progress(done, total, words)

    if reference is None:
        return build_case_summary(case, progress=reading, language=language)
    return build_incident_report(case, reference, progress=reading, language=language)


def _drawing(progress: Progress) -> Progress:
    words = QCoreApplication.translate("Printing", "Drawing the pages…")

    def drawing(done: int, total: int, label: str = "") -> None:
        progress(done, total, words)

    return drawing


def _show_failure(parent: QWidget, error: BaseException) -> None:
    if isinstance(error, CaseFileError):
        message = error.said(words())
    else:  # a bug: keep the details in the log
        log.error("Printing failed", exc_info=error)
        message = QCoreApplication.translate(
            "Printing", "The document could not be made: %1"
        ).replace("%1", str(error))
    QMessageBox.warning(parent, _title(), message)


# Small helpers --------------------------------------------------------------------------------


def _title() -> str:
    return QCoreApplication.translate("Printing", "Print")


def _reading() -> str:
    return QCoreApplication.translate("Printing", "Reading the case file…")


def _images(case: CaseFile, document: SummaryDocument) -> ImageSource:
    # Previews still pending are made (in memory, on every core) when the first is drawn.
    return photo_derivation.preview_source(case, (p.evidence_uuid for p in document.photos))


def _anchor(parent: QWidget, case: CaseFile, document: SummaryDocument, where: str) -> None:
    """The audit log and the list of anchors record the fingerprint that went on paper."""
    try:
        anchors.record(case, "print", document.fingerprint, document=where)
    except CaseFileError as error:
        _show_failure(parent, error)


def _reference_or_say(
    parent: QWidget, case: CaseFile, incident_uuid: str | None
) -> tuple[bool, str | None]:
    """(True, the incident's reference, or None for the whole case); (False, None) when the
    incident cannot be read, which was told to the person."""
    try:
        if incident_uuid is None:
            return True, None
        return True, incident_service.get(case, incident_uuid).reference
    except CaseFileError as error:
        _show_failure(parent, error)
        return False, None


def _file_name(reference: str | None) -> str:
    if reference is None:
        name = QCoreApplication.translate("Printing", "Case summary %1")
        return name.replace("%1", clock.now().date().isoformat()) + ".pdf"
    name = QCoreApplication.translate("Printing", "Incident report %1")
    return name.replace("%1", _UNSAFE_IN_FILE_NAMES.sub("-", reference)) + ".pdf"
