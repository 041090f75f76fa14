"""A process that has imported Casefiles once and forks a fresh child for each task, so a test
can kill real processes at random moments without paying an interpreter start each time.

Protocol, one JSON object a line: the parent writes {"task": name, "args": {...}, "trace":
path}; the server answers {"pid": child} as soon as the child runs, and {"status": exit code,
negative for a signal} once it has ended and been reaped (so its lock is stale before the parent
looks). The child appends "writing" to the trace file when its task starts to write and "done"
when the task has returned, so the parent can tell where a kill landed.

    python -m tests.faults.fork_server
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from casefiles.bundle import importer
from casefiles.bundle.importer import import_bundle
from casefiles.services import photo_import
from casefiles.storage import backup, store
from casefiles.storage.backup import save_copy
from casefiles.storage.store import CaseFile


def import_photos(case: str, incident: str, folder: str) -> None:
    with CaseFile.open(case) as opened:
        photo_import.import_files(opened, incident, [Path(folder)])


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


# Where each task's writing starts: the empty case file a bundle creates, the transaction that
# merges it, the copy of the snapshot. A photo import's tests count the photos stored instead.
WRITING_STARTS: dict[str, list[tuple[Any, str]]] = {
    "import_photos": [],
    "import_bundle": [(store, "write_schema"), (importer._Merge, "write")],
    "save_copy": [(backup, "_copy_snapshot")],
}


def _note(trace: str, event: str) -> None:
    """One line in the trace file; in the kernel's hands once written, so a SIGKILL keeps it."""
    handle = os.open(trace, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(handle, f"{event}\n".encode())
    finally:
        os.close(handle)


def _noted(trace: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def noting(*args: Any, **kwargs: Any) -> Any:
        _note(trace, "writing")
        return function(*args, **kwargs)

    return noting


def _run_child(task: dict[str, Any]) -> None:
    code = 0
    trace = task["trace"]
    for owner, name in WRITING_STARTS[task["task"]]:
        setattr(owner, name, _noted(trace, getattr(owner, name)))
    try:
        TASKS[task["task"]](**task["args"])
        _note(trace, "done")
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
