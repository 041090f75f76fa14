"""An editor with its validation message right under it, as the services word it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

PREDICATES = {"is", "are", "must", "may", "has", "cannot"}
ERROR_STYLE = "color: palette(bright-text); background: #b3261e; padding: 2px 6px;"


class ValidatedField(QWidget):
    """Holds `editor` and a message line that is shown only while there is a problem."""

    def __init__(self, editor: QWidget, subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.subject = subject
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.message)
        self.setFocusProxy(editor)

    def set_error(self, text: str | None) -> None:
        if text:
            text = self.sentence(text)
            self.message.setText(text)
            self.message.show()
            self.editor.setAccessibleDescription(text)
        else:
            self.message.clear()
            self.message.hide()
            self.editor.setAccessibleDescription("")

    @property
    def error(self) -> str | None:
        return self.message.text() or None

    def sentence(self, text: str) -> str:
        """The services say what is wrong with a field ("is required"); name the field."""
        if text.split(" ", 1)[0] in PREDICATES:
            return f"{self.subject} {text}."
        return text[:1].upper() + text[1:]
