"""The summary's language chosen per print in the window, independent of the interface: the
print dialog's tab, the print preview's toolbar and Export PDF's file types; remembered, and
the interface's language until one is chosen. PDFs read back with pdftotext."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from casefiles.language.catalogue import Language, phrases_for
from casefiles.services import incidents, notes
from casefiles.storage.store import CaseFile
from casefiles.summary.build import build_case_summary
from tests.casefiles.summary.photo_case import NOVEMBER
from tests.ui.helpers import SaveDialogs, open_window, wait_for
from tests.ui.printing.test_printing_languages import (
    USER_TEXT,
    _holds,
    english_labels,
    pdftotext,
    user_texts,
)
from ui.background import Background
from ui.language import install
from ui.preferences import Preferences
from ui.printing import actions
from ui.printing.language import NAMES, SummaryTab
from ui.printing.preview import SummaryPreview
from ui.timeline.widget import TimelineWidget


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def noted_path(demo_path: Path) -> Path:
    """The demo with a note typed in Azerbaijani and Cyrillic on its November incident."""
    with CaseFile.open(demo_path) as case:
        notes.create(case, USER_TEXT, target=incidents.get_by_reference(case, NOVEMBER).uuid)
    return demo_path


class Printer:
    """The print dialog answered as a person would: the language picked on the dialog's
    "Summary" tab, a "printer" that writes a PDF the test reads (the printer is the boundary)."""

    def __init__(self, target: Path, language: Language | None) -> None:
        self.target = target
        self.language = language
        self.offered: list[Language] = []  # what the tab showed when the dialog opened
        self.tab_titles: list[str] = []

    def exec(self, dialog: QPrintDialog) -> int:
        tab = dialog.findChild(SummaryTab)
        assert tab is not None
        self.tab_titles.append(tab.windowTitle())
        self.offered.append(tab.language.language())
        if self.language is not None:
            tab.language.setCurrentIndex(tab.language.findText(NAMES[self.language]))
        dialog.printer().setOutputFileName(str(self.target))
        return QPrintDialog.DialogCode.Accepted


def assert_in_language(text: str, language: Language, case: CaseFile) -> None:
    """`text` has the language's headings, none of the English labels, the user's text as typed."""
    say = phrases_for(language)
    for key in ("summary.title", "heading.chronology", "heading.timeline"):
        assert say(key) in text
    typed = user_texts(case, build_case_summary(case, language=language))
    labels = [label for label in english_labels(language) if not _holds(typed, label)]
    assert len(labels) > 100
    assert [label for label in labels if _holds(text, label)] == []
    assert USER_TEXT in text


def test_printing_from_the_window_in_azerbaijani_chosen_on_the_print_dialog(
    qtbot: QtBot, noted_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printer = Printer(tmp_path / "printer.pdf", Language.AZ)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: printer.exec(dialog))
    window = open_window(qtbot, noted_path)

    window.commands.print_summary.trigger()
    qtbot.waitUntil(lambda: not window.background.running(), timeout=60_000)

    assert printer.offered == [Language.EN]  # the (English) system's, until chosen
    assert printer.tab_titles == ["Summary"]
    text = pdftotext(printer.target)
    assert window.session is not None
    assert_in_language(text, Language.AZ, window.session.case)
    assert "İnsidentlərin xronologiyası" in text and "Chronology of incidents" not in text
    assert Preferences().summary_language() is Language.AZ

    # The next print offers Azerbaijani again; the window's timeline stays English.
    printer.language = None
    window.commands.print_summary.trigger()
    qtbot.waitUntil(lambda: not window.background.running(), timeout=60_000)
    assert printer.offered == [Language.EN, Language.AZ]
    timeline = window.findChild(TimelineWidget)
    assert timeline is not None
    legend = {item.kind: item.label for item in timeline.timeline_layout().legend}
    assert legend["today"] == "today"


def test_the_preview_toolbar_chooses_the_language_and_redraws(
    qtbot: QtBot, parent: QWidget, background: Background, case: CaseFile, tmp_path: Path
) -> None:
    wait_for(qtbot, actions.print_preview(parent, background, case, None))
    dialog = parent.findChild(SummaryPreview)
    assert dialog is not None and dialog.isVisible()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() > 0, timeout=30_000)
    assert dialog.document.language is Language.EN
    assert dialog.language.isVisibleTo(dialog) and dialog.language.currentText() == "English"
    drawn: list[object] = []
    dialog.paintRequested.connect(drawn.append)

    qtbot.keyClick(dialog.language, Qt.Key.Key_Up)  # English is last; Russian above it

    russian = phrases_for(Language.RU)
    qtbot.waitUntil(lambda: dialog.document.language is Language.RU and bool(drawn), timeout=60_000)
    assert dialog.language.isEnabled()
    assert russian("summary.title") in dialog.windowTitle()
    assert Preferences().summary_language() is Language.RU
    # What the preview now shows, printed from it (its Print button) to a file.
    printed = tmp_path / "from the preview.pdf"
    dialog.printer().setOutputFileName(str(printed))
    preview.print_()
    text = pdftotext(printed)
    assert russian("heading.chronology") in text and "Chronology of incidents" not in text
    dialog.reject()


def test_a_language_that_cannot_be_read_keeps_the_preview_as_it_was(
    qtbot: QtBot,
    parent: QWidget,
    background: Background,
    case: CaseFile,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: messages.append(text))
    november = incidents.get_by_reference(case, NOVEMBER)
    wait_for(qtbot, actions.print_preview(parent, background, case, november.uuid))
    dialog = parent.findChild(SummaryPreview)
    assert dialog is not None
    incidents.delete(case, november.uuid)  # meanwhile, elsewhere in the window

    qtbot.keyClick(dialog.language, Qt.Key.Key_Home)  # Azərbaycanca

    qtbot.waitUntil(lambda: bool(messages), timeout=60_000)
    assert NOVEMBER in messages[0]
    assert dialog.document.language is Language.EN and dialog.isVisible()
    assert dialog.language.isEnabled() and dialog.language.currentText() == "English"
    dialog.reject()


def test_export_pdf_in_ukrainian_chosen_among_the_file_types(
    qtbot: QtBot,
    parent: QWidget,
    background: Background,
    case: CaseFile,
    tmp_path: Path,
    save_dialogs: SaveDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notes.create(case, USER_TEXT, target=incidents.get_by_reference(case, NOVEMBER).uuid)
    save_dialogs.answer(tmp_path / "Нота 1.pdf", "PDF, Українська (*.pdf)")
    save_dialogs.answer(tmp_path / "Нота 2.pdf", "PDF, Українська (*.pdf)")

    wait_for(qtbot, actions.export_pdf(parent, background, case, None))

    first = save_dialogs.offered[0]
    assert first.file_types == [
        "PDF, Azərbaycanca (*.pdf)",
        "PDF, Українська (*.pdf)",
        "PDF, Русский (*.pdf)",
        "PDF, English (*.pdf)",
    ]
    assert first.selected == "PDF, English (*.pdf)"
    assert_in_language(pdftotext(tmp_path / "Нота 1.pdf"), Language.UK, case)
    # Remembered: the next export offers Ukrainian, and so does the print dialog.
    wait_for(qtbot, actions.export_pdf(parent, background, case, None))
    assert save_dialogs.offered[1].selected == "PDF, Українська (*.pdf)"
    printer = Printer(tmp_path / "printer.pdf", None)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: printer.exec(dialog))
    wait_for(qtbot, actions.print_document(parent, background, case, None))
    assert printer.offered == [Language.UK]
    assert phrases_for(Language.UK)("heading.chronology") in pdftotext(printer.target)


def test_a_save_dialog_that_names_no_file_type_keeps_the_language_last_chosen(
    qtbot: QtBot,
    parent: QWidget,
    background: Background,
    case: CaseFile,
    tmp_path: Path,
    save_dialogs: SaveDialogs,
) -> None:
    Preferences().set_summary_language(Language.RU)
    target = tmp_path / "annex.pdf"
    save_dialogs.answer(target)
    wait_for(qtbot, actions.export_pdf(parent, background, case, None))
    assert phrases_for(Language.RU)("heading.chronology") in pdftotext(target)
    assert Preferences().summary_language() is Language.RU


@pytest.mark.parametrize("interface", list(Language))
def test_until_one_is_chosen_the_summary_is_in_the_interface_language(
    qtbot: QtBot,
    parent: QWidget,
    background: Background,
    case: CaseFile,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    translations: Path,
    interface: Language,
) -> None:
    assert install(interface) is interface
    printer = Printer(tmp_path / "printer.pdf", None)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: printer.exec(dialog))
    wait_for(qtbot, actions.print_document(parent, background, case, None))
    assert printer.offered == [interface]
    assert phrases_for(interface)("heading.chronology") in pdftotext(printer.target)


def test_a_damaged_setting_falls_back_to_the_interface_language() -> None:
    preferences = Preferences()
    preferences._values["summary_language"] = "de"  # written by hand, or by a newer version
    assert preferences.summary_language() is Language.EN
    preferences._values["summary_language"] = ["az"]
    assert preferences.summary_language() is Language.EN
