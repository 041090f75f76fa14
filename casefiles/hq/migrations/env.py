"""Alembic environment of the headquarters schema: always run on a connection handed in by
casefiles.hq.migrate."""

from __future__ import annotations

from alembic import context

from casefiles.hq.migrate import VERSION_TABLE
from casefiles.hq.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, version_table=VERSION_TABLE)
with context.begin_transaction():
    context.run_migrations()
