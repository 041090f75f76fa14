"""Writing a new file so that it is whole or absent: built under a hidden name, given its real
name only when complete, never over a file that is already there.

Shared by case files, copies and bundles. Standard library only.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from casefiles.errors import AlreadyExists


def can_write(path: Path) -> bool:
    # Effective ids: what the kernel will check when the file is opened (tests drop the
    # effective user to nobody).
    if os.access in os.supports_effective_ids:
        return os.access(path, os.W_OK, effective_ids=True)
    return os.access(path, os.W_OK)


def publish(partial: Path, target: Path) -> None:
    """Give a finished file its name, never replacing a file that appeared meanwhile. The
    caller removes `partial` afterwards (a hard link leaves it in place)."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise AlreadyExists(f"{target} already exists; choose another name.") from None
    except OSError:
        if target.exists():
            raise AlreadyExists(f"{target} already exists; choose another name.") from None
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
