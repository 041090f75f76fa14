"""Copies of a case file: "Save a copy" (checked before it appears under its name) and the
automatic rotating backups taken when a case file is opened for writing.

A copy is made through SQLite's backup API inside one read transaction of the open case file,
so it is one consistent state even while the app (or another process) keeps writing, and its
fingerprint is known exactly.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from casefiles import clock, encryption, settings
from casefiles.encryption import CaseKey
from casefiles.errors import (
    AlreadyExists,
    CaseFileDamaged,
    CaseFileError,
    CaseFileMissing,
    DiskFull,
    NotFound,
    PermissionDenied,
)
from casefiles.file_format import GENESIS_HASH, SUFFIX, check_encrypted, check_header, file_uri
from casefiles.file_writing import can_write, fsync_file, publish, remove_with_sidecars
from casefiles.locking import pid_alive
from casefiles.services import mission as mission_service
from casefiles.store import CaseFile

KEEP_SETTING = "backups_to_keep"
DEFAULT_KEEP = 10
_HEAD = "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"
# "<UTC time> <case file name> <fingerprint prefix>.casefile": names sort by time.
_AUTOMATIC = re.compile(r"^(\d{8}T\d{12}Z) (.+) ([0-9a-f]{16})" + re.escape(SUFFIX) + "$")
# ".<target name>.copying-<pid>" and its SQLite sidecars: a copy that has not got its name yet.
_COPYING = re.compile(r"^\..+\.copying-(\d+)(-wal|-shm|-journal)?$")
LEFTOVER_AFTER_S = 24 * 3600  # no copy takes a day; after a reboot a pid may be reused


_DATABASE_ERRORS: tuple[type[Exception], ...] = (DBAPIError, *encryption.DATABASE_ERRORS)


class WriteFailed(CaseFileError):
    """A file could not be written for a reason other than space or permission."""


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    fingerprint: str  # of the case file at the moment it was copied, and of the copy
    size_bytes: int


def save_copy(case: CaseFile, target: Path | str) -> BackupResult:
    """Copy an open case file to `target`, a new file; never overwrites.

    The copy is checked before it gets its name (SQLite integrity check, application id, the
    same fingerprint as the case file at the moment of copying) and flushed to the disk, so a
    file under `target` is always a whole, checked copy."""
    target = Path(target)
    check_new_file(target)
    partial = target.with_name(f".{target.name}.copying-{os.getpid()}")
    try:
        with write_errors(target):
            fingerprint = _copy_snapshot(case, partial)
            check_copy(partial, fingerprint, case.key)
            fsync_file(partial)
            publish(partial, target)
    finally:
        remove_with_sidecars(partial)
    return BackupResult(target, fingerprint, target.stat().st_size)


def check_new_file(target: Path) -> None:
    """Refuse a target that exists or could not be written, before any work is done."""
    if target.exists() or target.is_symlink():
        raise AlreadyExists(f"{target} already exists; choose another name.")
    if not target.parent.is_dir():
        raise CaseFileMissing(f"The folder {target.parent} does not exist.")
    if not can_write(target.parent):
        raise PermissionDenied(f"You do not have permission to write in {target.parent}.")


def _copy_snapshot(case: CaseFile, partial: Path) -> str:
    """Copy through the backup API inside one read transaction; the fingerprint it copied."""
    raw = case.engine.raw_connection()
    try:
        source: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        source.execute("BEGIN")
        try:
            row = source.execute(_HEAD).fetchone()
            destination = encryption.connect(partial, case.key)  # the same key as the case
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.execute("ROLLBACK")  # only a read: nothing to keep
    finally:
        raw.close()
    return str(row[0]) if row else GENESIS_HASH


def check_copy(copy: Path, fingerprint: str, key: CaseKey | None) -> None:
    if key is None:
        check_header(copy)
    else:
        check_encrypted(copy)
    connection = encryption.connect(file_uri(copy, mode="ro", immutable="1"), key, uri=True)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        row = connection.execute(_HEAD).fetchone()
    finally:
        connection.close()
    if problems != ["ok"]:
        raise CaseFileDamaged(f"The copy failed its check ({problems[0]}); it was not saved.")
    if (str(row[0]) if row else GENESIS_HASH) != fingerprint:
        raise CaseFileDamaged("The copy does not match the case file; it was not saved.")


# Automatic backups --------------------------------------------------------------------------


def backups_to_keep() -> int:
    """How many automatic backups to keep per case file (setting "backups_to_keep"); 0: none."""
    value = settings.load().get(KEEP_SETTING, DEFAULT_KEEP)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return DEFAULT_KEEP
    return value


def backups_folder(case: CaseFile) -> Path:
    """The data folder's backups of this case, by the mission's stable id (so a case file
    moved to another folder or a USB stick keeps its backups)."""
    try:
        key = mission_service.get(case).uuid
    except NotFound:
        key = _safe_stem(case.path)
    return settings.data_dir() / "backups" / key


def list_backups(case: CaseFile) -> list[Path]:
    """The automatic backups of this case, oldest first."""
    folder = backups_folder(case)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if _AUTOMATIC.match(p.name) and p.is_file())


def automatic_backup(case: CaseFile, keep: int | None = None) -> BackupResult | None:
    """Back up a case file just opened for writing and keep the newest `keep` backups (the
    setting when None). None when backups are off or the newest backup already holds this
    state, so opening a file again and again does not push older states out."""
    keep = backups_to_keep() if keep is None else keep
    if keep <= 0:
        return None
    fingerprint = case.fingerprint()
    existing = list_backups(case)
    newest = _AUTOMATIC.match(existing[-1].name) if existing else None
    if newest is not None and newest[3] == fingerprint[:16]:
        return None
    folder = backups_folder(case)
    with write_errors(folder):
        folder.mkdir(parents=True, exist_ok=True)
    _remove_cut_short_copies(folder)
    stamp = clock.now().strftime("%Y%m%dT%H%M%S%fZ")
    result = save_copy(case, folder / f"{stamp} {_safe_stem(case.path)} {fingerprint[:16]}{SUFFIX}")
    for old in list_backups(case)[:-keep]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
    return result


def _remove_cut_short_copies(folder: Path) -> None:
    """A power cut or a kill during a backup leaves a hidden partial copy, as large as the
    case file; left alone, every such cut would eat more of the disk. Remove those whose
    process is gone (or that are a day old), never one that may still be being written."""
    now = clock.now().timestamp()
    for path in folder.iterdir():
        found = _COPYING.match(path.name)
        if found is None or int(found[1]) == os.getpid():
            continue
        with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove
            if not pid_alive(int(found[1])) or now - path.stat().st_mtime > LEFTOVER_AFTER_S:
                path.unlink()


def _safe_stem(path: Path) -> str:
    return re.sub(r"[^\w\-. ]+", "_", path.stem).strip(" .") or "case"


@contextlib.contextmanager
def write_errors(target: Path) -> Iterator[None]:
    """Writing `target`: a full disk and permission problems as one line a person can act on."""
    try:
        yield
    except CaseFileError:
        raise
    except _DATABASE_ERRORS as error:
        text = str(getattr(error, "orig", error)).lower()
        if "full" in text:
            raise DiskFull(
                f"The disk is full; {target.name} was not written. Free some space and try again."
            ) from error
        if "readonly" in text or "unable to open" in text:
            raise PermissionDenied(f"{target} cannot be written here.") from error
        raise CaseFileDamaged(f"{target.name} could not be written: {error}.") from error
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise DiskFull(
                f"The disk is full; {target.name} was not written. Free some space and try again."
            ) from error
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise PermissionDenied(f"{target} cannot be written here.") from error
        raise WriteFailed(f"{target} cannot be written: {error.strerror or error}.") from error
