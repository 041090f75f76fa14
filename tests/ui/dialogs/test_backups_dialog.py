"""Automatic backups: the backups the core took of the case file listed newest first with the
state each holds, one chosen and restored as a new file that holds that older state, a copy
damaged behind the app's back shown with its problem and not offered; the case file itself is
never touched."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from casefiles.services import mission, sites
from casefiles.storage.backup import automatic_backup, backups_folder
from casefiles.storage.backup_listing import BackupEntry, automatic_backups, restore_as_new_file
from casefiles.storage.store import CaseFile
from tests.ui.helpers import shown
from ui.dialogs.backups_dialog import BackupAction, BackupChoice, BackupsDialog
from ui.models.backup_table_model import BackupColumn

RESIDENCE = "İqamətgah — резиденція"


def backed_up_twice(case: CaseFile) -> list[BackupEntry]:
    """A backup, a new site, a second backup: newest first, as the dialog is given them."""
    automatic_backup(case)
    sites.create(case, kind="residence", name=RESIDENCE)
    automatic_backup(case)
    return automatic_backups(case)


def new_dialog(qtbot: QtBot, case: CaseFile, entries: list[BackupEntry]) -> BackupsDialog:
    zone = mission.get(case).tz
    folder = str(backups_folder(case))
    return shown(qtbot, BackupsDialog(entries, case.fingerprint(), zone, folder, None))


def states(dialog: BackupsDialog) -> list[str]:
    model = dialog.model
    return [model.index(r, BackupColumn.STATE).data() for r in range(model.rowCount())]


def test_an_older_backup_is_restored_as_a_new_file(
    qtbot: QtBot, new_case: CaseFile, tmp_path: Path
) -> None:
    entries = backed_up_twice(new_case)
    fingerprint = new_case.fingerprint()
    dialog = new_dialog(qtbot, new_case, entries)
    assert states(dialog) == ["Same as the case file now", "Can be opened"]
    assert dialog.selected() == entries[0] and dialog.restore_button.isEnabled()
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    assert not dialog.isVisible()
    assert dialog.result_value == BackupChoice(BackupAction.RESTORE, entries[1])

    copy = tmp_path / "bərpa.casefile"
    restored = restore_as_new_file(entries[1].path, copy)  # as the window does with the choice
    assert restored.fingerprint == entries[1].fingerprint
    with CaseFile.open(copy, read_only=True) as older:
        assert older.fingerprint() == entries[1].fingerprint
        assert [s.name for s in sites.list_sites(older)] == []
    assert new_case.fingerprint() == fingerprint
    assert [s.name for s in sites.list_sites(new_case)] == [RESIDENCE]


def test_a_damaged_backup_is_shown_with_its_problem_and_not_offered(
    qtbot: QtBot, new_case: CaseFile
) -> None:
    newest, oldest = backed_up_twice(new_case)
    oldest.path.write_bytes(b"\0" * 4096)  # overwritten behind the app's back
    entries = automatic_backups(new_case)
    dialog = new_dialog(qtbot, new_case, entries)
    assert entries[1].problem is not None
    assert states(dialog) == ["Same as the case file now", entries[1].problem]
    dialog.table.selectRow(1)
    assert not dialog.open_button.isEnabled() and not dialog.restore_button.isEnabled()
    dialog.choose(BackupAction.OPEN)  # a double click on the row
    assert dialog.isVisible() and dialog.result_value is None
    dialog.table.selectRow(0)
    dialog.open_button.click()
    assert dialog.result_value == BackupChoice(BackupAction.OPEN, newest)


def test_no_backups_yet_and_close_chooses_nothing(qtbot: QtBot, new_case: CaseFile) -> None:
    dialog = new_dialog(qtbot, new_case, [])
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.buttons.rejected.emit()
    assert not dialog.isVisible() and dialog.result_value is None
