"""A process that has imported Casefiles once and forks a fresh child for each task, so a test
can kill real processes at random moments without paying an interpreter start each time.

Protocol, one JSON object a line: the parent writes {"task": name, "args": {...}}; the server
answers {"pid": child} as soon as the child runs, and {"status": exit code, negative for a
signal} once it has ended and been reaped (so its lock is stale before the parent looks).

    python -m tests.faults.fork_server
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casefiles.backup import save_copy
from casefiles.bundle.importer import import_bundle
from casefiles.services import evidence
from casefiles.store import CaseFile


def import_photos(case: str, incident: str, folder: str) -> None:
    with CaseFile.open(case) as opened:
        evidence.import_files(opened, incident, [Path(folder)])


def bundle(bundle: str, target: str) -> None:
    import_bundle(bundle, target)


def copy(case: str, target: str) -> None:
    with CaseFile.open(case, read_only=True) as opened:
        save_copy(opened, target)


TASKS: dict[str, Callable[..., None]] = {
    "import_photos": import_photos,
    "import_bundle": bundle,
    "save_copy": copy,
}


def _run_child(task: dict[str, Any]) -> None:
    code = 0
    try:
        TASKS[task["task"]](**task["args"])
    except BaseException as error:  # reported by the exit code; the parent checks the file
        print(f"child failed: {error!r}", file=sys.stderr, flush=True)
        code = 1
    os._exit(code)  # no buffers inherited from the server are flushed twice


def serve() -> None:
    for line in sys.stdin:
        task = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            _run_child(task)
        print(json.dumps({"pid": pid}), flush=True)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"status": os.waitstatus_to_exitcode(status)}), flush=True)


if __name__ == "__main__":
    serve()
