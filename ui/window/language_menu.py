"""The interface language, chosen in Edit > Language: the system's (the default) or one of the
four. Applied at the next start: the window's words are set once, when it is built."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from casefiles.language.catalogue import Language
from ui.language import (
    NAMES,
    QT_TRANSLATE_NOOP,
    interface_language,
    system_language,
    translated_in,
)
from ui.messages import inform
from ui.preferences import Preferences

RESTART = QT_TRANSLATE_NOOP(
    "LanguageMenu", "The interface will be in %1 the next time Casefiles starts."
)


class LanguageMenu(QMenu):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self._preferences = preferences
        group = QActionGroup(self)
        system = system_language()
        self.system_action = self._choice(
            self.tr("System language (%1)").replace("%1", NAMES[system]), None, group
        )
        self.addSeparator()
        self.language_actions = {
            language: self._choice(NAMES[language], language, group) for language in Language
        }
        chosen = preferences.language
        checked = self.system_action if chosen is None else self.language_actions[chosen]
        checked.setChecked(True)

    def _choice(self, text: str, language: Language | None, group: QActionGroup) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False: self.choose(language))
        self.addAction(action)
        return action

    def choose(self, language: Language | None) -> None:
        """Remember the choice (None: follow the system) and say when it applies, in the
        language chosen and in the one the interface speaks now."""
        if language == self._preferences.language:
            return
        self._preferences.set_language(language)
        coming = language or system_language()
        now = interface_language()
        if coming is now:
            return  # the interface already speaks it
        said = [translated_in(coming, "LanguageMenu", RESTART).replace("%1", NAMES[coming])]
        said.append(self.tr(RESTART).replace("%1", NAMES[coming]))
        inform(self.parentWidget(), self.tr("Language"), "\n\n".join(dict.fromkeys(said)))
