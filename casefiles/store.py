"""The case file on disk: create, open (checked before anything touches it), migrate, lock, copy.

A case file is a SQLite database with page_size 65536, WAL, synchronous=FULL, foreign keys on
and Casefiles' application_id. Opening checks the header bytes itself first, so a file that is
not a case file is refused without SQLite ever writing to it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from casefiles import encryption, profile
from casefiles.encryption import CaseKey
from casefiles.errors import (
    AlreadyExists,
    CaseFileDamaged,
    CaseFileError,
    CaseFileMissing,
    DiskFull,
    NotACaseFile,
    PermissionDenied,
    ReadOnly,
)
from casefiles.file_format import (
    APPLICATION_ID,
    PAGE_SIZE,
    SCHEMA_VERSION,
    FileVersion,
    check_structure,
    file_uri,
    probe,
    read_only_connection,
)
from casefiles.file_writing import can_write, publish, remove_leftovers, remove_with_sidecars
from casefiles.locking import WriterLock
from casefiles.models import Base, Meta

# The engine's wrapped errors and both libraries' own (raw connections).
_DATABASE_ERRORS: tuple[type[Exception], ...] = (DBAPIError, *encryption.DATABASE_ERRORS)


def _connect(uri: str, key: CaseKey | None) -> sqlite3.Connection:
    connection = encryption.connect(uri, key, uri=True, check_same_thread=False, timeout=30)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA synchronous=FULL")
    return connection


class CaseFile:
    """An open case file. Use `transaction()` for changes and `reading()` for reads."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        read_only_reason: str | None,
        lock: WriterLock | None,
        version: FileVersion,
        key: CaseKey | None = None,
    ) -> None:
        self.path = path
        self.key = key  # None for a plain case file
        self.engine = engine
        self.read_only_reason = read_only_reason
        self.version = version
        self.preparer: str | None = None
        self.user = ""
        self.use_profile(profile.load())
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # One writer inside this process too: the audit chain needs each append to see the last.
        self._write_lock = threading.RLock()
        self._local = threading.local()

    def use_profile(self, found: profile.Profile | None) -> None:
        """Name this person in audit entries and as the preparer of documents from now on.
        Paper names a preparer only when a person gave their name; None: "not given"."""
        self.preparer = found.signature if found is not None else None
        self.user = profile.audit_user(found)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    # Opening -----------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str, *, read_only: bool = False, key: CaseKey | None = None
    ) -> CaseFile:
        """Open a case file; an encrypted one needs its `key` (encryption.unlock)."""
        path = Path(path)
        version = _check_complete(path, key)
        reason: str | None = "opened read-only" if read_only else None
        if reason is None and version.min_writer > SCHEMA_VERSION:
            reason = (
                f"written by a newer Casefiles; version {version.min_writer_app} or later can "
                "change it"
            )
        if reason is None and not can_write(path):
            raise PermissionDenied(
                f"You do not have permission to change {path.name}; open it read-only."
            )
        if reason is not None:
            return cls._open_read_only(path, reason, version, key)
        lock = WriterLock(path)
        lock.acquire()
        try:
            remove_leftovers(path.parent)  # of imports and copies killed in this folder
            with read_only_connection(path, key) as (connection, _version):
                check_structure(connection, path.name)  # never write into a damaged file
            if version.schema < SCHEMA_VERSION:
                from casefiles.migrate import migrate  # Alembic loads only when needed

                migrate(path, version, key)
                version = probe(path, key)
            engine = _make_engine(file_uri(path), key)
        except BaseException:
            lock.release()
            raise
        case = cls(path, engine, None, lock, version, key)
        try:
            case._repair_search_index()
        except BaseException:
            case.close()
            raise
        return case

    def _repair_search_index(self) -> None:
        """The search index is derived data: rebuilt here when it is missing, altered, unreadable
        or indexes other incidents than the live ones, so that a search always answers. Edited
        texts in it are found only by verify (comparing them all takes seconds in a large case
        file); rebuild_search_index puts them right."""
        from casefiles import search

        with self.transaction() as session:
            search.repair(session)

    def rebuild_search_index(self) -> None:
        """The search index made anew from the rows (after verify found it out of step)."""
        from casefiles import search

        with self.transaction() as session:
            search.rebuild(session)

    @classmethod
    def _open_read_only(
        cls, path: Path, reason: str, version: FileVersion, key: CaseKey | None
    ) -> CaseFile:
        params = {"mode": "ro"}
        if not can_write(path.parent):
            params["immutable"] = "1"  # WAL readers need to write -shm; a read-only folder can't
        engine = _make_engine(file_uri(path, **params), key)
        return cls(path, engine, reason, None, version, key)

    @classmethod
    def create(
        cls, path: Path | str, mission_name: str, *, key: CaseKey | None = None, **mission: str
    ) -> CaseFile:
        """A new case file with its mission record, encrypted when given a key (encryption.
        new_key). Refuses to overwrite anything."""
        from casefiles.migrate import create_schema
        from casefiles.services import _common
        from casefiles.services import mission as mission_service

        path = Path(path)
        # Check the mission first: bad input must not leave a file behind.
        _common.validate({"name": mission_name, **mission}, mission_service.VALIDATORS)
        if path.exists():
            raise AlreadyExists(f"{path} already exists; choose another name.")
        if not path.parent.is_dir():
            raise CaseFileMissing(f"The folder {path.parent} does not exist.")
        # Build under a temporary name, so a crash never leaves a half-made case file.
        partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
        try:
            connection = encryption.connect(partial, key)
        except encryption.OPERATIONAL_ERRORS:
            raise PermissionDenied(f"Cannot create a file in {path.parent}.") from None
        try:
            # The page size must be set before the first table exists (encrypted: the key's
            # connection settings set it).
            connection.execute(f"PRAGMA page_size={PAGE_SIZE}")
            connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
            connection.execute("PRAGMA journal_mode=WAL")
            connection.close()
            create_schema(partial, key=key)
        except BaseException:
            connection.close()
            remove_with_sidecars(partial)
            raise
        try:
            publish(partial, path)  # never over a file that appeared meanwhile
        finally:
            remove_with_sidecars(partial)
        case = cls.open(path, key=key)
        try:
            mission_service.create(case, name=mission_name, **mission)
        except BaseException:
            case.close()
            remove_with_sidecars(path)
            raise
        return case

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Sessions ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads. Nested calls on one thread share it, and inside a transaction
        they read through that transaction, so they see its changes."""
        active: Session | None = getattr(self._local, "writing", None) or getattr(
            self._local, "reading", None
        )
        if active is not None:
            yield active
            return
        with _translate_errors(self.path), self._sessions() as session:
            self._local.reading = session
            try:
                yield session
            finally:
                self._local.reading = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One committed unit of change. Nested calls join the outer transaction, so a batch
        of service calls commits once."""
        if self.read_only_reason is not None:
            raise ReadOnly(f"This case file is read-only ({self.read_only_reason}).")
        active: Session | None = getattr(self._local, "writing", None)
        if active is not None:
            yield active
            return
        with self._write_lock, _translate_errors(self.path), self._sessions() as session:
            self._local.writing = session
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                self._local.writing = None

    def fingerprint(self) -> str:
        from casefiles.audit import head_hash

        with self.reading() as session:
            return head_hash(session)

    def meta(self, key: str) -> str | None:
        with self.reading() as session:
            return session.scalar(select(Meta.value).where(Meta.key == key))


