"""Full-text search (SQLite FTS5): one row per incident with its own text, its damage, its notes
and its linked correspondence, kept current by the services and ranked with bm25.

The index holds the text folded (casefiles.domain.text_folding) and queries are folded the
same way, so words typed without Azerbaijani letters find them. What a hit shows is cut from
the text as stored, with the matched words marked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text, true
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from casefiles.domain.text_folding import fold
from casefiles.errors import SearchUnavailable
from casefiles.language.phrase import phrase
from casefiles.storage.models import (
    Correspondence,
    DamageItem,
    Incident,
    Note,
    correspondence_incidents,
)

# bm25 weights for reference, title, description, damage, notes, correspondence.
WEIGHTS = "10.0, 5.0, 2.0, 1.0, 1.0, 1.0"
COLUMNS = ("reference", "title", "description", "damage", "notes", "correspondence")
_WORD = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"\s")  # one for one, so that marks keep their places
SNIPPET_CHARS = 90  # about one line of a terminal or of the window's search panel
_LEAD_CHARS = 30  # shown before the first marked word


@dataclass(frozen=True, slots=True)
class Snippet:
    """Where an incident matched: an excerpt of one of its texts with the words marked."""

    column: str  # one of COLUMNS
    text: str  # the excerpt as stored, "…" where it was cut
    marks: tuple[tuple[int, int], ...]  # start and end of each matched word in `text`

    def marked(
        self, before: str = "[", after: str = "]", escape: Callable[[str], str] = str
    ) -> str:
        """The excerpt with each matched word between `before` and `after`; `escape` is applied
        to the text only (e.g. html.escape, when the marks are tags)."""
        parts, end = [], 0
        for start, stop in self.marks:
            parts += [escape(self.text[end:start]), before, escape(self.text[start:stop]), after]
            end = stop
        return "".join(parts) + escape(self.text[end:])


# As migration 0002 made it; the index is rebuilt with it when it is missing or was altered.
CREATE_INDEX = (
    "CREATE VIRTUAL TABLE incident_search USING fts5("
    "reference, title, description, damage, notes, correspondence, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)


def _all_sources(
    session: Session, incident_id: int | None = None
) -> dict[int, dict[str, list[str]]]:
    """Every text search covers, as stored, by index column, for each live incident (or for
    one), by row id: four queries whatever their number. Reads only text columns, so a row
    with an unreadable date still gets a search row."""

    def one(column: Any) -> Any:
        return true() if incident_id is None else column == incident_id

    queries = {
        "damage": select(DamageItem.incident_id, DamageItem.description)
        .where(one(DamageItem.incident_id), DamageItem.deleted.is_(False))
        .order_by(DamageItem.id),
        "notes": select(Note.incident_id, Note.text)
        .where(one(Note.incident_id), Note.deleted.is_(False))
        .order_by(Note.id),
        "correspondence": select(
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
    parts: dict[str, dict[int, list[str]]] = {name: {} for name in queries}
    for name, query in queries.items():
        for owner, words in session.execute(query):
            parts[name].setdefault(owner, []).append(words)
    incidents = session.execute(
        select(Incident.id, Incident.reference, Incident.title, Incident.description).where(
            one(Incident.id), Incident.deleted.is_(False)
        )
    )
    return {
        row_id: {
            "reference": [reference],
            "title": [title],
            "description": [description],
            **{name: parts[name].get(row_id, []) for name in queries},
        }
        for row_id, reference, title, description in incidents
    }


def _sources(session: Session, incident_id: int) -> dict[str, list[str]] | None:
    """The texts of one incident, or None when it is deleted or missing."""
    return _all_sources(session, incident_id).get(incident_id)


def index_row(sources: dict[str, list[str]]) -> dict[str, str]:
    """The folded text of each index column."""
    return {column: fold("\n".join(sources.get(column, []))) for column in COLUMNS}


def _rows(session: Session, incident_id: int | None = None) -> dict[int, dict[str, str]]:
    return {
        row_id: index_row(texts) for row_id, texts in _all_sources(session, incident_id).items()
    }


def reindex(session: Session, incident_id: int) -> None:
    """Rebuild the search row of one incident from what is stored now."""
    session.execute(text("DELETE FROM incident_search WHERE rowid = :id"), {"id": incident_id})
    row = _rows(session, incident_id).get(incident_id)
    if row is not None:
        insert_row(session, incident_id, row)


def insert_row(session: Session, incident_id: int, row: dict[str, str]) -> None:
    session.execute(
        text(
            f"INSERT INTO incident_search (rowid, {', '.join(COLUMNS)}) "
            f"VALUES (:id, {', '.join(':' + c for c in COLUMNS)})"
        ),
        {"id": incident_id, **row},
    )


def stale_incidents(session: Session) -> list[str]:
    """References of the incidents whose search row is not what the rows say (missing, extra or
    different); empty when the index is in step. Raises DBAPIError when it cannot be read."""
    names = ", ".join(COLUMNS)
    indexed = {
        rowid: dict(zip(COLUMNS, values, strict=True))
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
    from casefiles.storage.file_format import SCHEMA_VERSION
    from casefiles.storage.schema_check import expected_schema

    objects, _meta = expected_schema(SCHEMA_VERSION)
    for (kind, name), sql in objects.items():
        if kind == "table" and name.startswith("incident_search_") and sql is not None:
            session.execute(text(sql.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1)))
    # FTS5 opens an index only with its structure record (row 10); an empty one will do.
    session.execute(text("INSERT OR IGNORE INTO incident_search_data VALUES (10, x'')"))


_LOOKUP = "SELECT rowid FROM incident_search WHERE incident_search MATCH :q"
# As many index rows as live incidents, and every live incident among them: the same ids.
_SAME_INCIDENTS = (
    "SELECT (SELECT count(*) FROM incident_search) = "
    "(SELECT count(*) FROM incidents WHERE NOT deleted) "
    "AND NOT EXISTS (SELECT id FROM incidents WHERE NOT deleted "
    "EXCEPT SELECT rowid FROM incident_search)"
)


def needs_rebuild(session: Session) -> bool:
    """Whether the index is missing, altered, unreadable, or has its rows for other incidents
    than the live ones (one lost, added, or left behind by a deletion). Cheap enough for every
    opening for writing: the table's definition, one word looked up, and two lists of row ids.
    A row whose text was edited behind the app's back keeps its id, so it is not seen here:
    comparing every text takes stale_incidents, which verify runs."""
    try:
        if _index_altered(session):
            return True
        # Row ids come from the content table; a lookup reads the full-text index itself.
        session.execute(text(f"{_LOOKUP} LIMIT 1"), {"q": "a"})
        in_step = session.execute(text(_SAME_INCIDENTS)).scalar()
    except DBAPIError:
        return True
    return not in_step


def repair(session: Session) -> bool:
    """Rebuild the index when needs_rebuild says so; whether it was."""
    if not needs_rebuild(session):
        return False
    rebuild(session)
    return True


def rebuild(session: Session) -> None:
    """The index made anew from the rows. It is derived data: rebuilding it changes no record
    and writes no audit entry."""
    try:
        session.execute(text("DROP TABLE IF EXISTS incident_search"))
    except DBAPIError:  # FTS5 cannot drop an index with a table of its own missing
        _restore_own_tables(session)
        session.execute(text("DROP TABLE IF EXISTS incident_search"))
    session.execute(text(CREATE_INDEX))
    for incident_id, row in _rows(session).items():
        insert_row(session, incident_id, row)


def query_words(query: str) -> list[str]:
    """The user's words, folded as the index is."""
    return _WORD.findall(fold(query))


