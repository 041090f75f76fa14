"""Opening a case file in the app: process start to the main window painted with its incident
list, for an empty case file and for one with 10,000 incidents and 20,000 small photos, and the
peak memory of each. Both are measured in the same run, so the empty file is the baseline.

Each launch is a new process (`python -m ui.app --bench-exit-after-paint PATH`), timed from
just before it starts until it reports the painted list; the two files are launched in turn,
--runs times each, and each figure is the median and range (min-max) of its launches (what the
large file adds: of each pair of launches). Peak memory is the largest of the launches.
`--json` gives each median under its own key and [min, max] under the key with `_range` added.
Targets: the large case adds under 0.5 s and stays under 400 MB.

    python benchmarks/bench_open.py [--json] [--runs 3] [--keep FOLDER]

--keep builds the case files in FOLDER once and reuses them on later runs (building the large
one imports 20,000 photos through the evidence service and takes a few minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.spread import Spread, spread  # noqa: E402
from casefiles.domain.timespan import TimeSpan, zone  # noqa: E402
from casefiles.domain.vocabulary import IncidentType  # noqa: E402
from casefiles.services import incidents, photo_import, sites  # noqa: E402
from casefiles.services.mission import create_case_file  # noqa: E402

INCIDENTS = 10_000
PHOTOS_PER_INCIDENT = 2
BATCH = 500  # incidents (and their photos) per transaction while building
TARGET_ADDED_S = 0.5
TARGET_PEAK_MB = 400.0


def build_empty(path: Path) -> None:
    create_case_file(path, "Benchmark mission", timezone="Europe/Kyiv").close()


def small_photo(path: Path, number: int) -> Path:
    """A tiny JPEG whose comment makes its bytes (and so its SHA-256) unique."""
    colour = (number * 37 % 256, number * 91 % 256, number * 13 % 256)
    Image.new("RGB", (64, 48), colour).save(path, "JPEG", quality=80, comment=f"photo {number}")
    return path


def span_of(number: int, tz: ZoneInfo) -> TimeSpan:
    """Months over eleven years, and one incident in three at an exact minute."""
    if number % 3:
        return TimeSpan.in_month(2015 + number % 11, 1 + number % 12, tz)
    moment = datetime(2015 + number % 11, 1 + number % 12, 1 + number % 28, number % 24, 0)
    return TimeSpan.at_minute(moment, tz)


def build_large(path: Path, photos_folder: Path) -> None:
    tz = zone("Europe/Kyiv")
    types = list(IncidentType)
    photos_folder.mkdir(parents=True, exist_ok=True)
    case = create_case_file(path, "Benchmark mission", timezone="Europe/Kyiv")
    try:
        site_ids = [sites.create(case, kind="chancery", name=f"Site {n}").uuid for n in range(1, 5)]
        for first in range(0, INCIDENTS, BATCH):
            with case.transaction():
                for number in range(first, min(first + BATCH, INCIDENTS)):
                    record = incidents.create(
                        case,
                        title=f"Incident {number}: blast near the premises",
                        site=site_ids[number % len(site_ids)],
                        span=span_of(number, tz),
                        incident_type=types[number % len(types)].value,
                        description="Windows broken; the perimeter wall cracked.",
                    )
                    files = [
                        small_photo(photos_folder / f"{number}-{k}.jpg", number * 2 + k)
                        for k in range(PHOTOS_PER_INCIDENT)
                    ]
                    outcomes = photo_import.import_files(case, record.uuid, files)
                    assert all(o.outcome == "imported" for o in outcomes), outcomes
            print(f"  built {min(first + BATCH, INCIDENTS):,} incidents", file=sys.stderr)
    finally:
        case.close()


def launch(path: Path, settings_home: Path) -> tuple[float, float, int]:
    """(seconds from start to the painted list, peak RSS in MB, rows shown) of one launch."""
    env = dict(os.environ)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(settings_home / variable.lower())  # the user's settings untouched
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    command = [sys.executable, "-m", "ui.app", "--bench-exit-after-paint", str(path)]
    start = time.perf_counter()
    child = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("{"):
            elapsed = time.perf_counter() - start
            report = json.loads(line)
            break
    else:
        raise RuntimeError(f"the app exited with {child.wait()} before painting its list")
    child.wait(timeout=60)
    return elapsed, float(report["peak_rss_mb"]), int(report["rows"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--runs", type=int, default=3, help="launches per case file")
    parser.add_argument("--keep", type=Path, help="build into (and reuse) this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-open-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        empty, large = folder / "empty.casefile", folder / "large.casefile"
        if not empty.exists():
            build_empty(empty)
        if not large.exists():
            print("Building the large case file…", file=sys.stderr)
            build_large(large, Path(scratch) / "photos")
        home = Path(scratch) / "settings"
        launch(empty, home)  # warm the disk cache and Python's bytecode for both
        pairs = [(launch(empty, home), launch(large, home)) for _ in range(args.runs)]
        large_mb = large.stat().st_size / 1e6
    empty_s = spread(e[0] for e, _l in pairs)
    large_s = spread(la[0] for _e, la in pairs)
    figures: dict[str, Any] = {
        "empty_s": round(empty_s.median, 3),
        "large_s": round(large_s.median, 3),
        "large_added_s": round(large_s.median - empty_s.median, 3),
        "empty_peak_rss_mb": round(max(e[1] for e, _l in pairs), 1),
        "large_peak_rss_mb": round(max(la[1] for _e, la in pairs), 1),
        "large_rows": pairs[0][1][2],
        "large_file_mb": round(large_mb, 1),
        "empty_s_range": empty_s.range(3),
        "large_s_range": large_s.range(3),
        "large_added_s_range": spread(la[0] - e[0] for e, la in pairs).range(3),
        "empty_peak_rss_mb_range": spread(e[1] for e, _l in pairs).range(1),
        "large_peak_rss_mb_range": spread(la[1] for _e, la in pairs).range(1),
        "runs": args.runs,
    }
    if args.json:
        print(json.dumps(figures))
        return
    added_ok = figures["large_added_s"] < TARGET_ADDED_S
    memory_ok = figures["large_peak_rss_mb"] < TARGET_PEAK_MB

    def shown(name: str, unit: str, digits: int) -> str:
        return Spread(figures[name], *figures[f"{name}_range"]).text(unit, digits)

    print(f"{args.runs} launches each, median (range); peak RSS: the largest (range)")
    print(f"{'case file':<34}{'to painted list':>26}{'peak RSS':>26}")
    for label, kind in (("empty", "empty"), ("10,000 incidents, 20,000 photos", "large")):
        print(
            f"{label:<34}{shown(f'{kind}_s', 's', 3):>26}"
            f"{shown(f'{kind}_peak_rss_mb', 'MB', 1):>26}"
        )
    print(
        f"large adds {shown('large_added_s', 's', 3)} (target < {TARGET_ADDED_S} s: "
        f"{'met' if added_ok else 'MISSED'}); peak {figures['large_peak_rss_mb']:.0f} MB "
        f"(target < {TARGET_PEAK_MB:.0f} MB: {'met' if memory_ok else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
