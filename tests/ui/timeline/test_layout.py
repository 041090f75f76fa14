"""Geometry of the timeline: the demo case's incidents on the right lanes with the right spans,
clusters that merge when zoomed out and split when zoomed in, collapsed lanes, the filter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from itertools import pairwise

import pytest

from casefiles.domain.timespan import TimeSpan
from casefiles.domain.vocabulary import IncidentType
from tests.ui.timeline.timeline_demo import (
    CHANCERY,
    DEMO_LANES,
    KHARKIV,
    KYIV,
    SOCAR,
    demo_incidents,
)
from ui.timeline import MarkKind, TimelineIncident, TimelineLane, TimelineWidget


def kyiv(year: int, month: int, day: int = 1, hour: int = 0) -> float:
    return datetime(year, month, day, hour, tzinfo=KYIV).timestamp()


def test_one_lane_per_site_in_the_given_order(timeline: TimelineWidget) -> None:
    layout = timeline.timeline_layout()
    assert [lane.name for lane in layout.lanes] == [lane.name for lane in DEMO_LANES]
    assert [lane.incident_count for lane in layout.lanes] == [4, 0, 1, 1]
    tops = [lane.top for lane in layout.lanes]
    assert tops == sorted(tops)
    for upper, lower in pairwise(layout.lanes):
        assert upper.top + upper.height == pytest.approx(lower.top)


def test_imprecise_times_are_bars_across_their_span(timeline: TimelineWidget) -> None:
    layout = timeline.timeline_layout()
    scale = layout.scale
    expected = {
        "incident-1": (KHARKIV, kyiv(2022, 1, 1), kyiv(2023, 1, 1)),  # the year 2022
        "incident-2": (CHANCERY, kyiv(2024, 1, 1), kyiv(2024, 2, 1)),  # January 2024
        "incident-3": (CHANCERY, kyiv(2025, 7, 1), kyiv(2025, 8, 1)),  # July 2025
        "incident-4": (SOCAR, kyiv(2025, 8, 1), kyiv(2025, 9, 1)),  # August 2025
    }
    for uuid, (site, start, end) in expected.items():
        mark = layout.mark_for(uuid)
        assert mark is not None and mark.kind is MarkKind.BAR, uuid
        assert mark.uuids == (uuid,)
        lane = layout.lane(site)
        assert layout.lanes.index(lane) == mark.lane
        assert lane.top < mark.y and mark.y + mark.h < lane.top + lane.height
        assert mark.x0 == pytest.approx(scale.x(start))
        assert mark.x1 == pytest.approx(scale.x(end))
        assert mark.x == pytest.approx(scale.x(start))
        assert mark.w == pytest.approx(scale.x(end) - scale.x(start))
    # A year is less precise than a month: its bar is thinner.
    year, month = layout.mark_for("incident-1"), layout.mark_for("incident-2")
    assert year is not None and month is not None and year.h < month.h


def test_short_spans_are_points_with_a_minimum_size(timeline: TimelineWidget) -> None:
    layout = timeline.timeline_layout()
    for uuid, middle in (
        ("incident-5", (kyiv(2025, 8, 21) + kyiv(2025, 9, 1)) / 2),  # late August 2025
        ("incident-6", (kyiv(2025, 11, 13, 18) + kyiv(2025, 11, 14, 8)) / 2),  # the night
    ):
        mark = layout.mark_for(uuid)
        assert mark is not None and mark.kind is MarkKind.POINT
        assert mark.w >= 6 and mark.h >= 6
        assert mark.centre[0] == pytest.approx(layout.scale.x(middle))
        assert layout.lanes[mark.lane].site_uuid == CHANCERY


def test_zooming_in_turns_the_night_into_a_bar_across_it(timeline: TimelineWidget) -> None:
    view = timeline.view()
    timeline.set_view(view.showing(kyiv(2025, 11, 13, 12), kyiv(2025, 11, 14, 14)))
    layout = timeline.timeline_layout()
    mark = layout.mark_for("incident-6")
    assert mark is not None and mark.kind is MarkKind.BAR
    # 18:00 on the 13th to 08:00 on the 14th, local time, as "the night of 14 November".
    assert mark.x0 == pytest.approx(layout.scale.x(kyiv(2025, 11, 13, 18)))
    assert mark.x1 == pytest.approx(layout.scale.x(kyiv(2025, 11, 14, 8)))
    assert layout.axis.level.unit == "hour"
    # Nothing else falls in this window.
    assert [m.uuids for m in layout.marks] == [("incident-6",)]


def test_a_collapsed_lane_keeps_a_density_strip(timeline: TimelineWidget) -> None:
    timeline.set_lane_collapsed(CHANCERY, True)
    layout = timeline.timeline_layout()
    lane = layout.lane(CHANCERY)
    assert lane.collapsed
    assert lane.height < layout.lane(KHARKIV).height
    assert all(layout.lanes[m.lane].site_uuid != CHANCERY for m in layout.marks)
    assert layout.mark_for("incident-6") is None
    # One stretch per incident: January 2024, July 2025, late August, the night of 14 November.
    assert len(lane.density) == 4
    january = lane.density[0]
    assert january.x0 == pytest.approx(layout.scale.x(kyiv(2024, 1, 1)), abs=1)
    assert january.x1 == pytest.approx(layout.scale.x(kyiv(2024, 2, 1)), abs=1.5)
    timeline.set_lane_collapsed(CHANCERY, False)
    assert timeline.timeline_layout().mark_for("incident-6") is not None


def test_the_filter_hides_incidents(timeline: TimelineWidget) -> None:
    timeline.set_filter(lambda incident: incident.incident_type is IncidentType.DRONE_STRIKE)
    layout = timeline.timeline_layout()
    assert sorted(u for m in layout.marks for u in m.uuids) == ["incident-3", "incident-4"]
    assert [lane.incident_count for lane in layout.lanes] == [1, 0, 0, 1]
    timeline.set_filter({"incident-1"})
    assert [m.uuids for m in timeline.timeline_layout().marks] == [("incident-1",)]
    timeline.set_filter(None)
    assert len(timeline.timeline_layout().marks) == 6


def test_an_incident_without_a_known_site_gets_its_own_lane(
    make_timeline: Callable[[], TimelineWidget],
) -> None:
    stray = TimelineIncident(
        "stray",
        "INC-9",
        "Unplaced",
        "no-such-site",
        TimeSpan.in_month(2024, 5, KYIV),
        IncidentType.UNKNOWN,
        None,
        0,
    )
    widget = make_timeline()
    widget.set_data(DEMO_LANES, (*demo_incidents(), stray), KYIV)
    layout = widget.timeline_layout()
    assert layout.lanes[-1].name == "No site recorded"
    mark = layout.mark_for("stray")
    assert mark is not None and mark.lane == len(layout.lanes) - 1


def daily_incidents(first: date, count: int, site: str) -> tuple[TimelineIncident, ...]:
    return tuple(
        TimelineIncident(
            f"day-{n}",
            f"D-{n}",
            f"Day {n}",
            site,
            TimeSpan.on_day(first + timedelta(days=n), KYIV),
            IncidentType.SHELLING,
            None,
            0,
        )
        for n in range(count)
    )


def test_close_markers_merge_into_a_counted_cluster_and_split_when_zoomed_in(
    make_timeline: Callable[[], TimelineWidget],
) -> None:
    widget = make_timeline()
    lanes = (TimelineLane("a", "Site A"),)
    # Five days in a row in 2025, and one incident years earlier so the view spans years.
    incidents = (
        *daily_incidents(date(2025, 3, 10), 5, "a"),
        TimelineIncident(
            "old",
            "OLD",
            "Old",
            "a",
            TimeSpan.on_day(date(2021, 6, 1), KYIV),
            IncidentType.GLIDE_BOMB,
            None,
            0,
        ),
    )
    widget.set_data(lanes, incidents, KYIV)
    layout = widget.timeline_layout()
    cluster = layout.mark_for("day-0")
    assert cluster is not None and cluster.kind is MarkKind.CLUSTER
    assert cluster.incident_count == 5
    assert cluster.uuids == tuple(f"day-{n}" for n in range(5))
    assert cluster.incident_type is IncidentType.SHELLING
    assert cluster.x0 == pytest.approx(layout.scale.x(kyiv(2025, 3, 10)))
    assert cluster.x1 == pytest.approx(layout.scale.x(kyiv(2025, 3, 15)))
    assert layout.mark_for("old").kind is MarkKind.POINT  # type: ignore[union-attr]

    # About a month across the plot: the days are far apart and each is its own mark.
    widget.set_view(widget.view().showing(kyiv(2025, 2, 25), kyiv(2025, 3, 28)))
    layout = widget.timeline_layout()
    marks = [layout.mark_for(f"day-{n}") for n in range(5)]
    assert all(m is not None and m.incident_count == 1 for m in marks)
    assert len({m.x for m in marks if m is not None}) == 5

    # Zooming out step by step merges them again.
    counts = []
    for _ in range(12):
        widget.zoom(1 / 1.5)
        mark = widget.timeline_layout().mark_for("day-2")
        assert mark is not None
        counts.append(mark.incident_count)
    assert counts == sorted(counts) and counts[-1] == 5


def test_cluster_boxes_never_overlap(make_timeline: Callable[[], TimelineWidget]) -> None:
    widget = make_timeline()
    lanes = (TimelineLane("a", "Site A"),)
    widget.set_data(lanes, daily_incidents(date(2022, 1, 1), 1400, "a"), KYIV)
    layout = widget.timeline_layout()
    boxes = sorted((m.x, m.x + m.w) for m in layout.marks if m.kind is not MarkKind.BAR)
    assert len(boxes) > 10
    assert all(right <= next_left for (_l, right), (next_left, _r) in pairwise(boxes))
    assert sum(m.incident_count for m in layout.marks) == 1400


def test_an_exact_minute_is_a_visible_marker_years_wide(
    make_timeline: Callable[[], TimelineWidget],
) -> None:
    widget = make_timeline()
    minute = TimelineIncident(
        "minute",
        "M-1",
        "Exact",
        "a",
        TimeSpan.at_minute(datetime(2025, 11, 14, 3, 20), KYIV),
        IncidentType.MISSILE_STRIKE,
        None,
        0,
    )
    year = TimelineIncident(
        "year", "Y-1", "Year", "a", TimeSpan.in_year(2020, KYIV), IncidentType.OTHER, None, 0
    )
    widget.set_data((TimelineLane("a", "Site A"),), (minute, year), KYIV)
    layout = widget.timeline_layout()
    mark = layout.mark_for("minute")
    assert mark is not None and mark.kind is MarkKind.POINT
    assert mark.w >= 6 and mark.h >= 6
    assert mark.x1 - mark.x0 < 0.01  # the minute itself is far below a pixel here
    assert mark.incident_type is IncidentType.MISSILE_STRIKE
