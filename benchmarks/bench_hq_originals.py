"""Where headquarters keeps evidence originals: bytea, large objects, or content-addressed files.

The same incompressible photo-sized blobs are written (one transaction, committed, fsync on)
and read back whole by each, on a throw-away server (or --url); median and range over repeats.

    python benchmarks/bench_hq_originals.py [--url URL] [--count 100] [--kib 400] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.postgres_server import new_database, throwaway_server  # noqa: E402


def bytea(url: str, blobs: list[bytes]) -> tuple[float, float]:
    with psycopg.connect(url) as connection:
        connection.execute(
            "CREATE TABLE IF NOT EXISTS o (sha256 text PRIMARY KEY, data bytea NOT NULL);"
            "ALTER TABLE o ALTER COLUMN data SET STORAGE EXTERNAL; TRUNCATE o"
        )
        connection.commit()
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO o VALUES (%s, %s)",
                [(hashlib.sha256(b).hexdigest(), b) for b in blobs],
            )
        connection.commit()
        written = time.perf_counter() - started
        started = time.perf_counter()
        total = sum(len(row[0]) for row in connection.execute("SELECT data FROM o"))
        assert total == sum(map(len, blobs))
        return written, time.perf_counter() - started


def large_objects(url: str, blobs: list[bytes]) -> tuple[float, float]:
    with psycopg.connect(url) as connection:
        connection.execute(
            "CREATE TABLE IF NOT EXISTS l (sha256 text PRIMARY KEY, data oid NOT NULL);"
            "SELECT lo_unlink(data) FROM l; TRUNCATE l"
        )
        connection.commit()
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO l VALUES (%s, lo_from_bytea(0, %s))",
                [(hashlib.sha256(b).hexdigest(), b) for b in blobs],
            )
        connection.commit()
        written = time.perf_counter() - started
        started = time.perf_counter()
        total = sum(len(r[0]) for r in connection.execute("SELECT lo_get(data) FROM l"))
        assert total == sum(map(len, blobs))
        return written, time.perf_counter() - started


def files(folder: Path, blobs: list[bytes]) -> tuple[float, float]:
    """Each blob to a temporary name, fsync, rename to its hash, then the folder fsynced."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    started = time.perf_counter()
    for blob in blobs:
        name = hashlib.sha256(blob).hexdigest()
        partial = folder / f".{name}.partial"
        with partial.open("wb") as handle:
            handle.write(blob)
            os.fsync(handle.fileno())
        partial.rename(folder / name)
    descriptor = os.open(folder, os.O_RDONLY)
    os.fsync(descriptor)
    os.close(descriptor)
    written = time.perf_counter() - started
    started = time.perf_counter()
    total = sum(len(path.read_bytes()) for path in folder.iterdir())
    assert total == sum(map(len, blobs))
    return written, time.perf_counter() - started


@contextlib.contextmanager
def server(url: str | None) -> Iterator[str]:
    if url is not None:
        yield url
        return
    with throwaway_server(durable=True) as started:
        yield started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--kib", type=int, default=400)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    blobs = [os.urandom(args.kib * 1024) for _ in range(args.count)]
    megabytes = sum(map(len, blobs)) / 1e6
    with server(args.url) as base, tempfile.TemporaryDirectory() as folder:
        url = new_database(base, f"bench_originals_{time.time_ns()}")
        ways: dict[str, Callable[[], tuple[float, float]]] = {
            "bytea": lambda: bytea(url, blobs),
            "large_objects": lambda: large_objects(url, blobs),
            "files": lambda: files(Path(folder) / "store", blobs),
        }
        results = {}
        for name, way in ways.items():
            runs = [way() for _ in range(args.repeats)]
            results[name] = {
                f"{what}_mb_s": {
                    "median": statistics.median(megabytes / r[i] for r in runs),
                    "min": min(megabytes / r[i] for r in runs),
                    "max": max(megabytes / r[i] for r in runs),
                }
                for i, what in enumerate(("write", "read"))
            }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{args.count} blobs of {args.kib} KiB ({megabytes:.0f} MB), {args.repeats} repeats")
    for name, figures in results.items():
        line = ", ".join(
            f"{what} {v['median']:.0f} MB/s ({v['min']:.0f}–{v['max']:.0f})"
            for what, v in figures.items()
        )
        print(f"{name:14} {line}")


if __name__ == "__main__":
    main()
