"""An editor with its validation message right under it, as the services word it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from casefiles.language.phrase import Phrase, phrase
from ui.language import words

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

    def set_error(self, problem: str | Phrase | None) -> None:
        """Show what the services found wrong (their Phrase is said in the interface's
        language), or nothing."""
        if problem:
            text = self.sentence(problem)
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

    def sentence(self, problem: str | Phrase) -> str:
        """The services say what is wrong with a field ("is required"); name the field."""
        if isinstance(problem, str):
            if problem.split(" ", 1)[0] in PREDICATES:
                return f"{self.subject} {problem}."
            return problem[:1].upper() + problem[1:]
        if problem.english.split(" ", 1)[0] in PREDICATES:
            return phrase("field.problem", field=self.subject, problem=problem).said(words())
        text = problem.said(words())
        return text[:1].upper() + text[1:]
