"""The case file on disk: create, open (checked before anything touches it), migrate, lock, copy.

A case file is a SQLite database with page_size 65536, WAL, synchronous=FULL, foreign keys on
and Casefiles' application_id. Opening checks the header bytes itself first, so a file that is
not a case file is refused without SQLite ever writing to it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from casefiles import profile
from casefiles.errors import (
    AlreadyExists,
    CaseFileMissing,
    NotACaseFile,
    PermissionDenied,
    ReadOnly,
)
from casefiles.integrity import signing
from casefiles.language.phrase import Phrase, phrase
from casefiles.storage import encryption
from casefiles.storage.encryption import CaseKey
from casefiles.storage.fair_lock import FairLock
from casefiles.storage.file_format import (
    APPLICATION_ID,
    PAGE_SIZE,
    SCHEMA_VERSION,
    FileVersion,
    check_structure,
    file_uri,
    probe,
    read_only_connection,
)
from casefiles.storage.file_writing import (
    can_write,
    remove_leftovers,
    written_whole,
)
from casefiles.storage.locking import WriterLock
from casefiles.storage.models import Base, Meta
from casefiles.storage.sqlite_errors import changing_case_file

# The engine's wrapped errors and both libraries' own (raw connections).


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
        read_only_reason: Phrase | None,
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
        self._person = ("", "")
        self._signer: signing.Signer | None = None
        self.use_profile(profile.load())
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # One writer inside this process too: the audit chain needs each append to see the last.
        self._write_lock = FairLock()
        self._local = threading.local()

    def use_profile(self, found: profile.Profile | None) -> None:
        """Name this person in audit entries and as the preparer of documents from now on.
        Paper names a preparer only when a person gave their name; None: "not given"."""
        self.preparer = found.signature if found is not None else None
        self.user = profile.audit_user(found)
        # Without a profile, the login name is the person (their entries are signed too).
        self._person = (found.name, found.role) if found is not None else (self.user, "")
        self._signer = None  # loaded (or made) at the person's first write

    def sign_as(self, signer: signing.Signer) -> None:
        """Write and sign as this person from now on (the demo's people, a key already
        unlocked with its passphrase)."""
        self.user = signer.person
        self._signer = signer

    def signer(self) -> signing.Signer:
        """The key that signs this person's entries; raises KeyLocked when it has a
        passphrase that was not given."""
        if self._signer is None:
            self._signer = signing.load(*self._person)
        return self._signer

    @property
    def signing_key_locked(self) -> bool:
        """Whether the person's key needs a passphrase before they can write."""
        return self._signer is None and signing.is_protected(*self._person)

    def unlock_signing_key(self, passphrase: str) -> None:
        self._signer = signing.load(*self._person, passphrase)

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
        """Open a case file; an encrypted one needs its `key` (file_format.unlock)."""
        path = Path(path)
        version = _check_complete(path, key)
        reason = phrase("read_only.chosen") if read_only else None
        if reason is None and version.min_writer > SCHEMA_VERSION:
            reason = phrase("read_only.newer", version=version.min_writer_app)
        if reason is None and not can_write(path):
            raise PermissionDenied(phrase("open.no_change_permission", name=path.name))
        if reason is not None:
            return cls._open_read_only(path, reason, version, key)
        lock = WriterLock(path)
        lock.acquire()
        try:
            remove_leftovers(path.parent)  # of imports and copies killed in this folder
            with read_only_connection(path, key) as (connection, _version):
                check_structure(connection, path.name)  # never write into a damaged file
            if version.schema < SCHEMA_VERSION:
                from casefiles.storage.migrate import migrate  # Alembic loads only when needed

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
        from casefiles.storage import search

        with self.transaction() as session:
            search.repair(session)

    def rebuild_search_index(self) -> None:
        """The search index made anew from the rows (after verify found it out of step)."""
        from casefiles.storage import search

        with self.transaction() as session:
            search.rebuild(session)

    @classmethod
    def _open_read_only(
        cls, path: Path, reason: Phrase, version: FileVersion, key: CaseKey | None
    ) -> CaseFile:
        params = {"mode": "ro"}
        if not can_write(path.parent):
            params["immutable"] = "1"  # WAL readers need to write -shm; a read-only folder can't
        engine = _make_engine(file_uri(path, **params), key)
        return cls(path, engine, reason, None, version, key)

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
        with changing_case_file(self.path), self._sessions() as session:
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
            raise ReadOnly(phrase("read_only.refused", reason=self.read_only_reason))
        active: Session | None = getattr(self._local, "writing", None)
        if active is not None:
            yield active
            return
        with self._write_lock, changing_case_file(self.path), self._sessions() as session:
            self._local.writing = session
            session.info[signing.SIGNER_KEY] = self.signer
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                self._local.writing = None

    def fingerprint(self) -> str:
        from casefiles.integrity.audit import head_hash

        with self.reading() as session:
            return head_hash(session)

    def meta(self, key: str) -> str | None:
        with self.reading() as session:
            return session.scalar(select(Meta.value).where(Meta.key == key))


# Tables that came after schema 1, with the schema that added them: an older file lacks them
# until it is migrated.
TABLES_ADDED = {"photo_views": 4, "people": 5}


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
        raise NotACaseFile(phrase("open.no_table", name=path.name, table=missing[0]))
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


def create_empty(path: Path, key: CaseKey | None = None) -> None:
    """A new case file with its schema and no records, encrypted when given a key (encryption.
    new_key). Refuses to overwrite anything; a crash never leaves a half-made file."""
    if path.exists():
        raise AlreadyExists(phrase("write.exists", path=str(path)))
    if not path.parent.is_dir():
        raise CaseFileMissing(phrase("write.no_folder", folder=str(path.parent)))
    with written_whole(path) as partial:  # a crash never leaves a half-made case file
        write_schema(partial, key)


def write_schema(path: Path, key: CaseKey | None = None) -> None:
    """The storage settings and the schema of a case file, written into a new file at `path`
    (a hidden name its caller publishes)."""
    from casefiles.storage.migrate import create_schema

    try:
        connection = encryption.connect(path, key)
    except encryption.OPERATIONAL_ERRORS:
        raise PermissionDenied(phrase("write.cannot_create", folder=str(path.parent))) from None
    try:
        # The page size must be set before the first table exists (encrypted: the key's
        # connection settings set it).
        connection.execute(f"PRAGMA page_size={PAGE_SIZE}")
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.execute("PRAGMA journal_mode=WAL")
    finally:
        connection.close()
    create_schema(path, key=key)
