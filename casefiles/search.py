"""Full-text search (SQLite FTS5): one row per incident with its own text, its damage, its notes
and its linked correspondence, kept current by the services and ranked with bm25."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select, text, true
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from casefiles.errors import SearchUnavailable
from casefiles.models import Correspondence, DamageItem, Incident, Note, correspondence_incidents

# bm25 weights for reference, title, description, damage, notes, correspondence.
WEIGHTS = "10.0, 5.0, 2.0, 1.0, 1.0, 1.0"
_WORD = re.compile(r"\w+", re.UNICODE)


# As migration 0002 made it; the index is rebuilt with it when it is missing or was altered.
CREATE_INDEX = (
    "CREATE VIRTUAL TABLE incident_search USING fts5("
    "reference, title, description, damage, notes, correspondence, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
_COLUMNS = ("reference", "title", "description", "damage", "notes", "correspondence")


def reindex(session: Session, incident_id: int) -> None:
    """Rebuild the search row of one incident from what is stored now."""
    session.execute(text("DELETE FROM incident_search WHERE rowid = :id"), {"id": incident_id})
    row = _rows(session, incident_id).get(incident_id)
    if row is not None:
        _insert(session, incident_id, row)


def _insert(session: Session, incident_id: int, row: tuple[str, ...]) -> None:
    session.execute(
        text(
            "INSERT INTO incident_search (rowid, reference, title, description, damage, notes, "
            "correspondence) VALUES (:id, :reference, :title, :description, :damage, :notes, "
            ":correspondence)"
        ),
        {"id": incident_id, **dict(zip(_COLUMNS, row, strict=True))},
    )


def _rows(session: Session, incident_id: int | None = None) -> dict[int, tuple[str, ...]]:
    """The search row of each live incident (or of one), by row id, in four queries whatever
    their number. Reads only text columns, so a row with an unreadable date still gets one."""

    def one(column: Any) -> Any:
        return true() if incident_id is None else column == incident_id

    parts: dict[str, dict[int, list[str]]] = {"damage": {}, "notes": {}, "letters": {}}
    queries = {
        "damage": select(DamageItem.incident_id, DamageItem.description)
        .where(one(DamageItem.incident_id), DamageItem.deleted.is_(False))
        .order_by(DamageItem.id),
        "notes": select(Note.incident_id, Note.text)
        .where(one(Note.incident_id), Note.deleted.is_(False))
        .order_by(Note.id),
        "letters": select(
            correspondence_incidents.c.incident_id,
            Correspondence.summary
            + " "
            + Correspondence.counterpart
            + " "
            + Correspondence.reference_number,
        )
        .join(correspondence_incidents)
        .where(one(correspondence_incidents.c.incident_id), Correspondence.deleted.is_(False))
        .order_by(Correspondence.id),
    }
    for name, query in queries.items():
        for owner, words in session.execute(query):
            parts[name].setdefault(owner, []).append(words)
    incidents = session.execute(
        select(Incident.id, Incident.reference, Incident.title, Incident.description).where(
            one(Incident.id), Incident.deleted.is_(False)
        )
    )
    return {
        row_id: (
            reference,
            title,
            description,
            *("\n".join(parts[name].get(row_id, [])) for name in ("damage", "notes", "letters")),
        )
        for row_id, reference, title, description in incidents
    }


def stale_incidents(session: Session) -> list[str]:
    """References of the incidents whose search row is not what the rows say (missing, extra or
    different); empty when the index is in step. Raises DBAPIError when it cannot be read."""
    names = ", ".join(_COLUMNS)
    indexed = {
        rowid: tuple(values)
        for rowid, *values in session.execute(text(f"SELECT rowid, {names} FROM incident_search"))
    }
    expected = _rows(session)
    stale = []
    for incident_id, reference in session.execute(select(Incident.id, Incident.reference)):
        if indexed.pop(incident_id, None) != expected.get(incident_id):
            stale.append(str(reference))
    return stale + [f"(no incident with row id {rowid})" for rowid in sorted(indexed)]


def _index_altered(session: Session) -> bool:
    definition = session.execute(
        text("SELECT sql FROM sqlite_master WHERE name = 'incident_search'")
    ).scalar()
    return definition != CREATE_INDEX


def _restore_own_tables(session: Session) -> None:
    """Put back the tables FTS5 keeps the index in, as a new case file has them, so that the
    damaged index can be dropped."""
    from casefiles.file_format import SCHEMA_VERSION
    from casefiles.schema_check import expected_schema

    objects, _meta = expected_schema(SCHEMA_VERSION)
    for (kind, name), sql in objects.items():
        if kind == "table" and name.startswith("incident_search_") and sql is not None:
            session.execute(text(sql.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1)))
    # FTS5 opens an index only with its structure record (row 10); an empty one will do.
    session.execute(text("INSERT OR IGNORE INTO incident_search_data VALUES (10, x'')"))


def repair(session: Session) -> bool:
    """Rebuild the index when it is missing, altered or out of step; whether it was. The
    index is derived data: rebuilding it changes no record and writes no audit entry."""
    try:
        if not _index_altered(session) and not stale_incidents(session):
            return False
    except DBAPIError:
        pass  # unreadable: rebuilt below
    try:
        session.execute(text("DROP TABLE IF EXISTS incident_search"))
    except DBAPIError:  # FTS5 cannot drop an index with a table of its own missing
        _restore_own_tables(session)
        session.execute(text("DROP TABLE IF EXISTS incident_search"))
    session.execute(text(CREATE_INDEX))
    for incident_id, row in _rows(session).items():
        _insert(session, incident_id, row)
    return True


def match_expression(query: str) -> str | None:
    """The user's words as an FTS5 query: every word must match, each as a prefix.
    Quoting each word keeps FTS5 syntax in user input from being interpreted."""
    words = _WORD.findall(query)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def search_incident_ids(session: Session, query: str, limit: int = 500) -> list[int]:
    """Ids of matching incidents, best match first. An index that cannot be searched (altered
    behind the app's back) is a clear refusal, never an internal error."""
    expression = match_expression(query)
    if expression is None:
        return []
    try:
        rows = session.execute(
            text(
                f"SELECT rowid FROM incident_search WHERE incident_search MATCH :q "
                f"ORDER BY bm25(incident_search, {WEIGHTS}) LIMIT :limit"
            ),
            {"q": expression, "limit": limit},
        ).all()
    except DBAPIError:
        raise SearchUnavailable(
            "The search index of this case file is damaged; it is rebuilt when the case file "
            "is next opened for writing (the records themselves are not affected)."
        ) from None
    return [row[0] for row in rows]
