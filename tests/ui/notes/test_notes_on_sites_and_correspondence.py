"""Notes on a correspondence item and on a site (issue 13): Ctrl+Shift+N adds the note to what
is in front of the user, not to the incident shown behind it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from casefiles.services import notes
from tests.ui.helpers import MessageBoxes, open_window, when_shown
from ui.dialogs.note_dialog import NoteDialog
from ui.dialogs.site_notes_dialog import SiteNotesDialog
from ui.window.workspace import CORRESPONDENCE_TAB

ON_LETTER = "Nota şifahi ilə cavab gəldi; orijinal konsulluqdadır"
ON_SITE = "Координати повторно передано МЗС 2025-11-20"


def write(text: str) -> None:
    when_shown(NoteDialog, lambda dialog: (dialog.text.setPlainText(text), dialog.accept()))


def test_add_note_on_the_correspondence_tab_goes_to_the_selected_item(
    qtbot: QtBot, demo_path: Path, message_boxes: MessageBoxes
) -> None:
    window = open_window(qtbot, demo_path)
    workspace = window.workspace
    assert workspace is not None and window.session is not None
    qtbot.waitUntil(lambda: workspace.page.record is not None)
    incident = workspace.page.record
    assert incident is not None
    before = len(notes.list_notes(window.session.case, incident.uuid))
    workspace.tabs.setCurrentIndex(CORRESPONDENCE_TAB)
    panel = workspace.correspondence

    panel.table.clearSelection()
    window.commands.add_note.trigger()  # nothing selected: said, nothing added
    assert message_boxes.shown == ["Choose the correspondence item the note is about."]

    panel.table.selectRow(0)
    letter = panel.selected()
    assert letter is not None
    write(ON_LETTER)
    window.commands.add_note.trigger()

    assert [n.text for n in notes.list_notes(window.session.case, letter.uuid)] == [ON_LETTER]
    assert len(notes.list_notes(window.session.case, incident.uuid)) == before
    assert panel.attachments.currentWidget() is panel.notes
    assert [panel.notes.model.note_at(0).text] == [ON_LETTER]
    # Another letter shows its own notes; undo takes the note back.
    panel.table.selectRow(1)
    assert panel.notes.model.rowCount() == len(
        notes.list_notes(window.session.case, panel.selected().uuid)  # type: ignore[union-attr]
    )
    window.commands.undo.trigger()
    assert notes.list_notes(window.session.case, letter.uuid) == []


def test_notes_on_a_site_from_its_panel(qtbot: QtBot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    workspace = window.workspace
    assert workspace is not None and window.session is not None
    sites = workspace.navigator.sites
    sites.list.setCurrentIndex(sites.model.index(1))
    site = sites.chosen()
    assert site is not None and sites.notes_action.isEnabled()
    shown: list[str] = []

    def add_and_close(dialog: SiteNotesDialog) -> None:
        shown.append(dialog.windowTitle())
        write(ON_SITE)
        dialog.notes.add_action.trigger()
        shown.extend(
            dialog.notes.model.note_at(r).text for r in range(dialog.notes.model.rowCount())
        )
        dialog.accept()

    when_shown(SiteNotesDialog, add_and_close)
    sites.notes_action.trigger()
    assert shown == [f"Notes on {site.name}", ON_SITE]
    recorded = notes.list_notes(window.session.case, site.uuid)
    assert [(n.text, n.target_uuid) for n in recorded] == [(ON_SITE, site.uuid)]
    # Ctrl+Shift+N with the site list in focus adds to the site too.
    window.activateWindow()
    qtbot.waitActive(window)
    sites.list.setFocus()
    qtbot.waitUntil(sites.list.hasFocus)

    def close_once_added(dialog: SiteNotesDialog) -> None:
        # The dialog shows first, then the new note's editor over it: close it after that.
        if dialog.notes.model.rowCount() == 2:
            dialog.accept()
        else:
            QTimer.singleShot(10, lambda: close_once_added(dialog))

    write("İkinci qeyd")
    when_shown(SiteNotesDialog, close_once_added)
    window.commands.add_note.trigger()
    assert len(notes.list_notes(window.session.case, site.uuid)) == 2
