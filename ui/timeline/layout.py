"""Where everything goes, in pixels: lanes, marks, clusters, density strips. No Qt here.

Incidents are indexed once per data or filter change: per lane and per precision, in flat
arrays sorted by their middle. A layout takes the visible window from each array by binary
search (an incident of one precision is at most that long, so nothing that overlaps the window
is missed). Markers too short to be bars come from one run per lane of the incidents under a
length, merged once and kept for every zoom that draws the same lengths as points; they are
merged into clusters at pixel resolution: a cluster is a run of markers within the merge
distance, also found by binary search over the sorted middles. So the work follows what is
drawn, not the size of the case file, and there is no graphics object per incident.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import accumulate
from operator import attrgetter
from types import MappingProxyType
from typing import NamedTuple
from zoneinfo import ZoneInfo

from casefiles.domain.vocabulary import IncidentType, Precision
from casefiles.language.catalogue import ENGLISH, Phrases
from ui.timeline.data import TimelineIncident, TimelineLane
from ui.timeline.scale import AxisRows, TimeScale
from ui.timeline.view import TimelineView

Visibility = Callable[[TimelineIncident], bool] | Collection[str] | None

# Less precise times get thinner bars: a year-long bar should not look like a solid fact.
BAR_HEIGHT: Mapping[Precision, float] = MappingProxyType(
    {
        Precision.YEAR: 0.28,
        Precision.MONTH: 0.42,
        Precision.PART_OF_MONTH: 0.42,
        Precision.DAY: 0.52,
        Precision.PART_OF_DAY: 0.52,
        Precision.MINUTE: 0.52,
    }
)


class MarkKind(StrEnum):
    POINT = "point"  # one incident, too short at this zoom to draw as a bar
    BAR = "bar"  # one or more incidents with the same span, drawn across it
    CLUSTER = "cluster"  # several points closer than the merge distance, with their count


class Mark(NamedTuple):
    """One drawn mark. Its incidents are kept as row numbers of the index; their uuids and
    span are worked out only when asked (hover, selection, tests), not at every zoom step."""

    kind: MarkKind
    lane: int
    x: float  # the drawn box
    y: float
    w: float
    h: float
    rows: Sequence[int]
    incident_type: IncidentType | None  # None when the mark merges several types
    source: TimelineIndex  # where `rows` point
    scale: TimeScale

    @property
    def uuids(self) -> tuple[str, ...]:
        """Its incidents, in time order."""
        index = self.source
        rows = sorted(self.rows, key=lambda r: (index.row_start[r], index.row_end[r]))
        return tuple(index.row_uuid[r] for r in rows)

    @property
    def incident_count(self) -> int:
        return len(self.rows)

    @property
    def x0(self) -> float:
        """Where the time it covers starts, in px (earliest start of its incidents)."""
        return self.scale.x(min(self.source.row_start[r] for r in self.rows))

    @property
    def x1(self) -> float:
        """Where the time it covers ends, in px (latest end of its incidents)."""
        return self.scale.x(max(self.source.row_end[r] for r in self.rows))

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def contains(self, px: float, py: float, slop: float = 0.0) -> bool:
        return (
            self.x - slop <= px <= self.x + self.w + slop
            and self.y - slop <= py <= self.y + self.h + slop
        )


class Run(NamedTuple):
    """A stretch of a collapsed lane's density strip: pixels [x0, x1) at darkness 1 to 4."""

    x0: float
    x1: float
    level: int


class LaneBox(NamedTuple):
    site_uuid: str
    name: str
    incident_count: int  # shown in this lane (after the filter)
    collapsed: bool
    top: float
    height: float
    density: tuple[Run, ...]  # only for a collapsed lane

    @property
    def centre_y(self) -> float:
        return self.top + self.height / 2


class LegendItem(NamedTuple):
    """One legend entry: a sample (marker, bar, cluster or today line) in a box, and its words."""

    kind: str  # "type" | "bar" | "cluster" | "today"
    incident_type: IncidentType | None
    x: float
    y: float
    w: float
    h: float
    label: str


