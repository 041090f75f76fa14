"""Safe file writing through its public functions: a file gets its name whole or not at all,
never over a file that is already there, on file systems with and without hard links."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from casefiles.errors import AlreadyExists
from casefiles.storage.file_writing import (
    can_write,
    fsync_file,
    fsync_folder,
    publish,
    remove_with_sidecars,
)
from tests.helpers import shared_temp_dir, unprivileged

CONTENT = "Səfirlik — посольство".encode()


def _no_hard_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """A FAT-formatted USB stick: the file system refuses hard links (the true boundary)."""

    def refuse(source: object, target: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", refuse)


def test_a_published_file_has_its_name_and_the_partial_stays_for_the_caller(
    tmp_path: Path,
) -> None:
    partial = tmp_path / ".Köhnə.casefile.partial"
    partial.write_bytes(CONTENT)
    target = tmp_path / "Köhnə.casefile"
    publish(partial, target)
    assert target.read_bytes() == CONTENT
    assert partial.exists(), "a hard link leaves the partial file for the caller to remove"
    assert os.path.samefile(partial, target)


def test_publish_never_replaces_a_file_that_is_there(tmp_path: Path) -> None:
    partial = tmp_path / "partial"
    partial.write_bytes(CONTENT)
    target = tmp_path / "Посольство.casefile"
    target.write_bytes(b"someone else's file")
    with pytest.raises(AlreadyExists, match=r"Посольство\.casefile already exists; choose another"):
        publish(partial, target)
    assert target.read_bytes() == b"someone else's file"
    assert partial.read_bytes() == CONTENT


def test_without_hard_links_the_partial_file_is_renamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_hard_links(monkeypatch)
    partial = tmp_path / "partial"
    partial.write_bytes(CONTENT)
    target = tmp_path / "copy.casefile"
    publish(partial, target)
    assert target.read_bytes() == CONTENT
    assert not partial.exists()


def test_without_hard_links_a_file_that_is_there_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_hard_links(monkeypatch)
    partial = tmp_path / "partial"
    partial.write_bytes(CONTENT)
    target = tmp_path / "copy.casefile"
    target.write_bytes(b"there first")
    with pytest.raises(AlreadyExists, match=r"copy\.casefile already exists"):
        publish(partial, target)
    assert target.read_bytes() == b"there first"
    assert partial.read_bytes() == CONTENT


def test_a_sqlite_file_is_removed_with_every_file_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "case.casefile"
    beside = [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")]
    for file in beside:
        file.write_bytes(b"x")
    keep = tmp_path / "case.casefile.lock"
    keep.write_bytes(b"lock")
    remove_with_sidecars(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.casefile.lock"]


def test_removing_tolerates_files_that_are_not_there(tmp_path: Path) -> None:
    path = tmp_path / "case.casefile"
    Path(f"{path}-shm").write_bytes(b"x")
    remove_with_sidecars(path)
    assert list(tmp_path.iterdir()) == []


def test_can_write_follows_the_effective_user() -> None:
    with shared_temp_dir() as folder:
        closed = folder / "closed"
        closed.mkdir()
        closed.chmod(0o555)
        assert can_write(folder)
        with unprivileged():
            assert can_write(folder)  # 0o777
            assert not can_write(closed)  # root's real id could; the effective one cannot


def test_flushing_a_file_and_its_folder_keeps_their_contents(tmp_path: Path) -> None:
    path = tmp_path / "flushed"
    path.write_bytes(CONTENT)
    fsync_file(path)
    fsync_folder(tmp_path)
    fsync_folder(tmp_path / "not there")  # nothing to flush is not an error
    assert path.read_bytes() == CONTENT


def test_where_effective_ids_are_not_offered_the_plain_check_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows offers no effective ids: the plain access check runs there."""
    monkeypatch.setattr(os, "supports_effective_ids", set())
    assert can_write(tmp_path)
    assert not can_write(tmp_path / "not there")
