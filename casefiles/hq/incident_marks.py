"""What the timeline marks on each incident besides its own columns: its worst damage and its
photo count, kept on the incident row by the importer (as the search text is), so the timeline
of every mission is one scan of one table rather than two grouped joins over damage and
evidence (measured in docs/headquarters.md). Imports only add records, so these change only
when a bundle adds damage or evidence to an incident, or the incident itself."""

from __future__ import annotations

from collections.abc import Sequence

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
