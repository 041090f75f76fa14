"""The demo case's sites and incidents as the timeline sees them, for the timeline's tests.

Built from /work/shared/sample-case.md, so these tests do not depend on the database core.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from casefiles.domain.timespan import TimeSpan
from casefiles.domain.vocabulary import DayPart, IncidentType, MonthPart, Severity
from ui.timeline.data import TimelineIncident, TimelineLane

KYIV = ZoneInfo("Europe/Kyiv")
CHANCERY, CONSULAR, KHARKIV, SOCAR = "site-chancery", "site-consular", "site-kharkiv", "site-socar"
DEMO_LANES = (
    TimelineLane(CHANCERY, "Embassy chancery, Kyiv"),
    TimelineLane(CONSULAR, "Consular section, Kyiv"),
    TimelineLane(KHARKIV, "Honorary Consulate, Kharkiv"),
    TimelineLane(SOCAR, "SOCAR facility, Odesa region"),
)
TODAY = datetime(2025, 11, 19, 12, 0, tzinfo=KYIV)


def demo_incidents() -> tuple[TimelineIncident, ...]:
    """Incidents 1 to 6 of the sample case, oldest first, at the precision the source gives."""

    def incident(
        number: int,
        site: str,
        span: TimeSpan,
        kind: IncidentType,
        title: str,
        severity: Severity | None,
        photos: int,
    ) -> TimelineIncident:
        return TimelineIncident(
            uuid=f"incident-{number}",
            reference=f"INC-{span.start.astimezone(KYIV).year}-{number:03d}",
            title=title,
            site_uuid=site,
            span=span,
            incident_type=kind,
            worst_severity=severity,
            photo_count=photos,
        )

    return (
        incident(
            1,
            KHARKIV,
            TimeSpan.in_year(2022, KYIV),
            IncidentType.MISSILE_STRIKE,
            "Airstrike damaged the honorary consulate and its car",
            Severity.SEVERE,
            0,
        ),
        incident(
            2,
            CHANCERY,
            TimeSpan.in_month(2024, 1, KYIV),
            IncidentType.NEARBY_BLAST,
            "Crater 35 steps from the chancery; unexploded ordnance",
            Severity.MINOR,
            2,
        ),
        incident(
            3,
            CHANCERY,
            TimeSpan.in_month(2025, 7, KYIV),
            IncidentType.DRONE_STRIKE,
            "Attack drone exploded near the embassy",
            Severity.MINOR,
            1,
        ),
        incident(
            4,
            SOCAR,
            TimeSpan.in_month(2025, 8, KYIV),
            IncidentType.DRONE_STRIKE,
            "Two drone strikes on the SOCAR facility",
            Severity.MODERATE,
            0,
        ),
        incident(
            5,
            CHANCERY,
            TimeSpan.part_of_month(2025, 8, MonthPart.LATE, KYIV),
            IncidentType.MISSILE_STRIKE,
            "Missile blast shattered windows",
            Severity.MODERATE,
            3,
        ),
        incident(
            6,
            CHANCERY,
            TimeSpan.part_of_day(date(2025, 11, 14), DayPart.NIGHT, KYIV),
            IncidentType.COMBINED_ATTACK,
            "Missile hit the compound",
            Severity.SEVERE,
            4,
        ),
    )
