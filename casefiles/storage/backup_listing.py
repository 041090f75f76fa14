"""The automatic backups of a case file as a person sees them: when each was taken, the
fingerprint it holds (read from the copy itself, so a renamed or damaged copy shows), its size."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from casefiles.errors import CaseFileError
from casefiles.storage import encryption
from casefiles.storage.backup import BackupResult, list_backups, save_copy
from casefiles.storage.encryption import CaseKey
from casefiles.storage.file_format import GENESIS_HASH, check_encrypted, check_header, file_uri
from casefiles.storage.store import CaseFile

_HEAD = "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"


@dataclass(frozen=True, slots=True)
class BackupEntry:
    path: Path
    taken_at: datetime  # UTC, from the name the backup was given when it was taken
    fingerprint: str  # "" when the copy cannot be read
    size_bytes: int
    problem: str | None  # why the copy cannot be opened, in words; None: it can


def automatic_backups(case: CaseFile) -> list[BackupEntry]:
    """This case file's automatic backups, newest first."""
    return [describe(path, case.key) for path in reversed(list_backups(case))]


def describe(path: Path, key: CaseKey | None = None) -> BackupEntry:
    """One backup; an encrypted case's backups are read with its key (they share it)."""
    taken_at = datetime.strptime(path.name[:22], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    fingerprint, problem = "", None
    try:
        if key is None:
            check_header(path)
        else:
            check_encrypted(path)
        connection = encryption.connect(file_uri(path, mode="ro", immutable="1"), key, uri=True)
        try:
            row = connection.execute(_HEAD).fetchone()
        finally:
            connection.close()
        fingerprint = str(row[0]) if row else GENESIS_HASH
    except CaseFileError as error:
        problem = str(error)
    except encryption.DATABASE_ERRORS as error:
        problem = f"The copy cannot be read: {error}."
    return BackupEntry(path, taken_at, fingerprint, path.stat().st_size, problem)


def restore_as_new_file(backup: Path, target: Path, key: CaseKey | None = None) -> BackupResult:
    """A backup copied to `target`, a new file (never over an existing one), checked like
    every copy; the backup itself is only read. An encrypted backup and its copy keep `key`."""
    with CaseFile.open(backup, read_only=True, key=key) as copy:
        return save_copy(copy, target, anchor=False)  # an older state, not one seen now
