"""What makes a file a case file, checked with nothing but files in tmp_path: each refusal in
its own words. Fast enough to run against every mutant of file_format.py (tools/mutation.sh)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from casefiles.errors import CaseFileDamaged, CaseFileMissing, PermissionDenied
from casefiles.storage.file_format import check_encrypted, check_header
from tests.helpers import shared_temp_dir, unprivileged

CHECKS = [check_header, check_encrypted]


@pytest.mark.parametrize("check", CHECKS)
def test_a_missing_file_is_named(check: Callable[[Path], None], tmp_path: Path) -> None:
    path = tmp_path / "Səfirlik.casefile"
    with pytest.raises(CaseFileMissing) as refused:
        check(path)
    assert str(refused.value) == f"There is no file at {path}."


@pytest.mark.parametrize("check", CHECKS)
def test_a_file_the_user_may_not_read_is_said_so(check: Callable[[Path], None]) -> None:
    with shared_temp_dir() as shared:
        path = shared / "Посольство.casefile"
        path.write_bytes(b"SQLite format 3\x00" + bytes(84))
        path.chmod(0o600)
        with unprivileged(), pytest.raises(PermissionDenied) as refused:
            check(path)
        assert str(refused.value) == f"You do not have permission to read {path}."


@pytest.mark.parametrize("check", CHECKS)
def test_a_loop_of_links_is_a_message_not_a_traceback(
    check: Callable[[Path], None], tmp_path: Path
) -> None:
    path = tmp_path / "Döngü.casefile"
    path.symlink_to(path.name)
    with pytest.raises(CaseFileDamaged) as refused:
        check(path)
    assert str(refused.value) == f"{path} cannot be read: Too many levels of symbolic links."


def test_a_file_cut_short_beside_an_empty_wal_is_damaged(
    demo_original: Path, tmp_path: Path
) -> None:
    """Only a -wal file with frames can hold the pages page 1 promises; an empty one cannot."""
    data = demo_original.read_bytes()
    path = tmp_path / "Kəsik.casefile"
    path.write_bytes(data[: len(data) // 2])
    wal = Path(f"{path}-wal")
    wal.write_bytes(b"")
    message = re.escape(f"Kəsik.casefile is damaged: it is cut short ({len(data) // 2:,} of ")
    with pytest.raises(CaseFileDamaged, match=message):
        check_header(path)
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(28))  # a WAL header: its frames may follow
    check_header(path)
