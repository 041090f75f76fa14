"""Mission details: the mission's fields edited in any script, saved through the mission service
as one audited change and one undo step; a bad value said in place with nothing written; Cancel
writes nothing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casefiles.services import mission
from tests.ui.helpers import audit_log, shown, type_text
from ui.case_session import CaseSession
from ui.dialogs.mission_dialog import MissionDialog

NAME = "Посольство Азербайджану в Україні"


def test_details_are_saved_as_one_audited_change(qtbot: QtBot, demo_session: CaseSession) -> None:
    case, before = demo_session.case, demo_session.mission
    dialog = shown(qtbot, MissionDialog(demo_session))
    assert dialog.name.text() == before.name
    dialog.name.setText(NAME)
    dialog.classification.clear()
    type_text(dialog.classification, "Məxfi — ДСК")
    dialog.accept()
    assert not dialog.isVisible()
    after = mission.get(case)
    assert (after.name, after.classification) == (NAME, "Məxfi — ДСК")
    assert demo_session.mission == after == dialog.result_value
    entry = audit_log(case)[-1]
    assert (entry.action, entry.entity_type, entry.entity_uuid) == ("update", "mission", after.uuid)
    assert entry.changes == {
        "name": [before.name, NAME],
        "classification": [before.classification, "Məxfi — ДСК"],
    }
    assert demo_session.undo_stack.undoText() == "Edit mission details"
    demo_session.undo_stack.undo()
    assert mission.get(case).name == before.name


def test_a_bad_value_is_said_in_place_and_nothing_is_written(
    qtbot: QtBot, demo_session: CaseSession
) -> None:
    case = demo_session.case
    fingerprint, entries = case.fingerprint(), len(audit_log(case))
    dialog = shown(qtbot, MissionDialog(demo_session))
    dialog.name.clear()
    dialog.timezone.setCurrentText("Avropa/Bakı")
    type_text(dialog.reference_prefix, "/ƏŞ")
    dialog.accept()
    assert dialog.isVisible()
    errors = {name: field.error for name, field in dialog.fields.items() if field.error}
    assert errors == {
        "name": "Mission is required.",
        "timezone": "'Avropa/Bakı' is not a known time zone (e.g. Europe/Kyiv)",
        "reference_prefix": "Reference prefix may hold only letters, digits, - and _.",
    }
    assert (case.fingerprint(), len(audit_log(case))) == (fingerprint, entries)
    assert demo_session.undo_stack.count() == 0


def test_cancel_writes_nothing(qtbot: QtBot, demo_session: CaseSession) -> None:
    case = demo_session.case
    fingerprint = case.fingerprint()
    dialog = shown(qtbot, MissionDialog(demo_session))
    dialog.name.setText(NAME)
    dialog.buttons.rejected.emit()
    assert not dialog.isVisible() and dialog.result_value is None
    assert case.fingerprint() == fingerprint
    assert mission.get(case) == demo_session.mission
