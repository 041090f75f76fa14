"""The interface language: chosen from Preferences or the system locale, Qt's translators
installed (ours from a .qm built here from a small .ts, Qt's own for its standard buttons),
the core's words in the same language, and English when a translation is missing."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

import ui.language
from casefiles.domain.vocabulary import IncidentType, Precision
from casefiles.language.catalogue import Language, phrases_for
from ui.app import open_window
from ui.language import install, interface_language, label, lowered, system_language
from ui.preferences import Preferences
from ui.window.main_window import MainWindow

# A few of the window's words in Russian and Ukrainian, as a translator would give them.
WORDS = {
    "ru": {
        ("MainWindow", "&File"): "&Файл",
        ("MainWindow", "&Edit"): "&Правка",
        ("MainWindow", "&Case"): "&Дело",
        ("Actions", "&Open…"): "&Открыть…",
        ("LanguageMenu", "The interface will be in %1 the next time Casefiles starts."): (
            "Интерфейс будет на языке %1 при следующем запуске Casefiles."
        ),
    },
    "uk": {
        ("MainWindow", "&File"): "&Файл",
        ("MainWindow", "&Edit"): "&Редагування",
        ("MainWindow", "&Case"): "&Справа",
        ("Actions", "&Open…"): "&Відкрити…",
    },
    "az": {("MainWindow", "&File"): "&Fayl"},
}


def build_qm(folder: Path, language: str) -> None:
    """casefiles_LANG.qm in `folder`, from a .ts written here (not the translators' work)."""
    contexts: dict[str, list[str]] = {}
    for (context, source), translation in WORDS[language].items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translation)}</translation></message>"
        )
    body = "".join(
        f"<context><name>{name}</name>{''.join(messages)}</context>"
        for name, messages in contexts.items()
    )
    ts = folder / f"casefiles_{language}.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="{language}">{body}</TS>',
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
    )


@pytest.fixture
def translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[Path]:
    """The app's translations folder, holding only the small Russian and Ukrainian ones; the
    interface is English again afterwards."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for language in WORDS:
        build_qm(folder, language)
    monkeypatch.setattr(ui.language, "TRANSLATION_DIR", folder)
    yield folder
    install(Language.EN)


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
    Preferences().set_language(Language.UK)
    window = open_window(None)
    qtbot.addWidget(window)
    assert interface_language() is Language.UK
    assert menu_titles(window)[:3] == ["&Файл", "&Редагування", "&Справа"]


def test_without_a_choice_the_app_follows_the_system_locale(
    qtbot: QtBot, translations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ru_RU")))
    assert Preferences().language is None
    window = open_window(None)
    qtbot.addWidget(window)
    assert interface_language() is Language.RU
    assert menu_titles(window)[0] == "&Файл"


def test_words_lowered_in_a_sentence_keep_azerbaijani_i_and_ı(translations: Path) -> None:
    assert lowered("Note verbale") == "note verbale"
    assert install(Language.AZ) is Language.AZ
    assert lowered("İcazə İLƏ, ILIQ") == "icazə ilə, ılıq"  # str.lower() gives "i̇" and "i"
