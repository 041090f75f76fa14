"""Processes that write a case file are killed with SIGKILL at random moments (a power cut, as
far as the file can tell). After each kill the case file opens, verifies, and holds every
photo wholly or not at all; a bundle import is all or nothing; a copy is whole or absent.

The moments come from a seeded random generator, spread over the time a full run takes, so
kills land while opening, reading, hashing, writing and committing. The case file is reused
from kill to kill, so damage left by one would show in the next check.
"""

from __future__ import annotations

import random
import statistics
from pathlib import Path

import pytest

from casefiles.bundle.export import export_bundle
from casefiles.bundle.importer import import_bundle
from casefiles.overview import overview
from casefiles.services import evidence, incidents, notes
from casefiles.store import CaseFile
from casefiles.verify import verify
from tests.faults.killing import ForkServer, Run, case_with_incident, photo_batch, problems

pytestmark = pytest.mark.faults

PHOTO_KILLS = 50
BATCH = 12
SEED = 20251114


def test_sigkill_at_random_moments_of_photo_imports(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    case = tmp_path / "Səfirlik kills.casefile"
    incident = case_with_incident(case)
    with ForkServer() as server:

        def run(name: str, kill_after: float | None = None) -> Run:
            folder = photo_batch(tmp_path / name, BATCH * len(names), BATCH)
            names.append(folder)
            return server.run("import_photos", kill_after=kill_after, case=str(case),
                              incident=incident, folder=str(folder))  # fmt: skip

        names: list[Path] = []
        # How long a whole run takes, from runs that were not killed (the first is cold, and
        # the machine may be busy): kills are spread over that time.
        durations = [run(f"warm {n}").seconds for n in range(3)][1:]
        kills = 0
        while kills < PHOTO_KILLS:
            assert len(names) < PHOTO_KILLS * 3, f"only {kills} of {len(names)} runs were killed"
            delay = rng.uniform(0.0, statistics.median(durations) * 1.1)
            result = run(f"batch {len(names)}", kill_after=delay)
            assert result.killed or result.status == 0, f"{names[-1].name}: the child failed"
            if result.killed:
                kills += 1
            else:
                durations.append(result.seconds)
            assert problems(case) == [], f"{names[-1].name}, killed after {delay:.3f} s"
    # The file is still usable: importing the last folder again completes it.
    with CaseFile.open(case) as opened:
        outcomes = evidence.import_files(opened, incident, [names[-1]])
        assert {o.outcome for o in outcomes} <= {"imported", "duplicate"}
        assert len(evidence.list_evidence(opened, incident)) >= BATCH * 3
        assert verify(opened) == []


def test_sigkill_during_a_bundle_import_leaves_all_or_nothing(
    demo_path: Path, tmp_path: Path
) -> None:
    """Even rounds create a case file from the bundle; odd rounds merge it into a case file
    made from an earlier bundle, so the merge has records and an original to add."""
    rng = random.Random(SEED + 1)
    with CaseFile.open(demo_path) as source:
        earlier = export_bundle(source, tmp_path / "earlier.zip").path
        before = _counts(overview(source))
        incident = incidents.get_by_reference(source, "KYIV-2025-004").uuid
        for number in range(3):
            notes.create(source, f"Written after the first hand-over, note {number}", incident)
        photo = photo_batch(tmp_path / "late photo", 500, 1)
        evidence.import_files(source, incident, [photo])
        bundle = export_bundle(source, tmp_path / "later.zip").path
        after = _counts(overview(source))
    with ForkServer() as server:
        for warm_up in (0, 1):  # the second run's time is a warm run's
            full = server.run("import_bundle", bundle=str(bundle),
                              target=str(tmp_path / f"warm {warm_up}.casefile"))  # fmt: skip
            assert full.status == 0
        kills = 0
        for round_ in range(8):
            target = tmp_path / f"ministry {round_}.casefile"
            if round_ % 2:
                import_bundle(earlier, target)
            run = server.run("import_bundle", kill_after=rng.uniform(0.0, full.seconds * 1.2),
                             bundle=str(bundle), target=str(target))  # fmt: skip
            kills += run.killed
            expected = {after, before if round_ % 2 else None}
            assert _state(target) in expected, f"round {round_}"
            if target.exists():
                assert problems(target) == []
    assert kills >= 3


def test_sigkill_during_save_a_copy_leaves_a_whole_copy_or_none(
    demo_path: Path, tmp_path: Path
) -> None:
    rng = random.Random(SEED + 2)
    with ForkServer() as server:
        for warm_up in (0, 1):  # the second run's time is a warm run's
            full = server.run("save_copy", case=str(demo_path),
                              target=str(tmp_path / f"warm {warm_up}.casefile"))  # fmt: skip
            assert full.status == 0
        kills = 0
        for round_ in range(8):
            target = tmp_path / f"copy {round_}.casefile"
            run = server.run("save_copy", kill_after=rng.uniform(0.0, full.seconds * 1.2),
                             case=str(demo_path), target=str(target))  # fmt: skip
            kills += run.killed
            if target.exists():
                with CaseFile.open(target, read_only=True) as copy:
                    assert verify(copy) == []
            else:
                assert run.killed
    assert kills >= 3


def _state(path: Path) -> tuple[int, ...] | None:
    if not path.exists():
        return None
    with CaseFile.open(path, read_only=True) as case:
        return _counts(overview(case))


def _counts(facts: object) -> tuple[int, ...]:
    return tuple(
        getattr(facts, name)
        for name in ("sites", "incidents", "damage_items", "photos", "notes", "correspondence")
    )
