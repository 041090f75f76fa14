"""Encrypting, decrypting and re-keying a case file, each through a checked copy.

SQLCipher's `sqlcipher_export` writes every table of the source into a new file with the
target's encryption (or none). The copy is checked (integrity, application id, the same audit
fingerprint as the source) and flushed to the disk before it gets its name; the source is never
changed, except by a change of passphrase, which replaces it only with a copy that checked out.
The source's writer lock is held throughout, so nothing is written to it meanwhile.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from casefiles.errors import CaseFileLocked
from casefiles.language.phrase import phrase
from casefiles.storage import encryption
from casefiles.storage.backup import check_copy
from casefiles.storage.encryption import CaseKey
from casefiles.storage.file_format import (
    APPLICATION_ID,
    GENESIS_HASH,
    PAGE_SIZE,
    SCHEMA_VERSION,
    file_uri,
    probe,
)
from casefiles.storage.file_writing import (
    check_new_file,
    written_whole,
)
from casefiles.storage.locking import WriterLock
from casefiles.storage.sqlite_errors import write_errors

_HEAD = "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"


def convert(
    source: Path, target: Path, *, source_key: CaseKey | None, target_key: CaseKey | None
) -> str:
    """Write `source` to the new file `target`, encrypted with `target_key` (plain when None).
    Returns the fingerprint both share. Never overwrites; the source is left as it was."""
    check_new_file(target, protect=[source])
    with _writer_lock(source):
        probe(source, source_key)  # refuses a foreign file or a wrong key before any work
        with write_errors(target), written_whole(target, stage="copying", sync=True) as partial:
            fingerprint = _export(source, source_key, partial, target_key)
            check_copy(partial, fingerprint, target_key)
    return fingerprint


def change_passphrase(path: Path, old_key: CaseKey, new_key: CaseKey) -> str:
    """Re-encrypt `path` with `new_key`: a checked copy with the new key replaces the file in
    one rename. Returns the fingerprint (unchanged). Until that rename the file opens with the
    old passphrase; after it, with the new one; never with neither."""
    with _writer_lock(path):
        probe(path, old_key)
        _checkpoint(path, old_key)  # everything in the file itself: no -wal of the old key left
        # change-passphrase was asked to re-key this very file: the checked copy takes its place.
        rekeyed = written_whole(path, stage="rekeying", replace=True, sync=True)
        with write_errors(path), rekeyed as partial:
            fingerprint = _export(path, old_key, partial, new_key)
            check_copy(partial, fingerprint, new_key)
    return fingerprint


@contextlib.contextmanager
def _writer_lock(path: Path) -> Iterator[None]:
    """The case file's writer lock, so that no one writes while it is copied."""
    lock = WriterLock(path)
    try:
        lock.acquire()
    except CaseFileLocked as error:
        raise CaseFileLocked(
            phrase("lock.close_there", error=error.phrase or str(error)), error.holder
        ) from None
    try:
        yield
    finally:
        lock.release()


def _export(source: Path, source_key: CaseKey | None, copy: Path, copy_key: CaseKey | None) -> str:
    """Every table of `source` into the new file `copy`; the fingerprint that was copied."""
    # With no -wal file, all is in the file itself: read it as immutable, so that no -shm
    # or -wal appears beside the source (the writer lock keeps writers away).
    params = {"mode": "ro"} if Path(f"{source}-wal").exists() else {"immutable": "1"}
    connection = encryption.sqlcipher_connect(file_uri(source, **params), source_key)
    try:
        row = connection.execute(_HEAD).fetchone()
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(
            "ATTACH DATABASE ? AS copy KEY ?",
            (file_uri(copy, mode="rwc"), "" if copy_key is None else copy_key.pragma_value()),
        )
        try:
            # Before the copy's first page: its page size (plain) or its cipher's settings.
            if copy_key is None:
                connection.execute(f"PRAGMA copy.page_size = {PAGE_SIZE}")
            else:
                encryption.configure_attached(connection, "copy")
            connection.execute("SELECT sqlcipher_export('copy')")
            connection.execute(f"PRAGMA copy.application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA copy.user_version = {int(user_version or SCHEMA_VERSION)}")
            connection.execute("PRAGMA copy.journal_mode = WAL")
        finally:
            connection.execute("DETACH DATABASE copy")
    finally:
        connection.close()
    return str(row[0]) if row else GENESIS_HASH


def _checkpoint(path: Path, key: CaseKey) -> None:
    """Move the -wal file's pages into the case file and empty the -wal file."""
    connection = encryption.sqlcipher_connect(file_uri(path), key)
    try:
        busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        connection.close()
    wal = Path(f"{path}-wal")
    if busy or (wal.exists() and wal.stat().st_size):
        raise CaseFileLocked(phrase("lock.being_read", name=path.name), {})
