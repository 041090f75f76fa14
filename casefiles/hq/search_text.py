"""Search across missions: per incident its reference, title and description, its damage, its
notes and its letters (the desktop's search columns), folded as the desktop folds them
(casefiles.domain.text_folding) into one column with a trigram index.

A query is matched as on the desktop: every word of it, folded, must begin a word of the
incident's text. PostgreSQL finds the candidates through the trigram index (each word a
substring: LIKE), and the word-start rule is checked on those, with the desktop's snippets.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from casefiles.bundle.manifest import INCIDENT_LINKS
from casefiles.domain.text_folding import fold
from casefiles.hq.rows import in_list
from casefiles.hq.schema import (
    correspondence,
    correspondence_incidents,
    damage_items,
    incidents,
    notes,
)
from casefiles.storage.search import COLUMNS, Snippet, _snippet, query_words

Sources = dict[str, list[str]]  # search column -> texts, as stored
Row = dict[str, Any]  # a bundle's row


def sources(connection: Connection, uuids: Sequence[str]) -> dict[str, Sources]:
    """The texts search covers of each live incident among `uuids`, by search column."""
    found: dict[str, Sources] = {}
    for uuid, reference, title, description in connection.execute(
        select(incidents.c.uuid, incidents.c.reference, incidents.c.title,
               incidents.c.description)
        .where(in_list(incidents.c.uuid, uuids), incidents.c.deleted.is_(False))
    ):  # fmt: skip
        found[uuid] = {"reference": [reference], "title": [title], "description": [description]}
    queries = {
        "damage": select(damage_items.c.incident_uuid, damage_items.c.description)
        .where(in_list(damage_items.c.incident_uuid, uuids), damage_items.c.deleted.is_(False))
        .order_by(damage_items.c.id),
        "notes": select(notes.c.incident_uuid, notes.c.text)
        .where(in_list(notes.c.incident_uuid, uuids), notes.c.deleted.is_(False))
        .order_by(notes.c.id),
        "correspondence": select(
            correspondence_incidents.c.incident_uuid,
            correspondence.c.summary + " " + correspondence.c.counterpart + " "
            + correspondence.c.reference_number,
        )
        .join(correspondence,
              correspondence.c.uuid == correspondence_incidents.c.correspondence_uuid)
        .where(in_list(correspondence_incidents.c.incident_uuid, uuids),
               correspondence.c.deleted.is_(False))
        .order_by(correspondence.c.id),
    }  # fmt: skip
    for column, query in queries.items():
        for uuid, words in connection.execute(query):
            if uuid in found:
                found[uuid].setdefault(column, []).append(words)
    return found


def sources_in_bundle(
    incidents: Sequence[Row], damage: Sequence[Row], notes: Sequence[Row], letters: Sequence[Row]
) -> dict[str, Sources]:
    """What `sources` reads back once these new records are written (bundle rows, in the
    order they are inserted, which is the order of their ids): for incidents new to
    headquarters, whose damage, notes and letters can only come with them."""
    found: dict[str, Sources] = {
        row["uuid"]: {
            "reference": [row["reference"]], "title": [row["title"]],
            "description": [row["description"]],
        }
        for row in incidents
        if not row["deleted"]
    }  # fmt: skip
    texts = [
        *(("damage", row["incident_uuid"], row["description"])
          for row in damage if not row["deleted"]),
        *(("notes", row["incident_uuid"], row["text"]) for row in notes if not row["deleted"]),
        *(("correspondence", uuid,
           row["summary"] + " " + row["counterpart"] + " " + row["reference_number"])
          for row in letters if not row["deleted"] for uuid in row[INCIDENT_LINKS]),
    ]  # fmt: skip
    for column, uuid, words in texts:
        if uuid in found:
            found[uuid].setdefault(column, []).append(words)
    return found


def folded(texts: Sources) -> str:
    return fold("\n".join(text for column in COLUMNS for text in texts.get(column, [])))


def refresh_search_text(connection: Connection, uuids: Sequence[str]) -> None:
    """Rebuild the folded search text of these incidents from what the database holds."""
    if not uuids:
        return
    texts = sources(connection, uuids)
    connection.execute(
        update(incidents)
        .where(incidents.c.uuid == bindparam("target"))
        .values(search_folded=bindparam("folded")),
        [{"target": uuid, "folded": folded(texts.get(uuid, {}))} for uuid in uuids],
    )


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matching(
    connection: Connection, query: str, mission_ids: Sequence[int] | None = None
) -> list[tuple[str, list[Snippet]]]:
    """Uuids of the live incidents matching `query` in time order, each with where it matched."""
    words = query_words(query)
    if not words:
        return []
    statement = select(incidents.c.uuid, incidents.c.search_folded).where(
        incidents.c.deleted.is_(False),
        *(incidents.c.search_folded.like(_like(word)) for word in words),
    )
    if mission_ids is not None:
        statement = statement.where(incidents.c.mission_id.in_(mission_ids))
    candidates = [
        uuid
        for uuid, text in connection.execute(statement.order_by(incidents.c.time_start))
        if _every_word_begins(text, words)
    ]
    texts = sources(connection, candidates)
    return [(uuid, _snippets(texts.get(uuid, {}), words)) for uuid in candidates]


def _every_word_begins(text: str, words: Sequence[str]) -> bool:
    tokens = query_words(text)  # already folded; folding again changes nothing
    return all(any(token.startswith(word) for token in tokens) for word in words)


def _snippets(texts: Sources, words: list[str]) -> list[Snippet]:
    """The first matching text of each column, in the desktop's column order."""
    found = []
    for column in COLUMNS:
        for stored in texts.get(column, []):
            snippet = _snippet(column, stored, words)
            if snippet is not None:
                found.append(snippet)
                break
    return found
