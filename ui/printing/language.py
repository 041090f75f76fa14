"""The summary's language, chosen per print and independent of the interface: a combo for the
print dialog's own tab and the print preview's toolbar, and the save dialog's file types (one
per language, which native save dialogs show too). The choice is remembered (Preferences)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QTabWidget, QWidget

from casefiles.language.catalogue import Language
from ui.preferences import Preferences

# Each language by its own name, as language pickers show them: found whatever the interface.
NAMES: Mapping[Language, str] = MappingProxyType(
    {
        Language.AZ: "Azərbaycanca",
        Language.UK: "Українська",
        Language.RU: "Русский",
        Language.EN: "English",
    }
)


class LanguageBox(QComboBox):
    """The four languages of the summary, by their own names."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for choice, name in NAMES.items():
            self.addItem(name, choice.value)
        self.set_language(language)
        self.setAccessibleName(self.tr("Language of the summary"))

    def language(self) -> Language:
        return Language(self.currentData())

    def set_language(self, language: Language) -> None:
        self.setCurrentIndex(self.findData(language.value))


class SummaryTab(QWidget):
    """The print dialog's own tab: the summary's language."""

    def __init__(self, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Summary"))  # the tab's title
        self.language = LanguageBox(language, self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language of the summary:"), self.language)

    def show_first(self) -> None:
        """Make this the tab shown when the dialog's options are unfolded (once the dialog
        holds it: Qt's own print dialog puts option tabs in a tab widget)."""
        holder = self.parentWidget()
        while holder is not None and not isinstance(holder, QTabWidget):
            holder = holder.parentWidget()
        if holder is not None:
            holder.setCurrentWidget(self)


def pdf_filters() -> dict[str, Language]:
    """The save dialog's file types, one per language (all of them *.pdf)."""
    words = QCoreApplication.translate("SummaryLanguage", "PDF, %1 (*.pdf)")
    return {words.replace("%1", name): language for language, name in NAMES.items()}


def ask_pdf_file(
    parent: QWidget, title: str, suggested: str, preferences: Preferences
) -> tuple[str, Language] | None:
    """The file name and the summary's language from the save dialog (its file types), the
    language remembered in `preferences`; None if the person chose no file."""
    filters = pdf_filters()
    remembered = preferences.summary_language()
    offered = next(name for name, language in filters.items() if language is remembered)
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, suggested, ";;".join(filters), offered
    )
    if not chosen:
        return None
    language = filters.get(chosen_filter, remembered)  # a dialog may name no file type
    preferences.set_summary_language(language)
    return chosen, language
