"""Passphrases: a new one must be long enough and typed twice alike, and its key opens the file
made with it; opening asks until the right one is typed, waiting longer after each wrong one;
a file that is not an encrypted case file is said in words; nothing is kept in the fields."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from casefiles.services import incidents, mission
from casefiles.services.mission import create_case_file
from casefiles.storage import encryption
from casefiles.storage.file_format import unlock
from casefiles.storage.store import CaseFile
from tests.ui.helpers import PASSPHRASE, type_text, when_shown
from ui.dialogs.passphrase_dialog import (
    NewPassphrase,
    UnlockDialog,
    UnlockForm,
    retry_delay_s,
    strength_hint,
)


def test_retry_waits_grow_and_strength_hints_speak_plainly() -> None:
    assert [retry_delay_s(n) for n in range(7)] == [0, 1, 2, 4, 8, 16, 30]
    assert retry_delay_s(50) == 30
    assert strength_hint("qısa").startswith("Too short")
    assert strength_hint("aaaaaaaaaaaa").startswith("Weak")
    assert strength_hint(PASSPHRASE) == "Strong."


def test_a_new_passphrase_too_short_or_mismatched_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    chooser = NewPassphrase()
    qtbot.addWidget(chooser)
    assert chooser.encrypt.isChecked()  # encrypted unless chosen otherwise
    type_text(chooser.passphrase, "Gizli söz")
    type_text(chooser.confirm, "Gizli söz")
    assert chooser.hint.text().startswith("Too short")
    assert chooser.problem() == "Use a passphrase of at least 12 characters."
    chooser.passphrase.setText(PASSPHRASE)
    chooser.confirm.setText(PASSPHRASE.replace("ı", "i"))  # one dotless ı typed as i
    assert chooser.problem() == "The two passphrases differ."
    chooser.confirm.setText(PASSPHRASE)
    assert chooser.problem() is None and chooser.hint.text() == "Strong."

    key = chooser.new_key()
    assert key is not None
    assert (chooser.passphrase.text(), chooser.confirm.text()) == ("", "")  # not kept
    path = tmp_path / "Şifrəli.casefile"
    create_case_file(path, "Səfirlik", key=key).close()
    with CaseFile.open(path, key=unlock(path, PASSPHRASE), read_only=True) as case:
        assert mission.get(case).name == "Səfirlik"


def test_no_encryption_only_when_chosen(qtbot: QtBot) -> None:
    chooser = NewPassphrase()
    qtbot.addWidget(chooser)
    chooser.choose_no_encryption()
    assert not chooser.passphrase.isEnabled()
    assert chooser.hint.text().startswith("Not encrypted")
    assert chooser.problem() is None and chooser.new_key() is None


def test_wrong_passphrase_makes_the_next_try_wait(qtbot: QtBot, encrypted_path: Path) -> None:
    form = UnlockForm(encrypted_path)
    qtbot.addWidget(form)
    unlocked: list[object] = []
    form.unlocked.connect(unlocked.append)

    form.passphrase.setText("yanlış parol")
    form.try_unlock()
    # The key is derived on a worker thread: the window goes on meanwhile, and says so.
    assert form.message.text() == "Unlocking…"
    assert not form.unlock_button.isEnabled() and not form.passphrase.isEnabled()
    assert form.passphrase.text() == ""  # not kept in the field
    form.try_unlock()  # pressed again meanwhile: one try, not two
    qtbot.waitUntil(lambda: form.failures == 1)
    assert not form.unlock_button.isEnabled() and not form.passphrase.isEnabled()
    assert "try again in 1 s" in form.message.text()
    qtbot.waitUntil(form.unlock_button.isEnabled, timeout=5_000)
    assert form.failures == 1

    form.passphrase.setText("yenə yanlış")
    form.try_unlock()
    qtbot.waitUntil(lambda: form.failures == 2)
    assert "try again in 2 s" in form.message.text()
    qtbot.waitUntil(form.unlock_button.isEnabled, timeout=6_000)

    form.passphrase.setText(PASSPHRASE)
    form.try_unlock()
    qtbot.waitUntil(lambda: bool(unlocked))
    assert len(unlocked) == 1 and isinstance(unlocked[0], encryption.CaseKey)
    assert form.message.text() == ""


def test_the_right_passphrase_gives_the_key_that_opens_the_file(
    qtbot: QtBot, encrypted_path: Path
) -> None:
    def type_it(dialog: UnlockDialog) -> None:
        assert dialog.windowTitle() == "Open Səfirlik.casefile"
        type_text(dialog.form.passphrase, PASSPHRASE + "\n")  # Enter unlocks

    when_shown(UnlockDialog, type_it)
    key = UnlockDialog.unlock(None, encrypted_path)
    assert key is not None
    with CaseFile.open(encrypted_path, key=key, read_only=True) as case:
        titles = sorted(i.title for i in incidents.list_incidents(case))
        assert titles == ["Dron hücumu — атака дрона", "Raket zərbəsi — ракетний удар"]


def test_cancel_gives_no_key_and_a_foreign_file_is_said_in_words(
    qtbot: QtBot, encrypted_path: Path, tmp_path: Path
) -> None:
    when_shown(UnlockDialog, lambda dialog: dialog.reject())
    assert UnlockDialog.unlock(None, encrypted_path) is None

    foreign = tmp_path / "qeydlər.casefile"
    foreign.write_text("Bu şifrəli iş faylı deyil — це не файл справи", encoding="utf-8")
    before = foreign.read_bytes()
    form = UnlockForm(foreign)
    qtbot.addWidget(form)
    form.passphrase.setText(PASSPHRASE)
    form.try_unlock()
    qtbot.waitUntil(form.unlock_button.isEnabled)
    assert form.message.text() == "qeydlər.casefile is not an encrypted case file."
    assert form.failures == 0 and foreign.read_bytes() == before
