"""What runs inside a derivation process: its start, and one photo's thumbnail and preview made
from the original it reads from the case file itself.

Kept apart from `photo_derivation` so that a process imports only what decoding and reading
need (Pillow, sqlite3 and SQLCipher: about 50 ms of CPU), not SQLAlchemy, the models and the
audit's signing (about 400 ms, paid again by every process of every pool). It reads through a
connection that writes nothing (`read_only_connection`: mode=ro, or immutable), so the app's
process neither reads the 5 MB back nor sends them through a pipe. An encrypted file's key
comes with the task (docs/threat-model.md, "Derivation processes").
"""

from __future__ import annotations

import os
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

from casefiles import memory
from casefiles.photos.derived_images import DerivationFailed, Derived, make_thumbnail_and_preview
from casefiles.storage.encryption import CaseKey
from casefiles.storage.file_format import read_only_connection

NO_ORIGINAL = "its original is missing from the case file"
WORKER_NICENESS = 10  # the originals' writer and the window come first
_PARENT_CHECK_S = 1.0  # how soon a worker notices that its app is gone
IDLE_GIVE_BACK_S = 2.0  # a worker without a photo this long hands its kept buffers back
# models.Blob, whose schema never changes; not imported here (SQLAlchemy is what costs).
_ORIGINAL = "SELECT data FROM blobs WHERE sha256 = ?"


@dataclass(slots=True)
class _Work:
    """This process's photos, as its watching thread sees them."""

    busy: bool = False
    ended: float = 0.0  # time.monotonic() when the last photo was done
    kept: bool = False  # memory kept since the last give-back


_work = _Work()


def start(app_pid: int) -> None:
    """Originals first: a busy core serves the import's writer (and the window) before a
    preview. Where there is no nice (Windows), the processes run at normal priority.

    The decoder's warnings were said on the photo's import outcome, where the same header was
    read: a worker printing them again on stderr would only repeat them where nobody looks."""
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)
    memory.reuse_freed_memory()  # each photo's buffers serve the next
    warnings.filterwarnings("ignore", module="PIL")
    threading.Thread(target=_watch, args=(app_pid,), daemon=True).start()


def _watch(app_pid: int) -> None:
    """A worker whose app was killed (a power button, SIGKILL, a crash) is never told to stop:
    it ends itself once its parent is gone, so nothing lingers holding memory and the app's
    output streams. The app's pid comes from the app, not from getppid() at the worker's start:
    killed while the worker was starting, its parent would already be another process.

    Meanwhile a worker left idle hands back the buffers it kept for the next photo: the pool
    lives as long as the app, and waits most of that time."""
    while os.getppid() == app_pid:
        time.sleep(_PARENT_CHECK_S)
        if _work.kept and not _work.busy and time.monotonic() - _work.ended >= IDLE_GIVE_BACK_S:
            _work.kept = False
            memory.give_back()
    os._exit(0)


def derive_stored(path: Path, key: CaseKey | None, sha256: str) -> tuple[Derived, Derived]:
    """(thumbnail, preview) of the original `sha256`, read from the case file at `path`."""
    _work.busy = _work.kept = True
    try:
        return _derive(path, key, sha256)
    finally:
        _work.busy, _work.ended = False, time.monotonic()


def _derive(path: Path, key: CaseKey | None, sha256: str) -> tuple[Derived, Derived]:
    try:
        with read_only_connection(path, key) as (connection, _version):
            row = connection.execute(_ORIGINAL, (sha256,)).fetchone()
    finally:
        if key is not None:
            key.forget()  # this process's copy; the app keeps its own
    if row is None:  # verify reports a missing original; nothing to make a picture from
        raise DerivationFailed(NO_ORIGINAL)
    data: bytes = row[0]
    return make_thumbnail_and_preview(data)
