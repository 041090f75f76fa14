from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from casefiles.domain.records import IncidentRecord
from casefiles.domain.timespan import zone
from casefiles.domain.vocabulary import IncidentStatus, IncidentType
from casefiles.services import incidents
from casefiles.storage.store import CaseFile
from ui.models.incident_filter_proxy import IncidentFilterProxy
from ui.models.incident_table_model import IncidentColumn, IncidentTableModel
from ui.models.roles import Role

KYIV = zone("Europe/Kyiv")


def make_model(records: list[IncidentRecord]) -> IncidentTableModel:
    model = IncidentTableModel(KYIV)
    model.set_records(records)
    return model


def titles(model: IncidentTableModel | IncidentFilterProxy) -> list[str]:
    return [model.index(row, IncidentColumn.TITLE).data() for row in range(model.rowCount())]


def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, three_incidents: list[IncidentRecord]
) -> None:
    model = make_model(three_incidents)
    qtmodeltester.check(model, force_py=True)
    proxy = IncidentFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


def test_newest_first_with_times_in_words(three_incidents: list[IncidentRecord]) -> None:
    model = make_model(three_incidents)
    assert titles(model) == ["Missile hits the compound", "Ракетний удар поблизу", "Hava zərbəsi"]
    assert [model.index(r, IncidentColumn.WHEN).data() for r in range(3)] == [
        "night of 13–14 Nov 2025",
        "January 2024",
        "2022",
    ]
    assert model.headerData(IncidentColumn.DAMAGE, Qt.Orientation.Horizontal) == "Worst damage"
    assert model.index(0, 0).data(Role.UUID) == three_incidents[2].uuid
    assert model.index(0, 0).data(Role.RECORD) == three_incidents[2]


def test_sort_by_any_column_through_the_proxy(three_incidents: list[IncidentRecord]) -> None:
    model = make_model(three_incidents)
    proxy = IncidentFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(IncidentColumn.TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(proxy) == ["Hava zərbəsi", "Missile hits the compound", "Ракетний удар поблизу"]
    proxy.sort(IncidentColumn.WHEN, Qt.SortOrder.AscendingOrder)
    assert titles(proxy)[0] == "Hava zərbəsi"


def test_filters_by_type_status_year_site_and_matches(
    three_incidents: list[IncidentRecord],
) -> None:
    model = make_model(three_incidents)
    proxy = IncidentFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(incident_type=IncidentType.MISSILE_STRIKE)
    assert len(titles(proxy)) == 2
    proxy.set_filters(incident_type=IncidentType.MISSILE_STRIKE, status=IncidentStatus.DRAFT)
    assert titles(proxy) == ["Ракетний удар поблизу"]
    proxy.set_filters(year=2025)
    assert titles(proxy) == ["Missile hits the compound"]
    proxy.set_filters(year=2023)
    assert titles(proxy) == []
    proxy.set_filters(site="no such site")
    assert titles(proxy) == []
    proxy.set_filters(matches=frozenset({three_incidents[0].uuid}))
    assert titles(proxy) == ["Hava zərbəsi"]
    proxy.set_filters()
    assert len(titles(proxy)) == 3


def test_upsert_keeps_order_and_removes_deleted(
    new_case: CaseFile, three_incidents: list[IncidentRecord]
) -> None:
    model = make_model(three_incidents)
    moved = incidents.update(new_case, three_incidents[0].uuid, span="2026-02")
    model.upsert(moved)
    assert titles(model)[0] == "Hava zərbəsi"
    assert model.rowCount() == 3
    incidents.delete(new_case, moved.uuid)
    model.upsert(incidents.get(new_case, moved.uuid))
    assert model.rowCount() == 2
    assert model.row_of(moved.uuid) is None
