"""The work that was command-line only, in the window (issue 13): the profile, Verify, bundles out
and in, and the automatic backups; driven through the window's own actions on real case files."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from casefiles import profile
from casefiles.bundle.checks import is_encrypted_bundle
from casefiles.bundle.verify import verify_bundle
from casefiles.integrity import audit
from casefiles.integrity.verify import verify
from casefiles.services import incidents, sites
from casefiles.storage.backup import automatic_backup, list_backups
from casefiles.storage.backup_listing import automatic_backups
from casefiles.storage.encryption import looks_encrypted
from casefiles.storage.file_format import unlock
from casefiles.storage.store import CaseFile
from tests.ui.helpers import MessageBoxes, open_window, type_text, when_shown
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


def test_preferences_edit_the_profile_and_refuse_a_blank_name(qtbot: QtBot) -> None:
    profile.save(profile.make(NAME, ROLE))
    window = open_window(qtbot)
    seen: list[str] = []

    def blank_then_fix(dialog: ProfileDialog) -> None:
        assert (dialog.name.text(), dialog.role.text()) == (NAME, ROLE)
        dialog.name.clear()
        dialog.accept()  # refused: the field says why, the dialog stays
        seen.append(dialog.fields["name"].error or "")
        dialog.name.setText("Олена Петренко")
        dialog.accept()

    when_shown(ProfileDialog, blank_then_fix)
    window.commands.preferences.trigger()
    assert seen == ["Name is required."]
    assert profile.load() == profile.Profile("Олена Петренко", ROLE)


# Verify -------------------------------------------------------------------------------------


def test_verify_finds_an_edit_made_behind_the_apps_back_and_saves_the_report(
    qtbot: QtBot, demo_path: Path, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    with sqlite3.connect(demo_path) as raw:  # as someone with the sqlite3 shell would
        raw.execute("UPDATE incidents SET title = 'Nothing happened' WHERE id = 1")
    window = open_window(qtbot, demo_path)
    reports: list[str] = []
    statuses: list[str] = []
    report = tmp_path / "hesabat.txt"
    report.write_text("an older report", encoding="utf-8")

    def look(dialog: VerifyDialog) -> None:
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30_000)
        reports.append(dialog.findings.toPlainText())
        statuses.append(dialog.status.text())
        message_boxes.answer = QMessageBox.StandardButton.Cancel
        assert not dialog.save_to(report)  # asked first; "Cancel" keeps the old file
        message_boxes.answer = QMessageBox.StandardButton.Yes
        assert dialog.save_to(report)
        dialog.reject()

    when_shown(VerifyDialog, look)
    window.commands.verify.trigger()
    text = reports[0]
    assert "Result: 2 problems found: see below." in text
    assert "1. Records against the audit log: The incident" in text and "title" in text
    # Opening did not compare the index's texts (issue 11: seconds in a large file); verify
    # did, and rebuilt it from the rows: search now finds the edited title, and only the edit
    # itself remains a finding.
    assert (
        "2. The search index: The search index is out of step with incident(s) KYIV-2022-001"
        in text
    )
    assert statuses == [
        "2 problems found: see below. The search index was rebuilt from the records."
    ]
    assert message_boxes.shown == ["hesabat.txt already exists. Replace it with this report?"] * 2
    assert report.read_text(encoding="utf-8") == text
    assert window.session is not None
    case = window.session.case
    assert [i.reference for i in incidents.search_incidents(case, "Nothing happened")] == [
        "KYIV-2022-001"
    ]
    assert [f.check for f in verify(case)] == ["row"]


def test_verify_says_an_intact_file_is_intact(qtbot: QtBot, demo_path: Path) -> None:
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
        dialog._check_all(Qt.CheckState.Unchecked)
        assert not dialog.export_button.isEnabled()  # nothing chosen: nothing to export
        dialog.incidents.item(dialog.incidents.count() - 1).setCheckState(Qt.CheckState.Checked)
        dialog.strip.setChecked(True)
        assert not dialog.with_summary.isChecked() and not dialog.with_summary.isEnabled()
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


def test_an_export_can_be_cancelled_and_leaves_nothing(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_path)
    assert window.session is not None and window.workspace is not None
    target = tmp_path / "cancelled.zip"
    dialog = ExportBundleDialog(
        window.session.case,
        window.workspace.navigator.incidents.records(),
        window.background,
        window,
    )
    qtbot.addWidget(dialog)
    dialog.with_summary.setChecked(False)
    dialog.target.setText(str(target))
    dialog.start()
    dialog.cancel()  # before the first original is written
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.status.text() == "Export cancelled; nothing was written."
    assert [p.name for p in tmp_path.iterdir() if "cancelled" in p.name] == []


def test_an_existing_target_is_never_replaced(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_path)
    assert window.session is not None and window.workspace is not None
    target = tmp_path / "taken.zip"
    target.write_bytes(b"keep me")
    records = window.workspace.navigator.incidents.records()
    dialog = ExportBundleDialog(window.session.case, records, window.background, window)
    qtbot.addWidget(dialog)
    dialog.target.setText(str(target))
    dialog.start()
    assert dialog.status.text() == "taken.zip already exists; choose another name."
    assert target.read_bytes() == b"keep me"


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


def test_a_conflicting_bundle_is_refused_with_the_conflicts_listed(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    bundle = tmp_path / "bundle.zip"
    with CaseFile.open(demo_path) as case:
        from casefiles.bundle.export import export_bundle

        export_bundle(case, bundle)
        first = incidents.list_incidents(case)[0]
        incidents.update(case, first.uuid, title="Başlıq dəyişdi")
        fingerprint = case.fingerprint()
    window = open_window(qtbot, demo_path)
    assert window.session is not None
    dialog = ImportBundleDialog(window.session.case, window.background, window)
    qtbot.addWidget(dialog)
    assert dialog.merge.isChecked()
    dialog.bundle.setText(str(bundle))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.status.text().startswith("Nothing was imported: the bundle and this case file")
    assert f"• incident {first.reference}: title differ" in dialog.conflicts.toPlainText()
    assert window.session.case.fingerprint() == fingerprint


# Backups ------------------------------------------------------------------------------------


def test_backups_are_listed_opened_read_only_and_restored_as_a_new_file(
    qtbot: QtBot,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
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
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(restored), ""))
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


def test_export_with_the_printed_summary_of_one_incident(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_path)
    assert window.session is not None and window.workspace is not None
    target = tmp_path / "Bir hadisə.zip"
    records = window.workspace.navigator.incidents.records()
    dialog = ExportBundleDialog(window.session.case, records, window.background, window)
    qtbot.addWidget(dialog)
    dialog._check_all(Qt.CheckState.Unchecked)
    dialog.incidents.item(0).setCheckState(Qt.CheckState.Checked)
    chosen = dialog.chosen()
    assert dialog.with_summary.isChecked()
    dialog.target.setText(str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=120_000):
        dialog.start()
    assert dialog.result_value is not None and dialog.result_value.summary_included
    report = verify_bundle(target)
    assert report.findings == [] and not report.complete
    with zipfile.ZipFile(target) as bundle:
        names = bundle.namelist()
        summary = next(name for name in names if name.endswith(".pdf"))
        assert bundle.read(summary).startswith(b"%PDF")
    assert len(chosen) == 1


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


# Encrypted bundles --------------------------------------------------------------------------

BUNDLE_PASSPHRASE = "Paket üçün parol — пароль"


def test_an_encrypted_bundle_is_exported_without_its_summary(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_path)
    assert window.session is not None and window.workspace is not None
    records = window.workspace.navigator.incidents.records()
    dialog = ExportBundleDialog(window.session.case, records, window.background, window)
    qtbot.addWidget(dialog)
    target = tmp_path / "şifrəli paket.zip"
    dialog.target.setText(str(target))
    assert not dialog.protection.encrypt.isChecked()  # a plain case file: a plain bundle
    assert dialog.with_summary.isChecked()
    dialog.protection.encrypt.setChecked(True)
    # The summary would pass through a temporary file in clear.
    assert not dialog.with_summary.isChecked() and not dialog.with_summary.isEnabled()
    dialog.protection.passphrase.setText(BUNDLE_PASSPHRASE)
    dialog.protection.confirm.setText(BUNDLE_PASSPHRASE + "!")
    dialog.start()
    assert dialog.status.text() == "The two passphrases differ."
    assert not target.exists()
    dialog.protection.confirm.setText(BUNDLE_PASSPHRASE)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    assert dialog.protection.passphrase.text() == ""  # not kept in the dialog
    assert is_encrypted_bundle(target)
    with zipfile.ZipFile(target) as bundle:
        assert "summary.pdf" not in bundle.namelist()
    assert verify_bundle(target, BUNDLE_PASSPHRASE).findings == []


def test_an_encrypted_bundle_asks_its_passphrase_and_makes_an_encrypted_case_file(
    qtbot: QtBot, demo_path: Path, tmp_path: Path
) -> None:
    bundle = tmp_path / "şifrəli paket.zip"
    with CaseFile.open(demo_path, read_only=True) as case:
        from casefiles.bundle.export import export_bundle

        export_bundle(case, bundle, password=BUNDLE_PASSPHRASE)
    new = tmp_path / "Xarkov.casefile"
    window = open_window(qtbot)
    dialog = ImportBundleDialog(None, window.background, window)
    qtbot.addWidget(dialog)
    assert not dialog.passphrase.isEnabled()  # no bundle chosen yet
    dialog.bundle.setText(str(bundle))
    dialog.target.setText(str(new))
    assert dialog.passphrase.isEnabled() and not dialog.import_button.isEnabled()
    dialog.passphrase.setText("not the passphrase")
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.status.text() == (
        "The passphrase does not open şifrəli paket.zip; nothing was changed."
    )
    assert not new.exists()
    dialog.passphrase.setText(BUNDLE_PASSPHRASE)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    assert looks_encrypted(new)
    with CaseFile.open(new, key=unlock(new, BUNDLE_PASSPHRASE)) as case:
        assert len(incidents.list_incidents(case)) == 6
