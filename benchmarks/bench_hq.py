"""Headquarters at scale: missions' bundles imported into PostgreSQL with one process and with
two, then search and the timeline query across every mission.

One mission's case file is made through the services (incidents, each with two small photo-like
JPEGs) and exported; the other missions' bundles are made from it with every uuid new, every
photo's bytes made its own (a marker in a JPEG comment), and the audit chain, tables and
checksums recomputed, so each passes the full check and holds distinct originals. Without --url
a throw-away server is started as the tests do (fsync on). Figures: median and range over the
repeats; each repeat imports into a fresh database.

    python benchmarks/bench_hq.py [--url URL] [--missions 100] [--incidents 1000] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid as uuid_module
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks import hq_fulltext  # noqa: E402
from casefiles.bundle.export import export_bundle  # noqa: E402
from casefiles.bundle.manifest import FILES, MANIFEST, README, SIGNATURE, TABLES_DIR  # noqa: E402
from casefiles.bundle.readme import readme  # noqa: E402
from casefiles.bundle.signature import make_signature  # noqa: E402
from casefiles.bundle.tables import csv_tables  # noqa: E402
from casefiles.domain.timespan import TimeSpan  # noqa: E402
from casefiles.hq.connection import connect  # noqa: E402
from casefiles.hq.migrate import init  # noqa: E402
from casefiles.hq.queries import list_incidents, search, timeline_rows  # noqa: E402
from casefiles.integrity.audit import content_digest, entry_hash  # noqa: E402
from casefiles.integrity.signing import ENTRY, Signer  # noqa: E402
from casefiles.services import incidents, photo_import, sites  # noqa: E402
from casefiles.services.mission import create_case_file  # noqa: E402
from casefiles.storage.file_format import GENESIS_HASH  # noqa: E402
from tests.casefiles.bundle.zips import files_of, write_zip  # noqa: E402
from tests.postgres_server import new_database, throwaway_server  # noqa: E402

TEMPLATE = "M0000"  # in the mission's name, references and photos: replaced per mission
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SHA = re.compile(r"[0-9a-f]{64}")
# The command line, saying at its end how much CPU it had in how long (to standard error).
IMPORT_CLI = (
    "import resource, sys, time; started = time.perf_counter(); from casefiles.cli import main; "
    "code = main(sys.argv[1:]); usage = resource.getrusage(resource.RUSAGE_SELF); "
    "print('CPU', usage.ru_utime + usage.ru_stime, time.perf_counter() - started, "
    "file=sys.stderr); sys.exit(code)"
)


def photo(index: int) -> bytes:
    """A small photo-like JPEG (noise compresses as a photo does) with a marker comment."""
    image = Image.effect_noise((320, 240), 40 + index % 20).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, comment=f"CFHQ-{TEMPLATE}-P{index:06d}".encode())
    return out.getvalue()


def template_bundle(folder: Path, count: int) -> tuple[Path, Signer]:
    """The template mission's bundle, and the key that signed it (which signs the others)."""
    case = create_case_file(
        folder / "template.casefile", f"Mission {TEMPLATE}", city="Kyiv",
        host_country="Україна", timezone="Europe/Kyiv", reference_prefix=TEMPLATE,
    )  # fmt: skip
    photos = folder / "photos"
    photos.mkdir()
    with case:
        site = sites.create(case, kind="chancery", name=f"Chancery {TEMPLATE}")
        start = datetime(2022, 3, 1, tzinfo=UTC)
        for number in range(count):
            incident = incidents.create(
                case,
                title=f"Strike {number:04d} near the chancery",
                site=site.uuid,
                span=TimeSpan(start + timedelta(hours=7 * number),
                              start + timedelta(hours=7 * number + 1), _minute()),
                incident_type="drone_strike",
                impact="debris",
                description="Səfirliyin binası zədələndi; şüşələr qırıldı. Удар по зданию.",
                status="documented",
            )  # fmt: skip
            paths = []
            for side in (0, 1):
                path = photos / f"photo-{number:04d}-{side}.jpg"
                path.write_bytes(photo(2 * number + side))
                paths.append(path)
            photo_import.import_files(case, incident.uuid, paths)
        return export_bundle(case, folder / f"{TEMPLATE}.zip").path, case.signer()


def _minute() -> Any:
    from casefiles.domain.vocabulary import Precision

    return Precision.MINUTE


