"""The case-level actions: incidents deleted and brought back, correspondence linked to an
incident, the case's own notes, and the mission's details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casefiles.services import correspondence, incidents, mission
from casefiles.storage.store import CaseFile
from tests.ui.helpers import MessageBoxes, open_window, type_text, when_shown
from ui.dialogs.correspondence_dialog import CorrespondenceDialog
from ui.dialogs.mission_dialog import MissionDialog
from ui.dialogs.new_incident_dialog import NewIncidentDialog
from ui.dialogs.note_dialog import NoteDialog
from ui.dialogs.site_dialog import SiteDialog
from ui.window.workspace import CASE_NOTES_TAB, CORRESPONDENCE_TAB


def test_a_new_incident_in_an_empty_case_asks_for_its_site_first(
    qtbot: QtBot, new_case: CaseFile, message_boxes: MessageBoxes
) -> None:
    path = new_case.path
    new_case.close()
    window = open_window(qtbot, path)

    def site(dialog: SiteDialog) -> None:
        dialog.name.setText("Konsulluq")
        dialog.accept()
        when_shown(NewIncidentDialog, incident)

    def incident(dialog: NewIncidentDialog) -> None:
        type_text(dialog.title, "Pilotsuz uçuş aparatı")
        dialog.span.short_form.setText("2025-07")
        dialog.span.short_form.editingFinished.emit()
        dialog.accept()

    when_shown(SiteDialog, site)
    window.commands.new_incident.trigger()
    assert message_boxes.shown == ["First add the site the incident happened at."]
    workspace = window.workspace
    assert workspace is not None
    assert workspace.page.record is not None
    assert workspace.page.record.title == "Pilotsuz uçuş aparatı"
    assert workspace.page.record.reference == "KYIV-2025-001"
    assert workspace.page.details.span.words.text() == "July 2025"


def test_a_deleted_incident_comes_back_with_undo(
    qtbot: QtBot, demo_path: Path, message_boxes: MessageBoxes
) -> None:
    window = open_window(qtbot, demo_path)
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.page.record is not None)
    record = workspace.page.record
    assert record is not None
    message_boxes.answer = QMessageBox.StandardButton.Yes
    window.commands.delete_incident.trigger()
    assert workspace.navigator.incidents.model.row_of(record.uuid) is None
    assert window.commands.undo.text() == f"&Undo Delete {record.reference}"
    workspace.tabs.setCurrentIndex(CORRESPONDENCE_TAB)
    window.commands.undo.trigger()
    assert workspace.navigator.incidents.model.row_of(record.uuid) is not None
    assert workspace.tabs.currentIndex() == 0  # undo shows what it brought back
    assert workspace.page.record is not None and workspace.page.record.uuid == record.uuid


def test_correspondence_about_the_incident_shown(qtbot: QtBot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.page.record is not None)
    record = workspace.page.record
    assert record is not None

    def fill(dialog: CorrespondenceDialog) -> None:
        assert dialog.incidents.checked() == [record.uuid]  # linked to the incident shown
        dialog.kind.set_value("note_verbale")
        dialog.direction.set_value("sent")
        dialog.span.short_form.setText("2025-11-15")
        dialog.span.short_form.editingFinished.emit()
        dialog.reference_number.setText("No. 45/12-2025")
        type_text(dialog.counterpart, "МЗС Російської Федерації")
        dialog.summary.setPlainText("Etiraz notası.")
        dialog.accept()

    linked_before = workspace.page.correspondence.model.rowCount()
    when_shown(CorrespondenceDialog, fill)
    window.commands.new_correspondence.trigger()
    assert workspace.page.correspondence.model.rowCount() == linked_before + 1
    assert workspace.correspondence.model.rowCount() == 4
    with_case = window.session
    assert with_case is not None
    sent = [c for c in correspondence.list_correspondence(with_case.case) if c.reference_number]
    assert [(c.counterpart, c.incident_uuids) for c in sent] == [
        ("МЗС Російської Федерації", (record.uuid,))
    ]
    window.commands.undo.trigger()
    assert workspace.correspondence.model.rowCount() == 3


def test_case_notes_and_mission_details(qtbot: QtBot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    workspace = window.workspace
    assert workspace is not None
    workspace.tabs.setCurrentIndex(CASE_NOTES_TAB)
    when_shown(NoteDialog, lambda d: (d.text.setPlainText("Ümumi qeyd"), d.accept()))
    window.commands.add_note.trigger()
    texts = [workspace.case_notes.model.note_at(r).text for r in range(2)]
    assert texts[1] == "Ümumi qeyd"

    def rename(dialog: MissionDialog) -> None:
        dialog.name.setText("Посольство Азербайджану в Україні")
        dialog.timezone.setCurrentText("Nowhere/Atlantis")
        dialog.accept()
        assert dialog.fields["timezone"].error == (
            "'Nowhere/Atlantis' is not a known time zone (e.g. Europe/Kyiv)"
        )
        dialog.timezone.setCurrentText("Europe/Kyiv")
        dialog.accept()

    when_shown(MissionDialog, rename)
    window.commands.mission_details.trigger()
    assert window.windowTitle().startswith("Посольство Азербайджану в Україні — demo.casefile")
    session = window.session
    assert session is not None
    assert mission.get(session.case).name == "Посольство Азербайджану в Україні"
    window.commands.undo.trigger()
    assert window.windowTitle().startswith("Embassy of the Republic of Azerbaijan")
    assert len(incidents.list_incidents(session.case)) == 6


def test_mission_details_of_a_read_only_case_file_can_be_read(
    qtbot: QtBot, demo_path: Path
) -> None:
    window = open_window(qtbot, demo_path, read_only=True)
    seen: list[tuple[bool, str]] = []

    def look(dialog: MissionDialog) -> None:
        seen.append((dialog.name.isReadOnly(), dialog.name.text()))
        dialog.reject()

    when_shown(MissionDialog, look)
    window.commands.mission_details.trigger()
    assert seen == [(True, "Embassy of the Republic of Azerbaijan in Ukraine")]