class Metrics(NamedTuple):
    """Sizes in device pixels; `scaled` multiplies them for print resolutions."""

    marker: float = 11.0  # point marker size, above the 6 px minimum
    min_bar: float = 10.0  # a span narrower than this is drawn as a point marker
    merge: float = 12.0  # point markers whose centres fall closer than this merge
    digit: float = 7.0  # width of one digit of the cluster count
    lane_max: float = 48.0
    lane_min: float = 22.0
    collapsed: float = 16.0

    @property
    def cluster_height(self) -> float:
        return self.marker * 1.35

    def scaled(self, unit: float, digit: float) -> Metrics:
        """These sizes times `unit` (device pixels per screen pixel), with the digit width of
        the font actually used."""
        return Metrics(
            marker=self.marker * unit,
            min_bar=self.min_bar * unit,
            merge=self.merge * unit,
            digit=digit,
            lane_max=self.lane_max * unit,
            lane_min=self.lane_min * unit,
            collapsed=self.collapsed * unit,
        )


class Frame(NamedTuple):
    """The regions of the drawing, in device pixels."""

    left: float
    top: float
    right: float
    bottom: float
    plot_x0: float  # lane labels sit left of this
    plot_x1: float
    axis_top: float
    axis_row: float  # height of one of the two axis rows
    lanes_top: float
    lanes_bottom: float
    legend_top: float


class _Bucket:
    """The incidents of one lane recorded at one precision, sorted by their middle, as flat
    arrays. Their lengths differ little (a month is 28 to 31 days), so the overlap test needs
    only the longest length. Incidents with the very same span are next to each other and are
    also kept as groups, so a bar is made per distinct span, not per incident."""

    __slots__ = (
        "g_ends",
        "g_first",
        "g_mids",
        "g_starts",
        "g_types",
        "max_len",
        "mids",
        "precision",
        "rows",
    )

    def __init__(
        self,
        precision: Precision,
        items: list[tuple[float, float, float, int]],
        types: Sequence[IncidentType],
    ) -> None:
        items.sort()
        self.precision = precision
        self.mids = array("d", (m for m, _s, _e, _r in items))
        self.rows = array("l", (r for _m, _s, _e, r in items))
        self.max_len = max(e - s for _m, s, e, _r in items)
        # Groups of equal spans: their middle, start, end, first item and common type.
        self.g_mids, self.g_starts, self.g_ends = array("d"), array("d"), array("d")
        self.g_first = array("l")
        self.g_types: list[IncidentType | None] = []
        for number, (mid, start, end, row) in enumerate(items):
            if not self.g_first or start != self.g_starts[-1] or end != self.g_ends[-1]:
                self.g_mids.append(mid)
                self.g_starts.append(start)
                self.g_ends.append(end)
                self.g_first.append(number)
                self.g_types.append(types[row])
            elif self.g_types[-1] is not types[row]:
                self.g_types[-1] = None
        self.g_first.append(len(items))  # so group g is items g_first[g]:g_first[g + 1]

    def window(self, t0: float, t1: float, mids: Sequence[float]) -> tuple[int, int]:
        """Index range in `mids` (of items or of groups) that may overlap [t0, t1): an
        overlapping incident's middle lies within half the longest length of the window."""
        half = self.max_len / 2
        return bisect_left(mids, t0 - half), bisect_left(mids, t1 + half)


class _Points(NamedTuple):
    """The incidents of one lane shorter than some length, merged into one run sorted by middle
    (ties in bucket order, as the buckets list them), and for each position the first later
    one of another type, so a cluster's type is known without visiting its members."""

    mids: array[float]
    rows: array[int]
    same_until: array[int]


class _LaneIndex(NamedTuple):
    lane: TimelineLane
    buckets: tuple[_Bucket, ...]
    incident_count: int
    # At a zoom, the incidents drawn as point markers are those shorter than the shortest bar:
    # the ones of the first few distinct lengths. Their merged run, per how many lengths,
    # is made when first needed and kept.
    lengths: tuple[float, ...]  # the distinct lengths (end - start) of its incidents, sorted
    merged: dict[int, _Points]

    def points(self, count: int, index: TimelineIndex) -> _Points:
        """The merged run of the incidents of the `count` shortest lengths."""
        points = self.merged.get(count)
        if points is None:
            longest = self.lengths[count - 1]
            starts, ends = index.row_start, index.row_end
            items = sorted(
                (
                    (mid, row)
                    for bucket in self.buckets
                    for mid, row in zip(bucket.mids, bucket.rows, strict=True)
                    if ends[row] - starts[row] <= longest
                ),
                key=lambda item: item[0],
            )
            rows = array("l", (row for _mid, row in items))
            points = self.merged[count] = _Points(
                array("d", (mid for mid, _row in items)), rows, _type_runs(rows, index.row_type)
            )
        return points