def mission_bundle(template: dict[str, bytes], signer: Signer, number: int, target: Path) -> Path:
    """The template's bundle as another mission's: new uuids, own photos, chain recomputed and
    signed again by the template's exporter."""
    mark = f"M{number:04d}"
    files = {}
    shas: dict[str, str] = {}
    for name, data in template.items():
        if name.startswith("evidence/"):
            own = data.replace(TEMPLATE.encode(), mark.encode())
            shas[hashlib.sha256(data).hexdigest()] = hashlib.sha256(own).hexdigest()
            files[name] = own
    uuids: dict[str, str] = {}
    text = template[MANIFEST].decode().replace(TEMPLATE, mark)
    text = _UUID.sub(lambda m: uuids.setdefault(m[0], str(uuid_module.uuid4())), text)
    text = _SHA.sub(lambda m: shas.get(m[0], m[0]), text)
    manifest = json.loads(text)
    previous = GENESIS_HASH
    for entry in manifest["audit_log"]:
        entry["prev_hash"] = previous
        changes = json.loads(entry["changes_json"])
        entry["hash"] = previous = entry_hash(
            previous, entry["at"], entry["user"], entry["action"], entry["entity_type"],
            entry["entity_uuid"], content_digest(entry["entity_type"], changes),
        )  # fmt: skip
        if entry["signature"] is not None:
            entry["signature"] = signer.sign(ENTRY, entry["hash"])
    manifest["source"]["fingerprint"] = previous
    made = {TABLES_DIR + name: data for name, data in csv_tables(manifest).items()}
    made[README] = readme(manifest, manifest["bundle_name"])
    files.update(made)
    for entry in manifest[FILES]:
        if entry["path"] in made:
            entry["sha256"] = hashlib.sha256(made[entry["path"]]).hexdigest()
            entry["size_bytes"] = len(made[entry["path"]])
    files[MANIFEST] = json.dumps(manifest, ensure_ascii=False).encode()
    files[SIGNATURE] = make_signature(signer, hashlib.sha256(files[MANIFEST]).hexdigest())
    return write_zip(target, files)


def _cpu_s(pid: int, *, children: bool) -> float:
    """CPU seconds (user + system) of a process, or of the children it has reaped."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    first = 13 if children else 11  # cutime, cstime / utime, stime (counted after the ")")
    return (int(fields[first]) + int(fields[first + 1])) / os.sysconf("SC_CLK_TCK")


def postmaster(url: str) -> int | None:
    """The local server's main process (the parent of a backend), to count its CPU."""
    engine = connect(url)
    with engine.connect() as connection:
        backend = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        stat = Path(f"/proc/{backend}/stat")  # read while the backend lives: dispose ends it
        parent = int(stat.read_text().rsplit(")", 1)[1].split()[1]) if stat.exists() else None
    engine.dispose()
    return parent


@dataclass
class Run:
    seconds: float
    import_cpu_s: float  # the import processes, together
    server_cpu_s: float | None  # the server's backends (None: not a local server)
    load: float  # one-minute load average at the end
    # Each import process's CPU seconds per second of its own life (1.0: a whole core).
    process_cpu_share: list[float]
    cpu_pressure: float | None  # share of the time some task waited for a core (PSI)
    waits: Counter[str]  # what the import backends were doing, sampled


def cpu_stall_us() -> int | None:
    """Microseconds that some task has waited for a core since boot (Linux PSI), if known."""
    try:
        some = Path("/proc/pressure/cpu").read_text().splitlines()[0]
    except OSError:
        return None
    return int(some.rsplit("total=", 1)[1])


