"""Notes on a site: the site's notes listed, a new one added over the list (as Add note on the
site does) and saved through the notes service with its audit entry; a cancelled note writes
nothing; the dialog gives back how many notes the site has."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casefiles.domain.records import SiteRecord
from casefiles.services import notes
from tests.ui.helpers import audit_log, when_shown
from ui.case_session import CaseSession
from ui.dialogs.note_dialog import NoteDialog
from ui.dialogs.site_notes_dialog import SiteNotesDialog

KEYS = "Açarlar növbətçidədir — ключі у чергового"
NOTIFIED = "Координати повторно передано МЗС 2025-11-20"


def test_a_note_added_on_the_site_is_saved_and_counted(
    qtbot: QtBot, session: CaseSession, site: SiteRecord
) -> None:
    notes.create(session.case, KEYS, target=site.uuid)
    seen: list[list[str]] = []

    def write(dialog: NoteDialog) -> None:
        assert dialog.windowTitle() == f"Add note on {site.name}"
        dialog.text.setPlainText(NOTIFIED)
        dialog.accept()

    def close_once_added(dialog: SiteNotesDialog) -> None:
        if dialog.notes.model.rowCount() < 2:  # the note's editor opens over the list first
            when_shown(SiteNotesDialog, close_once_added)
            return
        model = dialog.notes.model
        seen.append([dialog.windowTitle(), *(model.note_at(r).text for r in range(2))])
        dialog.accept()

    when_shown(NoteDialog, write)
    when_shown(SiteNotesDialog, close_once_added)
    assert SiteNotesDialog.show_notes(None, session, site, add=True) == (2, True)
    assert seen == [[f"Notes on {site.name}", KEYS, NOTIFIED]]
    added = [n for n in notes.list_notes(session.case, site.uuid) if n.text == NOTIFIED]
    assert [n.target_uuid for n in added] == [site.uuid]
    entry = audit_log(session.case)[-1]
    assert (entry.action, entry.entity_type, entry.entity_uuid) == ("create", "note", added[0].uuid)
    assert entry.changes["text"] == NOTIFIED


def test_a_cancelled_note_writes_nothing(
    qtbot: QtBot, session: CaseSession, site: SiteRecord
) -> None:
    fingerprint = session.case.fingerprint()

    def cancel(dialog: NoteDialog) -> None:
        dialog.text.setPlainText(NOTIFIED)
        dialog.reject()
        when_shown(SiteNotesDialog, lambda shown: shown.accept())

    when_shown(NoteDialog, cancel)
    assert SiteNotesDialog.show_notes(None, session, site, add=True) == (0, True)
    assert notes.list_notes(session.case, site.uuid) == []
    assert session.case.fingerprint() == fingerprint
