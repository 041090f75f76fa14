"""New incident: title, site, time and type, saved through the incident service with its audit
entry and reference; a time that cannot be read or a blank title is said in place with nothing
written; Cancel writes nothing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from casefiles.domain.records import SiteRecord
from casefiles.domain.vocabulary import IncidentType
from casefiles.services import incidents, sites
from tests.ui.helpers import audit_log, shown, type_text
from ui.case_session import CaseSession
from ui.dialogs.new_incident_dialog import NewIncidentDialog

TITLE = "Dron hücumu: pəncərələr qırılıb — атака дрона"


def new_dialog(qtbot: QtBot, session: CaseSession, site: str | None) -> NewIncidentDialog:
    return shown(qtbot, NewIncidentDialog(session, sites.list_sites(session.case), site))


def type_time(dialog: NewIncidentDialog, text: str) -> None:
    dialog.span.short_form.setText(text)
    dialog.span.short_form.editingFinished.emit()  # as when the field loses the focus


def test_an_incident_is_filed_at_the_site_chosen(
    qtbot: QtBot, session: CaseSession, site: SiteRecord
) -> None:
    other = sites.create(session.case, kind="residence", name="İqamətgah — резиденція")
    dialog = new_dialog(qtbot, session, other.uuid)
    assert dialog.site.currentData() == other.uuid
    type_text(dialog.title, TITLE)
    type_time(dialog, "2025-11-14 night")
    dialog.incident_type.set_value(IncidentType.DRONE_STRIKE)
    dialog.accept()
    assert not dialog.isVisible()
    [record] = incidents.list_incidents(session.case)
    assert dialog.result_value == record
    assert (record.title, record.site_uuid, record.incident_type) == (
        TITLE, other.uuid, IncidentType.DRONE_STRIKE
    )  # fmt: skip
    assert (record.reference, record.span.code(session.tz)) == ("KYIV-2025-001", "2025-11-14 night")
    entry = audit_log(session.case)[-1]
    assert (entry.action, entry.entity_type, entry.entity_uuid) == (
        "create", "incident", record.uuid
    )  # fmt: skip
    assert entry.changes["title"] == TITLE
    assert session.undo_stack.undoText() == "New incident"


def test_what_cannot_be_filed_is_said_in_place(
    qtbot: QtBot, session: CaseSession, site: SiteRecord
) -> None:
    fingerprint = session.case.fingerprint()
    dialog = new_dialog(qtbot, session, None)
    assert dialog.site.currentData() == site.uuid  # the only one
    type_text(dialog.title, "   ")
    dialog.accept()
    assert dialog.isVisible() and dialog.fields["title"].error == "Title is required."
    type_text(dialog.title, TITLE)
    type_time(dialog, "2025-11-31")
    said = dialog.fields["span"].error  # as soon as the field is left
    assert said is not None and said.startswith("'2025-11-31'")
    dialog.accept()  # not saved with whatever the other inputs still show
    assert dialog.isVisible() and dialog.fields["span"].error == said
    assert incidents.list_incidents(session.case) == []
    assert session.case.fingerprint() == fingerprint


def test_cancel_writes_nothing(qtbot: QtBot, session: CaseSession, site: SiteRecord) -> None:
    fingerprint = session.case.fingerprint()
    dialog = new_dialog(qtbot, session, site.uuid)
    type_text(dialog.title, TITLE)
    dialog.buttons.rejected.emit()
    assert not dialog.isVisible()
    assert incidents.list_incidents(session.case) == []
    assert session.case.fingerprint() == fingerprint
