"""The interface language: chosen at start, its Qt translators installed, and the core's words
(vocabulary labels, precision words, dates) said in it.

The choice is the Preferences value if there is one, else the system locale (Azerbaijani,
Ukrainian or Russian; anything else is English). Our messages come from
resources/translations/casefiles_LANG.qm (tools/translations.py release makes them); Qt's own
(standard dialogs and buttons) from the qtbase_LANG.qm that Qt ships, which PySide6 has for
Russian and Ukrainian but not Azerbaijani. A missing .qm leaves the interface in English.
"""

from __future__ import annotations

import logging
import re

from babel.dates import get_month_names
from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casefiles.domain.vocabulary import Vocabulary
from casefiles.domain.wording import code_words
from casefiles.language.catalogue import Language, Phrases, phrases_for
from casefiles.resources import TRANSLATION_DIR

log = logging.getLogger(__name__)

# For plain functions: translate("Context", "text"); pyside6-lupdate finds the calls by this name.
translate = QCoreApplication.translate

SYSTEM_LANGUAGES = {
    QLocale.Language.Azerbaijani: Language.AZ,
    QLocale.Language.Ukrainian: Language.UK,
    QLocale.Language.Russian: Language.RU,
}

_current = Language.EN
_installed: list[QTranslator] = []


# Each language by its own name, as a list of languages offers it.
NAMES = {
    Language.EN: "English",
    Language.AZ: "Azərbaycanca",
    Language.UK: "Українська",
    Language.RU: "Русский",
}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context` (a module-level table); it is translated with
    tr() where it is shown. Typed, unlike PySide6's own."""
    return text


def arg(template: str, *values: object) -> str:
    """`template` with %1, %2… replaced by `values` in one pass, as QString.arg does: a value
    that itself holds "%2" (a title typed so) is left as it is."""

    def value(found: re.Match[str]) -> str:
        number = int(found[1])
        return str(values[number - 1]) if 0 < number <= len(values) else found[0]

    return re.sub(r"%(\d)", value, template)


def system_language(locale: QLocale | None = None) -> Language:
    """The language of the system locale, when the interface has it; else English."""
    return SYSTEM_LANGUAGES.get((locale or QLocale.system()).language(), Language.EN)


def interface_language() -> Language:
    """The language the interface speaks now."""
    return _current


def words() -> Phrases:
    """The core's catalogue in the interface language: pass it as `phrases=` to wording."""
    return phrases_for(_current)


def label(code: Vocabulary) -> str:
    """A stored code in the interface language: 'missile_strike' as 'Ракетний удар'."""
    return code_words(code, phrases=words())


def lowered(text: str) -> str:
    """`text` in lower case for the middle of a sentence ('Add summons'). Azerbaijani lowers
    I to ı and İ to i, which str.lower() gets wrong."""
    if _current is Language.AZ:
        text = text.replace("I", "ı").replace("İ", "i")
    return text.lower()


def in_sentence(code: Vocabulary) -> str:
    """A stored code's label lowered for the middle of a sentence."""
    return lowered(label(code))


def month_names() -> list[str]:
    """January to December as a list offers them (standing alone: 'листопад', not 'листопада')."""
    names = get_month_names("wide", "stand-alone", words().dates.locale)
    return [str(names[month]) for month in range(1, 13)]


def file_size(size: int) -> str:
    """'820 KB', '12.5 MB', with the interface language's separators."""
    locale = words().dates.locale
    if size < 1 << 20:
        kilobytes = format_decimal(max(size, 1) / 1024, "#,##0", locale=locale)
        return translate("FileSize", "%1 KB").replace("%1", kilobytes)
    megabytes = format_decimal(size / (1 << 20), "#,##0.0", locale=locale)
    return translate("FileSize", "%1 MB").replace("%1", megabytes)


def translated_in(language: Language, context: str, text: str) -> str:
    """`text` as `language` says it, whatever the interface speaks now (a message that must
    reach the reader of either language); the English when there is no translation."""
    translator = QTranslator()
    loaded = translator.load(f"casefiles_{language.value}", str(TRANSLATION_DIR))
    if language is Language.EN or not loaded:
        return text
    return translator.translate(context, text) or text


def install(language: Language) -> Language:
    """Load the translators for `language` into the application (replacing any before) and
    return the language now in effect: English when our translation cannot be loaded."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "install() needs the QApplication"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = Language.EN
    _use_locale(Language.EN)
    if language is Language.EN:
        return _current
    ours = QTranslator(app)
    if not ours.load(f"casefiles_{language.value}", str(TRANSLATION_DIR)):
        log.warning(
            "No interface translation casefiles_%s.qm in %s (run tools/translations.py "
            "release); the interface stays in English",
            language.value,
            TRANSLATION_DIR,
        )
        return _current
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language.value}", qt_folder):
        _installed.append(qt)
    else:
        log.info("Qt ships no qtbase_%s.qm: its standard buttons stay English", language.value)
    _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    _current = language
    _use_locale(language)
    return _current


def _use_locale(language: Language) -> None:
    """Qt's own dates and numbers (date boxes, spin boxes) in the interface language: the
    system's locale when it speaks it, else the language's own (English as in Britain)."""
    system = QLocale.system()
    if system_language(system) is language:
        QLocale.setDefault(system)
    elif language is Language.EN:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(language.value))
