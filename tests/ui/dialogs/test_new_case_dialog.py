"""New case file: the mission typed in any script and checked with the core's own validators in
place, a file name suggested from the mission, a file that exists or a missing folder refused;
what the dialog gives back is what the window creates the file from."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from casefiles.services import mission
from casefiles.storage.file_format import SQLITE_MAGIC
from tests.ui.helpers import audit_log, shown, type_text
from ui.dialogs.new_case_dialog import NewCase, NewCaseDialog
from ui.window.case_loader import create_case

MISSION = "Azərbaycan Respublikasının Ukraynadakı Səfirliyi"


def test_the_mission_typed_reaches_the_new_case_file(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = shown(qtbot, NewCaseDialog())
    type_text(dialog.name, MISSION)
    assert dialog.file.path() is not None and dialog.file.path().name == f"{MISSION}.casefile"
    type_text(dialog.sending_state, "Azərbaycan Respublikası")
    type_text(dialog.host_country, "Україна")
    type_text(dialog.city, "Київ")
    dialog.timezone.setCurrentText("Europe/Kyiv")
    type_text(dialog.classification, "Xidməti istifadə üçün — ДСП")
    type_text(dialog.reference_prefix, "KİYEV")
    dialog.file.line.setText(str(tmp_path / "Səfirlik"))  # the suffix is added
    dialog.encryption.choose_no_encryption()
    dialog.accept()
    assert not dialog.isVisible()
    request = dialog.result_value
    assert isinstance(request, NewCase)
    assert (request.path, request.name, request.key) == (
        tmp_path / "Səfirlik.casefile", MISSION, None
    )  # fmt: skip

    loaded = create_case(request.path, request.name, request.details)  # as the window does
    with loaded.case as case:
        record = mission.get(case)
        assert (record.name, record.sending_state, record.host_country, record.city) == (
            MISSION, "Azərbaycan Respublikası", "Україна", "Київ"
        )  # fmt: skip
        assert (record.timezone, record.reference_prefix) == ("Europe/Kyiv", "KİYEV")
        assert record.classification == "Xidməti istifadə üçün — ДСП"  # printed on every page
        entry = audit_log(case)[-1]  # after the register's entry of the person who made it
        assert (entry.action, entry.entity_type, entry.changes["name"]) == (
            "create", "mission", MISSION
        )  # fmt: skip
    assert request.path.read_bytes().startswith(SQLITE_MAGIC)  # not encrypted, as chosen


def test_invalid_choices_are_said_in_place_and_nothing_is_created(
    qtbot: QtBot, tmp_path: Path
) -> None:
    taken = tmp_path / "Mövcud.casefile"
    taken.write_bytes(b"someone else's file")
    dialog = shown(qtbot, NewCaseDialog())
    dialog.timezone.setCurrentText("Asia/Atlantida")
    type_text(dialog.reference_prefix, "KYIV 2025")
    dialog.file.line.setText(str(taken))
    dialog.encryption.passphrase.setText("qısa")
    dialog.accept()
    assert dialog.isVisible() and dialog.result_value is None
    errors = {name: field.error for name, field in dialog.fields.items() if field.error}
    assert errors == {
        "name": "Mission is required.",
        "timezone": "'Asia/Atlantida' is not a known time zone (e.g. Europe/Kyiv)",
        "reference_prefix": "Reference prefix may hold only letters, digits, - and _.",
        "file": "Mövcud.casefile already exists; choose another name.",
        "encryption": "Use a passphrase of at least 12 characters.",
    }
    dialog.file.line.setText(str(tmp_path / "yox qovluq" / "Yeni"))
    dialog.accept()
    assert dialog.fields["file"].error == f"The folder {tmp_path / 'yox qovluq'} does not exist."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Mövcud.casefile"]
    assert taken.read_bytes() == b"someone else's file"


def test_cancel_gives_nothing_back(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = shown(qtbot, NewCaseDialog())
    type_text(dialog.name, MISSION)
    dialog.file.line.setText(str(tmp_path / "Ləğv"))
    dialog.buttons.rejected.emit()
    assert not dialog.isVisible() and dialog.result_value is None
    assert list(tmp_path.iterdir()) == []
