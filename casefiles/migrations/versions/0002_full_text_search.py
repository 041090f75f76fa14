"""Full-text search: one FTS5 row per incident, rowid = incident id.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

from casefiles.search import INDEX_ROWS

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # remove_diacritics 2: a word typed without its marks (s for ş, c for ç, g for ğ) matches.
    op.execute(
        "CREATE VIRTUAL TABLE incident_search USING fts5("
        "reference, title, description, damage, notes, correspondence, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    # The same rows the services keep current: an old file's notes, damage and letters too.
    op.execute(INDEX_ROWS)