def _type_runs(rows: Sequence[int], types: Sequence[IncidentType]) -> array[int]:
    """For each position of `rows`, the first later position whose incident is of another type."""
    until = array("l", [len(rows)]) * len(rows)
    for position in range(len(rows) - 2, -1, -1):
        same = types[rows[position]] is types[rows[position + 1]]
        until[position] = until[position + 1] if same else position + 1
    return until


class TimelineIndex:
    """The incidents to draw, grouped per lane and sorted, with the filter applied."""

    def __init__(
        self,
        lanes: Sequence[TimelineLane],
        incidents: Sequence[TimelineIncident],
        tz: ZoneInfo,
        visible: Visibility = None,
        phrases: Phrases = ENGLISH,
    ) -> None:
        self.tz = tz
        self.phrases = phrases  # the legend's and the axis corner's language
        self.all_incidents = tuple(incidents)
        self.by_uuid = {incident.uuid: incident for incident in self.all_incidents}
        shown = [i for i in self.all_incidents if _accepts(visible, i)]
        self.shown_uuids = frozenset(i.uuid for i in shown)
        known = {lane.site_uuid for lane in lanes}
        all_lanes = list(lanes)
        if any(i.site_uuid not in known for i in self.all_incidents):
            # An incident never disappears for lack of a site.
            all_lanes.append(TimelineLane(site_uuid="", name=phrases("timeline.no_site")))
        lane_of = {lane.site_uuid: n for n, lane in enumerate(all_lanes)}
        self.lane_names = {lane.site_uuid: lane.name for lane in all_lanes}

        # Columns over the shown incidents ("rows"), so marks can refer to them by number.
        self.row_uuid = [i.uuid for i in shown]
        self.row_type = [i.incident_type for i in shown]
        self.row_start = array("d", (i.span.start.timestamp() for i in shown))
        self.row_end = array("d", (i.span.end.timestamp() for i in shown))
        self.row_mid = array(
            "d", ((s + e) / 2 for s, e in zip(self.row_start, self.row_end, strict=True))
        )

        grouped: list[dict[Precision, list[tuple[float, float, float, int]]]] = [
            {} for _ in all_lanes
        ]
        for row, incident in enumerate(shown):
            lane = lane_of.get(incident.site_uuid, len(all_lanes) - 1)
            grouped[lane].setdefault(incident.span.precision, []).append(
                (self.row_mid[row], self.row_start[row], self.row_end[row], row)
            )
        indexes = []
        for site_lane, groups in zip(all_lanes, grouped, strict=True):
            buckets = tuple(_Bucket(p, items, self.row_type) for p, items in sorted(groups.items()))
            items = [item for bucket_items in groups.values() for item in bucket_items]
            lengths = tuple(sorted({end - start for _mid, start, end, _row in items}))
            count = len(items)
            indexes.append(_LaneIndex(site_lane, buckets, count, lengths, {}))
        self.lanes = tuple(indexes)
        ordered = sorted(
            range(len(shown)),
            key=lambda r: (self.row_start[r], self.row_end[r], shown[r].reference, shown[r].uuid),
        )
        self.order = tuple(self.row_uuid[r] for r in ordered)
        self.extent = (min(self.row_start), max(self.row_end)) if shown else None
        present = {i.incident_type for i in shown}
        self.types = tuple(t for t in IncidentType if t in present)


def _accepts(visible: Visibility, incident: TimelineIncident) -> bool:
    if visible is None:
        return True
    if callable(visible):
        return visible(incident)
    return incident.uuid in visible


@dataclass(slots=True)
class TimelineLayout:
    """All geometry of one drawing; the painter draws it, the widget hit-tests it, tests read it."""

    frame: Frame
    scale: TimeScale
    metrics: Metrics
    lanes: tuple[LaneBox, ...]
    marks: tuple[Mark, ...]  # in drawing order: wide bars first, points and clusters last
    axis: AxisRows
    legend: tuple[LegendItem, ...]
    # What the painter derives from this layout once (batched rectangles) for its repaints.
    scratch: dict[str, object] = field(default_factory=dict, repr=False)
    _by_uuid: dict[str, Mark] | None = field(default=None, repr=False)

    def mark_for(self, uuid: str) -> Mark | None:
        """The mark that draws incident `uuid` (its own, or the cluster it is merged into)."""
        if self._by_uuid is None:
            uuid_of = self.marks[0].source.row_uuid if self.marks else []
            self._by_uuid = {uuid_of[row]: mark for mark in self.marks for row in mark.rows}
        return self._by_uuid.get(uuid)

    def mark_at(self, x: float, y: float, slop: float = 3.0) -> Mark | None:
        """The topmost mark under (x, y), with `slop` pixels of tolerance."""
        if not self.frame.plot_x0 <= x <= self.frame.plot_x1:
            return None
        for mark in reversed(self.marks):
            if mark.contains(x, y, slop):
                return mark
        return None

    def lane_header_at(self, x: float, y: float) -> LaneBox | None:
        if not self.frame.left <= x < self.frame.plot_x0:
            return None
        for lane in self.lanes:
            if lane.top <= y < lane.top + lane.height:
                return lane
        return None

    def lane(self, site_uuid: str) -> LaneBox:
        return next(lane for lane in self.lanes if lane.site_uuid == site_uuid)


