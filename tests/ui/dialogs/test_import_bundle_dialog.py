"""Import bundle: a bundle made by Export bundle brought into a new case file in the background
and read back through the services; merged again into its source it adds nothing; a forged
bundle (a record edited, every checksum recomputed), a conflicting one or a wrong passphrase is
refused with its message in the dialog and changes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefiles.bundle.export import export_bundle
from casefiles.services import incidents, sites
from casefiles.storage.encryption import looks_encrypted
from casefiles.storage.file_format import unlock
from casefiles.storage.store import CaseFile
from tests.casefiles.bundle.zips import files_of, with_manifest
from tests.helpers import folder_state
from tests.ui.helpers import audit_log, shown
from ui.background import Background
from ui.dialogs.export_bundle_dialog import ExportBundleDialog
from ui.dialogs.import_bundle_dialog import ImportBundleDialog

BUNDLE_PASSPHRASE = "Paket üçün parol — пароль"


def import_dialog(
    qtbot: QtBot, case: CaseFile | None, background: Background, bundle: Path
) -> ImportBundleDialog:
    dialog = shown(qtbot, ImportBundleDialog(case, background, None))
    dialog.bundle.setText(str(bundle))
    return dialog


def refused(qtbot: QtBot, dialog: ImportBundleDialog) -> str:
    """Import, wait until it has ended, and say what the dialog then says."""
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert dialog.isVisible() and dialog.result_value is None
    return dialog.status.text()


def test_a_round_trip_through_both_dialogs(
    qtbot: QtBot, demo_case: CaseFile, background: Background, tmp_path: Path
) -> None:
    out = shown(
        qtbot, ExportBundleDialog(demo_case, incidents.list_incidents(demo_case), background, None)
    )
    out._check_all(Qt.CheckState.Unchecked)
    for row in (0, 1):
        out.incidents.item(row).setCheckState(Qt.CheckState.Checked)
    chosen = out.chosen()
    out.with_summary.setChecked(False)  # printed: test_export_bundle_dialog.py
    bundle = tmp_path / "Paket — пакет.zip"
    out.target.setText(str(bundle))
    out.export_button.click()
    qtbot.waitUntil(lambda: out.result_value is not None, timeout=60_000)

    new = tmp_path / "Xarkov — Харків.casefile"
    dialog = import_dialog(qtbot, None, background, bundle)
    assert not dialog.merge.isEnabled() and dialog.into_new.isChecked()  # no case open
    assert not dialog.passphrase.isEnabled()  # a plain bundle
    dialog.target.setText(str(new))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    assert not dialog.isVisible() and not dialog.result_value.merged
    assert dialog.result_value.result.added["incidents"] == 2

    source = {i.reference: i for i in incidents.list_incidents(demo_case)}
    with CaseFile.open(new, read_only=True) as copy:
        brought = incidents.list_incidents(copy)
        assert sorted(i.reference for i in brought) == sorted(chosen)
        assert all(i.title == source[i.reference].title for i in brought)
        assert {s.uuid: s for s in sites.list_sites(copy)}.items() <= {
            s.uuid: s for s in sites.list_sites(demo_case)
        }.items()
        logged = {(e.entity_type, e.entity_uuid) for e in audit_log(copy)}
        assert {("incident", i.uuid) for i in brought} <= logged  # their history came along

    fingerprint = demo_case.fingerprint()
    back = import_dialog(qtbot, demo_case, background, bundle)
    assert back.merge.isChecked()  # into the open case file by default
    back.import_button.click()
    qtbot.waitUntil(lambda: back.result_value is not None, timeout=60_000)
    assert back.result_value.merged and not back.result_value.result.added_anything
    assert demo_case.fingerprint() == fingerprint


def test_a_forged_bundle_is_refused_and_changes_nothing(
    qtbot: QtBot,
    demo_case: CaseFile,
    background: Background,
    demo_bundle_file: Path,
    tmp_path: Path,
) -> None:
    def edit(manifest: dict[str, Any]) -> None:
        manifest["incidents"][0]["title"] = "Heç nə olmayıb — нічого не сталося"

    forged = with_manifest(demo_bundle_file, tmp_path / "saxta.zip", edit)
    row = json.loads(files_of(forged)["manifest.json"])["incidents"][0]
    said = (
        f"The bundle is refused: The incident {row['reference']} ({row['uuid']}) differs from "
        "the audit log in: title."
    )
    fingerprint, before = demo_case.fingerprint(), folder_state(tmp_path)
    into_open = import_dialog(qtbot, demo_case, background, forged)
    assert refused(qtbot, into_open).startswith(said)
    into_new = import_dialog(qtbot, None, background, forged)
    into_new.target.setText(str(tmp_path / "Yeni.casefile"))
    assert refused(qtbot, into_new).startswith(said)
    assert into_new.status.text().endswith("Nothing was changed.")
    assert demo_case.fingerprint() == fingerprint
    assert folder_state(tmp_path) == before


def test_a_conflicting_bundle_is_refused_with_the_conflicts_listed(
    qtbot: QtBot, demo_case: CaseFile, background: Background, demo_bundle_file: Path
) -> None:
    first = incidents.list_incidents(demo_case)[0]
    incidents.update(demo_case, first.uuid, title="Başlıq dəyişdi — назва змінилася")
    fingerprint = demo_case.fingerprint()
    dialog = import_dialog(qtbot, demo_case, background, demo_bundle_file)
    status = refused(qtbot, dialog)
    assert status.startswith("Nothing was imported: the bundle and this case file")
    assert f"• incident {first.reference}: title differ" in dialog.conflicts.toPlainText()
    assert demo_case.fingerprint() == fingerprint


def test_an_encrypted_bundle_asks_its_passphrase_and_makes_an_encrypted_case_file(
    qtbot: QtBot, demo_path: Path, background: Background, tmp_path: Path
) -> None:
    bundle = tmp_path / "şifrəli paket.zip"
    with CaseFile.open(demo_path, read_only=True) as case:
        export_bundle(case, bundle, password=BUNDLE_PASSPHRASE)
    new = tmp_path / "Xarkov.casefile"
    dialog = import_dialog(qtbot, None, background, bundle)
    dialog.target.setText(str(new))
    assert dialog.passphrase.isEnabled() and not dialog.import_button.isEnabled()
    dialog.passphrase.setText("not the passphrase")
    assert refused(qtbot, dialog) == (
        "The passphrase does not open şifrəli paket.zip; nothing was changed."
    )
    assert not new.exists()
    dialog.passphrase.setText(BUNDLE_PASSPHRASE)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    assert looks_encrypted(new)
    with CaseFile.open(new, key=unlock(new, BUNDLE_PASSPHRASE)) as case:
        assert len(incidents.list_incidents(case)) == 6
