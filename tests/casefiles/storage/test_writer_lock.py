"""The writer lock on its own, beside a file in tmp_path: what it holds, when it is stale, who it
names, and a folder without hard links (FAT on a USB stick). Fast: no case file is opened."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from casefiles import clock
from casefiles.errors import CaseFileLocked, PermissionDenied
from casefiles.language.catalogue import Language, phrases_for
from casefiles.storage import locking
from casefiles.storage.locking import (
    MAX_LOCK_BYTES,
    STALE_AFTER_S,
    WriterLock,
    describe,
    is_stale,
    lock_path,
    pid_alive,
    read_holder,
)
from tests.helpers import NOBODY, shared_temp_dir, unprivileged


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    return tmp_path / "Səfirlik.casefile"


def _holder(path: Path) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return value


def test_the_lock_says_who_where_which_process_and_since_when(case_path: Path) -> None:
    lock = WriterLock(case_path)
    assert lock.path == case_path.with_name("Səfirlik.casefile.lock")
    lock.acquire()
    try:
        holder = _holder(lock.path)
        assert holder["user"] == clock.current_user()
        assert holder["host"] == clock.host_name()
        assert holder["pid"] == os.getpid()
        assert holder["since"][:10] == clock.now().isoformat()[:10]
        assert not is_stale(lock.path, holder)
        with pytest.raises(CaseFileLocked) as raised:
            WriterLock(case_path).acquire()
        assert raised.value.holder == holder
        message = str(raised.value)
        assert message.startswith(
            f"The case file is open for writing by {clock.current_user()} on "
            f"{clock.host_name()} since "
        )
        assert message.endswith(" UTC; you can open it read-only.")
        assert [p.name for p in case_path.parent.iterdir()] == [lock.path.name]  # no leftovers
    finally:
        lock.release()
    assert not lock.path.exists()


def test_release_leaves_a_lock_another_process_took(case_path: Path) -> None:
    lock = WriterLock(case_path)
    lock.acquire()
    other = {"user": "consul", "host": clock.host_name(), "pid": os.getpid() + 1, "since": ""}
    lock.path.write_text(json.dumps(other), encoding="utf-8")
    lock.release()
    assert _holder(lock.path) == other
    elsewhere = {"user": "consul", "host": "another-laptop", "pid": os.getpid(), "since": ""}
    lock.path.write_text(json.dumps(elsewhere), encoding="utf-8")
    lock.release()
    assert _holder(lock.path) == elsewhere


def test_a_folder_without_hard_links_gets_the_lock_created_in_place(case_path: Path) -> None:
    lock = WriterLock(case_path)
    assert lock._create_in_place('{"pid": 1}')
    assert lock.path.read_text(encoding="utf-8") == '{"pid": 1}'
    assert oct(lock.path.stat().st_mode & 0o777) == oct(0o644 & ~_umask())
    assert not lock._create_in_place('{"pid": 2}')
    assert lock.path.read_text(encoding="utf-8") == '{"pid": 1}'


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_lock_is_stale_when_its_process_is_gone_or_it_was_not_refreshed(
    case_path: Path,
) -> None:
    path = lock_path(case_path)
    path.write_text("{}", encoding="utf-8")
    here, dead = clock.host_name(), _dead_pid()
    assert is_stale(path, {"host": here, "pid": dead})
    assert not is_stale(path, {"host": here, "pid": os.getpid()})
    assert not is_stale(path, {"host": "another-laptop", "pid": dead})  # cannot tell from here
    assert not is_stale(path, {"host": here, "pid": str(dead)})
    assert not is_stale(path, {})
    just_fresh = time.time() - STALE_AFTER_S + 30
    os.utime(path, (just_fresh, just_fresh))
    assert not is_stale(path, {"host": "another-laptop", "pid": 1})
    old = time.time() - STALE_AFTER_S - 30
    os.utime(path, (old, old))
    assert is_stale(path, {"host": "another-laptop", "pid": 1})
    path.unlink()
    assert is_stale(path, {"host": here, "pid": os.getpid()})


def test_which_processes_are_alive() -> None:
    assert pid_alive(os.getpid())
    assert not pid_alive(_dead_pid())
    assert not pid_alive(0) and not pid_alive(-1)
    assert pid_alive(1)  # init: alive, and another user's when not run as root


def test_what_a_lock_holds_when_it_is_read(case_path: Path) -> None:
    path = lock_path(case_path)
    assert read_holder(path) is None
    path.write_text('{"user": "Aynur", "pid": 7}', encoding="utf-8")
    assert read_holder(path) == {"user": "Aynur", "pid": 7}
    path.write_text("not json", encoding="utf-8")
    assert read_holder(path) == {}
    path.write_text("[1, 2]", encoding="utf-8")
    assert read_holder(path) == {}
    path.write_text('{"user": "' + "x" * MAX_LOCK_BYTES + '"}', encoding="utf-8")
    assert read_holder(path) == {}  # more than a lock of ours holds: read only its start
    path.write_bytes(b'{"user": "\xff"}')
    assert read_holder(path) == {"user": "\ufffd"}
    path.unlink()
    path.mkdir()
    with pytest.raises(CaseFileLocked) as refused:
        read_holder(path)
    assert str(refused.value) == (
        "Səfirlik.casefile.lock is a folder, not a lock file, so the case file cannot be opened "
        "for writing; remove it, or open the case file read-only."
    )
    assert refused.value.holder == {}


@pytest.mark.parametrize(
    ("holder", "words"),
    [
        (
            {"user": "Aynur", "host": "konsulluq-1", "since": "2025-11-14T02:05:00+00:00"},
            "Aynur on konsulluq-1 since 14 Nov 2025 02:05 UTC",
        ),
        ({}, "someone on another computer since an unknown time"),
        ({"since": "dünən"}, "someone on another computer since dünən"),
        ({"since": 5}, "someone on another computer since 5"),
        ({"since": None}, "someone on another computer since an unknown time"),
    ],
)
def test_a_holder_is_described_in_words(holder: dict[str, Any], words: str) -> None:
    assert str(describe(holder)) == words


def test_a_holder_is_described_in_another_language_with_the_time_in_its_words() -> None:
    """The English keeps the lock's UTC; Azerbaijani says the time on this computer's clock."""
    az = phrases_for(Language.AZ)
    since = datetime(2026, 12, 3, 12, 0).astimezone()  # noon here: the same day in any zone
    holder = {"user": "Leyla Əliyeva", "host": "PC-Bakı", "since": since.isoformat()}
    assert describe(holder).said(az) == (
        "Leyla Əliyeva (PC-Bakı), açılma vaxtı: 3 dekabr 2026, 12:00"
    )
    assert describe({"since": "dünən"}).said(az) == "kimsə (başqa kompüter), açılma vaxtı: dünən"
    assert describe({}).said(az) == "kimsə (başqa kompüter), açılma vaxtı məlum deyil"


def test_the_lock_is_kept_fresh_while_it_is_held(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(locking, "HEARTBEAT_S", 0.05)  # every minute in the app
    lock = WriterLock(case_path)
    lock.acquire()
    try:
        old = time.time() - STALE_AFTER_S - 60
        os.utime(lock.path, (old, old))
        deadline = time.monotonic() + 30
        while lock.path.stat().st_mtime == old and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not is_stale(lock.path, _holder(lock.path))
    finally:
        lock.release()


def test_a_folder_that_refuses_writing_is_said_in_words() -> None:
    with shared_temp_dir() as shared:
        folder = shared / "Oxunur"
        folder.mkdir()
        folder.chmod(0o555)
        with unprivileged(), pytest.raises(PermissionDenied) as refused:
            WriterLock(folder / "Səfirlik.casefile").acquire()
        assert str(refused.value) == (
            f"Cannot write in the folder {folder}; open the case file read-only."
        )
        assert list(folder.iterdir()) == []


def test_another_users_process_is_alive() -> None:
    """Signalling init as an ordinary user is refused: refused means it exists. The kernel
    lets a sender whose real id is root signal anyone, so the real id is dropped too (and the
    saved one kept, to come back); `unprivileged` drops only the effective one."""
    if os.getuid() != 0:
        assert pid_alive(1)
        return
    os.setresuid(NOBODY, NOBODY, 0)
    try:
        with pytest.raises(PermissionError):
            os.kill(1, 0)
        alive = pid_alive(1)
    finally:
        os.setresuid(0, 0, 0)
    assert alive


def test_a_lock_is_stale_only_after_ten_whole_minutes(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = lock_path(case_path)
    path.write_text("{}", encoding="utf-8")
    refreshed = 1_764_000_000  # whole seconds: exact in a datetime and in a float
    os.utime(path, (refreshed, refreshed))
    now = datetime.fromtimestamp(refreshed + STALE_AFTER_S, UTC)
    monkeypatch.setattr(clock, "now", lambda: now)
    assert not is_stale(path, {"host": "another-laptop", "pid": 1})
    now = datetime.fromtimestamp(refreshed + STALE_AFTER_S + 0.01, UTC)
    assert is_stale(path, {"host": "another-laptop", "pid": 1})


def test_the_heartbeat_outlives_a_lock_removed_under_it_and_ends_with_release(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(locking, "HEARTBEAT_S", 0.02)
    lock = WriterLock(case_path)
    lock.acquire()
    heartbeat = lock._thread
    assert heartbeat is not None and heartbeat.daemon  # never keeps a closing app alive
    lock.path.unlink()  # someone removed it (a sync tool, a user): refreshing it fails
    time.sleep(0.2)
    assert heartbeat.is_alive()
    lock.release()
    assert not heartbeat.is_alive()


def test_a_process_that_ends_without_releasing_ends_and_its_lock_is_stale(
    case_path: Path,
) -> None:
    code = (
        "import sys; from pathlib import Path; from casefiles.storage.locking import WriterLock;"
        "WriterLock(Path(sys.argv[1])).acquire()"
    )
    subprocess.run([sys.executable, "-c", code, str(case_path)], check=True, timeout=60)
    holder = _holder(lock_path(case_path))
    assert is_stale(lock_path(case_path), holder)
    lock = WriterLock(case_path)
    lock.acquire()
    lock.release()


def test_a_lock_never_taken_releases_nothing(case_path: Path) -> None:
    other = {"user": "konsul", "host": clock.host_name(), "pid": os.getpid(), "since": ""}
    lock_path(case_path).write_text(json.dumps(other), encoding="utf-8")
    WriterLock(case_path).release()  # e.g. an opening that failed before taking it
    assert not lock_path(case_path).exists()  # ours by host and pid: removed, no error
    WriterLock(case_path).release()


# Races with other writers, arranged at the one moment they matter: another process's steps are
# done on the real file system inside the call that precedes them (os.link, is_stale,
# read_holder), as that process would do them between two of ours.


def _other_writer_wins(path: Path, times: int, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Before each of our first `times` links, another writer on this host creates the lock and
    dies at once (a stale lock). Returns the list the links are counted in."""
    real_link, links, dead = os.link, [], _dead_pid()

    def link(source: Path, target: Path) -> None:
        links.append(len(links))
        if len(links) <= times:
            other = {"user": "konsul", "host": clock.host_name(), "pid": dead, "since": ""}
            Path(target).write_text(json.dumps(other), encoding="utf-8")
        real_link(source, target)

    monkeypatch.setattr(os, "link", link)
    return links


