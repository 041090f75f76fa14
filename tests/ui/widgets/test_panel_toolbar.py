"""A panel's toolbar shows its buttons' words while they fit, and icons alone (the words in
tooltips) when they do not, rather than hiding buttons behind its » menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.panel_toolbar import PanelToolbar

WORDS = ("Імпортувати фото…", "Переглянути", "Експортувати оригінал…", "Вилучити з інциденту")


def test_words_while_they_fit_icons_when_not(qtbot: QtBot) -> None:
    panel = QWidget()
    qtbot.addWidget(panel)
    toolbar = PanelToolbar(panel)
    for words in WORDS:
        toolbar.add(words, "photo", lambda: None)
    QVBoxLayout(panel).addWidget(toolbar)
    panel.show()
    needed = toolbar.width_with_words()

    def shown_at(width: int) -> Qt.ToolButtonStyle:
        panel.resize(width, 100)
        qtbot.wait(20)
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible()  # no button hidden
        return toolbar.toolButtonStyle()

    assert shown_at(needed + 40) == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert shown_at(needed - 40) == Qt.ToolButtonStyle.ToolButtonIconOnly
    buttons = [toolbar.widgetForAction(action) for action in toolbar.actions()]
    assert [button.toolTip() for button in buttons] == [w.removesuffix("…") for w in WORDS]
    assert shown_at(needed + 40) == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
