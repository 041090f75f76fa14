"""The correspondence table under the model tester, with real letters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from casefiles.domain.records import IncidentRecord
from casefiles.domain.timespan import zone
from casefiles.services import correspondence
from casefiles.storage.store import CaseFile
from ui.models.correspondence_table_model import CorrespondenceColumn, CorrespondenceTableModel

KYIV = zone("Europe/Kyiv")


def test_correspondence_table_model(
    qtmodeltester: ModelTester, new_case: CaseFile, three_incidents: list[IncidentRecord]
) -> None:
    linked = three_incidents[2]
    correspondence.create(
        new_case, kind="note_verbale", direction="sent", span="2025-11-15",
        reference_number="No. 12/345", counterpart="<b>MFA</b>", summary="Protest\nnote",
        incidents=[linked.uuid],
    )  # fmt: skip
    model = CorrespondenceTableModel(KYIV)
    model.set_items(correspondence.list_correspondence(new_case), {linked.uuid: linked.reference})
    qtmodeltester.check(model, force_py=True)
    row = [model.index(0, column).data() for column in CorrespondenceColumn]
    assert row == [
        "15 November 2025", "Note verbale", "Sent", "No. 12/345", "<b>MFA</b>",
        "Protest note", linked.reference,
    ]  # fmt: skip
    assert model.index(0, CorrespondenceColumn.COUNTERPART).data(Qt.ItemDataRole.ToolTipRole) == (
        "<qt>&lt;b&gt;MFA&lt;/b&gt;</qt>"
    )
