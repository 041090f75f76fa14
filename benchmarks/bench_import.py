"""Photo import against the storage limit, measured in the same run on the same photos.

Generates 200 photo-like 12-megapixel JPEGs with EXIF (4-6 MB each), then, each in its own
process so that peak memory is its own:
  (a) the storage limit: SHA-256 plus an INSERT of the same bytes into a fresh SQLite file with
      the case file's pragmas, one transaction per photo;
  (b) the full import through the services, originals first: the import commits originals,
      SHA-256 and metadata while the derivation queue makes thumbnails and previews beside it
      in processes on every core; timed until the originals are committed (`originals_*`) and
      until every derived image exists (`all_done_s`, `import_*`).
Prints photos/s and MB/s, the originals' ratio to the limit (`originals_ratio`), where the time
goes (per photo, one thread, on a sample), peak memory (the import's process and its derivation
processes together: the sum of each one's own peak), and two ceilings from the same run:
`ratio_ceiling` (the limit's CPU plus the preview's decode shared by the cores, against the
limit's time per photo) and `derived_ceiling_s` (decode, thumbnail and preview of every photo
on one thread, divided by the cores: no derivation can end sooner), with `derived_ratio` =
derived_ceiling_s / all_done_s. Two checks on that ceiling, from the same run:
`decode_all_cores_s`, the same decodes really run on every core at once (photos read into
memory first, nothing else running), and `derived_cpu_bound`, the derived_ratio that the
import's measured CPU allows (the ceiling against all the CPU it took, parent and derivation
processes, divided by the cores: with every core busy throughout, all_done_s is no shorter).
CPU per photo is also split into the importing thread's own
(the originals' critical path, `writer_cpu_ms_per_photo`, which a loaded machine changes
least), the import's process in all and the derivation processes. With --repeats N the limit
and the import run N times, interleaved; each figure is the median, and `ranges` gives its
[min, max].

    python benchmarks/bench_import.py [--json] [--photos 200] [--repeats 3]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# The project's modules are imported in the functions that use them: the derivation processes
# (spawn) run this script's top again, and the app's entry point (ui/launcher.py) imports
# nothing there either, so they start as they would in the app.


def peak_rss_mb(pid: int | str = "self") -> float:
    """A process's own peak resident memory: VmHWM starts afresh at exec, whereas ru_maxrss
    keeps the peak of the parent that forked it (the one that generated the photos)."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def tree_peak_rss_mb() -> float:
    """This process's peak plus each derivation process's own peak, read once at the end: at
    least the peak of their sum. Sampling the tree instead (psutil walks every process on the
    machine) took a tenth of a core and the GIL from the import it was measuring."""
    children = psutil.Process().children(recursive=True)
    return peak_rss_mb() + sum(peak_rss_mb(child.pid) for child in children)


def storage_limit(photos: list[Path], folder: Path) -> dict[str, float]:
    from casefiles.storage.file_format import APPLICATION_ID, PAGE_SIZE

    path = folder / "limit.sqlite"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA page_size={PAGE_SIZE}")
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size INTEGER, data BLOB)")
    total = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for photo in photos:
        data = photo.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO blobs VALUES (?, ?, ?)", (digest, len(data), data))
        connection.execute("COMMIT")
        total += len(data)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    connection.close()
    return {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "bytes": total,
        "peak_rss_mb": peak_rss_mb(),
    }


