"""The notes panel on its own: the notes of the item it shows, added and edited through the
note dialog, deleted as one undo step, and nothing to do while it shows nothing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casefiles.domain.records import IncidentRecord
from casefiles.services import notes
from tests.ui.helpers import when_shown
from ui.case_session import CaseSession
from ui.dialogs.note_dialog import NoteDialog
from ui.notes.notes_panel import NotesPanel

FIRST = "Səfirliyin pəncərələri qırılıb."
SECOND = "Нота протесту надіслана 15 листопада."


def make_panel(qtbot: QtBot, session: CaseSession) -> NotesPanel:
    panel = NotesPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def texts(panel: NotesPanel) -> list[str]:
    return [panel.model.note_at(row).text for row in range(panel.model.rowCount())]


def test_nothing_shown_means_nothing_to_do(qtbot: QtBot, session: CaseSession) -> None:
    panel = make_panel(qtbot, session)
    panel.clear()
    assert panel.model.rowCount() == 0 and panel.target is None
    assert not panel.add_action.isEnabled() and not panel.delete_action.isEnabled()


def test_notes_of_an_incident_added_edited_and_deleted(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord]
) -> None:
    incident, other = three_incidents[2], three_incidents[0]
    notes.create(session.case, "Başqa hadisə haqqında", target=other.uuid)
    panel = make_panel(qtbot, session)
    panel.show_target(incident.uuid, incident.reference, incident.uuid)
    assert panel.model.rowCount() == 0 and panel.add_action.isEnabled()
    assert not panel.edit_action.isEnabled()  # nothing selected

    when_shown(NoteDialog, lambda dialog: (dialog.text.setPlainText(FIRST), dialog.accept()))
    panel.add_action.trigger()
    assert texts(panel) == [FIRST] and panel.selected() is not None
    assert panel.edit_action.isEnabled() and panel.delete_action.isEnabled()

    when_shown(NoteDialog, lambda dialog: dialog.reject())  # Cancel: nothing changes
    panel.edit_action.trigger()
    assert texts(panel) == [FIRST]

    when_shown(NoteDialog, lambda dialog: (dialog.text.setPlainText(SECOND), dialog.accept()))
    panel.edit_action.trigger()
    assert texts(panel) == [SECOND]
    assert [n.text for n in notes.list_notes(session.case, incident.uuid)] == [SECOND]

    panel.delete_action.trigger()
    assert texts(panel) == [] and notes.list_notes(session.case, incident.uuid) == []
    session.undo_stack.undo()
    assert texts(panel) == [SECOND]
    assert [n.text for n in notes.list_notes(session.case, other.uuid)] == ["Başqa hadisə haqqında"]