def compute_marks(
    index: TimelineIndex, view: TimelineView, frame: Frame, metrics: Metrics
) -> tuple[TimeScale, tuple[LaneBox, ...], tuple[Mark, ...]]:
    """The scale, the lane boxes and the marks of `index` seen through `view` in `frame`."""
    scale = TimeScale(view.start, view.end, frame.plot_x0, frame.plot_x1)
    heights = _lane_heights(index, view, frame, metrics)
    lanes: list[LaneBox] = []
    bars: list[Mark] = []
    points: list[Mark] = []
    top = frame.lanes_top
    for number, (lane_index, height) in enumerate(zip(index.lanes, heights, strict=True)):
        lane = lane_index.lane
        collapsed = lane.site_uuid in view.collapsed
        density: tuple[Run, ...] = ()
        if collapsed:
            density = _density(index, lane_index, scale, metrics)
        else:
            _lane_marks(index, lane_index, number, top, height, scale, metrics, bars, points)
        lanes.append(
            LaneBox(
                lane.site_uuid,
                lane.name,
                lane_index.incident_count,
                collapsed,
                top,
                height,
                density,
            )
        )
        top += height
    bars.sort(key=attrgetter("w"), reverse=True)  # stable: equal widths keep their order
    return scale, tuple(lanes), (*bars, *points)


def _lane_heights(
    index: TimelineIndex, view: TimelineView, frame: Frame, metrics: Metrics
) -> list[float]:
    """Collapsed lanes keep a fixed strip; the others share the rest, within limits."""
    collapsed = [lane.lane.site_uuid in view.collapsed for lane in index.lanes]
    open_count = collapsed.count(False)
    room = frame.lanes_bottom - frame.lanes_top - metrics.collapsed * collapsed.count(True)
    height = metrics.lane_max
    if open_count:
        height = min(max(room / open_count, metrics.lane_min), metrics.lane_max)
    return [metrics.collapsed if shut else height for shut in collapsed]


def _lane_marks(
    index: TimelineIndex,
    lane_index: _LaneIndex,
    number: int,
    top: float,
    height: float,
    scale: TimeScale,
    metrics: Metrics,
    bars: list[Mark],
    points: list[Mark],
) -> None:
    """Append the bars and the point or cluster marks of one open lane."""
    k = scale.px_per_second
    t0, t1, x0 = scale.t0, scale.t1, scale.x0
    # Points just outside the window still show part of their marker at the edge.
    pad = (metrics.marker + metrics.merge) / k
    win0, win1 = t0 - pad, t1 + pad
    min_bar = metrics.min_bar
    shorter = 0  # how many of the distinct lengths are too short for a bar
    for length in lane_index.lengths:
        if length * k >= min_bar:
            break
        shorter += 1
    cy = top + height / 2
    # The drawn box of a bar is cut a little outside the plot; its members keep the true span.
    clip0, clip1 = scale.x0 - 2, scale.x1 + 2
    new, bar = tuple.__new__, MarkKind.BAR  # Mark(...) without its Python-level __new__
    for bucket in lane_index.buckets:
        if bucket.max_len * k < min_bar:  # points only: in the merged run below
            continue
        rows = bucket.rows
        bar_h = max(height * BAR_HEIGHT[bucket.precision], 4.0)
        top_of_bar = cy - bar_h / 2
        starts, ends, firsts, types = bucket.g_starts, bucket.g_ends, bucket.g_first, bucket.g_types
        lo, hi = bucket.window(win0, win1, bucket.g_mids)
        for g in range(lo, hi):
            start, end = starts[g], ends[g]
            if (end - start) * k < min_bar:  # a short span of a mostly long bucket: a point
                continue
            if end > t0 and start < t1:
                left = max(x0 + (start - t0) * k, clip0)
                right = min(x0 + (end - t0) * k, clip1)
                members = rows[firsts[g] : firsts[g + 1]]
                mark = (bar, number, left, top_of_bar, right - left, bar_h, members, types[g])
                bars.append(new(Mark, (*mark, index, scale)))

    if shorter:
        merged = lane_index.points(shorter, index)
        first, last = bisect_left(merged.mids, win0), bisect_left(merged.mids, win1)
        if first < last:
            _cluster(index, merged, first, last, number, cy, scale, metrics, points)


