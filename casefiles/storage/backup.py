"""Copies of a case file: "Save a copy" (checked before it appears under its name) and the
automatic rotating backups taken when a case file is opened for writing.

A copy is made through SQLite's backup API inside one read transaction of the open case file,
so it is one consistent state even while the app (or another process) keeps writing, and its
fingerprint is known exactly.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from casefiles import clock, settings
from casefiles.errors import (
    CaseFileDamaged,
    NotFound,
)
from casefiles.language.phrase import phrase
from casefiles.services import mission as mission_service
from casefiles.storage import encryption
from casefiles.storage.encryption import CaseKey
from casefiles.storage.file_format import (
    GENESIS_HASH,
    SUFFIX,
    check_encrypted,
    check_header,
    file_uri,
)
from casefiles.storage.file_writing import (
    check_new_file,
    remove_leftovers,
    written_whole,
)
from casefiles.storage.sqlite_errors import write_errors
from casefiles.storage.store import CaseFile

KEEP_SETTING = "backups_to_keep"
DEFAULT_KEEP = 10
_HEAD = "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"
# "<UTC time> <case file name> <fingerprint prefix>.casefile": names sort by time.
_AUTOMATIC = re.compile(r"^(\d{8}T\d{12}Z) (.+) ([0-9a-f]{16})" + re.escape(SUFFIX) + "$")


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    fingerprint: str  # of the case file at the moment it was copied, and of the copy
    size_bytes: int


def save_copy(
    case: CaseFile, target: Path | str, *, replace: bool = False, anchor: bool = True
) -> BackupResult:
    """Copy an open case file to `target`, a new file; replaces an existing file only with
    `replace` (the person was asked), and never the case file itself or its sidecars. With
    `anchor` (a copy a person asked for), the copy's fingerprint is recorded (anchors.py).

    The copy is checked before it gets its name (SQLite integrity check, application id, the
    same fingerprint as the case file at the moment of copying) and flushed to the disk, so a
    file under `target` is always a whole, checked copy."""
    target = Path(target)
    check_new_file(target, protect=[case.path], replace=replace)
    copied = written_whole(target, stage="copying", replace=replace, sync=True)
    with write_errors(target), copied as partial:
        fingerprint = _copy_snapshot(case, partial)
        check_copy(partial, fingerprint, case.key)
    size = target.stat().st_size
    if anchor:
        from casefiles.integrity import anchors

        anchors.record(case, "backup", fingerprint, copy=target.name)
    return BackupResult(target, fingerprint, size)


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
        raise CaseFileDamaged(phrase("backup.check_failed", problem=problems[0]))
    if (str(row[0]) if row else GENESIS_HASH) != fingerprint:
        raise CaseFileDamaged(phrase("backup.mismatch"))


# Automatic backups --------------------------------------------------------------------------


def backups_to_keep() -> int:
    """How many automatic backups to keep per case file (setting "backups_to_keep"); 0: none."""
    value = settings.load().get(KEEP_SETTING, DEFAULT_KEEP)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return DEFAULT_KEEP
    return value


def backups_folder(case: CaseFile) -> Path:
    """The data folder's backups of this case file: under its mission's stable id, then the
    file's own identity, so that copies of one case file (same mission) never push out each
    other's backups."""
    try:
        key = mission_service.get(case).uuid
    except NotFound:
        key = _safe_stem(case.path)
    return settings.data_dir() / "backups" / key / _file_identity(case.path)


def _file_identity(path: Path) -> str:
    """Device and inode, which a rename or a move on the same disk keeps and a copy does not;
    the full path where the file system has no inodes (FAT on Windows reports 0)."""
    status = path.stat()
    if status.st_ino:
        return f"{status.st_dev:x}-{status.st_ino:x}"
    return hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:16]


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
    remove_leftovers(folder, quiet_s=0)  # our own, local folder
    stamp = clock.now().strftime("%Y%m%dT%H%M%S%fZ")
    name = f"{stamp} {_safe_stem(case.path)} {fingerprint[:16]}{SUFFIX}"
    result = save_copy(case, folder / name, anchor=False)  # not a state that left the computer
    for old in list_backups(case)[:-keep]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
    return result


def _safe_stem(path: Path) -> str:
    return re.sub(r"[^\w\-. ]+", "_", path.stem).strip(" .") or "case"
