"""Safe file writing through its public functions: a file gets its name whole or not at all,
never over a file that is already there, on file systems with and without hard links."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casefiles.errors import AlreadyExists, CaseFileMissing, PermissionDenied
from casefiles.storage import file_writing
from casefiles.storage.file_writing import (
    LEFTOVER_AFTER_S,
    can_write,
    check_new_file,
    fsync_file,
    fsync_folder,
    publish,
    remove_leftovers,
    remove_with_sidecars,
    written_whole,
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


def test_names_sqlite_and_the_lock_keep_beside_a_case_file_are_refused(tmp_path: Path) -> None:
    names = ("Səfirlik.casefile-wal", "qeyd-shm", "Посольство-journal", "Səfirlik.casefile.lock")
    for name in names:
        with pytest.raises(AlreadyExists) as refused:
            check_new_file(tmp_path / name)
        assert str(refused.value) == (
            f"{name} is a name SQLite or Casefiles uses for its own files beside a case file; "
            "choose another name."
        )
    check_new_file(tmp_path / "qeydlər.lock")  # a lock only beside a case file is ours
    assert list(tmp_path.iterdir()) == []


def test_the_open_case_file_and_the_files_beside_it_are_refused_by_any_name(
    tmp_path: Path,
) -> None:
    """A link or another name for a protected file (or one SQLite or the lock keeps beside it)
    is refused as that file: writing there would damage the open case file."""
    case = tmp_path / "Səfirlik.casefile"
    beside = [Path(f"{case}{suffix}") for suffix in ("", "-wal", "-shm", "-journal", ".lock")]
    for file in beside:
        file.write_bytes(b"x")
    for number, file in enumerate(beside):
        link = tmp_path / f"bağlantı {number}.pdf"
        link.symlink_to(file)
        with pytest.raises(AlreadyExists) as refused:
            check_new_file(link, protect=[tmp_path / "other.casefile", case])
        assert str(refused.value) == f"{link} is a file Casefiles is using; choose another name."
    with pytest.raises(AlreadyExists, match="Casefiles is using"):
        check_new_file(case, protect=[case], replace=True)
    hard = tmp_path / "eyni fayl.casefile"
    os.link(case, hard)  # the same file by another name, not by its path
    with pytest.raises(AlreadyExists, match="Casefiles is using"):
        check_new_file(hard, protect=[case], replace=True)
    check_new_file(tmp_path / "yeni.pdf", protect=[case])  # a new name beside them is fine


def test_a_protected_name_is_refused_before_its_file_exists(tmp_path: Path) -> None:
    """The lock of a file being read, or a case file still being made, by any spelling of its
    path: the name is taken by what will be there, not only by what is."""
    reading, making = tmp_path / "Hesabat.zip", tmp_path / "Yeni.casefile"
    (tmp_path / "qovluq").mkdir()
    for target in (tmp_path / "Hesabat.zip.lock", tmp_path / "qovluq" / ".." / "Yeni.casefile"):
        with pytest.raises(AlreadyExists) as refused:
            check_new_file(target, protect=[reading, making])
        assert str(refused.value) == f"{target} is a file Casefiles is using; choose another name."


def test_an_existing_output_is_refused_unless_replacing_a_plain_file(tmp_path: Path) -> None:
    there = tmp_path / "Xülasə.pdf"
    there.write_bytes(b"old")
    with pytest.raises(AlreadyExists) as refused:
        check_new_file(there)
    assert str(refused.value) == f"{there} already exists; choose another name."
    check_new_file(there, replace=True)
    folder, link = tmp_path / "qovluq.pdf", tmp_path / "keçid.pdf"
    folder.mkdir()
    link.symlink_to(there)  # replacing would write through the link
    for odd in (folder, link):
        with pytest.raises(AlreadyExists) as refused:
            check_new_file(odd, replace=True)
        assert str(refused.value) == f"{odd} is not a plain file; choose another name."
    assert there.read_bytes() == b"old"


def test_an_output_in_a_folder_that_is_missing_or_closed_is_refused(tmp_path: Path) -> None:
    missing = tmp_path / "yox qovluq"
    with pytest.raises(CaseFileMissing) as refused:
        check_new_file(missing / "Xülasə.pdf")
    assert str(refused.value) == f"The folder {missing} does not exist."
    a_file = tmp_path / "fayl"
    a_file.write_bytes(b"x")
    with pytest.raises(PermissionDenied) as refused:
        check_new_file(a_file / "Xülasə.pdf")  # a file where a folder should be
    assert str(refused.value) == f"{a_file / 'Xülasə.pdf'} cannot be written: Not a directory."
    with shared_temp_dir() as shared:
        closed = shared / "Bağlı"
        closed.mkdir()
        closed.chmod(0o555)
        with unprivileged(), pytest.raises(PermissionDenied) as refused:
            check_new_file(closed / "Xülasə.pdf")
        assert str(refused.value) == f"You do not have permission to write in {closed}."
        with unprivileged():
            check_new_file(shared / "Xülasə.pdf")


def _left(folder: Path, name: str, age_s: float, now: float) -> Path:
    path = folder / name
    path.write_bytes(b"GPS 40.3777 49.8920 and half a photo")
    os.utime(path, (now - age_s, now - age_s))
    return path


def test_what_killed_writers_left_is_removed_once_quiet_and_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = float(int(time.time()))  # whole seconds: the ages below are exact
    monkeypatch.setattr(time, "time", lambda: now)
    dead, alive, quiet = _dead_pid(), os.getppid(), 600
    removed = [
        _left(tmp_path, f".Hesabat.zip.writing-{dead}", quiet, now),  # exactly quiet long
        _left(tmp_path, f".Nazirlik.casefile.importing-{dead}-wal", quiet + 1, now),
        _left(tmp_path, f".Nazirlik.casefile.importing-{dead}.lock", quiet + 1, now),
        _left(tmp_path, f".copy.casefile.copying-{dead}-journal", quiet + 1, now),
        _left(tmp_path, f".x.casefile.rekeying-{dead}-shm", quiet + 1, now),
        _left(tmp_path, f".Xülasə.pdf.partial-{alive}", LEFTOVER_AFTER_S + 1, now),  # a day old
    ]
    kept = [
        _left(tmp_path, f".recent.zip.writing-{dead}", quiet - 1, now),  # maybe another host
        _left(tmp_path, f".busy.zip.writing-{alive}", LEFTOVER_AFTER_S, now),  # alive, not a day
        _left(tmp_path, f".mine.pdf.partial-{os.getpid()}", LEFTOVER_AFTER_S + 1, now),  # ours
        _left(tmp_path, ".hidden notes.txt", LEFTOVER_AFTER_S + 1, now),  # not ours
        _left(tmp_path, f".plain.{dead}", LEFTOVER_AFTER_S + 1, now),
        _left(tmp_path, f"Hesabat.zip.writing-{dead}", LEFTOVER_AFTER_S + 1, now),  # not hidden
    ]
    remove_leftovers(tmp_path, quiet_s=quiet)
    assert [p.name for p in removed if p.exists()] == []
    assert [p.name for p in kept if not p.exists()] == []
    remove_leftovers(tmp_path / "yox")  # a folder that cannot be listed holds nothing
    remove_leftovers(tmp_path)  # the lock's ten minutes by default: the recent one stays
    assert kept[0].exists()


def test_a_leftover_another_cleaner_removed_first_does_not_stop_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two commands starting in one folder both clean it: each leftover judged here is removed
    by the other one just before we remove it, whichever order the folder lists them in."""
    old = time.time() - LEFTOVER_AFTER_S / 2
    left = {pid: _left(tmp_path, f".Hesabat {pid}.zip.writing-{pid}", 0, old) for pid in
            (_dead_pid(), _dead_pid(), _dead_pid())}  # fmt: skip
    judged: list[int] = []

    def gone_meanwhile(pid: int) -> bool:
        judged.append(pid)
        left[pid].unlink()  # the other cleaner's removal, between our look and ours
        return False

    monkeypatch.setattr(file_writing, "pid_alive", gone_meanwhile)
    remove_leftovers(tmp_path)
    assert sorted(judged) == sorted(left)
    assert list(tmp_path.iterdir()) == []


