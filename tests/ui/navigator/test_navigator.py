"""Finding incidents: by site, type, status and year, and by words through the full-text
search, which runs off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefiles.domain.vocabulary import IncidentStatus, IncidentType
from tests.ui.helpers import open_window
from ui.models.incident_table_model import IncidentColumn
from ui.navigator.incident_list import IncidentList


def shown(incidents: IncidentList) -> list[str]:
    proxy = incidents.proxy
    return [proxy.index(row, IncidentColumn.REFERENCE).data() for row in range(proxy.rowCount())]


def test_filters_and_search_on_the_demo_case(qtbot: QtBot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    workspace = window.workspace
    assert workspace is not None
    incidents = workspace.navigator.incidents
    assert len(shown(incidents)) == 6 and incidents.count.text() == "6 incidents"

    sites = workspace.navigator.sites
    kharkiv = next(s for s in sites.model.sites() if "Kharkiv" in s.name)
    sites.choose(kharkiv.uuid)
    assert shown(incidents) == ["KYIV-2022-001"]
    sites.choose(None)

    incidents.type_filter.set_value(IncidentType.DRONE_STRIKE)
    assert shown(incidents) == ["KYIV-2025-002", "KYIV-2025-001"]
    assert incidents.count.text() == "2 of 6 incidents shown"
    incidents.year_filter.setCurrentIndex(incidents.year_filter.findData(2024))
    assert shown(incidents) == []
    incidents.clear_filters()
    incidents.status_filter.set_value(IncidentStatus.PROTEST_SENT)
    assert len(shown(incidents)) == 6
    incidents.clear_filters()

    window.commands.find.trigger()
    incidents.search.setText("крат")  # no such word: nothing
    qtbot.waitUntil(lambda: shown(incidents) == [], timeout=5_000)
    incidents.search.setText("Yevdokimov")  # in the summons linked to three incidents
    qtbot.waitUntil(lambda: len(shown(incidents)) == 3, timeout=5_000)
    incidents.search.setText("pəncərələr")  # an Azerbaijani note on the November incident
    qtbot.waitUntil(lambda: shown(incidents) == ["KYIV-2025-004"], timeout=5_000)
    incidents.search.clear()
    qtbot.waitUntil(lambda: len(shown(incidents)) == 6, timeout=5_000)


def test_sorting_by_a_column_keeps_the_selection(qtbot: QtBot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    workspace = window.workspace
    assert workspace is not None
    incidents = workspace.navigator.incidents
    incidents.select(incidents.records()[3].uuid)
    chosen = incidents.current_uuid()
    incidents.table.sortByColumn(IncidentColumn.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert shown(incidents)[0] == "KYIV-2022-001"
    assert incidents.current_uuid() == chosen
    assert workspace.page.record is not None and workspace.page.record.uuid == chosen


def test_search_typed_without_azerbaijani_letters_shows_where_it_matched(
    qtbot: QtBot, demo_path: Path
) -> None:
    window = open_window(qtbot, demo_path)
    workspace = window.workspace
    assert workspace is not None
    incidents = workspace.navigator.incidents
    assert incidents.found_in.isHidden()

    incidents.search.setText("sefirliyin binasinda")
    qtbot.waitUntil(lambda: shown(incidents) == ["KYIV-2025-004"], timeout=5_000)
    incidents.select_first()
    assert incidents.found_in.isVisible()
    assert incidents.found_in.text().startswith(
        "Found in notes: <b>Səfirliyin</b> inzibati <b>binasında</b> böyük çat"
    )

    incidents.search.setText("qarpız")
    qtbot.waitUntil(lambda: shown(incidents) == [], timeout=5_000)
    assert incidents.found_in.text() == "No incident matches “qarpız”."

    incidents.search.clear()
    qtbot.waitUntil(lambda: len(shown(incidents)) == 6, timeout=5_000)
    assert incidents.found_in.isHidden()