def _cluster(
    index: TimelineIndex,
    run: _Points,
    first: int,
    last: int,
    number: int,
    cy: float,
    scale: TimeScale,
    metrics: Metrics,
    points: list[Mark],
) -> None:
    """Point markers of one lane, positions [first, last) of `run`, merged where they fall
    closer than `metrics.merge` pixels: a run starts at its first marker, takes every marker
    within the merge distance, and then every marker that would overlap its counted box (which
    widens with the count), so boxes never overlap. Each run is found by binary search and its
    type looked up: the work is per mark drawn, not per incident."""
    k, t0, x0 = scale.px_per_second, scale.t0, scale.x0
    size, height, gap = metrics.marker, metrics.cluster_height, metrics.marker * 0.1
    widths = [size] + [_pill_width(10**digits, metrics) for digits in range(8)]
    types, rows, same_until = index.row_type, run.rows, run.same_until
    mids = run.mids
    merge = metrics.merge / k
    point_top, cluster_top = cy - size / 2, cy - height / 2
    point, cluster = MarkKind.POINT, MarkKind.CLUSTER
    new = tuple.__new__  # Mark(...) without its Python-level __new__: a mark is made per step
    i = first
    while i < last:
        mid = mids[i]
        left = x0 + (mid - t0) * k - size / 2
        j = bisect_left(mids, mid + merge, i + 1, last)
        while True:
            width = size if j - i == 1 else widths[len(str(j - i))]
            # A marker whose left edge would come before this box's right edge joins it.
            grown = bisect_left(mids, t0 + (left + width + gap + size / 2 - x0) / k, j, last)
            if grown == j:
                break
            j = grown
        members = rows[i:j]
        kind: IncidentType | None = types[members[0]]
        if j - i == 1:
            points.append(
                new(Mark, (point, number, left, point_top, size, size, members, kind, index, scale))
            )
        else:
            if same_until[i] < j:
                kind = None
            points.append(
                new(
                    Mark,
                    (
                        cluster,
                        number,
                        left,
                        cluster_top,
                        width,
                        height,
                        members,
                        kind,
                        index,
                        scale,
                    ),
                )
            )
        i = j


def _pill_width(count: int, metrics: Metrics) -> float:
    """A cluster's box fits its count."""
    return max(metrics.cluster_height, metrics.digit * len(str(count)) + metrics.marker * 0.6)


def _density(
    index: TimelineIndex, lane_index: _LaneIndex, scale: TimeScale, metrics: Metrics
) -> tuple[Run, ...]:
    """Per-pixel incident counts of a collapsed lane, as runs of equal darkness (log scale)."""
    k, t0 = scale.px_per_second, scale.t0
    width = max(int(scale.x1 - scale.x0), 1)
    diff = [0] * (width + 1)
    least = metrics.marker * 0.3  # about 3 px: one exact-time incident still shows
    for bucket in lane_index.buckets:
        lo, hi = bucket.window(t0, scale.t1, bucket.g_mids)
        starts, ends, firsts = bucket.g_starts, bucket.g_ends, bucket.g_first
        for g in range(lo, hi):
            start, end = (starts[g] - t0) * k, (ends[g] - t0) * k
            weight = firsts[g + 1] - firsts[g]
            if end - start < least:
                middle = (start + end) / 2
                start, end = middle - least / 2, middle + least / 2
            a, b = max(int(start), 0), min(int(end) + 1, width)
            if a < b:
                diff[a] += weight
                diff[b] -= weight
    runs: list[Run] = []
    run_start, run_level = 0, 0
    for column, count in enumerate(accumulate(diff)):
        level = min(count.bit_length(), 4)  # 1, 2-3, 4-7, 8+
        if level != run_level:
            if run_level:
                runs.append(Run(scale.x0 + run_start, scale.x0 + column, run_level))
            run_start, run_level = column, level
    return tuple(runs)
