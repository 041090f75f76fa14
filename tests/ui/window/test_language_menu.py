"""Edit > Language: the choice is kept in Preferences and applies at the next start, which a
message says in the language chosen and in the one the interface speaks now."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from casefiles.language.catalogue import Language
from tests.ui.helpers import MessageBoxes
from ui.language import install
from ui.preferences import Preferences
from ui.window.main_window import MainWindow

RESTART_RU = "Интерфейс будет на языке Русский при следующем запуске Casefiles."
RESTART_EN = "The interface will be in Русский the next time Casefiles starts."


def window_with_menu(qtbot: QtBot) -> MainWindow:
    window = MainWindow(Preferences())
    qtbot.addWidget(window)
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.language_menu.menuAction() in edit_menu.actions()
    return window


def test_a_language_chosen_is_kept_and_announced_in_both_languages(
    qtbot: QtBot, translations: Path, message_boxes: MessageBoxes
) -> None:
    window = window_with_menu(qtbot)
    assert window.language_menu.system_action.isChecked()  # the default: the system's
    window.language_menu.language_actions[Language.RU].trigger()
    assert Preferences().language is Language.RU
    assert message_boxes.shown == [f"{RESTART_RU}\n\n{RESTART_EN}"]
    assert window.menuBar().actions()[0].text() == "&File"  # until the next start
    # The next start speaks Russian, and the menu shows the choice.
    install(Preferences().language or Language.EN)
    again = window_with_menu(qtbot)
    assert again.menuBar().actions()[0].text() == "&Файл"
    assert again.language_menu.language_actions[Language.RU].isChecked()


def test_back_to_the_system_language_forgets_the_choice(
    qtbot: QtBot, translations: Path, message_boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("en_GB")))
    Preferences().set_language(Language.UK)
    window = window_with_menu(qtbot)
    assert window.language_menu.language_actions[Language.UK].isChecked()
    window.language_menu.system_action.trigger()
    assert Preferences().language is None
    # The system speaks English here, as the interface does now: nothing changes, nothing said.
    assert message_boxes.shown == []


def test_choosing_the_language_already_shown_says_nothing(
    qtbot: QtBot, translations: Path, message_boxes: MessageBoxes
) -> None:
    window = window_with_menu(qtbot)
    window.language_menu.language_actions[Language.EN].trigger()
    assert Preferences().language is Language.EN
    assert message_boxes.shown == []
