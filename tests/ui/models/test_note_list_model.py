"""The note list under the model tester, with real notes from a case file."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester

from casefiles.domain.records import IncidentRecord
from casefiles.domain.timespan import zone
from casefiles.services import notes
from casefiles.storage.store import CaseFile
from ui.models.note_list_model import NoteListModel, NoteRole

KYIV = zone("Europe/Kyiv")


def test_note_list_model(
    qtmodeltester: ModelTester, new_case: CaseFile, three_incidents: list[IncidentRecord]
) -> None:
    notes.create(new_case, "Нота надіслана", target=three_incidents[0].uuid, author="Konsul")
    model = NoteListModel(KYIV)
    model.set_notes(notes.list_notes(new_case, three_incidents[0].uuid))
    qtmodeltester.check(model, force_py=True)
    assert model.index(0).data() == "Нота надіслана"
    assert model.index(0).data(NoteRole.AUTHOR) == "Konsul"
    assert model.index(0).data(NoteRole.HEADING).startswith("Konsul · ")
