"""Add note and Edit note: plain text in any script saved as typed, an empty note refused in
place, Cancel saves nothing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casefiles.domain.records import IncidentRecord
from casefiles.services import notes
from tests.ui.helpers import type_text
from ui.case_session import CaseSession
from ui.dialogs.note_dialog import NoteDialog

TEXT = "Pəncərələr partlayış dalğası ilə qırılıb.\n<b>Вікна</b> вибито — not markup."


def test_a_note_is_saved_as_typed_on_its_incident(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord]
) -> None:
    incident = three_incidents[2]
    changed: list[object] = []
    session.notesChanged.connect(changed.append)
    dialog = NoteDialog(session, incident.uuid, incident.reference, None, incident.uuid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == f"Add note on {incident.reference}"
    type_text(dialog.text, "   ")
    dialog.accept()
    assert dialog.isVisible() and dialog.fields["text"].error == "Note is required."
    assert notes.list_notes(session.case, incident.uuid) == []

    dialog.text.setPlainText(TEXT)
    dialog.accept()
    assert not dialog.isVisible()
    [note] = notes.list_notes(session.case, incident.uuid)
    assert note.text == TEXT and dialog.result_value == note
    assert changed == [incident.uuid]


def test_editing_and_cancelling(qtbot: QtBot, session: CaseSession) -> None:
    note = notes.create(session.case, "Qeyd — нотатка")
    dialog = NoteDialog(session, None, "the case", note, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.text.toPlainText() == "Qeyd — нотатка"
    dialog.text.setPlainText("Dəyişməyəcək")
    dialog.reject()
    assert [n.text for n in notes.list_notes(session.case)] == ["Qeyd — нотатка"]

    dialog = NoteDialog(session, None, "the case", note, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText(TEXT)
    dialog.accept()
    assert [n.text for n in notes.list_notes(session.case)] == [TEXT]
    session.undo_stack.undo()
    assert [n.text for n in notes.list_notes(session.case)] == ["Qeyd — нотатка"]
