"""Timeline drawing speed: 10,000 incidents, 12 sites, 4 years, mixed precisions, 1600x400.

Run: .venv/bin/python benchmarks/bench_timeline.py [--json] [--runs N] [--repeats N] [--png PATH]

- repaint_ms: one full paint of the widget (every lane, mark, label and the legend drawn
  again) for an unchanged view, as on an expose, hover highlight or selection.
- baseline_repaint_ms: the floor, measured alternately with the repaint: the same visible
  marks, bars, labels, lines and legend drawn with plain QPainter calls from primitives made
  beforehand (rectangles batched per colour, each marker and cluster one copy of a pre-drawn
  image, each label a QStaticText), with no layout work. repaint_ratio = repaint / floor.
- zoom_ms: one zoom step: the view changes by one wheel notch at a varying pointer position,
  the geometry (visible windows, clusters) is computed anew and painted.
- load_ms: set_data (index and fit) of the 10,000 incidents.
- *_cpu_ms: the same samples in CPU time of this thread: on a shared machine the wall time
  also counts the waits for a core.
Repaint and zoom go through TimelineWidget.render into an offscreen 1600x400 QImage, the
widget's own path. Each run takes `--repeats` samples of each and keeps their median; the
figures are the median over `--runs` runs and their range (min-max).
Targets: repaint under 8 ms and at most 1.5x the floor, zoom step under 16 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported: no display needed
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QStaticText,
)
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.spread import Spread, spread  # noqa: E402
from casefiles.domain.timespan import TimeSpan  # noqa: E402
from casefiles.domain.vocabulary import DayPart, IncidentType, MonthPart, Severity  # noqa: E402
from ui.timeline import TimelineIncident, TimelineLane, TimelineWidget  # noqa: E402
from ui.timeline.layout import MarkKind, TimelineLayout  # noqa: E402
from ui.timeline.measure import count_font, small_font  # noqa: E402
from ui.timeline.sprites import MARGIN, SpriteCache  # noqa: E402
from ui.timeline.style import (  # noqa: E402
    BACKGROUND,
    BAR_FILL_ALPHA,
    GRID_MAJOR,
    GRID_MINOR,
    INK,
    LANE_SHADE,
    MUTED_INK,
    TODAY,
    type_colour,
)

INCIDENTS = 10_000
SITES = 12
YEARS = (2022, 2023, 2024, 2025)
SIZE = QSize(1600, 400)
TZ = ZoneInfo("Europe/Kyiv")
TODAY_AT = datetime(2025, 11, 19, 12, 0, tzinfo=TZ)
# Share of each precision, roughly as reports give them: most to the day or the minute.
PRECISIONS = (
    ("minute", 30),
    ("day", 25),
    ("part_of_day", 15),
    ("part_of_month", 10),
    ("month", 12),
    ("year", 8),
)
TARGET_REPAINT_MS, TARGET_RATIO, TARGET_ZOOM_MS = 8.0, 1.5, 16.0


def make_data(seed: int = 1) -> tuple[list[TimelineLane], list[TimelineIncident]]:
    rng = random.Random(seed)
    lanes = [TimelineLane(f"site-{n}", f"Site {n + 1}") for n in range(SITES)]
    kinds, weights = zip(*PRECISIONS, strict=True)
    types = list(IncidentType)
    severities = [*Severity, None]
    first = date(YEARS[0], 1, 1)
    days = (date(YEARS[-1] + 1, 1, 1) - first).days
    incidents = []
    for number in range(INCIDENTS):
        day = first + timedelta(days=rng.randrange(days))
        kind = rng.choices(kinds, weights)[0]
        match kind:
            case "minute":
                local = datetime(day.year, day.month, day.day, rng.randrange(24), rng.randrange(60))
                span = TimeSpan.at_minute(local, TZ)
            case "day":
                span = TimeSpan.on_day(day, TZ)
            case "part_of_day":
                span = TimeSpan.part_of_day(day, rng.choice(list(DayPart)), TZ)
            case "part_of_month":
                span = TimeSpan.part_of_month(day.year, day.month, rng.choice(list(MonthPart)), TZ)
            case "month":
                span = TimeSpan.in_month(day.year, day.month, TZ)
            case _:
                span = TimeSpan.in_year(day.year, TZ)
        incidents.append(
            TimelineIncident(
                uuid=f"incident-{number}",
                reference=f"INC-{number:05d}",
                title=f"Incident {number}",
                site_uuid=lanes[rng.randrange(SITES)].site_uuid,
                span=span,
                incident_type=rng.choice(types),
                worst_severity=rng.choice(severities),
                photo_count=rng.randrange(10),
            )
        )
    return lanes, incidents


Texts = list[tuple[QPointF, QStaticText]]


class Floor:
    """What the widget shows for `layout`, as primitives made once; `paint` only issues the
    QPainter calls. Text sits where the widget puts it, measured here rather than per frame."""

    def __init__(self, layout: TimelineLayout, font: QFont, zone: str, now: datetime) -> None:
        frame, axis = layout.frame, layout.axis
        self.rect = QRectF(frame.left, frame.top, frame.right - frame.left, frame.bottom)
        self.plot = QRectF(
            frame.plot_x0,
            frame.axis_top,
            frame.plot_x1 - frame.plot_x0,
            frame.lanes_bottom - frame.axis_top,
        )
        self.font, self.small = font, small_font(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.counts_font = count_font(font)
        metrics = QFontMetricsF(font)
        small_metrics = QFontMetricsF(self.small)
        end = frame.lanes_bottom
        self.shades = [
            QRectF(frame.left, lane.top, frame.right - frame.left, lane.height)
            for number, lane in enumerate(layout.lanes)
            if number % 2 == 0
        ]
        self.minor = [
            QLineF(frame.left, lane.top + lane.height, frame.right, lane.top + lane.height)
            for lane in layout.lanes
        ]
        self.minor += [QLineF(t.x, frame.axis_top + 2 * frame.axis_row, t.x, end)
                       for t in axis.lower if frame.plot_x0 < t.x < frame.plot_x1]  # fmt: skip
        base = frame.axis_top + 2 * frame.axis_row
        self.major = [QLineF(frame.plot_x0, frame.axis_top, frame.plot_x0, end),
                      QLineF(frame.left, base, frame.right, base)]  # fmt: skip
        self.major += [QLineF(t.x, frame.axis_top, t.x, end)
                       for t in axis.upper if frame.plot_x0 < t.x < frame.plot_x1]  # fmt: skip
        self.major += [QLineF(t.x, base - 4, t.x, base)
                       for t in axis.lower if frame.plot_x0 <= t.x <= frame.plot_x1]  # fmt: skip

        def text(x: float, top: float, words: str) -> tuple[QPointF, QStaticText]:
            static = QStaticText(words)
            static.setTextFormat(Qt.TextFormat.PlainText)
            return QPointF(x, top), static

        upper_top = frame.axis_top + (frame.axis_row - metrics.height()) / 2
        self.upper: Texts = [
            text(max(t.x, frame.plot_x0) + 4, upper_top, t.label)
            for t in axis.upper
            if t.x < frame.plot_x1
        ]
        self.lower: Texts = []
        right_edge = float("-inf")
        for tick in axis.lower:
            x, width = tick.x + 3, metrics.horizontalAdvance(tick.label)
            if x >= right_edge + 4 and x + width <= frame.plot_x1 + 2:
                self.lower.append(text(x, upper_top + frame.axis_row, tick.label))
                right_edge = x + width
        self.names: Texts = []
        self.muted: Texts = [
            text(frame.left + 6, frame.axis_top + frame.axis_row * row, words)
            for row, words in enumerate(("Local time", zone))
        ]
        self.chevrons = QPainterPath()
        chevron = metrics.height() * 0.6
        for lane in layout.lanes:
            cy = lane.centre_y
            half, cx = chevron / 2, frame.left + 6 + chevron / 2
            self.chevrons.moveTo(cx - half, cy - half * 0.6)
            self.chevrons.lineTo(cx + half, cy - half * 0.6)
            self.chevrons.lineTo(cx, cy + half * 0.8)
            self.chevrons.closeSubpath()
            self.names.append(text(frame.left + 12 + chevron, cy - metrics.height() / 2, lane.name))
            count = str(lane.incident_count)
            count_x = frame.plot_x0 - 6 - small_metrics.horizontalAdvance(count)
            self.muted.append(text(count_x, cy - small_metrics.height() / 2, count))

        sprites = SpriteCache()
        self.images: list[tuple[int, int, QImage]] = []
        self.legend_images: list[tuple[QPointF, QImage]] = []
        self.legend_texts: Texts = []
        self.legend_bars: list[QRectF] = []
        self.today = [
            QLineF(layout.scale.x(now.timestamp()), base, layout.scale.x(now.timestamp()), end)
        ]
        size = layout.metrics.marker
        for item in layout.legend:
            cx, cy = item.x + size * 0.8, item.y + item.h / 2
            if item.kind == "type" and item.incident_type is not None:
                image = sprites.marker(item.incident_type, size, 1.0)
                self.legend_images.append(
                    (QPointF(cx - size / 2 - MARGIN, cy - size / 2 - MARGIN), image)
                )
            elif item.kind == "bar":
                self.legend_bars.append(QRectF(item.x, cy - size * 0.3, size * 1.6, size * 0.6))
            elif item.kind == "cluster":
                height = layout.metrics.cluster_height
                image = sprites.pill(
                    type_colour(None), "3", size * 1.6, height, self.counts_font, 1.0
                )
                self.legend_images.append(
                    (QPointF(item.x - MARGIN, cy - height / 2 - MARGIN), image)
                )
            else:
                self.today.append(QLineF(cx, item.y + 2, cx, item.y + item.h - 2))
            top = cy - small_metrics.height() / 2
            self.legend_texts.append(text(item.x + size * 1.6 + 3, top, item.label))

        self.bars: list[tuple[QPen, QColor, list[QRectF]]] = []
        by_type: dict[IncidentType | None, list[QRectF]] = {}
        self.bar_counts: Texts = []
        count_metrics = QFontMetricsF(self.counts_font)
        for mark in layout.marks:
            if mark.kind is MarkKind.BAR:
                by_type.setdefault(mark.incident_type, []).append(
                    QRectF(mark.x, mark.y, mark.w, mark.h)
                )
                label = f"×{len(mark.rows)}"
                width = count_metrics.horizontalAdvance(label)
                if (
                    len(mark.rows) > 1
                    and width + 6 < mark.w
                    and count_metrics.height() <= mark.h + 4
                ):
                    top = mark.y + (mark.h - count_metrics.height()) / 2
                    self.bar_counts.append(text(mark.x + (mark.w - width) / 2, top, label))
            elif mark.kind is MarkKind.POINT and mark.incident_type is not None:
                image = sprites.marker(mark.incident_type, size, 1.0)
                self.images.append((round(mark.x - MARGIN), round(mark.y - MARGIN), image))
            else:
                colour = type_colour(mark.incident_type)
                image = sprites.pill(
                    colour, str(len(mark.rows)), mark.w, mark.h, self.counts_font, 1.0
                )
                self.images.append((round(mark.x - MARGIN), round(mark.y - MARGIN), image))
        for incident_type, rects in by_type.items():
            colour = type_colour(incident_type)
            fill = QColor(colour)
            fill.setAlpha(BAR_FILL_ALPHA)
            self.bars.append((QPen(colour.darker(130), 1), fill, rects))

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect, QColor(BACKGROUND))
        shade = QColor(LANE_SHADE)
        for rect in self.shades:
            painter.fillRect(rect, shade)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(QColor(GRID_MINOR), 1))
        painter.drawLines(self.minor)
        painter.setPen(QPen(QColor(GRID_MAJOR), 1))
        painter.drawLines(self.major)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._texts(painter, self.bold, INK, self.upper)
        self._texts(painter, self.font, MUTED_INK, self.lower)
        self._texts(painter, self.font, INK, self.names)
        self._texts(painter, self.small, MUTED_INK, self.muted)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(MUTED_INK))
        painter.drawPath(self.chevrons)
        for point, image in self.legend_images:
            painter.drawImage(point, image)
        fill = QColor(MUTED_INK)
        fill.setAlpha(BAR_FILL_ALPHA)
        painter.setPen(QPen(QColor(MUTED_INK), 1))
        painter.setBrush(fill)
        painter.drawRects(self.legend_bars)
        self._texts(painter, self.small, INK, self.legend_texts)
        painter.save()
        painter.setClipRect(self.plot)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for pen, brush, rects in self.bars:
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawRects(rects)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._texts(painter, self.counts_font, INK, self.bar_counts)
        draw = painter.drawImage
        for x, y, image in self.images:
            draw(x, y, image)
        painter.restore()
        painter.setPen(QPen(QColor(TODAY), 1.5, Qt.PenStyle.DashLine))
        painter.drawLines(self.today)

    @staticmethod
    def _texts(painter: QPainter, font: QFont, colour: str, texts: Texts) -> None:
        painter.setFont(font)
        painter.setPen(QColor(colour))
        draw = painter.drawStaticText
        for point, static in texts:
            draw(point, static)


class Timer:
    """Wall and CPU seconds (this thread's) of each sample: the machine is shared, and the CPU
    time shows what the work costs when other jobs take the cores."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def time(self, work: Callable[[], object]) -> None:
        wall, cpu = time.perf_counter(), time.thread_time()
        work()
        self.cpu.append(time.thread_time() - cpu)
        self.wall.append(time.perf_counter() - wall)

    def median_ms(self) -> tuple[float, float]:
        return spread(self.wall, 1000).median, spread(self.cpu, 1000).median


def one_run(
    repeats: int, lanes: list[TimelineLane], incidents: list[TimelineIncident]
) -> dict[str, float | int]:
    """Medians in ms of one run: a new widget, its load, then `repeats` samples of each."""
    widget = TimelineWidget(today=lambda: TODAY_AT)
    widget.resize(SIZE)
    load = Timer()
    load.time(lambda: widget.set_data(lanes, incidents, TZ))
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    widget.render(image)  # warm-up: fonts, sprites
    fitted = widget.view()
    layout = widget.timeline_layout()
    floor = Floor(layout, widget.font(), TZ.key, TODAY_AT)

    def paint_floor() -> None:
        painter = QPainter(image)
        floor.paint(painter)
        painter.end()

    paint_floor()
    repaints, floors = Timer(), Timer()
    for _ in range(repeats):  # alternately, so that a busy moment hits both alike
        repaints.time(lambda: widget.render(image))
        floors.time(paint_floor)

    zooms = Timer()
    rng = random.Random(2)
    plot_x0, plot_x1 = layout.frame.plot_x0, layout.frame.plot_x1
    for step in range(repeats):
        if step % 8 == 0:
            widget.set_view(fitted)  # stay between the fitted view and 1.2^4 times closer
        factor = 1.2 if step % 8 < 4 else 1 / 1.2
        anchor = plot_x0 + rng.random() * (plot_x1 - plot_x0)
        zooms.time(lambda: (widget.zoom(factor, anchor), widget.render(image)))  # noqa: B023
    widget.set_view(fitted)
    (repaint, repaint_cpu), (baseline, baseline_cpu) = repaints.median_ms(), floors.median_ms()
    zoom, zoom_cpu = zooms.median_ms()
    return {
        "marks_fitted": len(layout.marks),
        "load_ms": load.median_ms()[0],
        "repaint_ms": repaint,
        "baseline_repaint_ms": baseline,
        "repaint_ratio": repaint / baseline,
        "zoom_ms": zoom,
        "repaint_cpu_ms": repaint_cpu,
        "baseline_repaint_cpu_ms": baseline_cpu,
        "zoom_cpu_ms": zoom_cpu,
    }


FIGURES = (
    "load_ms",
    "repaint_ms",
    "baseline_repaint_ms",
    "repaint_ratio",
    "zoom_ms",
    "repaint_cpu_ms",
    "baseline_repaint_cpu_ms",
    "zoom_cpu_ms",
)


def run(runs: int, repeats: int, png: Path | None) -> dict[str, Any]:
    app = QApplication.instance() or QApplication([])
    lanes, incidents = make_data()
    results = [one_run(repeats, lanes, incidents) for _ in range(runs)]
    if png is not None:
        widget = TimelineWidget(today=lambda: TODAY_AT)
        widget.resize(SIZE)
        widget.set_data(lanes, incidents, TZ)
        widget.export_png(png, SIZE)
    del app
    figures: dict[str, Any] = {
        "incidents": INCIDENTS,
        "sites": SITES,
        "width": SIZE.width(),
        "height": SIZE.height(),
        "marks_fitted": results[0]["marks_fitted"],
        "repeats": repeats,
        "runs": runs,
    }
    for name in FIGURES:
        figure = spread(result[name] for result in results)
        digits = 3 if name == "repaint_ratio" else 2
        figures[name] = round(figure.median, digits)
        figures[f"{name}_range"] = figure.range(digits)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--runs", type=int, default=5, help="runs, each with a new widget")
    parser.add_argument("--repeats", type=int, default=200, help="samples per figure per run")
    parser.add_argument("--png", type=Path, help="also save the fitted view to this PNG")
    args = parser.parse_args()
    figures = run(args.runs, args.repeats, args.png)
    if args.json:
        print(json.dumps(figures))
        return 0

    def line(label: str, name: str, unit: str, target: str) -> None:
        figure = Spread(figures[name], *figures[f"{name}_range"])
        print(f"  {label:<24}{figure.text(unit, 3 if unit == 'x' else 2):>28}   {target}")

    print(
        f"Timeline: {INCIDENTS:,} incidents, {SITES} sites, {len(YEARS)} years, "
        f"{SIZE.width()}x{SIZE.height()}, {figures['marks_fitted']} marks when fitted; median "
        f"of {args.runs} runs (range) of the median of {args.repeats} samples each"
    )
    line("load (index + fit)", "load_ms", "ms", "")
    line("floor (plain QPainter)", "baseline_repaint_ms", "ms", "")
    line("full repaint", "repaint_ms", "ms", f"target < {TARGET_REPAINT_MS:g} ms")
    line("repaint / floor", "repaint_ratio", "x", f"target <= {TARGET_RATIO:g}")
    line("zoom step", "zoom_ms", "ms", f"target < {TARGET_ZOOM_MS:g} ms")
    print("  CPU time of this thread (what the work costs whatever the load):")
    line("floor", "baseline_repaint_cpu_ms", "ms", "")
    line("full repaint", "repaint_cpu_ms", "ms", "")
    line("zoom step", "zoom_cpu_ms", "ms", "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
