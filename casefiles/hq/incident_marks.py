"""What the timeline marks on each incident besides its own columns: its worst damage and its
photo count, kept on the incident row by the importer (as the search text is), so the timeline
of every mission is one scan of one table rather than two grouped joins over damage and
evidence (measured in docs/headquarters.md). Imports only add records, so these change only
when a bundle adds damage or evidence to an incident, or the incident itself."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, text

from casefiles.domain.vocabulary import Severity

SEVERITY_ORDER = [severity.value for severity in Severity]  # least to worst, as the desktop ranks

# As the desktop counts them (services.incidents): live damage by rank, every live evidence
# item attached to the incident itself.
_REFRESH = text(
    """
    UPDATE incidents AS i SET
      worst_severity = (
        SELECT d.severity FROM damage_items AS d
        WHERE d.incident_uuid = i.uuid AND NOT d.deleted
          AND array_position(CAST(:order AS text[]), d.severity) IS NOT NULL
        ORDER BY array_position(CAST(:order AS text[]), d.severity) DESC LIMIT 1),
      photo_count = (
        SELECT count(*) FROM evidence_items AS e WHERE e.incident_uuid = i.uuid AND NOT e.deleted)
    WHERE i.uuid = ANY(CAST(:uuids AS text[]))
    """
)


def refresh_marks(connection: Connection, uuids: Sequence[str]) -> None:
    if uuids:
        connection.execute(_REFRESH, {"order": SEVERITY_ORDER, "uuids": list(uuids)})


def marks_in_bundle(
    incidents: Sequence[dict[str, Any]],
    damage: Sequence[dict[str, Any]],
    evidence: Sequence[dict[str, Any]],
) -> dict[str, tuple[str | None, int]]:
    """Worst damage and photo count of incidents new to headquarters, as `_REFRESH` finds them
    once these bundle rows are written: their damage and evidence can only come with them."""
    rank = {severity: position for position, severity in enumerate(SEVERITY_ORDER)}
    worst: dict[str, str] = {}
    photos = dict.fromkeys((row["uuid"] for row in incidents), 0)
    for row in damage:
        uuid, severity = row["incident_uuid"], row["severity"]
        if row["deleted"] or severity not in rank:
            continue
        if uuid not in worst or rank[severity] > rank[worst[uuid]]:
            worst[uuid] = severity
    for row in evidence:
        if not row["deleted"] and row["incident_uuid"] in photos:
            photos[row["incident_uuid"]] += 1
    return {uuid: (worst.get(uuid), count) for uuid, count in photos.items()}
