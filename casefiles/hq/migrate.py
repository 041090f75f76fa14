"""`casefiles hq init`: create or bring up to date the headquarters schema (Alembic).

PostgreSQL runs DDL inside transactions, so a migration that fails leaves the database as it
was. A transaction-level advisory lock keeps two `hq init` runs from migrating at once.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from casefiles.errors import CaseFileError
from casefiles.language.phrase import phrase

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "hq_schema_version"
_INIT_LOCK = 0x4351_4900  # "CQI": any constant shared by every hq init


class NotInitialised(CaseFileError):
    pass


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None, "the headquarters migrations have a head"
    return head


def current_revision(connection: Connection) -> str | None:
    context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
    return context.get_current_revision()


def init(engine: Engine) -> tuple[str | None, str]:
    """Migrate to the newest schema; (revision before, revision now)."""
    with engine.begin() as connection:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _INIT_LOCK})
        before = current_revision(connection)
        command.upgrade(_config(connection), "head")
    return before, head_revision()


def check_schema(connection: Connection) -> None:
    """Refuse a database whose headquarters schema is missing or not the newest."""
    revision = current_revision(connection)
    if revision is None:
        raise NotInitialised(phrase("hq.no_schema"))
    if revision != head_revision():
        raise NotInitialised(phrase("hq.old_schema", revision=revision, head=head_revision()))
