"""Search index folded: every incident's row rebuilt from all its texts (title, description,
damage, notes, linked correspondence) with casefiles.domain.text_folding.fold, so that words typed
without Azerbaijani letters (e for ə, i for ı) find them. Stored texts are not changed.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

from casefiles.domain.text_folding import fold

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The texts search covers, per incident, as the schema of this revision stores them.
_TEXTS = {
    "damage": "SELECT incident_id, description FROM damage_items WHERE NOT deleted ORDER BY id",
    "notes": "SELECT incident_id, text FROM notes WHERE NOT deleted AND incident_id IS NOT NULL "
    "ORDER BY id",
    "correspondence": "SELECT link.incident_id, c.summary || ' ' || c.counterpart || ' ' || "
    "c.reference_number FROM correspondence c JOIN correspondence_incidents link "
    "ON link.correspondence_id = c.id WHERE NOT c.deleted ORDER BY c.id",
}


def upgrade() -> None:
    connection = op.get_bind()
    texts: dict[str, defaultdict[int, list[str]]] = {}
    for column, query in _TEXTS.items():
        texts[column] = defaultdict(list)
        for incident_id, value in connection.execute(sa.text(query)):
            texts[column][incident_id].append(value)
    connection.execute(sa.text("DELETE FROM incident_search"))
    incidents = connection.execute(
        sa.text("SELECT id, reference, title, description FROM incidents WHERE NOT deleted")
    )
    for incident_id, reference, title, description in incidents.all():
        connection.execute(
            sa.text(
                "INSERT INTO incident_search (rowid, reference, title, description, damage, "
                "notes, correspondence) VALUES (:id, :reference, :title, :description, "
                ":damage, :notes, :correspondence)"
            ),
            {
                "id": incident_id,
                "reference": fold(reference),
                "title": fold(title),
                "description": fold(description),
                **{column: fold("\n".join(texts[column][incident_id])) for column in _TEXTS},
            },
        )