def test_a_lock_that_keeps_changing_is_given_up_after_three_attempts(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    links = _other_writer_wins(lock_path(case_path), 10, monkeypatch)
    with pytest.raises(CaseFileLocked) as raised:
        WriterLock(case_path).acquire()
    assert len(links) == 3
    assert str(raised.value) == "The case file's lock keeps changing; try again."
    assert raised.value.holder == {}
    assert list(case_path.parent.iterdir()) == []  # the last stale lock removed, nothing left


def test_a_lock_taken_by_others_twice_is_ours_at_the_third_attempt(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    links = _other_writer_wins(lock_path(case_path), 2, monkeypatch)
    lock = WriterLock(case_path)
    lock.acquire()
    try:
        assert len(links) == 3
        assert _holder(lock.path)["pid"] == os.getpid()
    finally:
        lock.release()
    assert not lock.path.exists()


def test_a_stale_lock_removed_by_someone_else_meanwhile_is_no_obstacle(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = lock_path(case_path)
    path.write_text(json.dumps({"host": clock.host_name(), "pid": _dead_pid()}), encoding="utf-8")
    real_is_stale = locking.is_stale

    def judged_then_removed(judged: Path, holder: dict[str, Any]) -> bool:
        stale = real_is_stale(judged, holder)
        judged.unlink()  # another opening that judged it stale too removed it first
        return stale

    monkeypatch.setattr(locking, "is_stale", judged_then_removed)
    lock = WriterLock(case_path)
    lock.acquire()
    assert _holder(path)["pid"] == os.getpid()
    lock.release()
    assert not path.exists()


def test_our_lock_removed_by_someone_else_while_releasing_is_no_error(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = WriterLock(case_path)
    lock.acquire()
    real_read_holder = locking.read_holder

    def read_then_removed(path: Path) -> dict[str, Any] | None:
        holder = real_read_holder(path)
        path.unlink()  # a user or a sync tool removed it just after it was read
        return holder

    monkeypatch.setattr(locking, "read_holder", read_then_removed)
    lock.release()
    assert not lock.path.exists()


def test_a_file_system_that_refuses_hard_links_gets_the_whole_lock(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT on a USB stick answers link() with EPERM: the lock is then created in place, with
    the same content, and the file written to be linked is not left behind."""

    def no_hard_links(source: Path, target: Path) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted", str(target))

    monkeypatch.setattr(os, "link", no_hard_links)
    lock = WriterLock(case_path)
    lock.acquire()
    try:
        holder = _holder(lock.path)
        assert (holder["user"], holder["host"]) == (clock.current_user(), clock.host_name())
        assert holder["pid"] == os.getpid() and holder["since"]
        assert [p.name for p in case_path.parent.iterdir()] == [lock.path.name]
        with pytest.raises(CaseFileLocked):
            WriterLock(case_path).acquire()
    finally:
        lock.release()
    assert not lock.path.exists()
