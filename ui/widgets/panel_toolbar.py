"""The row of actions above a list or table (add, edit, delete...), with icons and words; icons
alone, their words in tooltips, when the words do not fit (a longer translation, a narrow pane)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QActionEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

from ui.icons import icon

WORDS = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ICONS = Qt.ToolButtonStyle.ToolButtonIconOnly


class PanelToolbar(QToolBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolButtonStyle(WORDS)
        self.setIconSize(QSize(16, 16))

    def add(
        self,
        text: str,
        icon_name: str,
        slot: Callable[[], None],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            action.setToolTip(tip)
        self.addAction(action)
        return action

    def width_with_words(self) -> int:
        """The width the toolbar needs to show every button's words beside its icon."""
        width = self.sizeHint().width()
        if self.toolButtonStyle() == WORDS:
            return width
        for action in self.actions():
            button = self.widgetForAction(action)
            if isinstance(button, QToolButton) and action.isVisible():
                # What QToolButton.sizeHint adds for the words beside the icon.
                metrics = button.fontMetrics()
                words = metrics.size(Qt.TextFlag.TextShowMnemonic, button.text()).width()
                width += 4 + words + 2 * metrics.horizontalAdvance(" ")
        return width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def actionEvent(self, event: QActionEvent) -> None:
        super().actionEvent(event)
        if event.type() in (QEvent.Type.ActionAdded, QEvent.Type.ActionChanged):
            self._fit()

    def _fit(self) -> None:
        style = WORDS if self.width_with_words() <= self.width() else ICONS
        if style != self.toolButtonStyle():
            self.setToolButtonStyle(style)
