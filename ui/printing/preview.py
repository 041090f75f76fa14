"""The print preview, with the summary's language on its toolbar: choosing another reads the
document again (in the background, by whoever listens to `languageChosen`) and the preview
draws it anew."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QLabel, QToolBar, QWidget

from casefiles.language.catalogue import Language
from casefiles.summary import ImageSource, SummaryDocument
from ui.printing.language import LanguageBox
from ui.printing.render import render

PREVIEW_SHARE_OF_SCREEN = 0.9


class SummaryPreview(QPrintPreviewDialog):
    """Shows `document`; `languageChosen` asks for it in another language (`show_document`
    shows what comes back, `keep_document` says nothing came)."""

    languageChosen = Signal(object)  # a Language

    def __init__(
        self,
        printer: QPrinter,
        document: SummaryDocument,
        images: Callable[[SummaryDocument], ImageSource],
        on_failure: Callable[[QWidget, BaseException], None],
        parent: QWidget,
    ) -> None:
        super().__init__(printer, parent)
        # The dialog does not own its printer: kept here, alive as long as the dialog.
        self._printer = printer
        self._images = images
        self._on_failure = on_failure
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Qt opens it at 692×512: a page is unreadable at that size, so take most of the screen.
        screen = (parent.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(screen.size() * PREVIEW_SHARE_OF_SCREEN)
        self.language = LanguageBox(document.language, self)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            # First on the toolbar: at its end a narrow window would hide it behind "»".
            first = toolbar.actions()[0]
            label = QLabel(self.tr("Summary in:"), toolbar)
            label.setBuddy(self.language)
            label.setContentsMargins(6, 0, 4, 0)
            toolbar.insertWidget(first, label)
            toolbar.insertWidget(first, self.language)
            toolbar.insertSeparator(first)
        self.language.activated.connect(self._chosen)
        self.paintRequested.connect(self._paint)
        self._take(document)

    @property
    def document(self) -> SummaryDocument:
        return self._document

    def show_document(self, document: SummaryDocument) -> None:
        """Draw `document` instead of the one shown (the same pages, in another language)."""
        self._take(document)
        self.language.setEnabled(True)
        preview = self.findChild(QPrintPreviewWidget)
        if preview is not None:
            preview.updatePreview()

    def keep_document(self) -> None:
        """The other language could not be read: the shown document stays, and its language."""
        self.language.set_language(self._document.language)
        self.language.setEnabled(True)

    def _take(self, document: SummaryDocument) -> None:
        self._document = document
        self._document_images = self._images(document)
        self._printer.setDocName(document.title)
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", document.title))

    def _chosen(self, _index: int) -> None:
        language: Language = self.language.language()
        if language is not self._document.language:
            self.language.setEnabled(False)  # until the document in that language is read
            self.languageChosen.emit(language)

    def _paint(self, target: QPrinter) -> None:
        # Asked again when the page setup changes, and to print from the preview.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            render(self._document, target, None, self._document_images)
        except Exception as error:
            self._on_failure(self, error)
        finally:
            QApplication.restoreOverrideCursor()
