"""What a structural check costs when a case file is opened for writing, on a 1 GB case file.

Measured in the same run, each --runs times (median and range):
- baseline: CaseFile.open for writing and close, with no check (header, version, lock);
- `PRAGMA quick_check` of the whole file (every page, the photos' overflow pages included);
- `PRAGMA quick_check(<table>)` of every table but `blobs` (the records, the audit log, the
  derived images and every index: the structure that a write into the file relies on), which is
  the check the store makes;
- each check again with the file's pages dropped from the page cache first
  (posix_fadvise DONTNEED on this file only), as after a reboot.

The file is the demo case plus --photos blobs of 4 MiB of random bytes (default 250: 1 GB).

    python benchmarks/bench_open_check.py [--runs 5] [--photos 250] [--keep FOLDER] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from hashlib import sha256
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.spread import Spread, spread  # noqa: E402
from casefiles.demo import write_demo  # noqa: E402
from casefiles.storage.file_format import file_uri  # noqa: E402
from casefiles.storage.store import CaseFile  # noqa: E402

PHOTO_BYTES = 4 * 1024 * 1024


def build(path: Path, photos: int) -> None:
    write_demo(path)
    connection = sqlite3.connect(path)
    try:
        for _ in range(photos):
            data = os.urandom(PHOTO_BYTES)
            with connection:
                connection.execute(
                    "INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
                    (sha256(data).hexdigest(), len(data), data),
                )
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def drop_from_cache(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
        os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(descriptor)


def pragma(path: Path, statement: str) -> Callable[[], None]:
    def run() -> None:
        connection = sqlite3.connect(file_uri(path, mode="ro"), uri=True)
        try:
            for statement_part in statement.split(";"):
                rows = connection.execute(statement_part).fetchall()
                assert rows == [("ok",)], rows
        finally:
            connection.close()

    return run


def table_checks(path: Path) -> str:
    connection = sqlite3.connect(file_uri(path, mode="ro"), uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_schema WHERE type = 'table' AND name != 'blobs'"
            )
        ]
    finally:
        connection.close()
    return ";".join(f'PRAGMA quick_check("{name}")' for name in tables)


def open_for_writing(path: Path) -> Callable[[], None]:
    def run() -> None:
        CaseFile.open(path).close()

    return run


def measure(work: Callable[[], None], runs: int, before: Callable[[], None]) -> list[float]:
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--photos", type=int, default=250)
    parser.add_argument("--keep", type=Path, help="build the case file here once and reuse it")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="casefiles-bench-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"check-{args.photos}.casefile"
        if not path.exists():
            build(path, args.photos)
        size = path.stat().st_size
        cases: dict[str, Callable[[], None]] = {
            "open for writing, no check (baseline)": open_for_writing(path),
            "PRAGMA quick_check (whole file)": pragma(path, "PRAGMA quick_check"),
            "PRAGMA quick_check of every table but blobs": pragma(path, table_checks(path)),
        }
        results: dict[str, dict[str, float]] = {}
        for cache, before in (
            ("warm", lambda: None),
            ("cold", lambda: drop_from_cache(path)),
        ):
            for name, work in cases.items():
                work()  # once unmeasured: imports, first open
                figure = spread(measure(work, args.runs, before))
                results[f"{name}, {cache} cache"] = {
                    "median_s": figure.median,
                    "min_s": figure.low,
                    "max_s": figure.high,
                }
    if args.json:
        json.dump({"file_bytes": size, "runs": args.runs, "results": results}, sys.stdout, indent=2)
        print()
        return
    print(f"Case file of {size / 1e9:.2f} GB, {args.runs} runs each (median, range):")
    for name, figures in results.items():
        ms = Spread(figures["median_s"] * 1000, figures["min_s"] * 1000, figures["max_s"] * 1000)
        print(f"  {name:<58} {ms.text('ms', 1)}")


if __name__ == "__main__":
    main()
