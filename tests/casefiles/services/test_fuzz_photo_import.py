"""Random and damaged bytes fed to the photo importer: each file is imported whole or refused
with a reason; nothing escapes, and a refused file changes nothing in the case file."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import strategies as st

from casefiles.integrity.verify import verify
from casefiles.services import evidence_reading, incidents, photo_import, sites
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory
from tests.fuzzing import ACCEPTED, REFUSED, damage, explore, random_bytes

# Pillow warns about the damaged EXIF it skips: expected here, and not a failure.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:PIL.TiffImagePlugin")
WHEN = datetime(2025, 11, 14, 7, 30, tzinfo=timezone(timedelta(hours=2)))
SUFFIXES = (".jpg", ".png", ".heic", ".jpg")
_names = itertools.count()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """Small real files of each kind: JPEG with EXIF and GPS, PNG, HEIC, rotated JPEG."""
    folder = tmp_path_factory.mktemp("seeds")
    made = [
        factory.camera_jpeg(folder / "a.jpg", when=WHEN, size=(96, 72)),
        factory.png_without_metadata(folder / "b.png", size=(64, 40)),
        factory.heic_with_time(folder / "c.heic", WHEN),
        factory.orientation_jpeg(folder / "d.jpg", 6, portrait=False),
    ]
    return [path.read_bytes() for path in made]


@pytest.fixture
def target(new_case: CaseFile) -> tuple[CaseFile, str]:
    site = sites.create(new_case, kind="chancery", name="Chancery")
    incident = incidents.create(new_case, title="Strike", site=site.uuid, span="2025-11-14")
    return new_case, incident.uuid


def _import_and_check(case: CaseFile, incident: str, folder: Path, data: bytes, suffix: str) -> str:
    path = folder / f"file {next(_names)}{suffix}"
    path.write_bytes(data)
    before = case.fingerprint()
    outcomes = photo_import.import_files(case, incident, [path])  # must not raise
    assert len(outcomes) == 1
    outcome = outcomes[0]
    if outcome.outcome == "refused":
        assert outcome.reason
        assert case.fingerprint() == before
        return REFUSED
    assert outcome.outcome in ("imported", "duplicate")
    assert outcome.evidence_uuid is not None
    assert evidence_reading.original_bytes(case, outcome.evidence_uuid) == data
    assert verify(case) == []
    return ACCEPTED


def test_random_bytes(target: tuple[CaseFile, str], seeds: list[bytes], tmp_path: Path) -> None:
    """Random bytes under a photo's name, and real photos with random bytes after their end
    (which decoders ignore, so those are imported whole)."""
    explore(
        "random bytes as a photo",
        st.tuples(random_bytes(), st.sampled_from(SUFFIXES))
        | st.tuples(st.integers(0, len(SUFFIXES) - 1), random_bytes()).map(
            lambda pick: (seeds[pick[0]] + pick[1], SUFFIXES[pick[0]])
        ),
        lambda example: _import_and_check(*target, tmp_path, *example),
    )


def test_damaged_real_photos(
    target: tuple[CaseFile, str], seeds: list[bytes], tmp_path: Path
) -> None:
    explore(
        "damaged photos",
        st.tuples(st.integers(0, len(SUFFIXES) - 1), damage()),
        lambda example: _import_and_check(
            *target, tmp_path, example[1].apply(seeds[example[0]]), SUFFIXES[example[0]]
        ),
    )
