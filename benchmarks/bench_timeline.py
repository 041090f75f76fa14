"""Timeline drawing speed: 10,000 incidents, 12 sites, 4 years, mixed precisions, 1600x400.

Run: .venv/bin/python benchmarks/bench_timeline.py [--json] [--repeats N] [--png PATH]

- repaint_ms: median time of one full paint of the widget (every lane, mark, label and the
  legend drawn again) for an unchanged view, as on an expose, hover highlight or selection.
- zoom_ms: median time of one zoom step: the view changes by one wheel notch at a varying
  pointer position, the geometry (visible windows, clusters) is computed anew and painted.
Both go through TimelineWidget.render into an offscreen 1600x400 QImage, the widget's own path.
Targets: repaint under 8 ms, zoom step under 16 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported: no display needed
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from casefiles.domain.timespan import TimeSpan
from casefiles.domain.vocabulary import DayPart, IncidentType, MonthPart, Severity
from ui.timeline import TimelineIncident, TimelineLane, TimelineWidget

INCIDENTS = 10_000
SITES = 12
YEARS = (2022, 2023, 2024, 2025)
SIZE = QSize(1600, 400)
TZ = ZoneInfo("Europe/Kyiv")
TODAY = datetime(2025, 11, 19, 12, 0, tzinfo=TZ)
# Share of each precision, roughly as reports give them: most to the day or the minute.
PRECISIONS = (
    ("minute", 30),
    ("day", 25),
    ("part_of_day", 15),
    ("part_of_month", 10),
    ("month", 12),
    ("year", 8),
)


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


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def run(repeats: int, png: Path | None) -> dict[str, float | int]:
    app = QApplication.instance() or QApplication([])
    lanes, incidents = make_data()
    widget = TimelineWidget(today=lambda: TODAY)
    widget.resize(SIZE)
    started = time.perf_counter()
    widget.set_data(lanes, incidents, TZ)
    load_ms = (time.perf_counter() - started) * 1000
    image = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)

    widget.render(image)  # warm-up: fonts, sprites
    repaints = []
    for _ in range(repeats):
        started = time.perf_counter()
        widget.render(image)
        repaints.append(time.perf_counter() - started)

    fitted = widget.view()
    layout = widget.timeline_layout()
    plot_x0, plot_x1 = layout.frame.plot_x0, layout.frame.plot_x1
    marks = len(layout.marks)
    zooms = []
    rng = random.Random(2)
    for step in range(repeats):
        if step % 8 == 0:
            widget.set_view(fitted)  # stay between the fitted view and 1.2^4 times closer
        factor = 1.2 if step % 8 < 4 else 1 / 1.2
        anchor = plot_x0 + rng.random() * (plot_x1 - plot_x0)
        started = time.perf_counter()
        widget.zoom(factor, anchor)
        widget.render(image)
        zooms.append(time.perf_counter() - started)

    if png is not None:
        widget.set_view(fitted)
        widget.export_png(png, SIZE)
    del app
    return {
        "incidents": INCIDENTS,
        "sites": SITES,
        "width": SIZE.width(),
        "height": SIZE.height(),
        "marks_fitted": marks,
        "load_ms": round(load_ms, 2),
        "repaint_ms": round(median_ms(repaints), 2),
        "zoom_ms": round(median_ms(zooms), 2),
        "repeats": repeats,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--repeats", type=int, default=200, help="samples per figure")
    parser.add_argument("--png", type=Path, help="also save the fitted view to this PNG")
    args = parser.parse_args()
    figures = run(args.repeats, args.png)
    if args.json:
        print(json.dumps(figures))
        return 0
    print(
        f"Timeline: {INCIDENTS:,} incidents, {SITES} sites, {len(YEARS)} years, "
        f"{SIZE.width()}x{SIZE.height()}, {args.repeats} samples, median"
    )
    print(f"  {'load (index + fit)':<22}{figures['load_ms']:>9.2f} ms")
    print(f"  {'full repaint':<22}{figures['repaint_ms']:>9.2f} ms   target < 8 ms")
    print(f"  {'zoom step':<22}{figures['zoom_ms']:>9.2f} ms   target < 16 ms")
    print(f"  {'marks when fitted':<22}{figures['marks_fitted']:>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
