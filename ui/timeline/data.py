"""What the timeline draws: plain, frozen records that the main window builds from the case file.

The widget never reads the database; it only sees these.
"""

from __future__ import annotations

from dataclasses import dataclass

from casefiles.domain.timespan import TimeSpan
from casefiles.domain.vocabulary import IncidentType, Severity


@dataclass(frozen=True, slots=True)
class TimelineLane:
    """One site of the mission: one lane of the timeline, in the order given."""

    site_uuid: str
    name: str


@dataclass(frozen=True, slots=True)
class TimelineIncident:
    """One incident as the timeline shows it: where, when (with its precision), what, how bad."""

    uuid: str
    reference: str
    title: str
    site_uuid: str
    span: TimeSpan
    incident_type: IncidentType
    worst_severity: Severity | None
    photo_count: int
