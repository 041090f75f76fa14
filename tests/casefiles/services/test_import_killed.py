"""A process importing photos is killed halfway: the case file still verifies, and every photo
is wholly present (row, original, thumbnail) or wholly absent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from casefiles.integrity.verify import verify
from casefiles.services import evidence_reading, incidents, photo_import
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.faults.killing import problems

ROOT = Path(__file__).parents[3]
IMPORTER = """
import sys
from pathlib import Path
from casefiles.services import incidents, photo_import
from casefiles.storage.store import CaseFile
case = CaseFile.open(sys.argv[1])
target = incidents.get_by_reference(case, "KYIV-2025-004").uuid
photo_import.import_files(case, target, [Path(sys.argv[2])],
                      progress=lambda done, total, path: print(done, flush=True))
print("finished", flush=True)
"""


def test_killed_in_the_middle_of_an_import(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    when = datetime(2025, 11, 14, 10, 0, tzinfo=timezone(timedelta(hours=2)))
    for number in range(24):
        factory.camera_jpeg(folder / f"photo {number:02}.jpg", when=when, size=(1200 + number, 900))
    with CaseFile.open(demo_path, read_only=True) as case:
        november = incidents.get_by_reference(case, "KYIV-2025-004").uuid
        before = len(evidence_reading.list_evidence(case, november))
    child = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(demo_path), str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == "8":
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()

    assert problems(demo_path) == []  # verify passes; every photo whole or absent
    with CaseFile.open(demo_path) as case:
        stored = len(evidence_reading.list_evidence(case, november)) - before
        assert 8 <= stored < 24
        # Importing the folder again completes the set: the rest come in, the first are duplicates.
        outcomes = photo_import.import_files(case, november, [folder])
        assert sum(o.outcome == "duplicate" for o in outcomes) == stored
        assert len(evidence_reading.list_evidence(case, november)) == before + 24
        assert verify(case) == []
