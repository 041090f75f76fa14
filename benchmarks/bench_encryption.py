"""Plain against encrypted case files, measured in the same run on the same data.

  import   100 photo-like 12-megapixel JPEGs through the evidence service, into a new plain and
           a new encrypted case file (alternating, `--repeats` times each): MB/s and their ratio;
  info     `casefiles info` in a new process, as a user runs it: the encrypted one includes
           the key derivation (PBKDF2-HMAC-SHA512, 256,000 rounds) and the unlock;
  search   the navigator's ranked search at 10,000 incidents, in a plain file and in its
           encrypted copy (same pages, same content).
With `--cipher-variants`, the encrypted import also runs with SQLCipher's page size at 4 KiB and
with its per-page HMAC off, to show what those settings cost.

Prints median and range (min-max) of each; `--json` prints one object.

    nice python benchmarks/bench_encryption.py [--json] [--photos 100] [--incidents 10000]
        [--repeats 3] [--cipher-variants]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_store import SEARCH_WORD, build  # noqa: E402
from benchmarks.spread import spread  # noqa: E402
from casefiles.services import incidents, photo_import, sites  # noqa: E402
from casefiles.services.mission import create_case_file  # noqa: E402
from casefiles.storage import encryption, store  # noqa: E402
from casefiles.storage.encryption import CaseKey  # noqa: E402
from casefiles.storage.encryption_copies import convert  # noqa: E402
from casefiles.storage.file_format import PAGE_SIZE  # noqa: E402
from casefiles.storage.store import CaseFile  # noqa: E402
from tests.photo_factory import photo_like_jpeg  # noqa: E402

PASSPHRASE = "bench — sınaq — тест"
SCRIPT = Path(sys.executable).with_name("casefiles")


@contextmanager
def cipher_settings(page_size: int, hmac: bool) -> Iterator[None]:
    """Every SQLCipher connection opened meanwhile uses this page size and HMAC setting (the
    app itself has one setting: 64 KiB pages with HMAC-SHA512, see docs/encryption.md)."""
    original = encryption.configure

    def configure(connection: Any, key: CaseKey) -> None:
        original(connection, key)
        if not hmac:
            connection.execute("PRAGMA cipher_use_hmac = OFF")

    encryption.configure = configure
    encryption.CIPHER_PAGE_SIZE = page_size
    store.PAGE_SIZE = page_size  # create's own page_size pragma must agree with the cipher's
    try:
        yield
    finally:
        encryption.configure = original
        encryption.CIPHER_PAGE_SIZE = store.PAGE_SIZE = PAGE_SIZE


def import_mb_s(photos: list[Path], path: Path, key: CaseKey | None) -> float:
    with create_case_file(path, "Benchmark", key=key, timezone="Europe/Kyiv") as case:
        site = sites.create(case, kind="chancery", name="Chancery")
        target = incidents.create(case, title="Strike", site=site.uuid, span="2025-11-14 night")
        start = time.perf_counter()
        outcomes = photo_import.import_files(case, target.uuid, photos)
        seconds = time.perf_counter() - start
    if sum(o.outcome == "imported" for o in outcomes) != len(photos):
        raise SystemExit("not every photo was imported")
    return sum(p.stat().st_size for p in photos) / 1e6 / seconds


def info_s(path: Path, passphrase: str | None, runs: int) -> tuple[list[float], list[float]]:
    """Wall seconds of each run, and CPU seconds of each (the machine is shared: CPU time
    shows what the unlock costs when other work takes the cores)."""
    env = dict(os.environ)
    env.pop("CASEFILES_PASSPHRASE", None)
    if passphrase is not None:
        env["CASEFILES_PASSPHRASE"] = passphrase
    timings, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([str(SCRIPT), "info", str(path)], check=True, capture_output=True, env=env)
        timings.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return timings, cpu


def search_ms(path: Path, key: CaseKey | None, runs: int) -> list[float]:
    with CaseFile.open(path, read_only=True, key=key) as case:
        incidents.search_uuids(case, SEARCH_WORD)  # warm the page cache once
        timings = []
        for _ in range(runs):
            start = time.perf_counter()
            incidents.search_uuids(case, SEARCH_WORD)
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def progress(text: str) -> None:
    """Each stage's figures as they come (a long run on a shared machine may be cut short)."""
    print(text, file=sys.stderr, flush=True)


