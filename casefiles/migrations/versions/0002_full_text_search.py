"""Full-text search: one FTS5 row per incident, rowid = incident id.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

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
    op.execute(
        "INSERT INTO incident_search (rowid, reference, title, description, damage, notes, "
        "correspondence) SELECT id, reference, title, description, '', '', '' FROM incidents "
        "WHERE NOT deleted"
    )
