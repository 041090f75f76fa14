"""`pid_alive`'s Windows branch, run on Linux against a stand-in for kernel32: the boundary is
the three Win32 calls it makes (OpenProcess, GetExitCodeProcess, CloseHandle) and the last
error, which the stand-in answers as the Win32 documentation says they do. What this cannot
show is that the real kernel32 answers so; that needs a Windows machine."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

import pytest

from casefiles.storage.locking import pid_alive

PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
STILL_ACTIVE = 259
ERROR_ACCESS_DENIED = 5
ERROR_INVALID_PARAMETER = 87  # what OpenProcess sets for a pid that is not a process


class Kernel32:
    """Processes by pid with their exit code (STILL_ACTIVE while they run); `others` are
    another user's, which OpenProcess refuses with ERROR_ACCESS_DENIED."""

    def __init__(self, processes: dict[int, int], others: frozenset[int] = frozenset()) -> None:
        self.processes = processes
        self.others = others
        self.last_error = 0
        self.open: set[int] = set()
        self.exit_code_fails = False

    def OpenProcess(self, access: int, inherit: object, pid: int) -> int:
        # Only the right to ask for the exit code, never a handle child processes inherit.
        assert access == PROCESS_QUERY_LIMITED_INFORMATION
        assert not inherit
        if pid in self.others:
            self.last_error = ERROR_ACCESS_DENIED
            return 0
        if pid not in self.processes:
            self.last_error = ERROR_INVALID_PARAMETER
            return 0
        handle = 0x400 + 4 * pid
        self.open.add(handle)
        return handle

    def GetExitCodeProcess(self, handle: int, code: Any) -> int:
        if handle not in self.open or self.exit_code_fails:
            return 0
        code._obj.value = self.processes[(handle - 0x400) // 4]  # written through the pointer
        return 1

    def CloseHandle(self, handle: int) -> int:
        assert handle in self.open
        self.open.remove(handle)
        return 1


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Kernel32:
    kernel32 = Kernel32({4242: STILL_ACTIVE, 5151: 0, 6161: 1}, others=frozenset({7171}))

    def win_dll(name: str, use_last_error: bool = False) -> Kernel32:
        assert name == "kernel32" and use_last_error  # the last error is read after the call
        return kernel32

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(ctypes, "WinDLL", win_dll, raising=False)
    monkeypatch.setattr(ctypes, "get_last_error", lambda: kernel32.last_error, raising=False)
    return kernel32


def test_a_running_process_is_alive_and_its_handle_is_closed(windows: Kernel32) -> None:
    assert pid_alive(4242) is True
    assert windows.open == set()


def test_a_process_that_ended_is_not_alive_whatever_its_exit_code(windows: Kernel32) -> None:
    assert pid_alive(5151) is False
    assert pid_alive(6161) is False
    assert windows.open == set()


def test_a_pid_that_is_no_process_is_not_alive(windows: Kernel32) -> None:
    assert pid_alive(9999) is False


def test_another_users_process_is_alive(windows: Kernel32) -> None:
    """OpenProcess refuses it with ERROR_ACCESS_DENIED: it exists, so its lock is not stale."""
    assert pid_alive(7171) is True


def test_an_exit_code_that_cannot_be_read_is_not_taken_for_alive(windows: Kernel32) -> None:
    windows.exit_code_fails = True
    assert pid_alive(4242) is False
    assert windows.open == set()


def test_no_pid_is_asked_about_below_one(windows: Kernel32) -> None:
    windows.processes[0] = STILL_ACTIVE  # the System Idle Process: never a lock's holder
    assert pid_alive(0) is False and pid_alive(-4) is False