def full_import(photos: list[Path], folder: Path) -> dict[str, float]:
    from casefiles.services import incidents, photo_derivation, photo_import, sites
    from casefiles.services.mission import create_case_file

    case = create_case_file(folder / "import.casefile", "Benchmark", timezone="Europe/Kyiv")
    originals_at: list[float] = []
    writer_cpu: list[float] = []  # the importing thread's own CPU: the originals' critical path
    with case:
        site = sites.create(case, kind="chancery", name="Chancery")
        target = incidents.create(case, title="Strike", site=site.uuid, span="2025-11-14 night")
        start, cpu_start = time.perf_counter(), time.process_time()

        def originals() -> list[photo_import.ImportOutcome]:
            thread_start = time.thread_time()
            outcomes = photo_import.import_files(case, target.uuid, photos)
            originals_at.append(time.perf_counter())
            writer_cpu.append(time.thread_time() - thread_start)
            return outcomes

        # The process pool starts inside the timing: a real import pays for it too.
        outcomes, derived = photo_derivation.derive_alongside(case, originals)
        seconds = time.perf_counter() - start
        cpu_seconds = time.process_time() - cpu_start
        peak_mb = tree_peak_rss_mb()  # the shared pool's processes live on, idle
        children = psutil.Process().children(recursive=True)
        children_cpu = sum(c.cpu_times().user + c.cpu_times().system for c in children)
        if photo_derivation.pending_count(case):
            raise SystemExit("the queue ended with photos still pending")
    imported = sum(o.outcome == "imported" for o in outcomes)
    if imported != len(photos) or derived.made != len(photos):
        raise SystemExit(
            f"only {imported} of {len(photos)} photos were imported, {derived.made} derived"
        )
    return {
        "seconds": seconds,
        "originals_seconds": originals_at[0] - start,
        "cpu_seconds": cpu_seconds + children_cpu,
        "writer_cpu_seconds": writer_cpu[0],
        "parent_cpu_seconds": cpu_seconds,
        "children_cpu_seconds": children_cpu,
        "bytes": sum(p.stat().st_size for p in photos),
        "peak_rss_mb": peak_mb,
    }


def breakdown(photos: list[Path]) -> dict[str, float]:
    """Milliseconds per photo of each step, one thread, on a sample."""
    from PIL import Image

    from casefiles.photos.derived_images import PREVIEW_PX, fit_size, make_thumbnail_and_preview
    from casefiles.photos.photo_metadata import read_metadata

    steps: dict[str, list[float]] = {
        "read file": [],
        "sha256": [],
        "metadata": [],
        "decode alone, at the preview's scale": [],
        "decode + thumbnail + preview": [],
    }
    for photo in photos:
        start = time.perf_counter()
        data = photo.read_bytes()
        steps["read file"].append(time.perf_counter() - start)
        start = time.perf_counter()
        hashlib.sha256(data).hexdigest()
        steps["sha256"].append(time.perf_counter() - start)
        start = time.perf_counter()
        read_metadata(data, check_pixels=False)  # from the same bytes, as the import
        steps["metadata"].append(time.perf_counter() - start)
        start = time.perf_counter()
        with Image.open(photo) as image:
            image.draft("RGB", fit_size(*image.size, PREVIEW_PX))  # as make_thumbnail_and_preview
            image.load()
        steps["decode alone, at the preview's scale"].append(time.perf_counter() - start)
        start = time.perf_counter()
        make_thumbnail_and_preview(data)
        steps["decode + thumbnail + preview"].append(time.perf_counter() - start)
    return {name: statistics.median(values) * 1000 for name, values in steps.items()}


def decode_share(photos: list[Path], start_at: float) -> tuple[float, float]:
    """Decode, thumbnail and preview of `photos`, read into memory first; every share starts
    at the same moment (`start_at`, on the clock all processes share). (start, end)"""
    from casefiles import memory
    from casefiles.photos.derived_images import make_thumbnail_and_preview

    memory.reuse_freed_memory()  # as a derivation process does
    datas = [photo.read_bytes() for photo in photos]
    time.sleep(max(0.0, start_at - time.perf_counter()))
    start = time.perf_counter()
    for data in datas:
        make_thumbnail_and_preview(data)
    return start, time.perf_counter()


