"""Random and damaged files given to the case-file opener: only typed errors come out, and
the file is left byte for byte as it was. Damage is concentrated on the 100-byte header and
the first page (the schema), where SQLite and the header check look first."""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefiles.errors import CaseFileError
from casefiles.file_format import PAGE_SIZE
from casefiles.services import incidents, notes, sites
from casefiles.store import CaseFile
from tests.casefiles.fuzzing import SETTINGS, Damage, damage, random_bytes

_names = itertools.count()


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("fuzz case") / "small.casefile"
    with CaseFile.create(path, "Səfirlik", timezone="Europe/Kyiv") as case:
        site = sites.create(case, kind="chancery", name="Chancery")
        incident = incidents.create(case, title="Strike", site=site.uuid, when="2025-11-14")
        notes.create(case, "Вікна вибиті", incident.uuid)
    return path.read_bytes()


def _open_and_check(folder: Path, data: bytes) -> None:
    path = folder / f"case {next(_names)}.casefile"
    path.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    try:
        with CaseFile.open(path, read_only=True) as case:
            case.fingerprint()
    except CaseFileError as error:
        assert str(error) and "\n" not in str(error)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


@settings(**SETTINGS, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=random_bytes() | random_bytes().map(lambda tail: b"SQLite format 3\x00" + tail))
def test_random_bytes(tmp_path: Path, data: bytes) -> None:
    _open_and_check(tmp_path, data)


@settings(**SETTINGS, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(spoil=st.one_of(damage(head=100), damage(head=PAGE_SIZE), damage()))
def test_damaged_case_files(tmp_path: Path, original: bytes, spoil: Damage) -> None:
    _open_and_check(tmp_path, spoil.apply(original))
