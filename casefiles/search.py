"""Full-text search (SQLite FTS5): one row per incident with its own text, its damage, its notes
and its linked correspondence, kept current by the services and ranked with bm25."""

from __future__ import annotations

import re

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from casefiles.models import Correspondence, DamageItem, Incident, Note, correspondence_incidents

# bm25 weights for reference, title, description, damage, notes, correspondence.
WEIGHTS = "10.0, 5.0, 2.0, 1.0, 1.0, 1.0"
_WORD = re.compile(r"\w+", re.UNICODE)


def reindex(session: Session, incident_id: int) -> None:
    """Rebuild the search row of one incident from what is stored now."""
    session.execute(text("DELETE FROM incident_search WHERE rowid = :id"), {"id": incident_id})
    incident = session.get(Incident, incident_id)
    if incident is None or incident.deleted:
        return
    damage = session.scalars(
        select(DamageItem.description).where(
            DamageItem.incident_id == incident_id, DamageItem.deleted.is_(False)
        )
    )
    notes = session.scalars(
        select(Note.text).where(Note.incident_id == incident_id, Note.deleted.is_(False))
    )
    letters = session.scalars(
        select(
            Correspondence.summary
            + " "
            + Correspondence.counterpart
            + " "
            + Correspondence.reference_number
        )
        .join(correspondence_incidents)
        .where(
            correspondence_incidents.c.incident_id == incident_id,
            Correspondence.deleted.is_(False),
        )
    )
    session.execute(
        text(
            "INSERT INTO incident_search (rowid, reference, title, description, damage, notes, "
            "correspondence) VALUES (:id, :reference, :title, :description, :damage, :notes, "
            ":correspondence)"
        ),
        {
            "id": incident_id,
            "reference": incident.reference,
            "title": incident.title,
            "description": incident.description,
            "damage": "\n".join(damage),
            "notes": "\n".join(notes),
            "correspondence": "\n".join(letters),
        },
    )


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
