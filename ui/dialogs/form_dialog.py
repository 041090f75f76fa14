"""What the editing dialogs share: a form whose fields show the services' messages in place,
and an OK that saves and closes only when the services accept the values."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casefiles.errors import CaseFileError, ValidationError
from casefiles.language.phrase import Phrase
from ui.messages import show_error
from ui.widgets.validated_field import ValidatedField


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, ValidatedField] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._submit: Callable[[], Any] | None = None
        self.result_value: Any = None

    def add_field(self, name: str, label: str, editor: QWidget, subject: str = "") -> QWidget:
        """A row of the form; `label` may carry an '&' shortcut, `subject` names the field in
        messages (default: the label without '&')."""
        plain = label.replace("&", "")
        editor.setAccessibleName(plain)
        field = ValidatedField(editor, subject or plain, self)
        self.fields[name] = field
        caption = QLabel(label, self)
        caption.setBuddy(editor)
        self.form.addRow(caption, field)
        return editor

    def set_submit(self, submit: Callable[[], Any]) -> None:
        """`submit()` saves through the services and returns what the dialog gives back."""
        self._submit = submit

    def accept(self) -> None:
        for field in self.fields.values():
            field.set_error(None)
        if self._submit is not None:
            try:
                self.result_value = self._submit()
            except ValidationError as error:
                self.show_errors(error.problems)
                return
            except CaseFileError as error:
                show_error(self, error)
                return
        super().accept()

    def show_errors(self, errors: Mapping[str, str | Phrase]) -> None:
        first: ValidatedField | None = None
        for name, message in errors.items():
            field = self.fields.get(name) or next(iter(self.fields.values()))
            field.set_error(message)
            first = first or field
        if first is not None:
            first.editor.setFocus()

    def run(self) -> tuple[Any, bool]:
        accepted = self.exec() == QDialog.DialogCode.Accepted
        return (self.result_value if accepted else None), accepted
