"""File › Open headquarters database…: a connection URL and, if the server asks for one, a
password. The password is handed to the connection and kept nowhere else: not in the settings,
not on disk (no OS keyring is used: this installation has none to rely on)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from casefiles.errors import CaseFileError
from casefiles.hq.connection import connect
from casefiles.hq.queries import reading
from ui.headquarters.hq_window import HeadquartersWindow
from ui.language import words
from ui.messages import show_error

EXAMPLE_URL = "postgresql://user@host:5432/headquarters"


class OpenHeadquartersDialog(QDialog):
    """Asks for the URL and password and connects on OK; a failure is shown here, in one line,
    and the dialog stays open. `engine` is the connection once accepted."""

    def __init__(self, parent: QWidget | None = None, url: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open headquarters database"))
        self.engine: Engine | None = None
        self.url = QLineEdit(url, self)
        self.url.setPlaceholderText(EXAMPLE_URL)
        self.url.setAccessibleName(self.tr("Connection URL"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: PGPASSWORD or your pgpass file"))
        self.password.setAccessibleName(self.tr("Password"))
        note = QLabel(
            self.tr(
                "The database is opened read-only. The password is used for this connection "
                "only and never saved."
            ),
            self,
        )
        note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Connection &URL:"), self.url)
        form.addRow(self.tr("&Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        password = self.password.text() or None
        self.password.clear()  # the engine holds it now, or nobody does
        try:
            engine = connect(self.url.text().strip(), password=password, pool_size=1, prompt=False)
        except CaseFileError as error:
            self._show(error.said(words()))
            return
        try:
            with reading(engine):
                pass
        except CaseFileError as error:
            engine.dispose()
            self._show(error.said(words()))
            return
        self.engine = engine
        super().accept()

    def _show(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.show()


def open_headquarters(parent: QWidget) -> HeadquartersWindow | None:
    """Ask for a headquarters database and open a window on it, beside `parent`'s."""
    dialog = OpenHeadquartersDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.engine is None:
        return None
    engine = dialog.engine
    try:
        window = HeadquartersWindow(engine, parent)
    except CaseFileError as error:
        engine.dispose()
        show_error(
            parent,
            error,
            QCoreApplication.translate("OpenHeadquartersDialog", "Open headquarters database"),
        )
        return None
    window.show()
    return window
