"""The details form saves each field at once, shows the services' refusals under the field,
shows user text literally, and changes nothing in a read-only case file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefiles.domain.records import IncidentRecord
from casefiles.services import incidents, mission
from casefiles.storage.store import CaseFile
from tests.ui.helpers import ListedIncidents, open_window
from ui.case_session import CaseSession
from ui.incident.incident_page import IncidentPage


def make_page(qtbot: QtBot, session: CaseSession, records: list[IncidentRecord]) -> IncidentPage:
    page = IncidentPage(session, ListedIncidents(records))
    qtbot.addWidget(page)
    page.set_sites([])
    return page


def test_a_refused_value_stays_with_its_reason_under_the_field(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord]
) -> None:
    record = three_incidents[2]
    page = make_page(qtbot, session, three_incidents)
    page.show_incident(record.uuid)
    form = page.details
    form.title.setText("   ")
    form.title.editingFinished.emit()
    assert form.fields["title"].error == "Title is required."
    assert form.title.text() == "   "
    assert incidents.get(session.case, record.uuid).title == record.title
    # Another field saved meanwhile leaves the refused one as typed.
    form.status.setCurrentIndex(form.status.findData("closed"))
    form.status.activated.emit(form.status.currentIndex())
    assert incidents.get(session.case, record.uuid).status == "closed"
    assert form.title.text() == "   " and form.fields["title"].error
    form.title.setText("Ракета")
    form.title.editingFinished.emit()
    assert form.fields["title"].error is None
    assert incidents.get(session.case, record.uuid).title == "Ракета"
    assert session.undo_stack.count() == 2


def test_counts_keep_unknown_apart_from_zero_and_depth_needs_ordnance(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord]
) -> None:
    record = three_incidents[1]
    page = make_page(qtbot, session, three_incidents)
    page.show_incident(record.uuid)
    form = page.details
    assert form.staff_killed.text() == "unknown"
    form.staff_killed.setValue(0)
    form.staff_killed.editingFinished.emit()
    assert incidents.get(session.case, record.uuid).staff_killed == 0
    assert not form.uxo_depth_m.isEnabled()
    form.uxo_found.setCurrentIndex(form.uxo_found.findData(True))
    form.uxo_found.activated.emit(form.uxo_found.currentIndex())
    assert form.uxo_depth_m.isEnabled()
    form.uxo_depth_m.setValue(8)
    form.uxo_depth_m.editingFinished.emit()
    # Ordnance not found after all: the depth goes with it, in the same step.
    form.uxo_found.setCurrentIndex(form.uxo_found.findData(False))
    form.uxo_found.activated.emit(form.uxo_found.currentIndex())
    saved = incidents.get(session.case, record.uuid)
    assert (saved.uxo_found, saved.uxo_depth_m) == (False, None)
    session.undo_stack.undo()
    saved = incidents.get(session.case, record.uuid)
    assert (saved.uxo_found, saved.uxo_depth_m) == (True, 8)
    assert form.uxo_depth_m.value() == 8


def test_user_text_is_shown_literally(
    qtbot: QtBot, session: CaseSession, three_incidents: list[IncidentRecord]
) -> None:
    markup = "<b>Bold</b> <img src=file:///etc/passwd>"
    record = incidents.update(session.case, three_incidents[0].uuid, title=markup)
    page = make_page(qtbot, session, three_incidents)
    page.show_incident(record.uuid)
    assert page.heading.textFormat() == Qt.TextFormat.PlainText
    assert page.heading.text() == f"{record.reference} — {markup}"
    assert page.details.title.text() == markup


def test_read_only_case_file_shows_but_does_not_edit(qtbot: QtBot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path, read_only=True)
    assert "(read-only: opened read-only)" in window.windowTitle()
    assert "Embassy of the Republic of Azerbaijan in Ukraine" in window.windowTitle()
    assert not window.commands.new_incident.isEnabled()
    assert not window.commands.import_photos.isEnabled()
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.page.record is not None)
    form = workspace.page.details
    assert form.title.isReadOnly() and not form.status.isEnabled()
    assert not workspace.page.damage.add_action.isEnabled()
    assert not workspace.page.notes.add_action.isEnabled()
    before = CaseFile.open(demo_path, read_only=True)
    try:
        fingerprint = before.fingerprint()
    finally:
        before.close()
    form.title.setText("changed")
    form.title.editingFinished.emit()
    window.close_case()
    with CaseFile.open(demo_path, read_only=True) as after:
        assert after.fingerprint() == fingerprint
        assert mission.get(after).name.startswith("Embassy")
