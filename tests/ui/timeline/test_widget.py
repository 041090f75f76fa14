"""The timeline as a person uses it: keys, mouse, wheel, selection both ways, tooltips."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casefiles.domain.timespan import TimeSpan
from casefiles.domain.vocabulary import IncidentType
from tests.ui.helpers import SaveDialogs
from tests.ui.timeline.timeline_demo import CHANCERY, DEMO_LANES, KYIV, TODAY, demo_incidents
from ui.timeline import MarkKind, TimelineIncident, TimelineLane, TimelinePanel, TimelineWidget

ORDER = [f"incident-{n}" for n in range(1, 7)]  # the demo incidents in time order


def centre_of(widget: TimelineWidget, uuid: str) -> QPoint:
    mark = widget.timeline_layout().mark_for(uuid)
    assert mark is not None
    x, y = mark.centre
    return QPoint(round(x), round(y))


def test_right_and_left_keys_walk_the_incidents_in_time_order(
    qtbot: QtBot, timeline: TimelineWidget
) -> None:
    seen: list[str] = []
    timeline.incidentSelected.connect(seen.append)
    for _ in range(7):  # one more than there are: the last stays selected
        qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert seen == ORDER
    assert timeline.highlighted() == "incident-6"
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.highlighted() == "incident-4"
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    assert timeline.highlighted() == "incident-1"
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    assert timeline.highlighted() == "incident-6"


def test_enter_opens_the_selected_incident(qtbot: QtBot, timeline: TimelineWidget) -> None:
    timeline.set_highlighted("incident-2")
    with qtbot.waitSignal(timeline.incidentActivated, timeout=1000) as blocker:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert blocker.args == ["incident-2"]


def test_keys_move_to_an_incident_off_screen(qtbot: QtBot, timeline: TimelineWidget) -> None:
    timeline.set_preset("1m")  # only the last month is on screen
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    view = timeline.view()
    start_2022 = datetime(2022, 1, 1, tzinfo=KYIV).timestamp()
    end_2022 = datetime(2023, 1, 1, tzinfo=KYIV).timestamp()
    assert view.start < end_2022 and view.end > start_2022  # panned to the year 2022
    assert timeline.timeline_layout().mark_for("incident-1") is not None


def test_clicking_an_incident_selects_it(qtbot: QtBot, timeline: TimelineWidget) -> None:
    with qtbot.waitSignal(timeline.incidentSelected, timeout=1000) as blocker:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=centre_of(timeline, "incident-3"))
    assert blocker.args == ["incident-3"]
    assert timeline.highlighted() == "incident-3"


def test_double_click_opens(qtbot: QtBot, timeline: TimelineWidget) -> None:
    with qtbot.waitSignal(timeline.incidentActivated, timeout=1000) as blocker:
        qtbot.mouseDClick(
            timeline, Qt.MouseButton.LeftButton, pos=centre_of(timeline, "incident-1")
        )
    assert blocker.args == ["incident-1"]


def test_selection_from_the_main_window_highlights_without_echo(
    qtbot: QtBot, timeline: TimelineWidget
) -> None:
    with qtbot.assertNotEmitted(timeline.incidentSelected):
        timeline.set_highlighted("incident-5")
    assert timeline.highlighted() == "incident-5"
    # The highlight is drawn: the pixels around the marker change.
    before = timeline.grab().toImage()
    timeline.set_highlighted(None)
    after = timeline.grab().toImage()
    mark = timeline.timeline_layout().mark_for("incident-5")
    assert mark is not None
    ring_x, ring_y = round(mark.x - 3), round(mark.y + mark.h / 2)
    assert before.pixelColor(ring_x, ring_y) != after.pixelColor(ring_x, ring_y)


def test_selection_round_trip_between_two_views(qtbot: QtBot, timeline: TimelineWidget) -> None:
    """The main window connects the signal to its own selection and back, with no globals."""
    received: list[str] = []
    timeline.incidentSelected.connect(received.append)
    timeline.incidentSelected.connect(timeline.set_highlighted)  # as a main window would
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert received == ["incident-1"]
    assert timeline.highlighted() == "incident-1"


def test_selecting_an_incident_in_a_collapsed_lane_opens_it(timeline: TimelineWidget) -> None:
    timeline.set_lane_collapsed(CHANCERY, True)
    timeline.set_highlighted("incident-6")
    assert not timeline.timeline_layout().lane(CHANCERY).collapsed
    assert timeline.timeline_layout().mark_for("incident-6") is not None


def test_clicking_a_lane_name_collapses_and_expands_it(
    qtbot: QtBot, timeline: TimelineWidget
) -> None:
    lane = timeline.timeline_layout().lane(CHANCERY)
    header = QPoint(20, round(lane.centre_y))
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=header)
    collapsed = timeline.timeline_layout().lane(CHANCERY)
    assert collapsed.collapsed
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(20, round(collapsed.centre_y)))
    assert not timeline.timeline_layout().lane(CHANCERY).collapsed


def test_wheel_zooms_around_the_pointer(timeline: TimelineWidget) -> None:
    layout = timeline.timeline_layout()
    x = layout.frame.plot_x0 + 0.3 * (layout.frame.plot_x1 - layout.frame.plot_x0)
    time_under_pointer = layout.scale.t(x)
    span = timeline.view().span
    position = QPointF(x, layout.lanes[0].centre_y)
    event = QWheelEvent(
        position,
        timeline.mapToGlobal(position),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(timeline, event)
    assert timeline.view().span == pytest.approx(span / 1.2)
    assert timeline.timeline_layout().scale.t(x) == pytest.approx(time_under_pointer, abs=1)


def test_plus_minus_and_fit(qtbot: QtBot, timeline: TimelineWidget) -> None:
    fitted = timeline.view()
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)
    assert timeline.view().span == pytest.approx(fitted.span / 1.5)
    qtbot.keyClick(timeline, Qt.Key.Key_Minus)
    qtbot.keyClick(timeline, Qt.Key.Key_Minus)
    assert timeline.view().span == pytest.approx(fitted.span * 1.5)
    qtbot.keyClick(timeline, Qt.Key.Key_0)
    assert timeline.view() == fitted


def test_dragging_pans(qtbot: QtBot, timeline: TimelineWidget) -> None:
    before = timeline.view()
    layout = timeline.timeline_layout()
    y = round(layout.lanes[1].centre_y)  # the empty consular lane: no mark under the press
    start = QPoint(round(layout.frame.plot_x0 + 400), y)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(timeline, pos=start + QPoint(10 * step, 0))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    after = timeline.view()
    assert after.span == pytest.approx(before.span)
    moved = (before.start - after.start) * layout.scale.px_per_second
    assert moved == pytest.approx(100, abs=1)  # dragged right: earlier times come in
    assert timeline.highlighted() is None  # a drag is not a click


def test_shift_arrows_pan(qtbot: QtBot, timeline: TimelineWidget) -> None:
    before = timeline.view()
    qtbot.keyClick(timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert timeline.view().start > before.start
    assert timeline.highlighted() is None


def test_presets_and_opening_fitted(timeline: TimelineWidget) -> None:
    fitted = timeline.view()
    first = datetime(2022, 1, 1, tzinfo=KYIV).timestamp()
    assert fitted.start < first < fitted.end
    timeline.set_preset("1y")
    assert timeline.view().span < fitted.span / 3
    timeline.set_preset("all")
    assert timeline.view() == fitted


def test_tooltip_says_what_the_case_file_says(timeline: TimelineWidget) -> None:
    text = timeline.tooltip_at(QPointF(centre_of(timeline, "incident-6")))
    assert text is not None
    for words in (
        "INC-2025-006",
        "night of 13–14 Nov 2025, local time",
        "part of a day",
        "Embassy chancery, Kyiv",
        "Combined missile and drone attack",
        "Severe",
        "4 photos",
    ):
        assert words in text
    year = timeline.tooltip_at(QPointF(centre_of(timeline, "incident-1")))
    assert year is not None and "2022" in year and "year" in year
    assert timeline.tooltip_at(QPointF(5, 5)) is None


def test_clicking_a_cluster_zooms_in_until_it_splits(
    qtbot: QtBot, make_timeline: Callable[[], TimelineWidget]
) -> None:
    widget = make_timeline()
    nights = [
        TimelineIncident(
            f"n-{day}",
            f"N-{day}",
            "Night",
            "a",
            TimeSpan.on_day(date(2025, 3, day), KYIV),
            IncidentType.DRONE_STRIKE,
            None,
            0,
        )
        for day in (10, 11, 12)
    ]
    old = TimelineIncident(
        "old", "OLD", "Old", "a", TimeSpan.in_year(2021, KYIV), IncidentType.OTHER, None, 0
    )
    incidents = (*nights, old)
    widget.set_data((TimelineLane("a", "Site A"),), incidents, KYIV)
    cluster = widget.timeline_layout().mark_for("n-10")
    assert cluster is not None and cluster.kind is MarkKind.CLUSTER
    text = widget.tooltip_at(QPointF(*cluster.centre))
    assert text is not None and "3 incidents" in text
    with qtbot.assertNotEmitted(widget.incidentSelected):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=centre_of(widget, "n-10"))
    layout = widget.timeline_layout()
    assert all(layout.mark_for(f"n-{day}").incident_count == 1 for day in (10, 11, 12))  # type: ignore[union-attr]


def test_the_panel_drives_the_timeline(
    qtbot: QtBot, tmp_path: Path, save_dialogs: SaveDialogs
) -> None:
    panel = TimelinePanel(today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.resize(1400, 400)
    panel.timeline.set_data(DEMO_LANES, demo_incidents(), KYIV)
    actions = {action.text(): action for action in panel.toolbar.actions()}
    fitted = panel.timeline.view()
    actions["1 year"].trigger()
    assert panel.timeline.view().span < fitted.span
    actions["Fit all incidents"].trigger()
    assert panel.timeline.view() == fitted
    actions["Zoom in"].trigger()
    assert panel.timeline.view().span < fitted.span
    target = tmp_path / "chosen.pdf"
    save_dialogs.answer(target)
    actions["Export view as PDF…"].trigger()
    assert target.read_bytes().startswith(b"%PDF")


def test_a_cut_site_name_has_a_tooltip_and_its_column_can_be_widened(
    qtbot: QtBot, make_timeline: Callable[[], TimelineWidget]
) -> None:
    name = "Chancery, Kyiv — Səfirliyin inzibati binası (вул. Хрещатик)"
    timeline = make_timeline()
    timeline.resize(700, 360)  # a docked timeline beside little room
    timeline.set_data((TimelineLane(CHANCERY, name),), demo_incidents()[:1], KYIV)
    layout = timeline.timeline_layout()
    lane = layout.lanes[0]
    narrow = layout.frame.plot_x0
    assert narrow < timeline.fontMetrics().horizontalAdvance(name)  # so the name is cut
    tooltip = timeline.tooltip_at(QPointF(narrow / 2, lane.centre_y))
    assert tooltip is not None and name in tooltip

    edge = QPoint(round(narrow), round(lane.centre_y))
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=edge)
    for step in range(1, 11):
        qtbot.mouseMove(timeline, pos=edge + QPoint(15 * step, 0))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=edge + QPoint(150, 0))
    assert timeline.timeline_layout().frame.plot_x0 == pytest.approx(narrow + 150, abs=1)
    assert not timeline.view().collapsed  # a drag on the edge is not a click on the name
