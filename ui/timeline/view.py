"""What part of the timeline is shown: the time window and the collapsed lanes. Pure values.

Zoom, pan, fit and the presets are computed here so they can be tested without a widget.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime

from ui.timeline.scale import DAY, MONTH, YEAR

MIN_SPAN = 2 * 3_600.0  # an exact-minute incident is still a readable mark at two hours
MAX_SPAN = 150 * YEAR
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC).timestamp()
LATEST = datetime(2200, 1, 1, tzinfo=UTC).timestamp()
FIT_MARGIN = 0.04  # of the window on each side, so the first and last marks are not cut
MIN_FIT_SPAN = 2 * DAY
PRESETS: tuple[tuple[str, float | None], ...] = (
    ("all", None),
    ("5y", 5 * YEAR),
    ("1y", YEAR),
    ("1m", MONTH),
)


@dataclass(frozen=True, slots=True)
class TimelineView:
    """The visible window [start, end) in POSIX seconds and the sites whose lanes are collapsed."""

    start: float
    end: float
    collapsed: frozenset[str] = frozenset()

    @property
    def span(self) -> float:
        return self.end - self.start

    def showing(self, start: float, end: float) -> TimelineView:
        """This view moved to [start, end), kept within the zoom limits and the calendar range."""
        span = min(max(end - start, MIN_SPAN), MAX_SPAN)
        middle = (start + end) / 2
        start = min(max(middle - span / 2, EARLIEST), LATEST - span)
        return replace(self, start=start, end=start + span)

    def zoomed(self, factor: float, anchor: float = 0.5) -> TimelineView:
        """Zoomed in by `factor` (> 1 in, < 1 out), keeping the time at `anchor` (a fraction of
        the width from the left) under the same pixel."""
        span = min(max(self.span / factor, MIN_SPAN), MAX_SPAN)
        pivot = self.start + anchor * self.span
        start = pivot - anchor * span
        start = min(max(start, EARLIEST), LATEST - span)
        return replace(self, start=start, end=start + span)

    def panned(self, fraction: float) -> TimelineView:
        """Moved later by `fraction` of the window (negative: earlier)."""
        shift = fraction * self.span
        start = min(max(self.start + shift, EARLIEST), LATEST - self.span)
        return replace(self, start=start, end=start + self.span)

    def centred_on(self, t: float) -> TimelineView:
        return self.showing(t - self.span / 2, t + self.span / 2)

    def with_lane_collapsed(self, site_uuid: str, collapsed: bool) -> TimelineView:
        lanes = self.collapsed | {site_uuid} if collapsed else self.collapsed - {site_uuid}
        return replace(self, collapsed=lanes)


def fitted(view: TimelineView, extent: tuple[float, float] | None, now: float) -> TimelineView:
    """`view` showing all of `extent` with a margin; the last year up to `now` when empty."""
    if extent is None:
        return view.showing(now - YEAR, now + FIT_MARGIN * YEAR)
    first, last = extent
    span = max(last - first, MIN_FIT_SPAN)
    middle = (first + last) / 2
    padded = span * (1 + 2 * FIT_MARGIN)
    return view.showing(middle - padded / 2, middle + padded / 2)


def preset(
    view: TimelineView,
    name: str,
    extent: tuple[float, float] | None,
    now: float,
    focus: float | None = None,
) -> TimelineView:
    """`view` showing a preset window: "all" fits the data; "5y", "1y" and "1m" show that much
    around `focus` (the selected incident) if given, else up to the latest incident, or up to
    `now` when the latest incident is less than one window ago."""
    lengths = dict(PRESETS)
    if name not in lengths:
        raise ValueError(f"timeline preset: '{name}' is not one of {', '.join(lengths)}")
    length = lengths[name]
    if length is None:
        return fitted(view, extent, now)
    if focus is not None:
        # Centred on the selection, but not running far past the data or today.
        latest = max(now, extent[1]) if extent is not None else now
        end = min(focus + length / 2, latest + FIT_MARGIN * length)
        return view.showing(end - length, end)
    end = now
    if extent is not None:
        end = max(now, extent[1]) if now - extent[1] < length else extent[1]
    return view.showing(end - (1 - FIT_MARGIN) * length, end + FIT_MARGIN * length)