def decode_all_cores(photos: list[Path]) -> dict[str, float]:
    """The ceiling really run: one process a core, each with its share of the photos."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    cores = os.cpu_count() or 1
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(cores, mp_context=context) as pool:
        list(pool.map(time.sleep, [0.0] * cores))  # every process started before the clock
        start_at = time.perf_counter() + 1.0
        spans = list(
            pool.map(decode_share, [photos[i::cores] for i in range(cores)], [start_at] * cores)
        )
    return {"seconds": max(end for _, end in spans) - min(start for start, _ in spans)}


def child(stage: str, folder: Path) -> None:
    from casefiles import memory

    memory.reuse_freed_memory()  # as an import and the derivation processes do
    photos = sorted(folder.glob("photo-*.jpg"))
    work = Path(tempfile.mkdtemp(dir=folder))
    if stage == "limit":
        result = storage_limit(photos, work)
    elif stage == "import":
        result = full_import(photos, work)
    elif stage == "decode":
        result = decode_all_cores(photos)
    else:
        result = breakdown(photos[:20])
    print(json.dumps(result))


def run_child(stage: str, folder: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--stage", stage, str(folder)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument(
        "--stage", choices=["limit", "import", "decode", "breakdown"], help=argparse.SUPPRESS
    )
    parser.add_argument("folder", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        child(args.stage, args.folder)
        return
    from tests.photo_factory import photo_like_jpeg

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for number in range(args.photos):
            photo_like_jpeg(folder / f"photo-{number:03}.jpg", seed=number)
        runs = [
            (run_child("limit", folder), run_child("import", folder), run_child("decode", folder))
            for _ in range(args.repeats)
        ]
        steps = run_child("breakdown", folder)
    results = [
        figures(limit, imported, decoded, steps, args.photos) for limit, imported, decoded in runs
    ]
    result = {
        **results[0],
        **{key: round(statistics.median(r[key] for r in results), 3) for key in NUMBERS},
        "repeats": args.repeats,
        "ranges": {
            key: [min(r[key] for r in results), max(r[key] for r in results)] for key in NUMBERS
        },
    }
    report(result, as_json=args.json)


NUMBERS = (
    "limit_photos_s", "limit_mb_s", "import_photos_s", "import_mb_s", "ratio", "peak_rss_mb",
    "limit_cpu_ms_per_photo", "import_cpu_ms_per_photo", "import_cores_busy", "ratio_ceiling",
    "originals_mb_s", "originals_ratio", "all_done_s", "derived_ceiling_s", "derived_ratio",
    "writer_cpu_ms_per_photo", "parent_cpu_ms_per_photo", "children_cpu_ms_per_photo",
    "decode_all_cores_s", "derived_cpu_bound",
)  # fmt: skip


def figures(
    limit: dict[str, float],
    imported: dict[str, float],
    decoded: dict[str, float],
    steps: dict[str, float],
    count: int,
) -> dict[str, Any]:
    cores = os.cpu_count() or 1
    limit_mb_s = limit["bytes"] / 1e6 / limit["seconds"]
    # The fastest an import could go: each photo needs at least the limit's CPU work and the
    # preview's decode, spread over every core, and can never beat the limit's time per photo.
    limit_ms = limit["seconds"] / count * 1000
    least_cpu_ms = (
        limit["cpu_seconds"] / count * 1000 + steps["decode alone, at the preview's scale"]
    )
    ceiling = limit_ms / max(limit_ms, least_cpu_ms / cores)
    import_mb_s = imported["bytes"] / 1e6 / imported["seconds"]
    originals_mb_s = imported["bytes"] / 1e6 / imported["originals_seconds"]
    derived_ceiling_s = count * steps["decode + thumbnail + preview"] / 1000 / cores
    return {
        "photos": count,
        "mean_photo_mb": round(imported["bytes"] / count / 1e6, 2),
        "limit_photos_s": round(count / limit["seconds"], 1),
        "limit_mb_s": round(limit_mb_s, 1),
        "import_photos_s": round(count / imported["seconds"], 1),
        "import_mb_s": round(import_mb_s, 1),
        "ratio": round(import_mb_s / limit_mb_s, 3),
        "peak_rss_mb": round(imported["peak_rss_mb"], 1),
        "cores": cores,
        "limit_cpu_ms_per_photo": round(limit["cpu_seconds"] / count * 1000, 1),
        "import_cpu_ms_per_photo": round(imported["cpu_seconds"] / count * 1000, 1),
        "import_cores_busy": round(imported["cpu_seconds"] / imported["seconds"], 2),
        "writer_cpu_ms_per_photo": round(imported["writer_cpu_seconds"] / count * 1000, 1),
        "parent_cpu_ms_per_photo": round(imported["parent_cpu_seconds"] / count * 1000, 1),
        "children_cpu_ms_per_photo": round(imported["children_cpu_seconds"] / count * 1000, 1),
        "ratio_ceiling": round(ceiling, 3),
        "step_ms": {name: round(value, 1) for name, value in steps.items()},
        "originals_mb_s": round(originals_mb_s, 1),
        "originals_ratio": round(originals_mb_s / limit_mb_s, 3),
        "all_done_s": round(imported["seconds"], 2),
        "derived_ceiling_s": round(derived_ceiling_s, 2),
        "derived_ratio": round(derived_ceiling_s / imported["seconds"], 3),
        "decode_all_cores_s": round(decoded["seconds"], 2),
        "derived_cpu_bound": round(derived_ceiling_s / (imported["cpu_seconds"] / cores), 3),
    }


def report(result: dict[str, Any], *, as_json: bool) -> None:
    count, cores = result["photos"], result["cores"]
    if as_json:
        print(json.dumps(result, indent=2))
        return
    ranges = result["ranges"]
    print(f"{count} photos, {result['mean_photo_mb']} MB each on average")
    print(
        f"storage limit (sha256 + INSERT, 1 transaction each): {result['limit_photos_s']} "
        f"photos/s, {result['limit_mb_s']} MB/s"
    )
    print(
        f"full import through the service:                     {result['import_photos_s']} "
        f"photos/s, {result['import_mb_s']} MB/s"
    )
    print(
        f"originals committed: {result['originals_mb_s']} MB/s, originals_ratio "
        f"{result['originals_ratio']} (range {ranges['originals_ratio']}, target >= 0.85)"
    )
    print(
        f"every derived image made after {result['all_done_s']} s (range "
        f"{ranges['all_done_s']}); ceiling {result['derived_ceiling_s']} s on {cores} core(s); "
        f"derived_ratio {result['derived_ratio']} (range {ranges['derived_ratio']}, "
        "target >= 0.8)"
    )
    print(
        f"  the ceiling checked: the same decodes run on {cores} core(s) at once took "
        f"{result['decode_all_cores_s']} s (range {ranges['decode_all_cores_s']}); the import's "
        f"own CPU allows a derived_ratio of at most {result['derived_cpu_bound']} (range "
        f"{ranges['derived_cpu_bound']})"
    )
    print(
        f"peak memory, import and derivation processes together: {result['peak_rss_mb']} MB "
        f"(range {ranges['peak_rss_mb']}, target < 500); medians of {result['repeats']} run(s)"
    )
    print(
        "where an import's time goes, per photo on one thread (the importer overlaps these "
        "on two worker threads while it writes):"
    )
    for name, value in result["step_ms"].items():
        print(f"  {name:<38} {value:7.1f} ms")
    print(
        f"CPU per photo: limit {result['limit_cpu_ms_per_photo']} ms, import "
        f"{result['import_cpu_ms_per_photo']} ms ({result['import_cores_busy']} of {cores} cores "
        "busy)"
    )
    print(
        f"  of which the importing thread {result['writer_cpu_ms_per_photo']} ms (range "
        f"{ranges['writer_cpu_ms_per_photo']}), the import's process in all "
        f"{result['parent_cpu_ms_per_photo']} ms (range {ranges['parent_cpu_ms_per_photo']}), "
        f"the derivation processes {result['children_cpu_ms_per_photo']} ms (range "
        f"{ranges['children_cpu_ms_per_photo']})"
    )
    print(
        f"ceiling: even if resizing and encoding cost nothing, the preview's decode on {cores} "
        f"core(s) allows a ratio of at most {result['ratio_ceiling']}"
    )


if __name__ == "__main__":
    main()
