"""Processes that write a case file are killed with SIGKILL at random moments (a power cut, as
far as the file can tell). After each kill the case file opens, verifies, and holds every
photo wholly or not at all; a bundle import is all or nothing; a copy is whole or absent.

The moments come from a seeded random generator, half spread over the time a full run takes, so
kills land while opening, reading, hashing, writing and committing, and half aimed at the
stretch that writes. Each scenario prints where its kills landed (before writing, while writing,
after the end) and fails unless at least a third landed strictly mid-work: a test whose kills
all land before anything is written would pass on code that wrote nothing safely. The case file
is reused from kill to kill, so damage left by one would show in the next check.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from casefiles.bundle.export import export_bundle
from casefiles.bundle.importer import import_bundle
from casefiles.integrity.verify import verify
from casefiles.services import evidence_reading, incidents, notes, photo_import
from casefiles.storage.overview import overview
from casefiles.storage.store import CaseFile
from tests.faults.killing import (
    AFTER,
    BEFORE,
    WHILE,
    ForkServer,
    Landings,
    Moments,
    Run,
    case_with_incident,
    photo_batch,
    problems,
)

pytestmark = pytest.mark.faults

PHOTO_KILLS = 50
BUNDLE_KILLS = 3  # of each kind: create, merge
COPY_KILLS = 4
BATCH = 12
SEED = 20251114


def test_sigkill_at_random_moments_of_photo_imports(tmp_path: Path) -> None:
    case = tmp_path / "Səfirlik kills.casefile"
    incident = case_with_incident(case)
    folders: list[Path] = []
    with ForkServer() as server:

        def run(kill_after: float | None = None) -> Run:
            folder = photo_batch(tmp_path / f"batch {len(folders)}", BATCH * len(folders), BATCH)
            folders.append(folder)
            return server.run("import_photos", kill_after=kill_after, case=str(case),
                              incident=incident, folder=str(folder))  # fmt: skip

        moments = Moments(random.Random(SEED), [run() for _ in range(3)][1:])
        landings = Landings("photo imports")
        while landings.kills < PHOTO_KILLS or not landings.share_met():
            assert len(folders) < PHOTO_KILLS * 4, f"{len(folders)} runs: {landings}"
            delay = moments.next()
            result = run(kill_after=delay)
            assert result.killed or result.status == 0, f"{folders[-1].name}: the child failed"
            assert problems(case) == [], f"{folders[-1].name}, killed after {delay:.3f} s"
            if result.killed:  # where it landed: how much of this batch was stored
                stored = _stored(case, incident, folders[-1])
                landed = BEFORE if stored == 0 else AFTER if stored == BATCH else WHILE
                landings.add(landed)
                moments.learn(result, landed)
            else:
                moments.learn(result)
    print(landings)
    assert landings.share_met(), landings
    # The file is still usable: importing the last folder again completes it.
    with CaseFile.open(case) as opened:
        outcomes = photo_import.import_files(opened, incident, [folders[-1]])
        assert {o.outcome for o in outcomes} <= {"imported", "duplicate"}
        assert len(evidence_reading.list_evidence(opened, incident)) >= BATCH * 3
        assert verify(opened) == []


def test_sigkill_during_a_bundle_import_leaves_all_or_nothing(
    demo_path: Path, tmp_path: Path
) -> None:
    """A case file is created from the bundle, or the bundle is merged into a case file made
    from an earlier bundle (so the merge has records and an original to add); kills land in
    both until each has had its share."""
    rng = random.Random(SEED + 1)
    with CaseFile.open(demo_path) as source:
        earlier = export_bundle(source, tmp_path / "earlier.zip").path
        before = _counts(overview(source))
        incident = incidents.get_by_reference(source, "KYIV-2025-004").uuid
        for number in range(3):
            notes.create(source, f"Written after the first hand-over, note {number}", incident)
        photo_import.import_files(source, incident, [photo_batch(tmp_path / "late", 500, 1)])
        bundle = export_bundle(source, tmp_path / "later.zip").path
        after = _counts(overview(source))
    targets = (tmp_path / f"ministry {n}.casefile" for n in range(1000))

    def target(merge: bool) -> Path:
        path = next(targets)
        if merge:
            import_bundle(earlier, path)
        return path

    with ForkServer() as server:
        moments = {
            merge: Moments(rng, [server.run("import_bundle", bundle=str(bundle),
                                            target=str(target(merge))) for _ in range(3)][1:])
            for merge in (False, True)
        }  # fmt: skip
        landings = {False: Landings("bundle imports creating a file"),
                    True: Landings("bundle imports merging")}  # fmt: skip
        for round_ in range(120):
            merge = round_ % 2 == 1
            if landings[merge].kills >= BUNDLE_KILLS and landings[merge].share_met():
                continue
            path = target(merge)
            run = server.run("import_bundle", kill_after=moments[merge].next(),
                             bundle=str(bundle), target=str(path))  # fmt: skip
            if run.killed and run.landed:
                landings[merge].add(run.landed)
            moments[merge].learn(run)
            assert _state(path) in {after, before if merge else None}, f"round {round_}"
            if path.exists():
                assert problems(path) == []
    for merge in (False, True):
        print(landings[merge])
        assert landings[merge].kills >= BUNDLE_KILLS, landings[merge]
        assert landings[merge].share_met(), landings[merge]


def test_sigkill_during_save_a_copy_leaves_a_whole_copy_or_none(
    demo_path: Path, tmp_path: Path
) -> None:
    targets = (tmp_path / f"copy {n}.casefile" for n in range(1000))
    with ForkServer() as server:
        whole = [server.run("save_copy", case=str(demo_path), target=str(next(targets)))
                 for _ in range(3)]  # fmt: skip
        moments = Moments(random.Random(SEED + 2), whole[1:])
        landings = Landings("copies")
        for _ in range(120):
            if landings.kills >= COPY_KILLS and landings.share_met():
                break
            path = next(targets)
            run = server.run("save_copy", kill_after=moments.next(), case=str(demo_path),
                             target=str(path))  # fmt: skip
            if run.killed and run.landed:
                landings.add(run.landed)
            moments.learn(run)
            if path.exists():
                with CaseFile.open(path, read_only=True) as copy:
                    assert verify(copy) == []
            else:
                assert run.killed
    print(landings)
    assert landings.kills >= COPY_KILLS, landings
    assert landings.share_met(), landings


def _stored(case: Path, incident: str, folder: Path) -> int:
    """How many photos of this batch the case file holds."""
    names = {path.name for path in folder.iterdir()}
    with CaseFile.open(case, read_only=True) as opened:
        listed = evidence_reading.list_evidence(opened, incident)
        return sum(record.original_filename in names for record in listed)


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
