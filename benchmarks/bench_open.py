"""Opening a case file in the app: process start to the main window painted with its incident
list, for an empty case file and for one with 10,000 incidents and 20,000 small photos, and the
peak memory of each. Both are measured in the same run, so the empty file is the baseline.

Each launch is a new process (`python -m ui.app --bench-exit-after-paint PATH`), timed from
just before it starts until it reports the painted list; the median of --runs launches is kept.
Targets: the large case adds under 0.5 s and stays under 400 MB.

    python benchmarks/bench_open.py [--json] [--runs 3] [--keep FOLDER]

--keep builds the case files in FOLDER once and reuses them on later runs (building the large
one imports 20,000 photos through the evidence service and takes a few minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PIL import Image

from casefiles.domain.timespan import TimeSpan, zone
from casefiles.domain.vocabulary import IncidentType
from casefiles.services import incidents, photo_import, sites
from casefiles.storage.store import CaseFile

INCIDENTS = 10_000
PHOTOS_PER_INCIDENT = 2
BATCH = 500  # incidents (and their photos) per transaction while building
ROOT = Path(__file__).resolve().parent.parent
TARGET_ADDED_S = 0.5
TARGET_PEAK_MB = 400.0


def build_empty(path: Path) -> None:
    CaseFile.create(path, "Benchmark mission", timezone="Europe/Kyiv").close()


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
    case = CaseFile.create(path, "Benchmark mission", timezone="Europe/Kyiv")
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


def measure(path: Path, runs: int, settings_home: Path) -> dict[str, float]:
    results = [launch(path, settings_home) for _ in range(runs)]
    return {
        "seconds": statistics.median(r[0] for r in results),
        "peak_rss_mb": max(r[1] for r in results),
        "rows": results[0][2],
    }


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
        empty_figures = measure(empty, args.runs, home)
        large_figures = measure(large, args.runs, home)
        large_mb = large.stat().st_size / 1e6
    figures = {
        "empty_s": round(empty_figures["seconds"], 3),
        "large_s": round(large_figures["seconds"], 3),
        "large_added_s": round(large_figures["seconds"] - empty_figures["seconds"], 3),
        "empty_peak_rss_mb": round(empty_figures["peak_rss_mb"], 1),
        "large_peak_rss_mb": round(large_figures["peak_rss_mb"], 1),
        "large_rows": large_figures["rows"],
        "large_file_mb": round(large_mb, 1),
    }
    if args.json:
        print(json.dumps(figures))
        return
    added_ok = figures["large_added_s"] < TARGET_ADDED_S
    memory_ok = figures["large_peak_rss_mb"] < TARGET_PEAK_MB
    print(f"{'case file':<44}{'to painted list':>16}{'peak RSS':>12}")
    print(f"{'empty':<44}{figures['empty_s']:>14.3f} s{figures['empty_peak_rss_mb']:>9.1f} MB")
    print(
        f"{'10,000 incidents, 20,000 photos':<44}{figures['large_s']:>14.3f} s"
        f"{figures['large_peak_rss_mb']:>9.1f} MB"
    )
    print(
        f"large adds {figures['large_added_s']:.3f} s (target < {TARGET_ADDED_S} s: "
        f"{'met' if added_ok else 'MISSED'}); peak {figures['large_peak_rss_mb']:.0f} MB "
        f"(target < {TARGET_PEAK_MB:.0f} MB: {'met' if memory_ok else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
