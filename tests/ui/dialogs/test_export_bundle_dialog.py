"""Export bundle: the chosen incidents written in the background as a bundle that passes its
check, the export recorded in the case file's audit log with the summary that went with it;
encrypted with a passphrase typed twice alike; an existing file never replaced; cancelled, it
leaves nothing. A round trip through Import bundle: test_import_bundle_dialog.py."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import ui.language
from casefiles.bundle.checks import is_encrypted_bundle
from casefiles.bundle.verify import verify_bundle
from casefiles.language.catalogue import Language
from casefiles.services import incidents, photo_import
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.casefiles.bundle.zips import files_of
from tests.ui.helpers import audit_log, shown
from ui.background import Background
from ui.dialogs.export_bundle_dialog import ExportBundleDialog

BUNDLE_PASSPHRASE = "Paket üçün parol — пароль"


def export_dialog(qtbot: QtBot, case: CaseFile, background: Background) -> ExportBundleDialog:
    return shown(qtbot, ExportBundleDialog(case, incidents.list_incidents(case), background, None))


def test_one_incident_with_its_printed_summary(
    qtbot: QtBot, demo_case: CaseFile, background: Background, tmp_path: Path
) -> None:
    dialog = export_dialog(qtbot, demo_case, background)
    target = tmp_path / "Bir hadisə — одна подія.zip"
    dialog._check_all(Qt.CheckState.Unchecked)
    assert not dialog.export_button.isEnabled()  # nothing chosen: nothing to export
    dialog.incidents.item(0).setCheckState(Qt.CheckState.Checked)
    [chosen] = dialog.chosen()
    assert dialog.with_summary.isChecked()
    dialog.target.setText(str(target))
    with qtbot.waitSignal(dialog.accepted, timeout=120_000):
        dialog.export_button.click()
    assert dialog.result_value is not None and dialog.result_value.summary_included
    report = verify_bundle(target)
    assert report.findings == [] and not report.complete
    with zipfile.ZipFile(target) as bundle:
        summary = bundle.read("summary.pdf")
    assert summary.startswith(b"%PDF")
    entry = audit_log(demo_case)[-1]  # what left, and which summary went with it
    assert entry.action == "export"
    assert entry.changes["bundle_name"] == target.name
    assert entry.changes["selection"] == {"incidents": [chosen], "strip_location": False}
    assert entry.changes["summary_sha256"] == hashlib.sha256(summary).hexdigest()


def test_without_location_no_position_leaves_and_no_summary_goes(
    qtbot: QtBot, demo_case: CaseFile, background: Background, tmp_path: Path
) -> None:
    dialog = export_dialog(qtbot, demo_case, background)
    dialog.strip.setChecked(True)
    # A summary shows positions: it cannot go with a bundle without them.
    assert not dialog.with_summary.isChecked() and not dialog.with_summary.isEnabled()
    target = tmp_path / "Yersiz paket.zip"
    dialog.target.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    assert verify_bundle(target).findings == []
    manifest = json.loads(files_of(target)["manifest.json"])
    assert "summary.pdf" not in files_of(target)
    assert {(s["latitude"], s["longitude"]) for s in manifest["sites"]} == {(None, None)}
    entry = audit_log(demo_case)[-1]
    assert entry.changes["selection"] == {"incidents": None, "strip_location": True}


def test_an_encrypted_bundle_needs_the_passphrase_twice_alike(
    qtbot: QtBot, demo_case: CaseFile, background: Background, tmp_path: Path
) -> None:
    dialog = export_dialog(qtbot, demo_case, background)
    target = tmp_path / "şifrəli paket.zip"
    dialog.target.setText(str(target))
    assert not dialog.protection.encrypt.isChecked()  # a plain case file: a plain bundle
    dialog.protection.encrypt.setChecked(True)
    # The summary would pass through a temporary file in clear.
    assert not dialog.with_summary.isChecked() and not dialog.with_summary.isEnabled()
    dialog.protection.passphrase.setText("qısa")
    dialog.protection.confirm.setText("qısa")
    dialog.start()
    assert dialog.status.text() == "Use a passphrase of at least 12 characters."
    dialog.protection.passphrase.setText(BUNDLE_PASSPHRASE)
    dialog.protection.confirm.setText(BUNDLE_PASSPHRASE + "!")
    dialog.start()
    assert dialog.status.text() == "The two passphrases differ."
    assert not target.exists() and not dialog.running
    dialog.protection.confirm.setText(BUNDLE_PASSPHRASE)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=60_000)
    assert dialog.protection.passphrase.text() == ""  # not kept in the dialog
    assert is_encrypted_bundle(target)
    with zipfile.ZipFile(target) as bundle:
        assert "summary.pdf" not in bundle.namelist()
    assert verify_bundle(target, BUNDLE_PASSPHRASE).findings == []


def test_an_existing_file_is_never_replaced(
    qtbot: QtBot, demo_case: CaseFile, background: Background, tmp_path: Path
) -> None:
    fingerprint = demo_case.fingerprint()
    target = tmp_path / "taken.zip"
    target.write_bytes(b"keep me")
    dialog = export_dialog(qtbot, demo_case, background)
    dialog.target.setText(str(target))
    dialog.start()
    assert dialog.status.text() == "taken.zip already exists; choose another name."
    assert dialog.isVisible() and not dialog.running
    assert target.read_bytes() == b"keep me"
    assert demo_case.fingerprint() == fingerprint  # no export entry for what did not leave


def test_a_cancelled_export_leaves_nothing(
    qtbot: QtBot, demo_case: CaseFile, background: Background, tmp_path: Path
) -> None:
    dialog = export_dialog(qtbot, demo_case, background)
    dialog.with_summary.setChecked(False)
    dialog.target.setText(str(tmp_path / "ləğv.zip"))
    dialog.start()
    dialog.cancel_button.click()  # before the first original is written
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.status.text() == "Export cancelled; nothing was written."
    assert dialog.isVisible() and dialog.result_value is None
    assert [p.name for p in tmp_path.iterdir() if "ləğv" in p.name] == []


def test_a_photo_that_cannot_be_read_is_named_when_location_cannot_be_left_out(
    qtbot: QtBot,
    demo_case: CaseFile,
    background: Background,
    tmp_path: Path,
    committed_translations: None,
) -> None:
    """A truncated photo is kept as received; no copy without its location can be made of it.
    The dialog says which file, in the window's language, and writes nothing."""
    truncated = factory.truncated_jpeg(tmp_path / "Gəncə, zədələnmiş.jpg")
    strike = incidents.get_by_reference(demo_case, "KYIV-2025-004")
    photo_import.import_files(demo_case, strike.uuid, [truncated])
    assert ui.language.install(Language.AZ) is Language.AZ
    dialog = export_dialog(qtbot, demo_case, background)
    # Qt ships no Azerbaijani words for its own buttons: ours (ui/qt_buttons.py) say them.
    assert dialog.cancel_button.text() == "Ləğv et"
    dialog.strip.setChecked(True)
    target = tmp_path / "Yersiz paket.zip"
    dialog.target.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "Gəncə" in dialog.status.text(), timeout=60_000)
    assert dialog.status.text() == (
        "Gəncə, zədələnmiş.jpg faylından yer və cihaz məlumatlarını çıxarmaq olmur: şəkli "
        "oxunmur. Yer məlumatları ilə ixrac edin və ya onun hadisəsini daxil etməyin."
    )
    assert dialog.result_value is None and dialog.isVisible()
    assert not target.exists()