# Tables that came after schema 1, with the schema that added them: an older file lacks them
# until it is migrated.
TABLES_ADDED = {"photo_views": 4}


def _check_complete(path: Path, key: CaseKey | None) -> FileVersion:
    """The file's version, once it is known to have every table of a case file: a file with
    Casefiles' id and version table but no records is refused, not failed on later."""
    with read_only_connection(path, key) as (connection, version):
        present = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    expected = {
        name for name in Base.metadata.tables if TABLES_ADDED.get(name, 1) <= version.schema
    }
    missing = sorted(expected - present)
    if missing:
        raise NotACaseFile(
            f"{path.name} is not a complete case file: it has no {missing[0]} table. It was "
            "not changed."
        )
    return version


def _make_engine(uri: str, key: CaseKey | None) -> Engine:
    # QueuePool: the default for a creator-made "sqlite://" engine would share one connection.
    # An encrypted file's engine gets sqlcipher3 as its DB-API, so its errors are wrapped too.
    engine = create_engine(
        "sqlite://",
        creator=lambda: _connect(uri, key),
        poolclass=QueuePool,
        **({} if key is None else {"module": encryption.DBAPI}),
    )

    # pysqlite's own transaction handling is off (autocommit), so that SQLAlchemy's begin is a
    # real BEGIN: reads see one snapshot and writes commit as one unit.
    @event.listens_for(engine, "connect")
    def _connect_hook(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin_hook(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


@contextlib.contextmanager
def _translate_errors(path: Path) -> Iterator[None]:
    """SQLite's errors, in words: the disk is full, the file is damaged, it cannot be written."""
    try:
        yield
    except CaseFileError:
        raise
    except _DATABASE_ERRORS as error:
        text = str(getattr(error, "orig", error)).lower()
        if "full" in text:
            raise DiskFull(
                "The disk is full; the last change was not saved. Free some space and try again."
            ) from error
        if "readonly" in text or "read-only" in text:
            raise PermissionDenied(f"{path.name} cannot be written here.") from error
        if (
            "malformed" in text
            or "could not decode" in text
            or "not a database" in text
            or "corrupt" in text
        ):
            raise CaseFileDamaged(f"{path.name} is damaged: {text}.") from error
        raise


def backup_to(source: Path, target: Path, key: CaseKey | None = None) -> None:
    """A consistent copy through SQLite's backup API (safe while the file is open elsewhere),
    encrypted with the same key as the source. Refuses to overwrite; the copy appears under
    its name only once it is complete."""
    if target.exists():
        raise AlreadyExists(f"{target} already exists; choose another name.")
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    source_db = encryption.connect(file_uri(source, mode="ro"), key, uri=True)
    try:
        target_db = encryption.connect(partial, key)
        try:
            source_db.backup(target_db)
        finally:
            target_db.close()
        publish(partial, target)
    finally:
        source_db.close()
        remove_with_sidecars(partial)
