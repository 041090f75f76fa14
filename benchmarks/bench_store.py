"""Case-file store at 1,000 and 10,000 incidents (5 notes and 3 damage items each).

Prints, for each size: the build time (through the services, in batches), the time of
`casefiles info` as a user runs it (a new process, median of 5), the median time of a full-text
search for a word in notes (in-process, 30 runs), and the file size. Both sizes are built and
measured in the same run, so the 1,000-incident figures are the baseline for the 10,000 ones.

    python benchmarks/bench_store.py [--json] [--sizes 1000 10000]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from casefiles.domain.timespan import TimeSpan, zone
from casefiles.domain.vocabulary import DamageElement, IncidentType, Severity
from casefiles.services import damage, incidents, notes, sites
from casefiles.services.mission import create_case_file
from casefiles.storage.store import CaseFile

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


def time_info(path: Path, runs: int = 5) -> float:
    script = Path(sys.executable).with_name("casefiles")
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(script), "info", str(path)], check=True, capture_output=True)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def time_search(path: Path, word: str, runs: int = 30) -> tuple[float, float, float, int]:
    """Median ms of the ranked search (incident ids), of the same search returning full
    records, and returning them with where each matched (what the window's filter and
    `casefiles search` run), and the number of hits."""
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
    medians = [statistics.median(t) * 1000 for t in (by_ids, by_records, with_snippets)]
    return medians[0], medians[1], medians[2], found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            path = Path(folder) / f"bench-{size}.casefile"
            build_s = build(path, size)
            search_ms, records_ms, snippets_ms, found = time_search(path, SEARCH_WORD)
            rare_ms, _records_ms, _snippets_ms, _hits = time_search(path, RARE_WORD)
            results[str(size)] = {
                "build_s": round(build_s, 2),
                "info_s": round(time_info(path), 3),
                "search_ms": round(search_ms, 2),
                "search_records_ms": round(records_ms, 2),
                "search_snippets_ms": round(snippets_ms, 2),
                "search_hits": found,
                "search_10_hits_ms": round(rare_ms, 2),
                "file_mb": round(path.stat().st_size / 1e6, 1),
            }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(
        f"{'incidents':>10} {'build s':>9} {'info s':>8} {'search ms':>10} "
        f"{'records ms':>11} {'snippets ms':>12} {'hits':>5} {'10-hit ms':>10} {'file MB':>8}"
    )
    for size, row in results.items():
        print(
            f"{size:>10} {row['build_s']:>9} {row['info_s']:>8} {row['search_ms']:>10} "
            f"{row['search_records_ms']:>11} {row['search_snippets_ms']:>12} "
            f"{row['search_hits']:>5} "
            f"{row['search_10_hits_ms']:>10} {row['file_mb']:>8}"
        )
    if len(results) == 2:
        small, large = results.values()
        print(
            f"10x incidents: info x{large['info_s'] / small['info_s']:.2f}, "
            f"search x{large['search_ms'] / small['search_ms']:.2f} (its hits grow 10x), "
            f"10-hit search x{large['search_10_hits_ms'] / small['search_10_hits_ms']:.2f} "
            "(targets: info < 0.5 s, search < 50 ms, each < 2x)"
        )
        print(
            "search ms: the ranked search the navigator runs (incident ids) for a word in the "
            "notes of 1 incident in 100; records ms: the same returning full records; snippets "
            "ms: the same with where each matched (the window and `casefiles search`); 10-hit "
            "ms: a word in the notes of 10 incidents at either size"
        )


if __name__ == "__main__":
    main()
