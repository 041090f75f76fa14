"""Correspondence with its scans: the selected letter's scans beside its text, added by import
(one undo step) and switched with the selection."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casefiles.domain.records import CorrespondenceRecord, IncidentRecord
from casefiles.services import correspondence, evidence_reading, photo_import
from tests import photo_factory as factory
from tests.ui.helpers import ListedIncidents
from ui.case_session import CaseSession
from ui.correspondence.correspondence_panel import CorrespondencePanel


@pytest.fixture
def letters(
    session: CaseSession, three_incidents: list[IncidentRecord]
) -> list[CorrespondenceRecord]:
    strike = three_incidents[2]
    return [
        correspondence.create(
            session.case, kind="summons", direction="sent", span="2025-11-14",
            counterpart="Səfir — посол", summary="Çağırış: etiraz bildirildi.",
            incidents=[strike.uuid],
        ),
        correspondence.create(
            session.case, kind="note_verbale", direction="sent", span="2025-11-15",
            reference_number="72/2025", summary="Нота протесту.", incidents=[strike.uuid],
        ),
    ]  # fmt: skip


@pytest.fixture
def panel(
    qtbot: QtBot,
    session: CaseSession,
    three_incidents: list[IncidentRecord],
    letters: list[CorrespondenceRecord],
) -> CorrespondencePanel:
    widget = CorrespondencePanel(session, ListedIncidents(three_incidents))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    widget.show_all()
    return widget


def test_the_selected_letters_scans_are_shown_beside_it(
    qtbot: QtBot, panel: CorrespondencePanel, session: CaseSession,
    letters: list[CorrespondenceRecord], tmp_path: Path,
) -> None:  # fmt: skip
    summons, note = letters
    assert not panel.scans.import_action.isEnabled()  # no letter chosen yet
    panel.select(note.uuid)
    assert panel.scans.stack.currentWidget() is panel.scans.empty
    assert panel.scans.import_action.isEnabled()

    scan = factory.png_without_metadata(tmp_path / "Nota 72 — скан.png", size=(420, 600))
    panel.scans.import_paths([scan])
    current = panel.scans.current_import
    assert current is not None
    qtbot.waitUntil(lambda: current.summary is not None, timeout=20_000)
    assert current.summary is not None
    current.summary.close()
    assert panel.scans.model.rowCount() == 1
    assert panel.scans.model.photo_at(0).original_filename == "Nota 72 — скан.png"
    assert [s.uuid for s in evidence_reading.list_scans(session.case, note.uuid)] == [
        panel.scans.model.photo_at(0).uuid
    ]
    assert session.undo_stack.undoText() == (
        "Import 1 scan into the note verbale of 15 November 2025"
    )

    panel.select(summons.uuid)  # another letter: its own (no) scans
    assert panel.scans.model.rowCount() == 0
    panel.select(note.uuid)
    assert panel.scans.model.rowCount() == 1

    session.undo_stack.undo()  # the import was one step
    assert (
        panel.scans.model.rowCount() == 0
        and evidence_reading.list_scans(session.case, note.uuid) == []
    )
    session.undo_stack.redo()
    assert panel.scans.model.rowCount() == 1
    assert panel.selected() is not None and panel.selected().uuid == note.uuid


def test_a_scan_is_removed_and_put_back(
    qtbot: QtBot, panel: CorrespondencePanel, session: CaseSession,
    letters: list[CorrespondenceRecord], tmp_path: Path,
) -> None:  # fmt: skip
    summons = letters[0]
    photo_import.import_scans(
        session.case, summons.uuid, [factory.png_without_metadata(tmp_path / "a.png")]
    )
    panel.select(summons.uuid)
    assert panel.scans.model.rowCount() == 1
    panel.scans.grid.selectAll()
    panel.scans.delete_action.trigger()
    assert panel.scans.model.rowCount() == 0
    assert session.undo_stack.undoText().startswith("Remove 1 scan from the summons of")
    session.undo_stack.undo()
    assert panel.scans.model.rowCount() == 1
