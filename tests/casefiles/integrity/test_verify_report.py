"""Saving a verification report: a new file, or a replaced one only when the user said so,
and never the case file it reports on."""

from __future__ import annotations

from pathlib import Path

import pytest

from casefiles.errors import CaseFileError
from casefiles.integrity.verify_report import save_report
from tests.helpers import sha256_of


def test_a_report_is_written_and_replaces_only_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "Yoxlama hesabatı.txt"
    save_report("Birinci\n", target)
    with pytest.raises(CaseFileError):
        save_report("İkinci\n", target)
    assert target.read_text(encoding="utf-8") == "Birinci\n"
    save_report("İkinci\n", target, replace=True)
    assert target.read_text(encoding="utf-8") == "İkinci\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Yoxlama hesabatı.txt"]


@pytest.mark.parametrize("name", ["demo.casefile", "demo.casefile-wal"])
def test_the_case_file_and_its_sidecars_are_never_replaced(demo_path: Path, name: str) -> None:
    target = demo_path.with_name(name)
    target.touch()
    before = sha256_of(target), sha256_of(demo_path)
    with pytest.raises(CaseFileError):
        save_report("report\n", target, replace=True, protect=[demo_path])
    assert (sha256_of(target), sha256_of(demo_path)) == before