def match_expression(query: str) -> str | None:
    """The user's words as an FTS5 query: every word must match, each as a prefix.
    Quoting each word keeps FTS5 syntax in user input from being interpreted."""
    words = query_words(query)
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
        raise SearchUnavailable(phrase("search.damaged")) from None
    return [row[0] for row in rows]


def snippets(session: Session, incident: Incident, query: str) -> list[Snippet]:
    """Where `query` matched in an incident: the first matching text of each column, in the
    index's column order."""
    words = query_words(query)
    found: list[Snippet] = []
    for column, texts in (_sources(session, incident.id) or {}).items():
        for stored in texts:
            snippet = _snippet(column, stored, words)
            if snippet is not None:
                found.append(snippet)
                break
    return found


def _snippet(column: str, stored: str, words: list[str]) -> Snippet | None:
    """An excerpt of `stored` around the words it has that start with one of `words` (the
    index matches each word as a prefix), or None if it has none."""
    spans = [
        m.span() for m in _WORD.finditer(fold(stored)) if any(m[0].startswith(w) for w in words)
    ]
    if not words or not spans:
        return None
    start = max(spans[0][0] - _LEAD_CHARS, 0)
    if start:  # begin at a word
        space = stored.rfind(" ", 0, spans[0][0])
        start = space + 1 if space >= start else start
    end = min(start + SNIPPET_CHARS, len(stored))
    end = max(end, spans[0][1])
    if end < len(stored):  # end at a word
        space = stored.rfind(" ", spans[0][1], end)
        end = space if space > 0 else end
    lead = "…" if start else ""
    tail = "…" if end < len(stored) else ""
    excerpt = lead + _SPACE.sub(" ", stored[start:end]).rstrip() + tail
    marks = tuple(
        (a - start + len(lead), b - start + len(lead)) for a, b in spans if a >= start and b <= end
    )
    return Snippet(column, excerpt, marks)
