"""The text headquarters searches, per incident: its reference, title and description, its
damage, its notes and its letters, folded as the desktop folds them (casefiles.text_folding),
in one column with a trigram index, so a word found in any mission is a LIKE on one index."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, select, update

from casefiles.hq.rows import in_list
from casefiles.hq.schema import (
    correspondence,
    correspondence_incidents,
    damage_items,
    incidents,
    notes,
)
from casefiles.text_folding import fold

_WORD = re.compile(r"\w+", re.UNICODE)


def refresh_search_text(connection: Connection, uuids: Sequence[str]) -> None:
    """Rebuild the folded search text of these incidents from what the database holds."""
    if not uuids:
        return
    parts: dict[str, list[str]] = {uuid: [] for uuid in uuids}
    queries = [
        select(incidents.c.uuid, incidents.c.reference + "\n" + incidents.c.title + "\n"
               + incidents.c.description)
        .where(in_list(incidents.c.uuid, uuids), incidents.c.deleted.is_(False)),
        select(damage_items.c.incident_uuid, damage_items.c.description)
        .where(in_list(damage_items.c.incident_uuid, uuids), damage_items.c.deleted.is_(False))
        .order_by(damage_items.c.id),
        select(notes.c.incident_uuid, notes.c.text)
        .where(in_list(notes.c.incident_uuid, uuids), notes.c.deleted.is_(False))
        .order_by(notes.c.id),
        select(correspondence_incidents.c.incident_uuid,
               correspondence.c.summary + " " + correspondence.c.counterpart + " "
               + correspondence.c.reference_number)
        .join(correspondence,
              correspondence.c.uuid == correspondence_incidents.c.correspondence_uuid)
        .where(in_list(correspondence_incidents.c.incident_uuid, uuids),
               correspondence.c.deleted.is_(False))
        .order_by(correspondence.c.id),
    ]  # fmt: skip
    live: set[str] = set()
    for number, query in enumerate(queries):
        for uuid, words in connection.execute(query):
            parts[uuid].append(words)
            if number == 0:
                live.add(uuid)
    connection.execute(
        update(incidents)
        .where(incidents.c.uuid == bindparam("target"))
        .values(search_folded=bindparam("folded")),
        [
            {"target": uuid, "folded": fold("\n".join(texts)) if uuid in live else ""}
            for uuid, texts in parts.items()
        ],
    )


def query_words(query: str) -> list[str]:
    """The words of a search, folded: each must appear in an incident's text."""
    return _WORD.findall(fold(query))
