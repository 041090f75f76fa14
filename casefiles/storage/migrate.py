"""Schema creation and migration with Alembic (batch mode, for SQLite).

A migration runs only after a backup copy of the file has been written beside it through
SQLite's backup API, so an interrupted or failed migration never costs data.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import Connection, create_engine, event
from sqlalchemy.exc import SQLAlchemyError

from casefiles import clock
from casefiles.errors import CaseFileError, worded
from casefiles.language.phrase import phrase
from casefiles.storage import encryption
from casefiles.storage.consistent_copy import backup_to
from casefiles.storage.encryption import CaseKey
from casefiles.storage.file_format import SCHEMA_VERSION, FileVersion, file_uri, write_version

MIGRATIONS = Path(__file__).with_name("migrations")
# What a failed upgrade raises: SQLAlchemy's, either SQLite library's (encrypted: sqlcipher3),
# Alembic's.
_UPGRADE_ERRORS: tuple[type[Exception], ...] = (
    SQLAlchemyError,
    *encryption.DATABASE_ERRORS,
    CommandError,
)


def _upgrade(path: Path, revision: str = "head", key: CaseKey | None = None) -> None:
    options: dict[str, Any] = {}
    if key is not None:  # an encrypted file: sqlcipher3 connections with the key
        options = {
            "module": encryption.DBAPI,
            "creator": lambda: encryption.connect(file_uri(path), key, uri=True),
        }
    engine = create_engine(f"sqlite:///{path}", **options)

    # One real transaction around every step, DDL included (pysqlite would commit each CREATE
    # and ALTER on its own): a migration that fails leaves the file as it was.
    @event.listens_for(engine, "connect")
    def _connect_hook(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin_hook(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
    with encryption.connect(path, key) as raw:
        raw.execute("PRAGMA synchronous=FULL")
        write_version(raw)
        # The meta table says what the schema is; keep it honest for partial upgrades (tests).
        if revision != "head":
            raw.execute(
                "UPDATE casefile_meta SET value=? WHERE key IN ('schema_version', "
                "'min_writer_schema')",
                (str(int(revision)),),
            )
            raw.execute(f"PRAGMA user_version={int(revision)}")
    raw.close()


def create_schema(path: Path, revision: str = "head", *, key: CaseKey | None = None) -> None:
    """Tables of a new case file, at `revision` (the latest unless a test asks otherwise)."""
    _upgrade(path, revision, key)


def backup_path(path: Path, version: FileVersion) -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.before-schema-{SCHEMA_VERSION}.{stamp}{path.suffix}")


def migrate(path: Path, version: FileVersion, key: CaseKey | None = None) -> Path:
    """Back the file up beside itself (encrypted with the same key), then upgrade it to this
    app's schema. Returns the copy."""
    copy = backup_path(path, version)
    try:
        backup_to(path, copy, key)
    except (OSError, CaseFileError) as error:
        raise CaseFileError(
            phrase("open.no_backup_before_update", name=path.name, error=worded(error))
        ) from error
    try:
        _upgrade(path, key=key)
    except _UPGRADE_ERRORS as error:
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        raise CaseFileError(
            phrase("open.update_failed", name=path.name, reason=reason, copy=copy.name)
        ) from error
    return copy
