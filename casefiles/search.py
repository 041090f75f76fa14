"""Full-text search (SQLite FTS5): one row per incident with its own text, its damage, its notes
and its linked correspondence, kept current by the services and ranked with bm25."""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

# bm25 weights for reference, title, description, damage, notes, correspondence.
WEIGHTS = "10.0, 5.0, 2.0, 1.0, 1.0, 1.0"
_WORD = re.compile(r"\w+", re.UNICODE)


# One search row per live incident, built from the tables alone (no ORM model, which follows
# the newest schema), so that migration 0002 indexes an old file exactly as the services keep
# a current one indexed.
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


def reindex(session: Session, incident_id: int) -> None:
    """Rebuild the search row of one incident from what is stored now."""
    session.flush()  # plain SQL below: the session's pending changes must be in the tables
    session.execute(text("DELETE FROM incident_search WHERE rowid = :id"), {"id": incident_id})
    session.execute(text(INDEX_ROWS + "AND i.id = :id"), {"id": incident_id})


def match_expression(query: str) -> str | None:
    """The user's words as an FTS5 query: every word must match, each as a prefix.
    Quoting each word keeps FTS5 syntax in user input from being interpreted."""
    words = _WORD.findall(query)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def search_incident_ids(session: Session, query: str, limit: int = 500) -> list[int]:
    """Ids of matching incidents, best match first."""
    expression = match_expression(query)
    if expression is None:
        return []
    rows = session.execute(
        text(
            f"SELECT rowid FROM incident_search WHERE incident_search MATCH :q "
            f"ORDER BY bm25(incident_search, {WEIGHTS}) LIMIT :limit"
        ),
        {"q": expression, "limit": limit},
    )
    return [row[0] for row in rows]
