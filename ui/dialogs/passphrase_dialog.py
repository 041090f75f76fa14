"""Passphrases in the window: asking for one to open (or unlock) an encrypted case file, with a
growing wait after each wrong one, and choosing one for a new case file, with a strength hint
and a confirmation.

The passphrase stays in the line edit only until the key is derived; the field is cleared then.
Qt keeps its own copies of typed text, which Python cannot wipe (docs/encryption.md).
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefiles.errors import CaseFileError, WrongPassphrase
from casefiles.storage import encryption, file_format
from casefiles.storage.encryption import CaseKey
from ui.background import Background
from ui.language import translate, words
from ui.messages import show_error

MAX_DELAY_S = 30
MIN_LENGTH = 12


def retry_delay_s(failures: int) -> int:
    """The wait before the next try after `failures` wrong passphrases: 0, 1, 2, 4 … 30 s."""
    return 0 if failures <= 0 else min(MAX_DELAY_S, 2 ** (failures - 1))


def strength_hint(passphrase: str) -> str:
    """A rough strength in words, from its length and the kinds of characters in it."""
    if not passphrase:
        return translate(
            "Passphrase", "Choose a passphrase: several words are easier to remember than symbols."
        )
    pool = sum(
        size
        for present, size in (
            (any(c.islower() for c in passphrase), 26),
            (any(c.isupper() for c in passphrase), 26),
            (any(c.isdigit() for c in passphrase), 10),
            (any(not c.isalnum() for c in passphrase), 20),
            (any(ord(c) > 127 for c in passphrase), 30),  # ə ğ ı ş, Cyrillic
        )
        if present
    )
    bits = len(passphrase) * math.log2(max(pool, 2))
    if len(passphrase) < MIN_LENGTH:
        return translate(
            "Passphrase", "Too short: use at least %1 characters, e.g. four unrelated words."
        ).replace("%1", str(MIN_LENGTH))
    if bits < 65:
        return translate("Passphrase", "Weak: add another word or two.")
    if bits < 90:
        return translate("Passphrase", "Fair: one more word makes it strong.")
    return translate("Passphrase", "Strong.")


class UnlockForm(QWidget):
    """A passphrase field and an Unlock button; emits `unlocked` with the checked key, derived
    on a worker thread. Each wrong passphrase makes the next try wait longer (retry_delay_s)."""

    unlocked = Signal(object)  # CaseKey

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.failures = 0
        self.prompt = QLabel(
            self.tr("%1 is encrypted. Enter its passphrase:").replace("%1", path.name), self
        )
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._ready)
        # Its own runner: a file is unlocked before the window has a case open.
        self._background = Background(lambda error: show_error(self, error), self)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.passphrase, self.message, self.unlock_button):
            layout.addWidget(widget)
        self.setFocusProxy(self.passphrase)

    def try_unlock(self) -> None:
        if self._wait.isActive() or not self.unlock_button.isEnabled():
            return  # waiting after a wrong one, or a try still under way
        text = self.passphrase.text()
        self.passphrase.clear()
        self._allow_typing(False)
        self.message.setText(self.tr("Unlocking…"))
        path = self.path
        # The key's derivation (SQLCipher's PBKDF2, about 0.3 s of CPU) off the UI thread.
        self._background.run(
            lambda: file_format.unlock(path, text), self._unlocked, self._failed, context=self
        )

    def _unlocked(self, key: CaseKey) -> None:
        self.message.clear()
        self._allow_typing(True)
        self.unlocked.emit(key)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, WrongPassphrase):
            self.failures += 1
            delay = retry_delay_s(self.failures)
            self.message.setText(self.tr("Wrong passphrase. You can try again in %n s.", "", delay))
            self._wait.start(delay * 1000)
            return
        self._allow_typing(True)
        if isinstance(error, CaseFileError):
            self.message.setText(error.said(words()))
        else:
            self.message.clear()
            show_error(self, error)  # a bug: said plainly, and logged

    def _ready(self) -> None:
        self._allow_typing(True)
        self.message.setText(self.tr("Wrong passphrase. Try again."))
        self.passphrase.setFocus()

    def _allow_typing(self, allowed: bool) -> None:
        self.passphrase.setEnabled(allowed)
        self.unlock_button.setEnabled(allowed)


class UnlockDialog(QDialog):
    """Opening an encrypted case file: its passphrase, retried as often as needed."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open %1").replace("%1", path.name))
        self.key: CaseKey | None = None
        self.form = UnlockForm(path, self)
        self.form.unlocked.connect(self._unlocked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def _unlocked(self, key: CaseKey) -> None:
        self.key = key
        self.accept()

    @classmethod
    def unlock(cls, parent: QWidget | None, path: Path) -> CaseKey | None:
        dialog = cls(path, parent)
        dialog.exec()
        return dialog.key


class NewPassphrase(QWidget):
    """For a new case file: encrypted by default, with a passphrase typed twice and a strength
    hint; no encryption only when chosen explicitly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.encrypt = QCheckBox(
            self.tr("&Encrypt the case file with a passphrase (recommended)"), self
        )
        self.encrypt.setChecked(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm = QLineEdit(self)
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Passphrase again"))
        self.hint = QLabel(strength_hint(""), self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.warning = QLabel(
            self.tr(
                "Without the passphrase nobody, not even you, can open the file: keep it safe."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.encrypt)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("&Again"), self.confirm)
        form.addRow(self.hint)
        form.addRow(self.warning)
        self.passphrase.textChanged.connect(lambda text: self.hint.setText(strength_hint(text)))
        self.encrypt.toggled.connect(self._toggled)

    def choose_no_encryption(self) -> None:
        self.encrypt.setChecked(False)

    def _toggled(self, on: bool) -> None:
        for widget in (self.passphrase, self.confirm, self.hint, self.warning):
            widget.setEnabled(on)
        if not on:
            self.hint.setText(
                self.tr("Not encrypted: anyone who gets the file can read all of it.")
            )
        else:
            self.hint.setText(strength_hint(self.passphrase.text()))

    def problem(self) -> str | None:
        """What is wrong with the choice, in words; None when it can be used."""
        if not self.encrypt.isChecked():
            return None
        text = self.passphrase.text()
        if len(text) < MIN_LENGTH:
            return self.tr("Use a passphrase of at least %1 characters.").replace(
                "%1", str(MIN_LENGTH)
            )
        if self.confirm.text() != text:
            return self.tr("The two passphrases differ.")
        return None

    def take_passphrase(self) -> str | None:
        """The passphrase chosen (None: no encryption); the fields are cleared."""
        if not self.encrypt.isChecked():
            return None
        text = self.passphrase.text()
        self.passphrase.clear()
        self.confirm.clear()
        return text

    def new_key(self) -> CaseKey | None:
        """The key for the new file (None: not encrypted); the fields are cleared."""
        passphrase = self.take_passphrase()
        return None if passphrase is None else encryption.new_key(passphrase)
