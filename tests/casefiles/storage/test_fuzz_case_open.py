"""Random and damaged files given to the case-file opener: only typed errors come out, and
the file is left byte for byte as it was. Damage is concentrated on the 100-byte header and
the first page (the schema), where SQLite and the header check look first."""

from __future__ import annotations

import hashlib
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import strategies as st

from casefiles.errors import CaseFileError
from casefiles.integrity.verify import verify
from casefiles.services import incidents, notes, sites
from casefiles.services.mission import create_case_file
from casefiles.storage.file_format import PAGE_SIZE
from casefiles.storage.store import CaseFile
from tests.fuzzing import ACCEPTED, REFUSED, Damage, damage, explore, random_bytes

_names = itertools.count()


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("fuzz case") / "small.casefile"
    with create_case_file(path, "Səfirlik", timezone="Europe/Kyiv") as case:
        site = sites.create(case, kind="chancery", name="Chancery")
        incident = incidents.create(case, title="Strike", site=site.uuid, span="2025-11-14")
        notes.create(case, "Вікна вибиті", incident.uuid)
    return path.read_bytes()


def _open_and_check(folder: Path, data: bytes) -> str:
    """Open the bytes as a case file: a one-line typed refusal, or an open file with its
    fingerprint; the file is unchanged either way."""
    path = folder / f"case {next(_names)}.casefile"
    path.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    try:
        with CaseFile.open(path, read_only=True) as case:
            assert re.fullmatch("[0-9a-f]{64}", case.fingerprint())
            verify(case)  # findings or none, never a crash
            outcome = ACCEPTED
    except CaseFileError as error:
        assert str(error) and "\n" not in str(error)
        outcome = REFUSED
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    return outcome


def test_random_bytes(tmp_path: Path, original: bytes) -> None:
    """Random bytes, a header followed by random bytes, and a real file with random bytes
    after its last page (which SQLite does not read)."""
    explore(
        "random bytes as a case file",
        random_bytes()
        | random_bytes().map(lambda tail: b"SQLite format 3\x00" + tail)
        | random_bytes().map(lambda tail: original + tail),
        lambda data: _open_and_check(tmp_path, data),
    )


def test_damaged_case_files(tmp_path: Path, original: bytes) -> None:
    explore(
        "damaged case files",
        st.one_of(damage(head=100), damage(head=PAGE_SIZE), damage()),
        lambda spoil: _open_and_check(tmp_path, spoil.apply(original)),
    )


def test_a_schema_page_flipped_gives_findings(tmp_path: Path, original: bytes) -> None:
    # Found by this fuzzing: the file opens, but a table's columns no longer read.
    damaged = Damage(kind="flip", where=(0.96875,), values=b"\x00", head=65536).apply(original)
    assert _open_and_check(tmp_path, damaged) == ACCEPTED
