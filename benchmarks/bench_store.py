"""Case-file store at 1,000 and 10,000 incidents (5 notes and 3 damage items each).

Prints, for each size: the build time (through the services, in batches; each of --builds
builds), the time of `casefiles info` as a user runs it (a new process, 5 runs), the time of a
full-text search for a word in notes (in-process, 30 runs), and the file size; each time as the
median and range (min-max) of its runs. Both sizes are built and measured in the same run, so
the 1,000-incident figures are the baseline for the 10,000 ones. `--json` gives each median
under its own key and [min, max] under the key with `_range` added.

    python benchmarks/bench_store.py [--json] [--sizes 1000 10000] [--builds 2]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.spread import Spread, spread  # noqa: E402
from casefiles.domain.timespan import TimeSpan, zone  # noqa: E402
from casefiles.domain.vocabulary import DamageElement, IncidentType, Severity  # noqa: E402
from casefiles.services import damage, incidents, notes, sites  # noqa: E402
from casefiles.services.mission import create_case_file  # noqa: E402
from casefiles.storage.store import CaseFile  # noqa: E402

WORDS = [
    "window",
    "glass",
    "roof",
    "wall",
    "crack",
    "debris",
    "crater",
    "drone",
    "missile",
    "fence",
    "car",
    "door",
    "gate",
    "shelter",
    "generator",
    "cable",
    "server",
    "antenna",
    "garden",
    "basement",
    "stairs",
    "facade",
    "balcony",
    "ceiling",
    "corridor",
    "вікно",
    "скло",
    "дах",
    "стіна",
    "тріщина",
    "уламки",
    "воронка",
    "двері",
    "pəncərə",
    "şüşə",
    "dam",
    "divar",
    "çat",
    "qırıntı",
    "qapı",
    "hasar",
]
BATCH = 250  # incidents per transaction while building
SEARCH_WORD = "shrapnel"  # planted in the notes of one incident in 100
RARE_WORD = "tarpaulin"  # planted in the notes of the first 10 incidents, at any size


def build(path: Path, count: int, seed: int = 1) -> float:
    rng = random.Random(seed)
    tz = zone("Europe/Kyiv")
    start = time.perf_counter()
    case = create_case_file(
        path, "Benchmark mission", timezone="Europe/Kyiv", reference_prefix="BENCH"
    )
    with case:
        site_ids = [sites.create(case, kind="chancery", name=f"Site {n}").uuid for n in range(12)]
        for first in range(0, count, BATCH):
            with case.transaction():
                for number in range(first, min(count, first + BATCH)):
                    _one_incident(case, rng, tz, site_ids, number)
    return time.perf_counter() - start


def _one_incident(
    case: CaseFile, rng: random.Random, tz: object, site_ids: list[str], number: int
) -> None:
    year = rng.choice((2022, 2023, 2024, 2025))
    span = TimeSpan.in_month(year, rng.randint(1, 12), tz)  # type: ignore[arg-type]
    incident = incidents.create(
        case,
        title=f"Incident {number}: {' '.join(rng.sample(WORDS, 4))}",
        site=rng.choice(site_ids),
        span=span,
        incident_type=rng.choice(list(IncidentType)),
        description=" ".join(rng.choices(WORDS, k=30)),
    )
    for _ in range(3):
        damage.create(
            case,
            incident.uuid,
            element=rng.choice(list(DamageElement)),
            severity=rng.choice(list(Severity)),
            description=" ".join(rng.choices(WORDS, k=12)),
        )
    for note_number in range(5):
        text = " ".join(rng.choices(WORDS, k=40))
        if number % 100 == 0 and note_number == 0:
            text += f" {SEARCH_WORD}"
        if number < 10 and note_number == 1:
            text += f" {RARE_WORD}"
        notes.create(case, text, target=incident.uuid)


def time_info(path: Path, runs: int = 5) -> Spread:
    script = Path(sys.executable).with_name("casefiles")
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(script), "info", str(path)], check=True, capture_output=True)
        timings.append(time.perf_counter() - start)
    return spread(timings)


def time_search(path: Path, word: str, runs: int = 30) -> tuple[Spread, Spread, Spread, int]:
    """Ms of the ranked search (incident ids), of the same search returning full records, and
    returning them with where each matched (what the window's filter and `casefiles search`
    run), and the number of hits."""
    with CaseFile.open(path, read_only=True) as case:
        incidents.search_incidents(case, word)  # warm the page cache once
        by_ids, by_records, with_snippets, found = [], [], [], 0
        for _ in range(runs):
            start = time.perf_counter()
            found = len(incidents.search_uuids(case, word))
            by_ids.append(time.perf_counter() - start)
            start = time.perf_counter()
            incidents.search_incidents(case, word)
            by_records.append(time.perf_counter() - start)
            start = time.perf_counter()
            incidents.search_with_snippets(case, word)
            with_snippets.append(time.perf_counter() - start)
    ids_ms, records_ms, snippets_ms = (spread(t, 1000) for t in (by_ids, by_records, with_snippets))
    return ids_ms, records_ms, snippets_ms, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--builds", type=int, default=2, help="builds of each size, timed")
    args = parser.parse_args()
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            builds = []
            for number in range(args.builds):
                path = Path(folder) / f"bench-{size}-{number}.casefile"
                builds.append(build(path, size))
            search_ms, records_ms, snippets_ms, found = time_search(path, SEARCH_WORD)
            rare_ms, _records_ms, _snippets_ms, _hits = time_search(path, RARE_WORD)
            row: dict[str, Any] = {"search_hits": found}
            for name, figure, digits in (
                ("build_s", spread(builds), 2),
                ("info_s", time_info(path), 3),
                ("search_ms", search_ms, 2),
                ("search_records_ms", records_ms, 2),
                ("search_snippets_ms", snippets_ms, 2),
                ("search_10_hits_ms", rare_ms, 2),
            ):
                row[name] = round(figure.median, digits)
                row[f"{name}_range"] = figure.range(digits)
            row["file_mb"] = round(path.stat().st_size / 1e6, 1)
            results[str(size)] = row
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print("median (range) of each figure's runs")
    for size, row in results.items():
        print(f"{int(size):,} incidents, {row['file_mb']} MB, {row['search_hits']} hits:")
        for label, name, unit, digits in (
            (f"build ({args.builds} builds)", "build_s", "s", 2),
            ("info (new process, 5 runs)", "info_s", "s", 3),
            ("search (30 runs)", "search_ms", "ms", 2),
            ("  returning records", "search_records_ms", "ms", 2),
            ("  with snippets", "search_snippets_ms", "ms", 2),
            ("10-hit search", "search_10_hits_ms", "ms", 2),
        ):
            figure = Spread(row[name], *row[f"{name}_range"])
            print(f"  {label:<28}{figure.text(unit, digits)}")
    if len(results) == 2:
        small, large = results.values()
        print(
            f"10x incidents: info x{large['info_s'] / small['info_s']:.2f}, "
            f"search x{large['search_ms'] / small['search_ms']:.2f} (its hits grow 10x), "
            f"10-hit search x{large['search_10_hits_ms'] / small['search_10_hits_ms']:.2f} "
            "(targets: info < 0.5 s, search < 50 ms, each < 2x)"
        )
        print(
            "search: the ranked search the navigator runs (incident ids) for a word in the "
            "notes of 1 incident in 100; returning records: the same returning full records; "
            "with snippets: the same with where each matched (the window and `casefiles "
            "search`); 10-hit search: a word in the notes of 10 incidents at either size"
        )


if __name__ == "__main__":
    main()
