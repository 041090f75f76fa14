"""Fault injection at scale: many more SIGKILLs than the test suite, with counts.

A child process (forked from a server that has imported Casefiles once) imports a batch of small
photos into one case file and is killed with SIGKILL at a random moment; after every kill the
case file must open for writing, pass verify (integrity check, originals against SHA-256, audit
chain, rows against the log) and hold each photo wholly or not at all. Then the same for bundle
imports (all or nothing) and for "save a copy" (whole copy or none).

Prints how many kills landed, where they landed (before writing, while writing, after the end:
for photos by the photos of the batch already stored, for bundles and copies by the child's
trace), when the kills were sent and how long a run that was not killed took (median and range,
in ms), every failure found, and the command with every parameter that gave the figures (the
defaults make 500 + 40 + 40 = 580 kills). Exit status 1 if any failure was found.

    python benchmarks/bench_faults.py [--kills 500] [--kills-per-case 100] [--bundle-kills 40]
        [--copy-kills 40] [--seed 20251114] [--json]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.spread import Spread, spread  # noqa: E402
from casefiles.bundle.export import export_bundle  # noqa: E402
from casefiles.bundle.importer import import_bundle  # noqa: E402
from casefiles.demo import write_demo  # noqa: E402
from casefiles.errors import CaseFileError  # noqa: E402
from casefiles.integrity.verify import verify  # noqa: E402
from casefiles.services import evidence_reading, incidents, notes, photo_import  # noqa: E402
from casefiles.storage.overview import overview  # noqa: E402
from casefiles.storage.store import CaseFile  # noqa: E402
from tests.faults.killing import (  # noqa: E402
    AFTER,
    BEFORE,
    WHILE,
    ForkServer,
    Moments,
    case_with_incident,
    photo_batch,
    problems,
)

BATCH = 12


def photo_kills(folder: Path, kills: int, rng: random.Random, per_case: int) -> dict[str, Any]:
    """`kills` kills, on a new case file every `per_case` kills (verify reads the whole file
    after each kill, so one ever-growing file would make the run quadratic)."""
    stored_at_kill: collections.Counter[int] = collections.Counter()
    where: collections.Counter[str] = collections.Counter()
    failures: list[str] = []
    landed = finished = 0
    kill_after: list[float | None] = []
    whole_runs: list[float] = []
    batches = iter(range(1_000_000))
    started = time.monotonic()
    with ForkServer() as server:

        def run(case: Path, incident: str, kill_after: float | None = None) -> Any:
            number = next(batches)
            batch = photo_batch(folder / f"batch {number}", number * BATCH, BATCH)
            return server.run("import_photos", kill_after=kill_after, case=str(case),
                              incident=incident, folder=str(batch))  # fmt: skip

        while landed < kills:
            case = folder / f"Səfirlik kills {landed}.casefile"
            incident = case_with_incident(case)
            moments = Moments(rng, [run(case, incident) for _ in range(3)][1:])
            for _ in range(min(per_case, kills - landed)):
                while True:  # until a run is killed; the runs that finished are counted
                    before = _photos(case, incident)
                    result = run(case, incident, moments.next())
                    failures += [f"{case.name}: {problem}" for problem in _problems(case)]
                    if result.killed:
                        kill_after.append(result.delay)
                        break
                    moments.learn(result)
                    finished += 1
                    whole_runs.append(result.seconds)
                    if result.status != 0:
                        failures.append(f"{case.name}: a child failed ({result.status})")
                landed += 1
                stored = _photos(case, incident) - before
                stored_at_kill[stored] += 1
                place = BEFORE if stored == 0 else AFTER if stored == BATCH else WHILE
                where[place] += 1
                moments.learn(result, place)
    return {
        "kills": landed,
        "runs_finished_before_the_kill": finished,
        "photos_of_the_batch_stored_when_killed": dict(sorted(stored_at_kill.items())),
        "where_kills_landed": _where(where),
        "failures": failures,
        "seconds": round(time.monotonic() - started, 1),
        **_timings(kill_after, whole_runs),
    }


def bundle_kills(folder: Path, kills: int, rng: random.Random) -> dict[str, Any]:
    source = folder / "demo.casefile"
    write_demo(source)
    with CaseFile.open(source) as case:
        earlier = export_bundle(case, folder / "earlier.zip").path
        incident = incidents.get_by_reference(case, "KYIV-2025-004").uuid
        for number in range(3):
            notes.create(case, f"Later note {number}", incident)
        photo_import.import_files(case, incident, [photo_batch(folder / "late", 900, 2)])
        bundle = export_bundle(case, folder / "later.zip").path
        complete = _counts(case)
    failures: list[str] = []
    outcomes: collections.Counter[str] = collections.Counter()
    where: collections.Counter[str] = collections.Counter()
    landed = 0
    kill_after: list[float | None] = []
    whole_runs: list[float] = []
    attempts = iter(range(1_000_000))

    def target(merging: bool) -> Path:
        path = folder / f"target {next(attempts)}.casefile"
        if merging:
            import_bundle(earlier, path)
        return path

    with ForkServer() as server:
        moments = {
            merging: Moments(rng, [server.run("import_bundle", bundle=str(bundle),
                                              target=str(target(merging))) for _ in range(3)][1:])
            for merging in (False, True)
        }  # fmt: skip
        while landed < kills:
            merging = landed % 2 == 1
            path = target(merging)
            before = _state(path)
            result = server.run("import_bundle", kill_after=moments[merging].next(),
                                bundle=str(bundle), target=str(path))  # fmt: skip
            moments[merging].learn(result)
            landed += result.killed
            if result.killed:
                kill_after.append(result.delay)
            elif result.status == 0:
                whole_runs.append(result.seconds)
            after = _state(path)
            kind = "merge" if merging else "create"
            if result.killed and result.landed:
                where[f"{kind}: {result.landed}"] += 1
            if after == complete:
                outcomes[f"{kind}: complete"] += 1
            elif after == before:
                outcomes[f"{kind}: unchanged"] += 1
            else:
                failures.append(f"{path.name}: partly imported {after}")
            if path.exists():
                failures += [f"{path.name}: {problem}" for problem in _problems(path)]
    return {
        "kills": landed,
        "outcomes": dict(outcomes),
        "where_kills_landed": dict(sorted(where.items())),
        "failures": failures,
        **_timings(kill_after, whole_runs),
    }


def copy_kills(folder: Path, kills: int, rng: random.Random) -> dict[str, Any]:
    source = folder / "demo.casefile"
    write_demo(source)
    failures: list[str] = []
    where: collections.Counter[str] = collections.Counter()
    whole = absent = landed = 0
    kill_after: list[float | None] = []
    whole_runs: list[float] = []
    with ForkServer() as server:
        warm = [server.run("save_copy", case=str(source), target=str(folder / f"w{n}"))
                for n in range(3)]  # fmt: skip
        moments = Moments(rng, warm[1:])
        attempt = 0
        while landed < kills:
            attempt += 1
            target = folder / f"copy {attempt}.casefile"
            result = server.run("save_copy", kill_after=moments.next(), case=str(source),
                                target=str(target))  # fmt: skip
            moments.learn(result)
            landed += result.killed
            if result.killed:
                kill_after.append(result.delay)
            elif result.status == 0:
                whole_runs.append(result.seconds)
            if result.killed and result.landed:
                where[result.landed] += 1
            if not target.exists():
                absent += 1
                continue
            whole += 1
            with CaseFile.open(target, read_only=True) as copy:
                failures += [f"{target.name}: {f.message}" for f in verify(copy)]
    return {
        "kills": landed,
        "whole_copies": whole,
        "no_copy": absent,
        "where_kills_landed": _where(where),
        "failures": failures,
        **_timings(kill_after, whole_runs),
    }


def _timings(kill_after: list[float | None], whole_runs: list[float]) -> dict[str, Any]:
    """When the kills were sent after the child started, and how long the runs that were not
    killed took: ms, median and range (None when there were none)."""
    sent = [delay for delay in kill_after if delay is not None]
    return {
        "kill_after_ms": spread(sent, 1000).as_dict(1) if sent else None,
        "whole_run_ms": spread(whole_runs, 1000).as_dict(1) if whole_runs else None,
    }


def _where(counts: collections.Counter[str]) -> dict[str, int]:
    return {place: counts[place] for place in (BEFORE, WHILE, AFTER)}


def _problems(path: Path) -> list[str]:
    """What `problems` finds, or why the case file cannot even be opened for writing."""
    try:
        return problems(path)
    except CaseFileError as error:
        return [f"cannot be opened for writing: {error}"]


def _photos(path: Path, incident: str) -> int:
    with CaseFile.open(path, read_only=True) as case:
        return len(evidence_reading.list_evidence(case, incident))


def _counts(case: CaseFile) -> tuple[int, ...]:
    facts = overview(case)
    return (facts.sites, facts.incidents, facts.damage_items, facts.photos, facts.notes)


def _state(path: Path) -> tuple[int, ...] | None:
    if not path.exists():
        return None
    with CaseFile.open(path, read_only=True) as case:
        return _counts(case)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=500, help="kills of photo imports")
    parser.add_argument("--kills-per-case", type=int, default=100)
    parser.add_argument("--bundle-kills", type=int, default=40)
    parser.add_argument("--copy-kills", type=int, default=40)
    parser.add_argument("--seed", type=int, default=20251114)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="casefiles-faults-") as folder:
        base = Path(folder)
        for name in ("photos", "bundles", "copies"):
            (base / name).mkdir()
        results = {
            "photo_import": photo_kills(base / "photos", args.kills, rng, args.kills_per_case),
            "bundle_import": bundle_kills(base / "bundles", args.bundle_kills, rng),
            "save_copy": copy_kills(base / "copies", args.copy_kills, rng),
        }
    failures = sum(len(result["failures"]) for result in results.values())
    obtained = (
        f"python benchmarks/bench_faults.py --kills {args.kills} --kills-per-case "
        f"{args.kills_per_case} --bundle-kills {args.bundle_kills} --copy-kills "
        f"{args.copy_kills} --seed {args.seed}"
    )
    if args.json:
        results["obtained_with"] = {"command": obtained}
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for name, result in results.items():
            print(f"{name}:")
            for key, value in result.items():
                if isinstance(value, dict) and set(value) == {"median", "min", "max"}:
                    value = Spread(value["median"], value["min"], value["max"]).text("ms", 1)
                if key != "failures":
                    print(f"  {key.replace('_', ' ')}: {value}")
            print(f"  failures found: {len(result['failures'])}")
            for failure in result["failures"][:20]:
                print(f"    {failure}")
        kills = sum(result["kills"] for result in results.values())
        print(f"Total: {kills} SIGKILLs ({' + '.join(str(r['kills']) for r in results.values())}"
              f"), {failures} failures found.")  # fmt: skip
        print(f"Obtained with: {obtained}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
