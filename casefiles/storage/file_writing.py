"""Writing a new file so that it is whole or absent: built under a hidden name, given its real
name only when complete, never over a file that is already there (unless the person was asked),
never over the open case file or a name SQLite owns, and what a killed writer left behind is
removed by the next one.

Shared by case files, copies, bundles and PDFs. Standard library only, with the lock's rule
for when a process is gone.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from casefiles.errors import AlreadyExists, CaseFileMissing, PermissionDenied
from casefiles.language.phrase import phrase
from casefiles.storage.file_format import SUFFIX
from casefiles.storage.locking import STALE_AFTER_S, pid_alive

# Files SQLite keeps beside a database and deletes or rewrites when it next opens it: a copy
# written under such a name would be lost, or would damage the database it sits beside.
SQLITE_SIDECARS = ("-wal", "-shm", "-journal")
LOCK_SUFFIX = ".lock"  # the writer lock beside a case file (casefiles.storage.locking)
# ".<name>.<stage>-<pid>", with the files SQLite and the lock keep beside it: a file still being
# written (a case file, a copy, a bundle, an import, a PDF) that has not got its name yet.
_LEFTOVER = re.compile(
    r"^\..+\.(?:partial|copying|writing|importing|rekeying)-(\d+)(?:-wal|-shm|-journal|\.lock)?$"
)
LEFTOVER_AFTER_S = 24 * 3600  # no write takes a day; after a reboot a pid may be reused


def can_write(path: Path) -> bool:
    # Effective ids: what the kernel will check when the file is opened (tests drop the
    # effective user to nobody).
    if os.access in os.supports_effective_ids:
        return os.access(path, os.W_OK, effective_ids=True)
    return os.access(path, os.W_OK)


def check_new_file(target: Path, *, protect: Iterable[Path] = (), replace: bool = False) -> None:
    """Refuse an output target before any work is done: one that exists (unless `replace`,
    which only a person who was asked may give), a name SQLite owns, a file in `protect` (the
    open case file, the files being read) or one of their -wal, -shm, -journal and lock files,
    and a folder that is missing or cannot be written. Removes what killed writers left in
    that folder first."""
    remove_leftovers(target.parent)
    if target.name.endswith((*SQLITE_SIDECARS, SUFFIX + LOCK_SUFFIX)):
        raise AlreadyExists(phrase("write.reserved_name", name=target.name))
    guarded = _guarded(protect)
    if _is_one_of(target, guarded):
        raise AlreadyExists(phrase("write.in_use", path=str(target)))
    try:
        status = target.lstat()
    except FileNotFoundError:
        status = None
    except OSError as error:
        raise PermissionDenied(
            phrase("write.cannot", path=str(target), error=error.strerror)
        ) from None
    if status is not None:
        if not replace:
            raise AlreadyExists(phrase("write.exists", path=str(target)))
        if not stat.S_ISREG(status.st_mode):
            raise AlreadyExists(phrase("write.not_plain", path=str(target)))
    if not target.parent.is_dir():
        raise CaseFileMissing(phrase("write.no_folder", folder=str(target.parent)))
    if not can_write(target.parent):
        raise PermissionDenied(phrase("write.no_permission", folder=str(target.parent)))


def remove_leftovers(folder: Path, quiet_s: float = STALE_AFTER_S) -> None:
    """Remove what a killed or powered-off writer left in `folder`: hidden partial files as
    large as what they were becoming (a photo's copy in a partial import holds its GPS). Only
    those whose process is gone here and that nobody touched for `quiet_s` (another computer
    may be writing on a shared folder; the app's own data folder passes 0), or a day old."""
    now = time.time()
    with contextlib.suppress(OSError):  # a folder that cannot be listed holds nothing of ours
        for path in folder.iterdir():
            found = _LEFTOVER.match(path.name)
            if found is None or int(found[1]) == os.getpid():
                continue
            with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove
                age = now - path.lstat().st_mtime
                if age > LEFTOVER_AFTER_S or (age >= quiet_s and not pid_alive(int(found[1]))):
                    path.unlink()


def _guarded(protect: Iterable[Path]) -> list[Path]:
    """Each protected file with the files SQLite and Casefiles keep beside it."""
    return [
        Path(str(path) + suffix)
        for path in protect
        for suffix in ("", *SQLITE_SIDECARS, LOCK_SUFFIX)
    ]


def _is_one_of(target: Path, guarded: list[Path]) -> bool:
    """Whether `target` names one of `guarded`, by path or (through a link) by file."""
    resolved = target.resolve()
    for path in guarded:
        if resolved == path.resolve():
            return True
        with contextlib.suppress(OSError):
            if os.path.samefile(target, path):
                return True
    return False


@contextlib.contextmanager
def written_whole(
    target: Path, *, stage: str = "partial", replace: bool = False, sync: bool = False
) -> Iterator[Path]:
    """A hidden path beside `target` to write into, which takes `target`'s name only when the
    block ends without an error (flushed to the disk first with `sync`) and is removed in any
    case, with the files SQLite keeps beside it. `stage` names what is happening in the hidden
    name (".report.pdf.partial-123"), so the next writer can clean up after a killed one.
    The caller has checked the target with check_new_file."""
    partial = target.with_name(f".{target.name}.{stage}-{os.getpid()}")
    try:
        yield partial
        if sync:
            fsync_file(partial)
        publish(partial, target, replace=replace)
    finally:
        remove_with_sidecars(partial)


def publish(partial: Path, target: Path, *, replace: bool = False) -> None:
    """Give a finished file its name, never replacing a file that appeared meanwhile unless
    `replace` (the person was asked, and check_new_file let it through). The caller removes
    `partial` afterwards (a hard link leaves it in place)."""
    if replace:
        os.replace(partial, target)
        fsync_folder(target.parent)
        return
    try:
        os.link(partial, target)
    except FileExistsError:
        raise AlreadyExists(phrase("write.exists", path=str(target))) from None
    except OSError:
        if target.exists():
            raise AlreadyExists(phrase("write.exists", path=str(target))) from None
        os.replace(partial, target)  # file systems without hard links (FAT on USB sticks)
    fsync_folder(target.parent)


def remove_with_sidecars(path: Path) -> None:
    """Remove a SQLite file and the -wal, -shm and -journal files beside it, where present."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not possible on Windows; the rename is durable there
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
