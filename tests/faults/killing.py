"""Killing processes that write a case file, and checking what they leave behind.

Shared by the fault-injection tests and benchmarks/bench_faults.py.
"""

from __future__ import annotations

import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import IO, Any

from sqlalchemy import text

from casefiles.integrity.verify import verify
from casefiles.services import incidents, sites
from casefiles.services.mission import create_case_file
from casefiles.storage.store import CaseFile
from tests import photo_factory as factory

ROOT = Path(__file__).resolve().parents[2]
WHEN = datetime(2025, 11, 14, 7, 30, tzinfo=timezone(timedelta(hours=2)))
# Where a kill landed: before the task wrote anything, while it was writing, after it had done.
BEFORE, WHILE, AFTER = "before writing", "while writing", "after the end"
MID_WORK_SHARE = 1 / 3  # at least this share of every scenario's kills must land mid-work


@dataclass(frozen=True, slots=True)
class Run:
    killed: bool  # SIGKILL arrived while the child was still working
    status: int  # exit code; -9 when killed
    seconds: float
    delay: float | None  # when the kill was sent, in seconds from the start
    landed: str | None  # BEFORE, WHILE or AFTER from the child's trace, when killed


class Landings:
    """Where a scenario's kills landed: shown in its output and checked against the share."""

    def __init__(self, scenario: str) -> None:
        self.scenario = scenario
        self.counts: Counter[str] = Counter()

    def add(self, landed: str) -> None:
        self.counts[landed] += 1

    @property
    def kills(self) -> int:
        return self.counts.total()

    @property
    def mid_work(self) -> int:
        return self.counts[WHILE]

    def share_met(self) -> bool:
        return self.kills > 0 and self.mid_work >= MID_WORK_SHARE * self.kills

    def __str__(self) -> str:
        return (
            f"{self.scenario}: {self.kills} kills, {self.counts[BEFORE]} {BEFORE}, "
            f"{self.mid_work} {WHILE} (strictly mid-work), {self.counts[AFTER]} {AFTER}"
        )


class ForkServer:
    """The parent's end of tests/faults/fork_server.py."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="casefiles-trace-"))
        self.trace = self.folder / "trace"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.fork_server"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()
        self.trace.unlink(missing_ok=True)
        self.folder.rmdir()

    def run(self, task: str, kill_after: float | None = None, **args: Any) -> Run:
        """Run a task in a new child; SIGKILL it after `kill_after` seconds if still running."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.trace.unlink(missing_ok=True)
        request = {"task": task, "args": args, "trace": str(self.trace)}
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        started = time.monotonic()
        pid = _read(self.process.stdout)["pid"]
        killed = False
        if kill_after is not None:
            time.sleep(max(0.0, kill_after - (time.monotonic() - started)))
            killed = _kill_if_running(pid)
        status = _read(self.process.stdout)["status"]
        killed = killed and status == -signal.SIGKILL
        events = self.trace.read_text().split() if self.trace.exists() else []
        landed = AFTER if "done" in events else WHILE if "writing" in events else BEFORE
        return Run(
            killed, status, time.monotonic() - started, kill_after, landed if killed else None
        )


class Moments:
    """Random moments to kill at: half spread over the time a whole run takes (learnt from the
    runs that were not killed: the first run of a kind is cold, and the machine may be busy),
    half aimed at the stretch in which the task writes, narrowed by where earlier kills landed
    (a kill before the writing moves its start later, one after the end moves its end
    earlier), so that kills keep landing mid-work."""

    def __init__(self, rng: random.Random, whole_runs: list[Run]) -> None:
        self.rng = rng
        self.durations = [run.seconds for run in whole_runs]
        self.writing = (0.0, self._whole())

    def _whole(self) -> float:
        return statistics.median(self.durations) * 1.1

    def next(self) -> float:
        if self.rng.random() < 0.5:
            return self.rng.uniform(0.0, self._whole())
        return self.rng.uniform(*self.writing)

    def learn(self, run: Run, landed: str | None = None) -> None:
        """Learn from a run; `landed` overrides where the trace says a kill landed."""
        if not run.killed and run.status == 0:
            self.durations.append(run.seconds)
        landed = landed or run.landed
        if run.delay is None or landed is None:
            return
        start, end = self.writing
        if landed == BEFORE:
            start = max(start, run.delay)
        elif landed == AFTER:
            end = min(end, run.delay)
        if start >= end:  # runs differ in speed: look again around this kill
            start, end = run.delay * 0.7, run.delay * 1.3
        self.writing = (start, end)


def _read(stream: IO[str]) -> dict[str, int]:
    line = stream.readline()
    if not line:
        raise RuntimeError("the fork server stopped")
    value: dict[str, int] = json.loads(line)
    return value


def _kill_if_running(pid: int) -> bool:
    """SIGKILL the child unless it has exited. The server waits on the child, so an exited
    child is reaped at once: between the look at /proc and the kill it may vanish, which
    counts as exited (its pid is not reused that soon: pids wrap only after tens of
    thousands of new processes)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            if handle.read().rsplit(")", 1)[1].split()[0] == "Z":
                return False
        os.kill(pid, signal.SIGKILL)
    except (FileNotFoundError, ProcessLookupError):
        return False
    return True


def case_with_incident(path: Path) -> str:
    """A small case file with one incident; its uuid."""
    with create_case_file(path, "Посольство для перевірки", timezone="Europe/Kyiv") as case:
        site = sites.create(case, kind="chancery", name="Chancery", latitude=50.45, longitude=30.5)
        return incidents.create(
            case, title="Night attack", site=site.uuid, span="2025-11-14 night"
        ).uuid


def photo_batch(folder: Path, first: int, count: int) -> Path:
    """`count` small, distinct camera JPEGs (distinct widths make distinct pictures)."""
    folder.mkdir(parents=True)
    for number in range(first, first + count):
        factory.camera_jpeg(folder / f"фото {number:04}.jpg", when=WHEN, size=(160 + number, 120))
    return folder


def problems(path: Path) -> list[str]:
    """Everything wrong with a case file after a crash: it must open for writing, pass
    verify (integrity check, every original against its SHA-256, the audit chain, every row
    against the log), and hold every photo wholly (row and original) or not at all, with both
    its thumbnail and preview or neither (pending: made at the next run of the queue)."""
    with CaseFile.open(path) as case:
        found = [f"{f.check}: {f.message}" for f in verify(case)]
        with case.reading() as session:
            rows = session.execute(
                text(
                    "SELECT e.original_filename, "
                    "(SELECT count(*) FROM blobs b WHERE b.sha256 = e.sha256), "
                    "(SELECT count(*) FROM derived_images d WHERE d.evidence_id = e.id) "
                    "FROM evidence_items e"
                )
            ).all()
    return found + [
        f"{name}: {blobs} original(s), {derived} derived"
        for name, blobs, derived in rows
        if blobs != 1 or derived not in (0, 2)
    ]
