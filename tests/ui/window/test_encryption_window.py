"""Encrypted case files in the window: a new case is encrypted by default, opening asks for the
passphrase with a growing wait after wrong ones, Case › Lock and the idle lock drop the key and
cover the window, unlocking brings the same incident back, and the PDF dialog says a PDF is
plain. The passphrase dialogs themselves: tests/ui/dialogs/test_passphrase_dialog.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casefiles import settings
from casefiles.services import mission
from casefiles.services.mission import create_case_file
from casefiles.storage import file_format
from casefiles.storage.file_format import SQLITE_MAGIC
from casefiles.storage.store import CaseFile
from tests.ui.helpers import PASSPHRASE, SaveDialogs, open_window, type_text, when_shown
from ui.dialogs.new_case_dialog import NewCaseDialog
from ui.dialogs.passphrase_dialog import UnlockDialog
from ui.printing.actions import export_title
from ui.window.case_lock import IDLE_SETTING, LockScreen
from ui.window.main_window import MainWindow

MISSION = "Azərbaycan Respublikasının Ukraynadakı Səfirliyi"


def open_encrypted(qtbot: QtBot, path: Path) -> MainWindow:
    def type_passphrase(dialog: UnlockDialog) -> None:
        dialog.form.passphrase.setText(PASSPHRASE)
        dialog.form.unlock_button.click()

    window = open_window(qtbot)
    when_shown(UnlockDialog, type_passphrase)
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.open_path(path)
    return window


def test_a_new_case_file_is_encrypted_unless_chosen_otherwise(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "Yeni səfirlik.casefile"
    window = open_window(qtbot)
    problems: list[str] = []

    def fill(dialog: NewCaseDialog) -> None:
        assert dialog.encryption.encrypt.isChecked()  # the default
        type_text(dialog.name, MISSION)
        dialog.file.line.setText(str(path))
        dialog.encryption.passphrase.setText(PASSPHRASE)
        dialog.encryption.confirm.setText(PASSPHRASE + "x")
        dialog.accept()  # refused: the two differ
        problems.append(dialog.fields["encryption"].error or "")
        dialog.encryption.confirm.setText(PASSPHRASE)
        dialog.accept()

    when_shown(NewCaseDialog, fill)
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.commands.new_case.trigger()

    assert problems == ["The two passphrases differ."]
    assert window.session is not None and window.session.case.encrypted
    window.close_case()
    assert not path.read_bytes().startswith(SQLITE_MAGIC)
    key = file_format.unlock(path, PASSPHRASE)
    with CaseFile.open(path, key=key, read_only=True) as case:
        assert mission.get(case).name == MISSION


def test_opening_asks_for_the_passphrase_and_shows_the_case(
    qtbot: QtBot, encrypted_path: Path
) -> None:
    window = open_encrypted(qtbot, encrypted_path)
    assert window.session is not None and window.session.case.encrypted
    assert window.case_lock.action.isEnabled()


def test_lock_drops_the_key_covers_the_window_and_unlock_brings_the_incident_back(
    qtbot: QtBot, encrypted_path: Path
) -> None:
    window = open_encrypted(qtbot, encrypted_path)
    assert window.workspace is not None and window.session is not None
    second = window.workspace.navigator.incidents.model.records()[1]
    window.workspace.reveal(second.uuid)
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.incident is not None)
    assert window.workspace.incident is not None
    assert window.workspace.incident.uuid == second.uuid
    key = window.session.case.key
    assert key is not None

    with qtbot.waitSignal(window.caseClosed, timeout=10_000):
        window.case_lock.action.trigger()

    assert key.forgotten  # the window's copy of the key is overwritten
    assert window.session is None and window.workspace is None  # the database is closed
    screen = window.stack.currentWidget()
    assert isinstance(screen, LockScreen)
    assert not window.menuBar().isEnabled()
    assert not window.case_lock.action.isEnabled()

    screen.form.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        screen.form.unlock_button.click()
    qtbot.waitUntil(
        lambda: (
            window.workspace is not None
            and window.workspace.incident is not None
            and window.workspace.incident.uuid == second.uuid
        ),
        timeout=10_000,
    )
    assert window.menuBar().isEnabled()
    assert not window.case_lock.locked


def test_idle_minutes_lock_the_case_by_themselves(
    qtbot: QtBot, encrypted_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.save({IDLE_SETTING: 1})
    window = open_encrypted(qtbot, encrypted_path)
    assert window.case_lock.idle.isActive()
    assert window.case_lock.idle.interval() == 60_000
    window.case_lock.idle.setInterval(50)  # the clock is a boundary: a minute is too long
    window.case_lock.idle.start()
    qtbot.waitUntil(lambda: window.case_lock.locked, timeout=10_000)
    assert window.session is None


def test_plain_case_cannot_be_locked_and_pdf_export_says_a_pdf_is_plain(
    qtbot: QtBot, encrypted_path: Path, tmp_path: Path, save_dialogs: SaveDialogs
) -> None:
    plain = tmp_path / "plain.casefile"
    create_case_file(plain, MISSION).close()
    window = open_window(qtbot, plain)
    assert not window.case_lock.action.isEnabled()
    with CaseFile.open(plain, read_only=True) as case:
        assert export_title(case) == "Export PDF"
    key = file_format.unlock(encrypted_path, PASSPHRASE)
    with CaseFile.open(encrypted_path, key=key, read_only=True) as case:
        save_dialogs.answer(None)
        from ui.printing.actions import export_pdf

        assert export_pdf(window, window.background, case, None) is None
    assert [offered.title for offered in save_dialogs.offered] == [
        "Export PDF (a PDF is not encrypted: anyone who gets it can read it)"
    ]
