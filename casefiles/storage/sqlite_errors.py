"""SQLite's errors put into words a person can act on: the disk is full, the file cannot be
written here, it is damaged. One reading of SQLite's messages for the open case file and for
every file written beside it."""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from sqlalchemy.exc import DBAPIError

from casefiles.errors import (
    CaseFileDamaged,
    CaseFileError,
    DiskFull,
    PermissionDenied,
    WriteFailed,
)
from casefiles.language.phrase import phrase
from casefiles.storage import encryption

DATABASE_ERRORS: tuple[type[Exception], ...] = (DBAPIError, *encryption.DATABASE_ERRORS)
_DAMAGED = ("malformed", "could not decode", "not a database", "corrupt")


def problem(error: Exception) -> Literal["full", "read-only", "damaged"] | None:
    """What a SQLite error says about the file, or None when it is none of these."""
    text = str(getattr(error, "orig", error)).lower()
    if "full" in text:
        return "full"
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return "read-only"
    if any(word in text for word in _DAMAGED):
        return "damaged"
    return None


@contextlib.contextmanager
def changing_case_file(path: Path) -> Iterator[None]:
    """Changing the open case file `path`; other errors pass through unchanged."""
    try:
        yield
    except CaseFileError:
        raise
    except DATABASE_ERRORS as error:
        found = problem(error)
        if found == "full":
            raise DiskFull(phrase("write.disk_full_change")) from error
        if found == "read-only":
            raise PermissionDenied(phrase("write.not_here", path=path.name)) from error
        if found == "damaged":
            text = str(getattr(error, "orig", error)).lower()
            raise CaseFileDamaged(phrase("open.damaged", name=path.name, error=text)) from error
        raise


@contextlib.contextmanager
def write_errors(target: Path) -> Iterator[None]:
    """Writing `target`: a full disk and permission problems as one line a person can act on."""
    try:
        yield
    except CaseFileError:
        raise
    except DATABASE_ERRORS as error:
        found = problem(error)
        if found == "full":
            raise DiskFull(phrase("write.disk_full", name=target.name)) from error
        if found == "read-only":
            raise PermissionDenied(phrase("write.not_here", path=str(target))) from error
        raise CaseFileDamaged(phrase("write.failed", name=target.name, error=error)) from error
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise DiskFull(phrase("write.disk_full", name=target.name)) from error
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise PermissionDenied(phrase("write.not_here", path=str(target))) from error
        raise WriteFailed(
            phrase("write.cannot", path=str(target), error=error.strerror or error)
        ) from error
