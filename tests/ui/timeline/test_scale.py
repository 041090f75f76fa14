"""The timeline's pure parts: time <-> x, the two-row axis, zoom, pan, fit and presets."""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

import pytest

from tests.ui.timeline.timeline_demo import KYIV
from ui.timeline.scale import DAY, YEAR, TimeScale, axis_rows
from ui.timeline.view import MIN_SPAN, TimelineView, fitted, preset


def kyiv(year: int, month: int, day: int = 1, hour: int = 0) -> float:
    return datetime(year, month, day, hour, tzinfo=KYIV).timestamp()


def width_of(text: str) -> float:
    return 7.0 * len(text)


def test_scale_maps_time_to_x_and_back() -> None:
    scale = TimeScale(kyiv(2024, 1, 1), kyiv(2025, 1, 1), 100.0, 1100.0)
    assert scale.x(scale.t0) == 100.0
    assert scale.x(scale.t1) == pytest.approx(1100.0)
    middle = kyiv(2024, 7, 2)
    assert scale.t(scale.x(middle)) == pytest.approx(middle)


def test_years_over_months_for_a_few_years() -> None:
    scale = TimeScale(kyiv(2022, 1, 1), kyiv(2026, 1, 1), 0.0, 1200.0)
    rows = axis_rows(scale, KYIV, width_of)
    assert rows.level.unit == "month"
    assert [tick.label for tick in rows.upper] == ["2022", "2023", "2024", "2025"]
    # Ticks fall on local midnight of the 1st, not on UTC midnight.
    assert rows.upper[1].t == kyiv(2023, 1, 1)
    assert rows.lower[0].label in {"Jan", "January"}
    assert all(b.x - a.x >= 20 for a, b in pairwise(rows.lower))


def test_months_over_days_for_a_month() -> None:
    scale = TimeScale(kyiv(2025, 11, 1), kyiv(2025, 12, 1), 0.0, 1200.0)
    rows = axis_rows(scale, KYIV, width_of)
    assert rows.level.unit == "day"
    assert rows.upper[0].label == "November 2025"
    assert rows.lower[13].t == kyiv(2025, 11, 14)


def test_days_over_hours_for_a_night() -> None:
    scale = TimeScale(kyiv(2025, 11, 13, 16), kyiv(2025, 11, 14, 10), 0.0, 1200.0)
    rows = axis_rows(scale, KYIV, width_of)
    assert rows.level.unit == "hour"
    assert [tick.label for tick in rows.upper] == ["Thu 13 Nov 2025", "Fri 14 Nov 2025"]
    assert rows.upper[0].t <= scale.t0  # the day that began off-screen keeps its label
    assert "00:00" in [tick.label for tick in rows.lower]


def test_decades_over_years_when_far_out() -> None:
    scale = TimeScale(kyiv(1990, 1, 1), kyiv(2030, 1, 1), 0.0, 800.0)
    rows = axis_rows(scale, KYIV, width_of)
    assert rows.level.unit == "year"
    assert "2000s" in [tick.label for tick in rows.upper]


def test_zoom_keeps_the_anchor_time_in_place() -> None:
    view = TimelineView(kyiv(2024, 1, 1), kyiv(2025, 1, 1))
    anchor = 0.25
    pivot = view.start + anchor * view.span
    zoomed = view.zoomed(4.0, anchor)
    assert zoomed.span == pytest.approx(view.span / 4)
    assert zoomed.start + anchor * zoomed.span == pytest.approx(pivot)
    assert view.zoomed(1e9).span == MIN_SPAN


def test_pan_moves_by_a_fraction_of_the_window() -> None:
    view = TimelineView(kyiv(2024, 1, 1), kyiv(2025, 1, 1))
    assert view.panned(0.5).start == pytest.approx(view.start + view.span / 2)
    assert view.panned(0.5).span == pytest.approx(view.span)


def test_fit_shows_all_with_a_margin() -> None:
    extent = (kyiv(2022, 1, 1), kyiv(2025, 11, 14, 8))
    view = fitted(TimelineView(0, 1), extent, kyiv(2025, 11, 19))
    assert view.start < extent[0] and view.end > extent[1]
    assert view.span < (extent[1] - extent[0]) * 1.1


def test_presets() -> None:
    extent = (kyiv(2022, 1, 1), kyiv(2025, 11, 14, 8))
    now = kyiv(2025, 11, 19)
    base = TimelineView(0, 1)
    one_year = preset(base, "1y", extent, now)
    assert one_year.span == pytest.approx(YEAR)
    assert one_year.start < now < one_year.end  # the last year, up to today
    five = preset(base, "5y", extent, now)
    assert five.span == pytest.approx(5 * YEAR)
    month = preset(base, "1m", extent, now, focus=kyiv(2024, 1, 16))
    assert month.start < kyiv(2024, 1, 16) < month.end
    assert month.span < 32 * DAY
    assert preset(base, "all", extent, now) == fitted(base, extent, now)
    with pytest.raises(ValueError, match="preset"):
        preset(base, "2w", extent, now)
