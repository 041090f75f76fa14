"""The summary's language, chosen per print and independent of the interface's: a small combo
box for the print dialog's options and the print preview's toolbar."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from casefiles.language.catalogue import Language

# Each language by its own name, as its readers look for it.
LANGUAGE_NAMES = {
    Language.EN: "English",
    Language.AZ: "Azərbaycanca",
    Language.UK: "Українська",
    Language.RU: "Русский",
}


class LanguageBox(QComboBox):
    def __init__(self, parent: QWidget | None = None, current: Language = Language.EN) -> None:
        super().__init__(parent)
        for language, name in LANGUAGE_NAMES.items():
            self.addItem(name, language.value)
        self.setCurrentIndex(self.findData(current.value))
        self.setAccessibleName("Summary language")
        self.setToolTip("The language the summary is printed in; your own text stays as typed")

    def language(self) -> Language:
        return Language(self.currentData())


def options_page(box: LanguageBox, dialog: QWidget) -> QWidget:
    """A print dialog's options tab holding `box`, owned by `dialog` (a page without a parent
    would be deleted with its Python wrapper, and the box with it)."""
    page = QWidget(dialog)
    page.setWindowTitle("Summary")  # the tab's title
    layout = QFormLayout(page)
    layout.addRow("Summary language:", box)
    return page
