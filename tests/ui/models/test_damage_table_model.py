"""The damage table under the model tester; edits go through its commit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from casefiles.domain.records import IncidentRecord
from casefiles.services import damage
from casefiles.storage.store import CaseFile
from ui.models.damage_table_model import DamageColumn, DamageTableModel


def test_damage_table_model_edits_through_its_commit(
    qtmodeltester: ModelTester, new_case: CaseFile, three_incidents: list[IncidentRecord]
) -> None:
    incident = three_incidents[2].uuid
    item = damage.create(
        new_case, incident, element="roof", severity="minor", description="Dam çatlayıb",
        cost_amount="12500.50", cost_currency="UAH",
    )  # fmt: skip
    model = DamageTableModel()
    model.set_items(damage.list_damage(new_case, incident), {})
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, DamageColumn.COST).data() == "12,500.50 UAH"
    assert model.index(0, DamageColumn.SITE).data() == "The incident's site"
    severity = model.index(0, DamageColumn.SEVERITY)
    assert not model.flags(severity) & Qt.ItemFlag.ItemIsEditable  # no commit: read-only
    commits: list[tuple[str, dict[str, object]]] = []
    model.set_commit(lambda uuid, values: commits.append((uuid, values)) is None)
    assert model.flags(severity) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(severity, "severe")
    assert not model.setData(severity, "minor")  # unchanged: nothing to save
    assert commits == [(item.uuid, {"severity": "severe"})]
