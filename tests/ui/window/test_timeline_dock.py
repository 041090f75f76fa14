"""The docked timeline follows the incident list: its incidents, its filters, its selection;
picking an incident on the timeline opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from casefiles.domain.vocabulary import IncidentType
from tests.ui.helpers import open_window


def test_the_timeline_follows_the_incident_list(qtbot: QtBot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    workspace = window.workspace
    assert workspace is not None
    timeline = window.timeline.panel.timeline
    assert not window.timeline.isVisible()  # 768 pixels are few: shown when asked for
    window.timeline.toggleViewAction().trigger()

    def counts() -> dict[str, int]:
        return {lane.name: lane.incident_count for lane in timeline.timeline_layout().lanes}

    qtbot.waitUntil(lambda: sum(counts().values()) == 6, timeout=5_000)
    assert counts()["Embassy chancery, Kyiv"] == 4

    incidents = workspace.navigator.incidents
    incidents.type_filter.set_value(IncidentType.DRONE_STRIKE)
    qtbot.waitUntil(lambda: sum(counts().values()) == 2, timeout=5_000)

    incidents.clear_filters()
    kharkiv = next(r for r in incidents.records() if r.reference == "KYIV-2022-001")
    timeline.incidentSelected.emit(kharkiv.uuid)
    assert workspace.page.record is not None and workspace.page.record.uuid == kharkiv.uuid
    assert timeline.highlighted() == kharkiv.uuid

    window.close_case()
    assert counts() == {}


def test_with_the_timeline_docked_the_incident_form_fits_at_1366_by_768(
    qtbot: QtBot, demo_path: Path
) -> None:
    window = open_window(qtbot, demo_path)
    window.resize(1366, 768)
    workspace = window.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: workspace.page.record is not None)
    window.timeline.show()
    workspace.page.tabs.setCurrentIndex(0)
    form = workspace.page.tabs.currentWidget()
    assert isinstance(form, QScrollArea)
    qtbot.waitUntil(lambda: window.timeline.isVisible() and form.isVisible())
    qtbot.wait(100)  # the dock takes its first height after it shows
    assert form.verticalScrollBar().maximum() == 0  # the whole form shows: nothing scrolls
    assert form.horizontalScrollBar().maximum() == 0
    timeline = window.timeline.panel.timeline
    qtbot.waitUntil(lambda: len(timeline.timeline_layout().lanes) == 4)  # filled after a moment
    assert all(lane.height >= 22 for lane in timeline.timeline_layout().lanes)
