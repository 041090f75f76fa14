"""Locking an encrypted case file: Case › Lock, and by itself after some idle minutes.

Locking closes the database (SQLCipher wipes its copy of the key as each connection closes),
overwrites the window's key bytes (CaseKey.forget) and shows a passphrase screen in place of the
case. Unlocking opens the file again and brings back the incident that was shown. What Python
cannot wipe (the passphrase text Qt kept, strings made from the key) is said in
docs/encryption.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from casefiles import settings
from casefiles.storage.encryption import CaseKey
from ui.dialogs.passphrase_dialog import UnlockForm

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

IDLE_SETTING = "lock_after_idle_minutes"
DEFAULT_IDLE_MINUTES = 10
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


def idle_minutes() -> int:
    """Minutes without input before an encrypted case locks itself (setting; 0: never)."""
    value = settings.load().get(IDLE_SETTING, DEFAULT_IDLE_MINUTES)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return DEFAULT_IDLE_MINUTES
    return value


class LockScreen(QWidget):
    """What the window shows while the case is locked: nothing of the case, a passphrase."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("The case file is locked"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.form = UnlockForm(path, self)
        self.form.setMaximumWidth(480)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.form, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class CaseLock(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.screen: LockScreen | None = None
        self.action = QAction(self.tr("&Lock"), window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setToolTip(
            self.tr("Close the case file and ask for its passphrase again (Ctrl+L)")
        )
        self.action.setEnabled(False)
        self.action.triggered.connect(self.lock)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        window.caseOpened.connect(self._case_changed)
        window.caseClosed.connect(self._case_changed)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.idle.isActive():
            self.idle.start()  # any input starts the idle time again
        return False

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def _case_changed(self) -> None:
        session = self.window.session
        encrypted = session is not None and session.case.encrypted
        self.action.setEnabled(encrypted)
        minutes = idle_minutes()
        if encrypted and minutes:
            self.idle.start(minutes * 60_000)
        else:
            self.idle.stop()

    def lock(self) -> None:
        window, session = self.window, self.window.session
        if session is None or self.locked:
            return
        case = session.case
        key = case.key
        if key is None:  # a plain case file has no key to drop
            return
        record = window.workspace.incident if window.workspace is not None else None
        shown = record.uuid if record is not None else None
        if not window.close_case():
            return
        key.forget()
        self.screen = LockScreen(case.path, window)
        self.screen.form.unlocked.connect(
            lambda new_key: self._unlock(new_key, case.path, case.read_only, shown)
        )
        window.stack.addWidget(self.screen)
        window.stack.setCurrentWidget(self.screen)
        window.menuBar().setEnabled(False)
        window.toolbar.setEnabled(False)
        self.screen.form.setFocus()

    def _unlock(self, key: CaseKey, path: Path, read_only: bool, incident: str | None) -> None:
        window = self.window
        if self.screen is not None:
            window.stack.removeWidget(self.screen)
            self.screen.deleteLater()
            self.screen = None
        window.menuBar().setEnabled(True)
        window.toolbar.setEnabled(True)
        if incident is not None:

            def reveal() -> None:
                window.caseOpened.disconnect(reveal)
                if window.workspace is not None:
                    window.workspace.reveal(incident)

            window.caseOpened.connect(reveal)
        window.open_path(path, read_only, key)
