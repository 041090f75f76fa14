"""Add and Edit correspondence: the incidents found by typing part of a title in any script and
ticked, the item saved through the correspondence service with its audit entry and one undo
step; a value the service refuses is said in place with nothing written; Cancel writes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefiles.domain.records import CorrespondenceRecord, IncidentRecord
from casefiles.domain.vocabulary import CorrespondenceKind, Direction
from casefiles.services import correspondence
from tests.ui.helpers import audit_log, shown, type_text
from ui.case_session import CaseSession
from ui.dialogs.correspondence_dialog import CorrespondenceDialog

COUNTERPART = "МЗС України — Xarici İşlər Nazirliyi"
SUMMARY = "Səfirliyin ərazisinə düşən raket barədə etiraz notası.\nНота протесту."


def new_dialog(
    qtbot: QtBot,
    session: CaseSession,
    incidents: list[IncidentRecord],
    record: CorrespondenceRecord | None = None,
    linked: tuple[str, ...] = (),
) -> CorrespondenceDialog:
    return shown(qtbot, CorrespondenceDialog(session, incidents, record, linked))


def shown_incidents(dialog: CorrespondenceDialog) -> list[str]:
    listed = dialog.incidents.list
    return [listed.item(r).text() for r in range(listed.count()) if not listed.item(r).isHidden()]


def test_an_item_is_added_with_the_incidents_ticked(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord]
) -> None:
    _strike, nearby, compound = three_incidents
    dialog = new_dialog(qtbot, session, three_incidents, linked=(compound.uuid,))
    assert dialog.windowTitle() == "Add correspondence"
    assert dialog.incidents.checked() == [compound.uuid]
    type_text(dialog.incidents.filter, "ракетний")
    assert shown_incidents(dialog) == [f"{nearby.reference} — {nearby.title}"]
    dialog.incidents.list.item(1).setCheckState(Qt.CheckState.Checked)  # newest first
    dialog.incidents.filter.clear()
    assert len(shown_incidents(dialog)) == 3
    dialog.kind.set_value(CorrespondenceKind.NOTE_VERBALE)
    dialog.direction.set_value(Direction.SENT)
    dialog.span.short_form.setText("2025-11-15")
    dialog.span.short_form.editingFinished.emit()
    type_text(dialog.reference_number, "№ 45/12-2025")
    type_text(dialog.counterpart, COUNTERPART)
    dialog.summary.setPlainText(SUMMARY)
    dialog.accept()
    assert not dialog.isVisible()

    [item] = correspondence.list_correspondence(session.case)
    assert dialog.result_value == item
    assert (item.kind, item.direction, item.span.code(session.tz)) == (
        CorrespondenceKind.NOTE_VERBALE, Direction.SENT, "2025-11-15"
    )  # fmt: skip
    assert (item.reference_number, item.counterpart, item.summary) == (
        "№ 45/12-2025", COUNTERPART, SUMMARY
    )  # fmt: skip
    assert set(item.incident_uuids) == {compound.uuid, nearby.uuid}
    entry = audit_log(session.case)[-1]
    assert (entry.action, entry.entity_type, entry.entity_uuid) == (
        "create", "correspondence", item.uuid
    )  # fmt: skip
    assert entry.changes["counterpart"] == COUNTERPART
    assert session.undo_stack.undoText() == "Add note verbale"


def test_an_edit_is_saved_and_a_refused_value_writes_nothing(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord]
) -> None:
    first = three_incidents[0]
    item = correspondence.create(
        session.case, kind="meeting", direction="received", span="2024-01",
        counterpart="Konsul", incidents=[first.uuid],
    )  # fmt: skip
    fingerprint = session.case.fingerprint()
    dialog = new_dialog(qtbot, session, three_incidents, item)
    assert dialog.windowTitle() == "Edit correspondence"
    assert (dialog.counterpart.text(), dialog.incidents.checked()) == ("Konsul", [first.uuid])
    dialog.reference_number.setText("Ə" * 201)
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.fields["reference_number"].error == (
        "Reference no. is too long (at most 200 characters)."
    )
    assert session.case.fingerprint() == fingerprint

    dialog.reference_number.clear()
    dialog.counterpart.setText(COUNTERPART)
    dialog.accept()
    assert not dialog.isVisible()
    assert correspondence.get(session.case, item.uuid).counterpart == COUNTERPART
    entry = audit_log(session.case)[-1]
    assert (entry.action, entry.entity_uuid) == ("update", item.uuid)
    assert entry.changes == {"counterpart": ["Konsul", COUNTERPART]}
    session.undo_stack.undo()
    assert correspondence.get(session.case, item.uuid) == item


def test_cancel_writes_nothing(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord]
) -> None:
    fingerprint = session.case.fingerprint()
    dialog = new_dialog(qtbot, session, three_incidents)
    type_text(dialog.counterpart, COUNTERPART)
    dialog.buttons.rejected.emit()
    assert not dialog.isVisible()
    assert correspondence.list_correspondence(session.case) == []
    assert session.case.fingerprint() == fingerprint
