"""One writer at a time, across processes; stale locks are recognised."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casefiles import clock
from casefiles.errors import CaseFileLocked
from casefiles.services import sites
from casefiles.storage.locking import STALE_AFTER_S, lock_path
from casefiles.storage.store import CaseFile

CHILD = """
import sys
from casefiles.errors import CaseFileLocked
from casefiles.storage.store import CaseFile
try:
    CaseFile.open(sys.argv[1]).close()
    print("opened for writing")
except CaseFileLocked as error:
    print("locked:", error)
    with CaseFile.open(sys.argv[1], read_only=True) as case:
        print("read-only:", case.read_only)
"""


def _child(path: Path) -> str:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[3],
    ).stdout


def test_a_second_process_is_told_who_holds_the_file_and_may_read(demo_path: Path) -> None:
    with CaseFile.open(demo_path):
        output = _child(demo_path)
    assert "locked: The case file is open for writing by" in output
    assert clock.current_user() in output and clock.host_name() in output
    assert "since" in output and "read-only: True" in output
    assert not lock_path(demo_path).exists()
    assert _child(demo_path).strip() == "opened for writing"


def test_the_same_process_cannot_open_it_twice_for_writing(demo_path: Path) -> None:
    with CaseFile.open(demo_path), pytest.raises(CaseFileLocked) as raised:
        CaseFile.open(demo_path)
    assert raised.value.holder["pid"] == os.getpid()


def test_a_lock_left_by_a_crashed_process_is_stale(demo_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(demo_path).write_text(
        json.dumps(
            {
                "user": "consul",
                "host": clock.host_name(),
                "pid": dead.pid,
                "since": "2025-11-14T02:00:00",
            }
        ),
        encoding="utf-8",
    )
    with CaseFile.open(demo_path) as case:
        sites.create(case, kind="residence", name="Residence")
        holder = json.loads(lock_path(demo_path).read_text(encoding="utf-8"))
        assert holder["pid"] == os.getpid()


def test_a_lock_not_refreshed_for_long_is_stale_even_from_another_host(demo_path: Path) -> None:
    lock = lock_path(demo_path)
    lock.write_text(
        json.dumps(
            {"user": "consul", "host": "laptop-that-died", "pid": 1, "since": "2025-11-14T02:00:00"}
        ),
        encoding="utf-8",
    )
    with pytest.raises(CaseFileLocked, match="consul on laptop-that-died"):
        CaseFile.open(demo_path)
    old = time.time() - STALE_AFTER_S - 60
    os.utime(lock, (old, old))
    CaseFile.open(demo_path).close()
    assert not lock.exists()
