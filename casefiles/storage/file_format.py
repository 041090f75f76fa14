"""What makes a file a case file, read with nothing but the standard library.

The header check, the schema version and a read-only connection live here, apart from the ORM,
so that `casefiles info` answers without loading SQLAlchemy (half of its start-up time).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from casefiles import __version__
from casefiles.errors import (
    CaseFileDamaged,
    CaseFileMissing,
    NewerVersion,
    NotACaseFile,
    PassphraseNeeded,
    PermissionDenied,
    WrongPassphrase,
)
from casefiles.language.phrase import Number, phrase
from casefiles.storage.file_reading import NotAFile, open_regular

if TYPE_CHECKING:
    from casefiles.storage.encryption import CaseKey

APPLICATION_ID = 0x43415345  # "CASE"
PAGE_SIZE = 65536
SUFFIX = ".casefile"
SQLITE_MAGIC = b"SQLite format 3\x00"
GENESIS_HASH = "0" * 64  # the audit chain's start: the fingerprint of a file with no entry

# Schema versions this app knows, and the app version that introduced each. A file records the
# oldest schema that can still read it and the oldest that can still write it.
SCHEMA_VERSION = 5
SCHEMA_APP_VERSIONS = {1: "0.1.0", 2: "0.1.0", 3: "0.1.0", 4: "0.1.0", 5: "0.1.0"}
MIN_READER_SCHEMA = 1
# 3: the search index holds folded text; an older writer would add rows search cannot find.
# 4: photos' display settings (photo_views) are audited records an older writer cannot keep.
# 5: entries are signed; an older writer's unsigned entries after signed ones are findings.
MIN_WRITER_SCHEMA = 5


@dataclass(frozen=True, slots=True)
class FileVersion:
    schema: int
    min_reader: int
    min_writer: int
    min_reader_app: str
    min_writer_app: str


def file_uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(str(path.resolve()))}" + (f"?{query}" if query else "")


def check_header(path: Path) -> None:
    """Refuse anything that is not an intact case file, reading only its first bytes."""
    try:
        with open_regular(path) as handle:  # never a FIFO or a device: they would hang
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except NotAFile as error:
        raise NotACaseFile(
            phrase("open.not_a_file", path=str(path), kind=error.kind_phrase)
        ) from None
    except FileNotFoundError:
        raise CaseFileMissing(phrase("open.missing", path=str(path))) from None
    except PermissionError:
        raise PermissionDenied(phrase("open.no_permission", path=str(path))) from None
    except OSError as error:
        raise CaseFileDamaged(
            phrase("open.unreadable", path=str(path), error=error.strerror)
        ) from None
    if not header:
        raise NotACaseFile(phrase("open.empty", name=path.name))
    if not header.startswith(SQLITE_MAGIC):
        from casefiles.storage.encryption import looks_encrypted

        if looks_encrypted(path):
            raise PassphraseNeeded(phrase("open.encrypted", name=path.name))
        raise NotACaseFile(phrase("open.not_casefiles", name=path.name))
    if len(header) < 100:
        raise CaseFileDamaged(phrase("open.cut_short", name=path.name))
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotACaseFile(phrase("open.other_program", name=path.name))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # A checkpoint stopped by a full disk or a power cut can leave page 1 saying more pages
    # than the file has yet; the -wal file still holds them, and SQLite reads them from it.
    if size < page_size * pages and not _wal_has_frames(path):
        raise CaseFileDamaged(
            phrase(
                "open.cut_short_at",
                name=path.name,
                size=Number(size),
                expected=Number(page_size * pages),
            )
        )


def _wal_has_frames(path: Path) -> bool:
    try:
        return os.path.getsize(f"{path}-wal") > 0
    except OSError:
        return False


def read_version(connection: sqlite3.Connection) -> FileVersion:
    rows = dict(connection.execute("SELECT key, value FROM casefile_meta").fetchall())
    schema = int(rows["schema_version"])
    return FileVersion(
        schema=schema,
        min_reader=int(rows.get("min_reader_schema", schema)),
        min_writer=int(rows.get("min_writer_schema", schema)),
        min_reader_app=rows.get("min_reader_app", "a newer version"),
        min_writer_app=rows.get("min_writer_app", "a newer version"),
    )


def write_version(connection: sqlite3.Connection) -> None:
    values = {
        "schema_version": str(SCHEMA_VERSION),
        "min_reader_schema": str(MIN_READER_SCHEMA),
        "min_writer_schema": str(MIN_WRITER_SCHEMA),
        "min_reader_app": SCHEMA_APP_VERSIONS[MIN_READER_SCHEMA],
        "min_writer_app": SCHEMA_APP_VERSIONS[MIN_WRITER_SCHEMA],
        "written_by_app": __version__,
    }
    connection.executemany(
        "INSERT INTO casefile_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        values.items(),
    )
    connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


@contextlib.contextmanager
def read_only_connection(
    path: Path, key: CaseKey | None = None
) -> Iterator[tuple[sqlite3.Connection, FileVersion]]:
    """A connection that writes nothing, with the file's version; refuses a file that is not a
    readable case file. With no -wal file beside it, everything is in the main file, so it is
    read as immutable: SQLite then creates no -wal or -shm either. With a key, the file is
    read as an encrypted case file (encryption.py); a key that does not open it is refused
    as a wrong passphrase before anything is written."""
    from casefiles.storage.encryption import (
        DATABASE_ERRORS,
        OPERATIONAL_ERRORS,
        connect,
        is_wrong_key,
    )

    if key is None:
        check_header(path)
    else:
        check_encrypted(path)
    attempts = [{"mode": "ro"}, {"mode": "ro", "immutable": "1"}]
    if not Path(f"{path}-wal").exists():
        attempts.reverse()
    for params in attempts:
        try:
            connection = connect(file_uri(path, **params), key, uri=True)
        except DATABASE_ERRORS:
            continue
        try:
            try:
                version = read_version(connection)
            except (*OPERATIONAL_ERRORS, KeyError, ValueError) as error:  # type: ignore[misc]
                if "unable to open" in str(error) or "readonly" in str(error):
                    continue
                if "no such table" in str(error) or isinstance(error, KeyError | ValueError):
                    raise NotACaseFile(phrase("open.incomplete", name=path.name)) from None
                raise CaseFileDamaged(phrase("open.damaged", name=path.name, error=error)) from None
            except DATABASE_ERRORS as error:
                if is_wrong_key(error):
                    raise WrongPassphrase(phrase("open.wrong_passphrase", name=path.name)) from None
                raise CaseFileDamaged(phrase("open.damaged", name=path.name, error=error)) from None
            if key is not None and _application_id(connection) != APPLICATION_ID:
                raise NotACaseFile(phrase("open.other_program_encrypted", name=path.name))
            if version.min_reader > SCHEMA_VERSION:
                raise NewerVersion(
                    phrase("open.newer", name=path.name, version=version.min_reader_app)
                )
            yield connection, version
            return
        finally:
            connection.close()
    raise PermissionDenied(phrase("open.sqlite_cannot_read", name=path.name))


def check_structure(connection: sqlite3.Connection, name: str) -> None:
    """Refuse a case file whose structure is damaged, before anything is written into it.

    `PRAGMA quick_check` of the whole file reads every page: 0.8 s on a 1 GB case file with a
    warm cache, 4.7 s cold (benchmarks/bench_open_check.py), on every opening. Checked instead:
    the schema and every table and index but `blobs` (records, audit log, derived images,
    search index), 20-35 ms. Left to verify: the originals' pages, which hold almost all of
    the bytes and are each checked against their SHA-256, and the free-page list."""
    from casefiles.storage.encryption import DATABASE_ERRORS

    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'blobs' "
                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
            )
        ]
        for table in ["sqlite_master", *tables]:
            quoted = table.replace('"', '""')
            problems = [row[0] for row in connection.execute(f'PRAGMA quick_check("{quoted}")')]
            if problems != ["ok"]:
                break
    except DATABASE_ERRORS as error:
        problems = [str(error)]
    if problems != ["ok"]:
        # SQLite's report may run to many lines under a "*** in database main ***" heading.
        lines = [line for p in problems for line in p.splitlines() if not line.startswith("***")]
        raise CaseFileDamaged(
            phrase("open.damaged_structure", name=name, problem=(lines or problems)[0])
        )


def _application_id(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA application_id").fetchone()[0])


def check_encrypted(path: Path) -> None:
    """Refuse what cannot be an encrypted case file, before a key is tried on it."""
    from casefiles.storage.encryption import looks_encrypted

    _check_readable(path)
    if not looks_encrypted(path):
        raise NotACaseFile(phrase("open.not_encrypted", name=path.name))


def _check_readable(path: Path) -> None:
    try:
        with open_regular(path):  # never a FIFO or a device: they would hang
            pass
    except NotAFile as error:
        raise NotACaseFile(
            phrase("open.not_a_file", path=str(path), kind=error.kind_phrase)
        ) from None
    except FileNotFoundError:
        raise CaseFileMissing(phrase("open.missing", path=str(path))) from None
    except PermissionError:
        raise PermissionDenied(phrase("open.no_permission", path=str(path))) from None
    except OSError as error:  # a loop of links, an I/O error: a message, not a traceback
        raise CaseFileDamaged(
            phrase("open.unreadable", path=str(path), error=error.strerror)
        ) from None


def probe(path: Path, key: CaseKey | None = None) -> FileVersion:
    """The version of a readable case file, read without writing anything."""
    with read_only_connection(path, key) as (_connection, version):
        return version


def unlock(path: Path, passphrase: str) -> CaseKey:
    """The key of the encrypted case file at `path`, checked by reading it (read-only):
    NotACaseFile when it cannot be one, WrongPassphrase when the passphrase does not open it."""
    from casefiles.storage.encryption import derive_key, read_salt

    check_encrypted(path)
    key = derive_key(passphrase, read_salt(path))
    try:
        probe(path, key)
    except BaseException:
        key.forget()
        raise
    return key
