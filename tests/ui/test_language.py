"""The interface language: chosen from Preferences or the system locale, Qt's translators
installed (ours from a .qm built here from a small .ts, Qt's own for its standard buttons),
the core's words in the same language, and English when a translation is missing."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from casefiles.domain.vocabulary import IncidentType, Precision
from casefiles.language.catalogue import Language, phrases_for
from ui.app import open_window
from ui.language import arg, install, interface_language, label, lowered, system_language
from ui.preferences import Preferences
from ui.window.main_window import MainWindow


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("uk_UA", Language.UK),
        ("ru_RU", Language.RU),
        ("ru_KZ", Language.RU),
        ("az_AZ", Language.AZ),
        ("az_Cyrl_AZ", Language.AZ),
        ("en_GB", Language.EN),
        ("de_DE", Language.EN),
        ("tr_TR", Language.EN),
    ],
)
def test_the_system_locale_chooses_among_the_four_languages(
    locale: str, expected: Language
) -> None:
    assert system_language(QLocale(locale)) is expected


def test_with_the_russian_translation_the_window_speaks_russian(
    qtbot: QtBot, translations: Path
) -> None:
    assert install(Language.RU) is Language.RU
    window = MainWindow(Preferences())
    qtbot.addWidget(window)
    assert menu_titles(window)[:3] == ["&Файл", "&Правка", "&Дело"]
    assert window.commands.open_case.text() == "&Открыть…"
    assert window.commands.open_case.toolTip().startswith("Открыть")
    # A message no one translated yet stays English rather than blank.
    assert window.recent_menu.title() == "Open &recent"
    # The core's words and Qt's own dates in the same language.
    assert label(IncidentType.MISSILE_STRIKE) == phrases_for(Language.RU).label(
        IncidentType.MISSILE_STRIKE
    )
    assert label(Precision.DAY) == phrases_for(Language.RU)("precision.day")
    assert QLocale().language() is QLocale.Language.Russian
    # Qt's translation of its standard buttons (PySide6 ships qtbase_ru.qm).
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"


def test_switching_back_to_english_removes_the_translation(
    qtbot: QtBot, translations: Path
) -> None:
    install(Language.UK)
    assert interface_language() is Language.UK
    assert install(Language.EN) is Language.EN
    window = MainWindow(Preferences())
    qtbot.addWidget(window)
    assert menu_titles(window)[:3] == ["&File", "&Edit", "&Case"]
    assert label(IncidentType.MISSILE_STRIKE) == IncidentType.MISSILE_STRIKE.label


def test_a_missing_translation_leaves_english_and_says_so_in_the_log(
    qtbot: QtBot, translations: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (translations / "casefiles_az.qm").unlink()
    with caplog.at_level(logging.WARNING, logger="ui.language"):
        assert install(Language.AZ) is Language.EN
    assert "casefiles_az.qm" in caplog.text
    window = MainWindow(Preferences())
    qtbot.addWidget(window)
    assert menu_titles(window)[0] == "&File"
    assert label(IncidentType.MISSILE_STRIKE) == IncidentType.MISSILE_STRIKE.label


def test_the_app_starts_in_the_language_chosen_in_preferences(
    qtbot: QtBot, translations: Path
) -> None:
    preferences = Preferences()
    preferences.set_language(Language.UK)
    preferences.mark_welcomed()  # else the first start opens the demo, and asks who works
    preferences.mark_profile_asked()
    window = open_window(None)
    qtbot.addWidget(window)
    assert interface_language() is Language.UK
    assert menu_titles(window)[:3] == ["&Файл", "&Редагування", "&Справа"]


def test_without_a_choice_the_app_follows_the_system_locale(
    qtbot: QtBot, translations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_RU")))
    preferences = Preferences()
    assert preferences.language is None
    preferences.mark_welcomed()
    preferences.mark_profile_asked()
    window = open_window(None)
    qtbot.addWidget(window)
    assert interface_language() is Language.RU
    assert menu_titles(window)[0] == "&Файл"


def test_words_lowered_in_a_sentence_keep_azerbaijani_i_and_ı(translations: Path) -> None:
    assert lowered("Note verbale") == "note verbale"
    assert install(Language.AZ) is Language.AZ
    assert lowered("İcazə İLƏ, ILIQ") == "icazə ilə, ılıq"  # str.lower() gives "i̇" and "i"


def test_values_fill_the_placeholders_in_one_pass() -> None:
    assert arg("Delete %1 “%2”?", "KYIV-%2", "Hava zərbəsi 100%") == (
        "Delete KYIV-%2 “Hava zərbəsi 100%”?"
    )
    assert arg("%2 before %1", "one", "two") == "two before one"
