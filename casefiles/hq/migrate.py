"""`casefiles hq init`: create or bring up to date the headquarters schema (Alembic).

PostgreSQL runs DDL inside transactions, so a migration that fails leaves the database as it
was. A transaction-level advisory lock keeps two `hq init` runs from migrating at once.

Every import and every read checks the schema's revision first (`check_schema`): with a plain
query and the newest revision written down here, so those commands never load Alembic (a tenth
of a second of every `hq import` process's start: docs/headquarters.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from casefiles.errors import CaseFileError
from casefiles.language.phrase import phrase

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "hq_schema_version"
# The newest migration in migrations/versions: a test holds it equal to Alembic's head.
HEAD_REVISION = "0003"
_INIT_LOCK = 0x4351_4900  # "CQI": any constant shared by every hq init


class NotInitialised(CaseFileError):
    pass


def _config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    """The revision the database's schema is at; None without a headquarters schema."""
    if connection.scalar(text("SELECT to_regclass(:table)"), {"table": VERSION_TABLE}) is None:
        return None
    revision: str | None = connection.scalar(text(f"SELECT version_num FROM {VERSION_TABLE}"))
    return revision


def init(engine: Engine) -> tuple[str | None, str]:
    """Migrate to the newest schema; (revision before, revision now)."""
    from alembic import command

    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _INIT_LOCK})
        before = current_revision(connection)
        command.upgrade(_config(connection), HEAD_REVISION)
    return before, HEAD_REVISION


def check_schema(connection: Connection) -> None:
    """Refuse a database whose headquarters schema is missing or not the newest."""
    revision = current_revision(connection)
    if revision is None:
        raise NotInitialised(phrase("hq.no_schema"))
    if revision != HEAD_REVISION:
        raise NotInitialised(phrase("hq.old_schema", revision=revision, head=HEAD_REVISION))