def test_checking_an_output_removes_what_killed_writers_left_beside_it(tmp_path: Path) -> None:
    old = time.time() - 700
    left = _left(tmp_path, f".Xülasə.pdf.partial-{_dead_pid()}", 0, old)
    check_new_file(tmp_path / "Xülasə.pdf")
    assert not left.exists()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_file_written_whole_gets_its_name_only_when_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "Xülasə.pdf"
    with written_whole(target, stage="writing") as partial:
        assert partial == tmp_path / f".Xülasə.pdf.writing-{os.getpid()}"
        partial.write_bytes(CONTENT)
        Path(f"{partial}-journal").write_bytes(b"x")
        assert not target.exists()
    assert target.read_bytes() == CONTENT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Xülasə.pdf"]
    with written_whole(tmp_path / "default.pdf") as partial:
        assert partial.name == f".default.pdf.partial-{os.getpid()}"
        partial.write_bytes(CONTENT)


def test_a_file_whose_writing_failed_is_neither_named_nor_left(tmp_path: Path) -> None:
    target = tmp_path / "Xülasə.pdf"
    with pytest.raises(RuntimeError), written_whole(target) as partial:
        partial.write_bytes(b"half")
        raise RuntimeError("the printer's driver crashed")
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"there first")
    with pytest.raises(AlreadyExists), written_whole(target) as partial:
        partial.write_bytes(CONTENT)
    assert target.read_bytes() == b"there first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Xülasə.pdf"]


def test_a_file_written_whole_replaces_only_when_asked_and_flushes_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Xülasə.pdf"
    target.write_bytes(b"old")
    flushed: list[str] = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:  # the disk is the boundary: note what reaches it
        flushed.append(os.readlink(f"/proc/self/fd/{descriptor}"))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    with written_whole(target, replace=True, sync=True) as partial:
        partial.write_bytes(CONTENT)
    assert target.read_bytes() == CONTENT
    assert flushed == [str(partial), str(tmp_path)]
    flushed.clear()
    with written_whole(tmp_path / "yeni.pdf") as partial:
        partial.write_bytes(CONTENT)
    assert flushed == [str(tmp_path)]  # the folder, for the new name; the file only with sync
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Xülasə.pdf", "yeni.pdf"]
