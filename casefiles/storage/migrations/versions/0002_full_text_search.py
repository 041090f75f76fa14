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

# One search row per live incident with every text search covers (own text, damage, notes,
# linked letters), from the tables alone: an old file's notes and damage must be found too.
# Revision 0003 rebuilds these rows folded.
INDEX_ROWS = """
INSERT INTO incident_search (rowid, reference, title, description, damage, notes, correspondence)
SELECT i.id, i.reference, i.title, i.description,
    coalesce((SELECT group_concat(d.description, char(10)) FROM damage_items d
        WHERE d.incident_id = i.id AND NOT d.deleted), ''),
    coalesce((SELECT group_concat(n.text, char(10)) FROM notes n
        WHERE n.incident_id = i.id AND NOT n.deleted), ''),
    coalesce((SELECT group_concat(c.summary || ' ' || c.counterpart || ' ' || c.reference_number,
            char(10))
        FROM correspondence c JOIN correspondence_incidents l ON l.correspondence_id = c.id
        WHERE l.incident_id = i.id AND NOT c.deleted), '')
FROM incidents i
WHERE NOT i.deleted
"""


def upgrade() -> None:
    # remove_diacritics 2: a word typed without its marks (s for ş, c for ç, g for ğ) matches.
    op.execute(
        "CREATE VIRTUAL TABLE incident_search USING fts5("
        "reference, title, description, damage, notes, correspondence, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(INDEX_ROWS)