def alternate(repeats: int, *runs: Callable[[int], float]) -> list[list[float]]:
    """Each run `repeats` times, interleaved, so that a busy moment hits both alike."""
    results: list[list[float]] = [[] for _ in runs]
    for repeat in range(repeats):
        for index, run in enumerate(runs):
            results[index].append(run(repeat))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--incidents", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--cipher-variants", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-encryption-") as name:
        folder = Path(name)
        photos = [photo_like_jpeg(folder / f"photo-{n:03}.jpg", seed=n) for n in range(args.photos)]

        def fresh(label: str, repeat: int) -> Path:
            return folder / f"{label}-{repeat}.casefile"

        def remove(path: Path) -> None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)

        def plain_import(repeat: int) -> float:
            path = fresh("plain", repeat)
            try:
                return import_mb_s(photos, path, None)
            finally:
                remove(path)

        def encrypted_import(repeat: int) -> float:
            path = fresh("encrypted", repeat)
            try:
                return import_mb_s(photos, path, encryption.new_key(PASSPHRASE))
            finally:
                remove(path)

        plain, encrypted = alternate(args.repeats, plain_import, encrypted_import)
        progress(f"import MB/s: plain {plain}, encrypted {encrypted}")
        variants: dict[str, dict[str, float]] = {}
        if args.cipher_variants:
            for label, page_size, hmac in (
                ("page_4k_hmac", 4096, True),
                ("page_64k_no_hmac", 65536, False),
            ):
                with cipher_settings(page_size, hmac):
                    runs = [encrypted_import(r) for r in range(args.repeats)]
                variants[label] = spread(runs).as_dict(1)
                progress(f"import MB/s, {label}: {runs}")

        store = folder / "store.casefile"
        build(store, args.incidents)
        progress(f"built {args.incidents} incidents")
        key = encryption.new_key(PASSPHRASE)
        encrypted_store = folder / "store-encrypted.casefile"
        convert(store, encrypted_store, source_key=None, target_key=key)
        plain_info, plain_info_cpu = info_s(store, None, 5)
        unlock_info, unlock_info_cpu = info_s(encrypted_store, PASSPHRASE, 5)
        plain_search, encrypted_search = (
            search_ms(store, None, 30),
            search_ms(encrypted_store, key, 30),
        )

    ratios = [e / p for p, e in zip(plain, encrypted, strict=True)]
    result: dict[str, Any] = {
        "plain_import_mb_s": round(statistics.median(plain), 1),
        "encrypted_import_mb_s": round(statistics.median(encrypted), 1),
        "import_ratio": round(statistics.median(encrypted) / statistics.median(plain), 3),
        "unlock_info_s": round(statistics.median(unlock_info), 3),
        "plain_search_ms": round(statistics.median(plain_search), 2),
        "encrypted_search_ms": round(statistics.median(encrypted_search), 2),
        "plain_info_s": round(statistics.median(plain_info), 3),
        "unlock_info_cpu_s": round(statistics.median(unlock_info_cpu), 3),
        "plain_info_cpu_s": round(statistics.median(plain_info_cpu), 3),
        "photos": args.photos,
        "incidents": args.incidents,
        "repeats": args.repeats,
        "ranges": {
            "plain_import_mb_s": spread(plain).as_dict(1),
            "encrypted_import_mb_s": spread(encrypted).as_dict(1),
            "import_ratio_per_pair": spread(ratios).as_dict(),
            "unlock_info_s": spread(unlock_info).as_dict(),
            "plain_info_s": spread(plain_info).as_dict(),
            "unlock_info_cpu_s": spread(unlock_info_cpu).as_dict(),
            "plain_info_cpu_s": spread(plain_info_cpu).as_dict(),
            "plain_search_ms": spread(plain_search).as_dict(2),
            "encrypted_search_ms": spread(encrypted_search).as_dict(2),
        },
        "encrypted_import_variants_mb_s": variants,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    ranges = result["ranges"]
    print(f"{args.photos} photos, {args.repeats} repeats; {args.incidents:,} incidents")
    for label, key_name, unit in (
        ("import, plain", "plain_import_mb_s", "MB/s"),
        ("import, encrypted", "encrypted_import_mb_s", "MB/s"),
        ("info, plain (new process)", "plain_info_s", "s"),
        ("info, encrypted (unlock included)", "unlock_info_s", "s"),
        ("info CPU, plain", "plain_info_cpu_s", "s"),
        ("info CPU, encrypted", "unlock_info_cpu_s", "s"),
        ("search, plain", "plain_search_ms", "ms"),
        ("search, encrypted", "encrypted_search_ms", "ms"),
    ):
        span = ranges[key_name]
        print(f"{label:<36} {span['median']:>8} {unit}  (range {span['min']}-{span['max']})")
    print(
        f"import ratio {result['import_ratio']} (target >= 0.75); unlock+info "
        f"{result['unlock_info_s']} s (target < 0.6 s); search x"
        f"{result['encrypted_search_ms'] / result['plain_search_ms']:.2f} (target <= 1.5)"
    )
    for label, span in variants.items():
        print(f"encrypted import, {label}: {span['median']} MB/s ({span['min']}-{span['max']})")


if __name__ == "__main__":
    main()
