"""One writer at a time: a lock file beside the case file says who is writing and since when.

A lock is stale when its process is gone (same host) or when its holder has not refreshed it
for STALE_AFTER (any host: a laptop that died with the file on a USB stick).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import Any

from casefiles import clock
from casefiles.errors import CaseFileLocked, PermissionDenied
from casefiles.language.phrase import Moment, Phrase, phrase
from casefiles.storage.file_reading import NotAFile, open_regular

STALE_AFTER_S = 600.0
HEARTBEAT_S = 60.0
MAX_LOCK_BYTES = 4096  # a lock holds a short JSON line; more is not a lock of ours


def lock_path(case_path: Path) -> Path:
    return case_path.with_name(case_path.name + ".lock")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        # os.kill(pid, 0) would send CTRL_C_EVENT there: ask the process's exit code instead.
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: another user's, alive
        try:
            code = ctypes.c_ulong()
            alive = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return bool(alive) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)  # signal 0 only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but another user's
        return True
    return True


def read_holder(path: Path) -> dict[str, Any] | None:
    """The lock's content, or None when there is no lock (an unreadable lock counts as one).
    Something else under the lock's name (a folder, a pipe) is not ours to remove: refused."""
    try:
        with open_regular(path) as handle:
            text = handle.read(MAX_LOCK_BYTES).decode("utf-8", errors="replace")
    except FileNotFoundError:
        return None
    except NotAFile as error:
        raise CaseFileLocked(
            phrase("lock.not_a_file", name=path.name, kind=error.kind_phrase), {}
        ) from None
    except OSError:
        return {}
    try:
        holder = json.loads(text)
    except ValueError:
        return {}
    return holder if isinstance(holder, dict) else {}


def is_stale(path: Path, holder: dict[str, Any]) -> bool:
    try:
        age = clock.now().timestamp() - path.stat().st_mtime
    except FileNotFoundError:
        return True
    if age > STALE_AFTER_S:
        return True
    same_host = holder.get("host") == clock.host_name()
    pid = holder.get("pid")
    return same_host and isinstance(pid, int) and not pid_alive(pid)


def describe(holder: dict[str, Any]) -> Phrase:
    """Who writes and since when. The English says the time as the lock file holds it (UTC,
    "03 Dec 2026 04:30 UTC"); the other languages in their own words (`at`, local time)."""
    user = holder.get("user", phrase("lock.someone"))
    host = holder.get("host", phrase("lock.another_computer"))
    since = str(holder.get("since") or "")
    if not since:
        return phrase("lock.holder_unknown_time", user=user, host=host)
    try:
        at = datetime.fromisoformat(since)
    except ValueError:  # written by hand or by another program: shown as it is
        return phrase("lock.holder", user=user, host=host, since=since, at=since)
    english = at.strftime("%d %b %Y %H:%M UTC")
    return phrase("lock.holder", user=user, host=host, since=english, at=Moment(at))


class WriterLock:
    """Held while a case file is open for writing; refreshed in the background."""

    def __init__(self, case_path: Path) -> None:
        self.path = lock_path(case_path)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def acquire(self) -> None:
        content = json.dumps(
            {
                "user": clock.current_user(),
                "host": clock.host_name(),
                "pid": os.getpid(),
                "since": clock.now().isoformat(timespec="seconds"),
            }
        )
        for _attempt in range(3):
            try:
                created = self._create(content)
            except PermissionError:
                raise PermissionDenied(
                    phrase("lock.no_permission", folder=str(self.path.parent))
                ) from None
            if not created:
                holder = read_holder(self.path)
                if holder is not None and not is_stale(self.path, holder):
                    raise CaseFileLocked(
                        phrase("lock.held", holder=describe(holder)), holder
                    ) from None
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()  # a stale lock: its holder is gone
                continue
            self._thread = threading.Thread(target=self._heartbeat, daemon=True)
            self._thread.start()
            return
        raise CaseFileLocked(phrase("lock.changing"), {})

    def _create(self, content: str) -> bool:
        """Create the lock with its content in one step; False if there is one already. A
        process killed between creating and writing it would leave an empty lock, which says
        no host or pid and so blocks writing until it is ten minutes old."""
        written = self.path.with_name(f".{self.path.name}.{os.getpid()}-{threading.get_ident()}")
        try:
            written.write_text(content, encoding="utf-8")
            try:
                os.link(written, self.path)
            except FileExistsError:
                return False
            except OSError:  # no hard links (FAT on USB sticks): create it in place
                return self._create_in_place(content)
            return True
        finally:
            with contextlib.suppress(OSError):
                written.unlink()

    def _create_in_place(self, content: str) -> bool:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        return True

    def _heartbeat(self) -> None:
        while not self._stop.wait(HEARTBEAT_S):
            with contextlib.suppress(OSError):
                os.utime(self.path)

    def release(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)
            self._thread = None
        try:
            holder = read_holder(self.path)
        except CaseFileLocked:  # something else took the lock's name: not ours to remove
            return
        if holder and holder.get("pid") == os.getpid() and holder.get("host") == clock.host_name():
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
