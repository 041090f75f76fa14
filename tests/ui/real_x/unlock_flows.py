"""Opening an encrypted case file in a real X window: its passphrase dialog is modal, and the
key is derived on a worker thread while that dialog waits (run by test_printing_in_x.py under
Xvfb with QT_QPA_PLATFORM=xcb). Afterwards nothing modal may be left and the window must take
typing from the X server."""

from __future__ import annotations

import subprocess
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui.helpers import PASSPHRASE, open_window, type_text, when_shown
from tests.ui.real_x.printing_flows import assert_window_takes_input, click
from ui.dialogs.passphrase_dialog import UnlockDialog


def test_unlocking_leaves_the_window_usable(qtbot: QtBot, encrypted_path: Path) -> None:
    assert QGuiApplication.platformName() == "xcb", "run under Xvfb with QT_QPA_PLATFORM=xcb"
    window = open_window(qtbot)
    qtbot.waitExposed(window)

    def unlock(dialog: UnlockDialog) -> None:
        # A key that never reaches the dialog must fail the test, not leave it waiting.
        QTimer.singleShot(20_000, lambda: shiboken6.isValid(dialog) and dialog.reject())
        type_text(dialog.form.passphrase, PASSPHRASE)  # any script, key by key
        # Without a window manager X gives the keys to the window under the pointer.
        click(dialog.form.passphrase)
        subprocess.run(["xdotool", "key", "Return"], check=True)  # Enter, through the X server

    when_shown(UnlockDialog, unlock)
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.open_path(encrypted_path)
    assert window.session is not None and window.session.case.encrypted
    assert_window_takes_input(qtbot, window)
