"""The work that was command-line only, in the window (issue 13): the profile, Verify, bundles out
and in, and the automatic backups; driven through the window's own actions on real case files.
The dialogs themselves (refusals, passphrases, forged bundles): tests/ui/dialogs/."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casefiles import profile
from casefiles.bundle.verify import verify_bundle
from casefiles.integrity import audit
from casefiles.services import incidents, sites
from casefiles.storage.backup import automatic_backup, list_backups
from casefiles.storage.backup_listing import automatic_backups
from casefiles.storage.store import CaseFile
from tests.ui.helpers import MessageBoxes, SaveDialogs, open_window, type_text, when_shown
from ui.app import open_window as start_app
from ui.dialogs.backups_dialog import BackupAction, BackupsDialog
from ui.dialogs.export_bundle_dialog import ExportBundleDialog
from ui.dialogs.import_bundle_dialog import ImportBundleDialog
from ui.dialogs.profile_dialog import ProfileDialog
from ui.dialogs.verify_dialog import VerifyDialog
from ui.models.backup_table_model import BackupColumn

NAME = "Aynur Məmmədova"
ROLE = "Konsul"


# Profile ------------------------------------------------------------------------------------


def test_the_first_start_asks_who_is_working_and_changes_are_recorded_so(
    qtbot: QtBot, demo_path: Path
) -> None:
    window = start_app(demo_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session is not None, timeout=30_000)

    def fill(dialog: ProfileDialog) -> None:
        type_text(dialog.name, NAME)
        type_text(dialog.role, ROLE)
        dialog.accept()

    qtbot.waitUntil(
        lambda: any(isinstance(w, ProfileDialog) and w.isVisible() for w in window.children()),
        timeout=10_000,
    )
    dialog = next(w for w in window.children() if isinstance(w, ProfileDialog))
    assert dialog.windowTitle() == "Welcome: who is working?"
    fill(dialog)
    assert profile.load() == profile.Profile(NAME, ROLE)
    assert window.session is not None
    case = window.session.case
    assert case.user == case.preparer == f"{NAME}, {ROLE}"
    sites.create(case, kind="residence", name="Rezidensiya")
    with case.reading() as session:
        assert audit.history(session)[-1].user == f"{NAME}, {ROLE}"
    window.close()

    again = start_app(None)  # asked once: the second start does not ask again
    qtbot.addWidget(again)
    qtbot.wait(50)
    assert not any(isinstance(w, ProfileDialog) for w in again.children())


def test_preferences_change_who_the_open_case_file_records(qtbot: QtBot, demo_path: Path) -> None:
    profile.save(profile.make(NAME, ROLE))
    window = open_window(qtbot, demo_path)
    # The dialog itself: tests/ui/dialogs/test_profile_dialog.py.
    when_shown(
        ProfileDialog, lambda dialog: (dialog.name.setText("Олена Петренко"), dialog.accept())
    )
    window.commands.preferences.trigger()
    assert window.session is not None
    assert window.session.case.user == f"Олена Петренко, {ROLE}"


# Verify -------------------------------------------------------------------------------------


def test_verify_says_an_intact_file_is_intact(qtbot: QtBot, demo_path: Path) -> None:
    # Edits behind the app's back and the saved report: tests/ui/dialogs/test_verify_dialog.py.
    window = open_window(qtbot, demo_path)
    shown: list[str] = []

    def look(dialog: VerifyDialog) -> None:
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
        shown.append(dialog.status.text())
        dialog.reject()

    when_shown(VerifyDialog, look)
    window.commands.verify.trigger()
    assert shown == ["Intact: nothing was changed behind the app's back."]


# Bundles ------------------------------------------------------------------------------------


def test_export_chosen_incidents_without_location(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    window = open_window(qtbot, demo_path)
    target = tmp_path / "Paket.zip"

    def choose(dialog: ExportBundleDialog) -> None:
        dialog._check_all(Qt.CheckState.Unchecked)  # the dialog itself: tests/ui/dialogs/
        dialog.incidents.item(dialog.incidents.count() - 1).setCheckState(Qt.CheckState.Checked)
        dialog.strip.setChecked(True)
        dialog.target.setText(str(target))
        dialog.start()

    when_shown(ExportBundleDialog, choose)
    window.commands.export_bundle.trigger()
    assert target.is_file()
    report = verify_bundle(target)
    assert report.findings == [] and not report.complete
    with zipfile.ZipFile(target) as bundle:
        assert "summary.pdf" not in bundle.namelist()
    assert message_boxes.shown[-1].startswith(f"Wrote {target}:")


def test_import_a_bundle_into_a_new_case_file_and_open_it(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    bundle = tmp_path / "bundle.zip"
    with CaseFile.open(demo_path, read_only=True) as case:
        from casefiles.bundle.export import export_bundle

        export_bundle(case, bundle)
    new = tmp_path / "Xarkov.casefile"
    window = open_window(qtbot)
    message_boxes.answer = QMessageBox.StandardButton.Yes

    def fill(dialog: ImportBundleDialog) -> None:
        assert not dialog.merge.isEnabled() and dialog.into_new.isChecked()  # no case open
        dialog.bundle.setText(str(bundle))
        dialog.target.setText(str(new))
        dialog.start()

    when_shown(ImportBundleDialog, fill)
    with qtbot.waitSignal(window.caseOpened, timeout=30_000):
        window.commands.import_bundle.trigger()
    created = (
        f"Created {new} from the bundle: 1 mission, 4 sites, 6 incidents, 8 damage items, "
        "3 correspondence items, 12 photos or files, 9 notes."
    )
    assert message_boxes.shown[0].startswith(created)
    assert window.session is not None and window.session.case.path == new


# Backups ------------------------------------------------------------------------------------


def test_backups_are_listed_opened_read_only_and_restored_as_a_new_file(
    qtbot: QtBot,
    demo_path: Path,
    tmp_path: Path,
    save_dialogs: SaveDialogs,
    message_boxes: MessageBoxes,
) -> None:
    with CaseFile.open(demo_path) as case:
        automatic_backup(case)
        sites.create(case, kind="residence", name="Rezidensiya")
        automatic_backup(case)
    window = open_window(qtbot, demo_path)
    qtbot.waitUntil(lambda: not window.backing_up, timeout=10_000)
    assert window.session is not None
    entries = automatic_backups(window.session.case)
    assert [e.path for e in entries] == list(reversed(list_backups(window.session.case)))

    restored = tmp_path / "bərpa"
    save_dialogs.answer(restored)
    message_boxes.answer = QMessageBox.StandardButton.Cancel  # "Not now"

    def restore_oldest(dialog: BackupsDialog) -> None:
        assert dialog.model.rowCount() == len(entries)
        assert dialog.model.index(0, BackupColumn.STATE).data() == "Same as the case file now"
        dialog.table.selectRow(dialog.model.rowCount() - 1)
        dialog.choose(BackupAction.RESTORE)

    when_shown(BackupsDialog, restore_oldest)
    window.commands.backups.trigger()
    copy = restored.with_name("bərpa.casefile")
    qtbot.waitUntil(lambda: bool(message_boxes.shown), timeout=20_000)
    assert message_boxes.shown[0].startswith(f"Restored the backup as {copy}")
    with CaseFile.open(copy, read_only=True) as case:
        assert case.fingerprint() == entries[-1].fingerprint
        assert "Rezidensiya" not in [s.name for s in sites.list_sites(case)]

    def open_newest(dialog: BackupsDialog) -> None:
        dialog.choose(BackupAction.OPEN)

    when_shown(BackupsDialog, open_newest)
    with qtbot.waitSignal(window.caseOpened, timeout=20_000):
        window.commands.backups.trigger()
    assert window.session is not None and window.session.read_only
    assert window.session.case.path == entries[0].path


def test_a_bundle_merged_into_the_open_case_shows_what_it_added(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    from casefiles.bundle.export import export_bundle

    other = tmp_path / "other.casefile"
    import shutil

    shutil.copyfile(demo_path, other)
    with CaseFile.open(other) as case:
        site = sites.list_sites(case)[0]
        incidents.create(case, title="Dron zərbəsi, 2026", site=site.uuid, span="2026-01-05",
                         incident_type="drone_strike")  # fmt: skip
        export_bundle(case, tmp_path / "newer.zip")
    window = open_window(qtbot, demo_path)
    assert window.workspace is not None
    assert len(window.workspace.navigator.incidents.records()) == 6

    def merge(dialog: ImportBundleDialog) -> None:
        assert dialog.merge.isChecked()
        dialog.bundle.setText(str(tmp_path / "newer.zip"))
        dialog.start()

    when_shown(ImportBundleDialog, merge)
    with qtbot.waitSignal(window.caseOpened, timeout=60_000):  # shown again, with what it added
        window.commands.import_bundle.trigger()
    assert message_boxes.shown[0].startswith("Added to demo.casefile: 1 incident.")
    assert window.workspace is not None
    assert len(window.workspace.navigator.incidents.records()) == 7