class WaitSampler(threading.Thread):
    """What the import backends are doing, every 0.2 s (pg_stat_activity): on a core or
    queued for one (active, no wait event), waiting for the import process (ClientRead), for
    a lock, for the disk..."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url, self.seen, self.stopping = url, Counter[str](), threading.Event()

    def run(self) -> None:
        with psycopg.connect(self.url, autocommit=True) as connection:
            while not self.stopping.wait(0.2):
                for state, kind, event in connection.execute(
                    "SELECT state, wait_event_type, wait_event FROM pg_stat_activity "
                    "WHERE application_name = 'casefiles hq' AND pid <> pg_backend_pid()"
                ):
                    if kind is None:
                        self.seen[f"{state}: working (on a core or queued for one)"] += 1
                    elif event == "ClientRead":
                        self.seen[f"{state}: waiting for the import process"] += 1
                    else:
                        self.seen[f"{state}: waiting for {kind}:{event}"] += 1


def import_with(url: str, groups: list[list[Path]], *, own_sessions: bool) -> Run:
    """`len(groups)` processes, each importing its bundles: time to finish and CPU used.
    `own_sessions`: each process in a session of its own, as two commands typed in two
    terminals are. Linux's autogroup scheduling shares the CPU between sessions, then within
    one: processes that share a session share its one share of a busy machine."""
    server = postmaster(url)
    server_before = _cpu_s(server, children=True) if server else 0.0
    own_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    stall_before = cpu_stall_us()
    sampler = WaitSampler(url.rsplit("/", 1)[0] + "/postgres")
    sampler.start()
    started = time.perf_counter()
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", IMPORT_CLI, "hq", "import", url, *map(str, group), "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            start_new_session=own_sessions,
        )
        for group in groups
    ]
    shares = []
    for process in processes:
        out, err = process.communicate()
        outcomes = {o["outcome"] for o in json.loads(out)}
        if outcomes != {"imported"}:
            raise SystemExit(f"an import failed: {out.decode()[:500]}")
        cpu, wall = map(float, err.decode().strip().splitlines()[-1].split()[1:])
        shares.append(cpu / wall)
    seconds = time.perf_counter() - started
    sampler.stopping.set()
    sampler.join()
    stall_after = cpu_stall_us()
    own = resource.getrusage(resource.RUSAGE_CHILDREN)
    return Run(
        seconds,
        own.ru_utime + own.ru_stime - own_before.ru_utime - own_before.ru_stime,
        _cpu_s(server, children=True) - server_before if server else None,
        os.getloadavg()[0],
        shares,
        None
        if stall_before is None or stall_after is None
        else (stall_after - stall_before) / 1e6 / seconds,
        sampler.seen,
    )


def timed_cpu(action: Any, repeats: int) -> tuple[list[float], list[float]]:
    """Wall and this process's CPU milliseconds per call."""
    wall, cpu = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def spread(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


@contextlib.contextmanager
def server(url: str | None) -> Iterator[str]:
    if url is not None:
        yield url
        return
    with throwaway_server(durable=True) as started:
        yield started


def drop_database(url: str) -> None:
    """Drop an imported database once measured: at 100 missions each holds gigabytes."""
    server, name = url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{name}"')  # our own name, not user input


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a server to use (its postgres database); default: own")
    parser.add_argument("--missions", type=int, default=100)
    parser.add_argument("--incidents", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3, help="imports of everything, each")
    parser.add_argument(
        "--one-session",
        action="store_true",
        help="run the import processes in this session (default: each in its own)",
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-hq-") as folder_name:
        folder = Path(folder_name)
        made = time.perf_counter()
        template_path, signer = template_bundle(folder, args.incidents)
        template = files_of(template_path)
        bundles = [
            mission_bundle(template, signer, n, folder / f"mission-{n:04d}.zip")
            for n in range(1, args.missions + 1)
        ]
        setup_s = time.perf_counter() - made
        total = args.missions * args.incidents
        runs: dict[int, list[Run]] = {1: [], 2: []}
        with server(args.url) as base:
            url = ""
            for repeat in range(args.repeats):
                for processes in (1, 2):
                    if url:
                        drop_database(url)
                    url = new_database(base, f"bench_hq_{processes}_{repeat}_{time.time_ns()}")
                    engine = connect(url)
                    init(engine)
                    engine.dispose()
                    groups = [bundles[i::processes] for i in range(processes)]
                    runs[processes].append(
                        import_with(url, groups, own_sessions=not args.one_session)
                    )
            engine = connect(url)
            with engine.connect() as connection:
                search_ms, _ = timed_cpu(lambda: search(connection, "strike 0421"), 20)
                hits = len(search(connection, "strike 0421"))
                timeline_ms, timeline_cpu_ms = timed_cpu(lambda: timeline_rows(connection), 7)
                shown = len(timeline_rows(connection))
                # The baseline, in the same run: the incident list, a Python object per row.
                listing_ms, listing_cpu_ms = timed_cpu(lambda: list_incidents(connection), 3)
                db_mb = (
                    connection.exec_driver_sql(
                        "SELECT pg_database_size(current_database())"
                    ).scalar_one()
                    / 1e6
                )
            with engine.begin() as connection:
                set_up_s = hq_fulltext.set_up(connection)
            with engine.connect() as connection:
                fulltext = hq_fulltext.compare(connection, timed_cpu) | {"set_up_s": set_up_s}
            engine.dispose()
    fulltext["ms"] = {way: spread(times) for way, times in fulltext["ms"].items()}
    rate = {p: [total / r.seconds for r in runs[p]] for p in runs}
    one, two = spread(rate[1]), spread(rate[2])
    result = {
        "missions": args.missions,
        "import_sessions": "one" if args.one_session else "own",
        "incidents": total,
        "import_incidents_per_s_1": one,
        "import_incidents_per_s_2": two,
        "speedup_2_processes": two["median"] / one["median"],
        # Where an import's time goes: CPU of the import processes and of the server per
        # second of wall time (2.0 is both cores busy), and the load the machine was under.
        "import_cpu_per_wall": {
            p: spread([r.import_cpu_s / r.seconds for r in runs[p]]) for p in runs
        },
        "server_cpu_per_wall": {
            p: spread([r.server_cpu_s / r.seconds for r in runs[p] if r.server_cpu_s is not None])
            for p in runs
            if all(r.server_cpu_s is not None for r in runs[p])
        },
        # The same as CPU milliseconds per incident imported: what a change to the import
        # saves, whatever share of the cores the machine's other work left it.
        "import_cpu_ms_per_incident": {
            p: spread([r.import_cpu_s * 1000 / total for r in runs[p]]) for p in runs
        },
        "server_cpu_ms_per_incident": {
            p: spread(
                [r.server_cpu_s * 1000 / total for r in runs[p] if r.server_cpu_s is not None]
            )
            for p in runs
            if all(r.server_cpu_s is not None for r in runs[p])
        },
        "load_average": {p: spread([r.load for r in runs[p]]) for p in runs},
        # Each import process's CPU per second of its life, and the machine's CPU pressure.
        "import_process_cpu_share": {
            p: spread([share for r in runs[p] for share in r.process_cpu_share]) for p in runs
        },
        "cpu_pressure": {
            p: spread([r.cpu_pressure for r in runs[p] if r.cpu_pressure is not None])
            for p in runs
            if all(r.cpu_pressure is not None for r in runs[p])
        },
        "import_backends": {p: _shares(sum((r.waits for r in runs[p]), Counter())) for p in runs},
        "search_ms": spread(search_ms),
        "search_compared": fulltext,
        "search_hits": hits,
        "timeline_query_ms": spread(timeline_ms),
        "timeline_query_cpu_ms": spread(timeline_cpu_ms),
        "timeline_rows": shown,
        "incident_list_ms": spread(listing_ms),
        "incident_list_cpu_ms": spread(listing_cpu_ms),
        "load_average_reading": os.getloadavg()[0],
        "db_mb": db_mb,
        "bundles_made_s": setup_s,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{args.missions} missions × {args.incidents} incidents, 2 photos each "
          f"(bundles made in {setup_s:.0f} s)")  # fmt: skip
    for key in ("import_incidents_per_s_1", "import_incidents_per_s_2"):
        print(f"{key}: {_range(result[key], 0)}")
    sessions = "one session" if args.one_session else "each in its own session"
    print(f"speed-up with 2 processes ({sessions}): {result['speedup_2_processes']:.2f}×")
    for processes in (1, 2):
        server_cpu = result["server_cpu_per_wall"].get(processes)
        import_cpu = result["import_cpu_per_wall"][processes]
        pressure = result["cpu_pressure"].get(processes)
        print(
            f"  {processes} process(es): import CPU/wall {_range(import_cpu, 2)}, "
            f"server CPU/wall {_range(server_cpu, 2) if server_cpu else 'not measured'}, "
            f"load average {_range(result['load_average'][processes], 1)}, "
            f"CPU pressure {_range(pressure, 2) if pressure else 'not measured'}"
        )
        import_ms = result["import_cpu_ms_per_incident"][processes]
        server_ms = result["server_cpu_ms_per_incident"].get(processes)
        print(
            f"    CPU ms per incident: imports {_range(import_ms, 3)}, "
            f"server {_range(server_ms, 3) if server_ms else 'not measured'}"
        )
        print(
            "    each import process's CPU per second of its life: "
            f"{_range(result['import_process_cpu_share'][processes], 2)}"
        )
        for what, share in result["import_backends"][processes].items():
            print(f"    import backends {what}: {share:.0%} of samples")
    for key in ("search_ms", "timeline_query_ms", "timeline_query_cpu_ms", "incident_list_ms",
                "incident_list_cpu_ms"):  # fmt: skip
        print(f"{key}: {_range(result[key], 1)}")
    compared = result["search_compared"]
    print(f"search compared over {len(compared['hits'])} queries × 7 (full-text set up in "
          f"{compared['set_up_s']:.1f} s):")  # fmt: skip
    for way, ms in compared["ms"].items():
        used = "uses its index" if compared["index_used"][way] else "does NOT use its index"
        print(f"    {way}: {_range(ms, 1)} ms, index {compared['index_mb'][way]:.1f} MB ({used})")
    for query, hits_of in compared["hits"].items():
        print(f"    {query!r} hits: {hits_of}")
    print(f"search hits: {hits}; timeline rows: {shown}; database size: {db_mb:.0f} MB; "
          f"load average while reading: {result['load_average_reading']:.1f}")  # fmt: skip


def _shares(counts: Counter[str]) -> dict[str, float]:
    total = sum(counts.values()) or 1
    return {what: n / total for what, n in counts.most_common()}


def _range(value: dict[str, float], digits: int) -> str:
    return (
        f"{value['median']:.{digits}f} (range {value['min']:.{digits}f}–{value['max']:.{digits}f})"
    )


if __name__ == "__main__":
    main()
