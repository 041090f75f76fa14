"""Facts in the words a printed summary uses. Unknown is said as unknown, never as zero or blank.

No case changes here: `str.upper()` would turn Azerbaijani "i" into "I" instead of "İ".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from casefiles.domain.records import DamageRecord, IncidentRecord
from casefiles.domain.timespan import MONTHS, SHORT_MONTHS, TimeSpan
from casefiles.domain.vocabulary import Direction, Precision

NOT_REPORTED = "not reported"
DASH = "—"

PRECISION_WORDS: dict[Precision, str] = {
    Precision.MINUTE: "known to the minute",
    Precision.DAY: "known to the day",
    Precision.PART_OF_DAY: "known to part of a day",
    Precision.MONTH: "known to the month",
    Precision.PART_OF_MONTH: "known to part of a month",
    Precision.YEAR: "known to the year",
}


DIRECTION_WORDS: dict[Direction, str] = {Direction.SENT: "sent", Direction.RECEIVED: "received"}


def long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def moment(when: datetime, tz: ZoneInfo) -> str:
    """'20 November 2025, 14:32 Europe/Kyiv' (the minute, in the premises' time zone)."""
    local = when.astimezone(tz)
    return f"{long_date(local.date())}, {local:%H:%M} {tz.key}"


def short_moment(when: datetime, tz: ZoneInfo) -> str:
    local = when.astimezone(tz)
    return f"{local.day} {SHORT_MONTHS[local.month - 1]} {local.year}, {local:%H:%M}"


def period(spans: Sequence[TimeSpan], tz: ZoneInfo) -> str:
    """From the earliest to the latest span, each at its own precision."""
    if not spans:
        return "No incidents"
    first = min(spans, key=lambda span: (span.start, span.end))
    last = max(spans, key=lambda span: (span.end, span.start))
    if first == last:
        return first.words(tz)
    return f"{first.words(tz)} to {last.words(tz)}"


def count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def people(incident: IncidentRecord, *, compact: bool = False) -> str:
    """Casualties: a reported zero is a fact and is printed; unknown is 'not reported'."""
    killed, injured, others = incident.staff_killed, incident.staff_injured, incident.others_injured
    if killed is None and injured is None and others is None:
        return "Not reported"
    if not compact:
        return "; ".join(
            f"{label}: {NOT_REPORTED if number is None else number}"
            for label, number in (
                ("staff killed", killed), ("staff injured", injured), ("others injured", others)
            )
        )  # fmt: skip
    staff = ", ".join(
        f"{label} {NOT_REPORTED}" if number is None else f"{number} {label}"
        for label, number in (("killed", killed), ("injured", injured))
    )
    return f"Staff: {staff}; others: {NOT_REPORTED if others is None else f'{others} injured'}"


def impact(incident: IncidentRecord) -> str:
    distance = distance_words(incident)
    return incident.impact.label if not distance else f"{incident.impact.label}, {distance}"


def distance_words(incident: IncidentRecord) -> str:
    """'about 35 steps (about 25 m)': what the source said and the estimate in metres."""
    metres = None if incident.distance_m is None else f"{incident.distance_m:g} m"
    if incident.distance_words and metres:
        return f"{incident.distance_words} (about {metres})"
    return incident.distance_words or metres or ""


def uxo(incident: IncidentRecord) -> str:
    if incident.uxo_found is None:
        return "Not reported"
    if not incident.uxo_found:
        return "None found"
    if incident.uxo_depth_m is None:
        return "Found"
    return f"Found, {incident.uxo_depth_m:g} m below ground"


def worst_damage(incident: IncidentRecord) -> str:
    return incident.worst_severity.label if incident.worst_severity else "None recorded"


def cost(item: DamageRecord) -> str:
    if item.cost_amount is None:
        return DASH
    amount = f"{item.cost_currency or ''} {_money(item.cost_amount)}".strip()
    if item.cost_estimated_on is None:
        return amount
    return f"{amount} (estimated {long_date(item.cost_estimated_on)})"


def _money(amount: Decimal) -> str:
    return f"{amount:,.2f}" if amount != amount.to_integral_value() else f"{amount:,.0f}"


def coordinates(latitude: float | None, longitude: float | None) -> str:
    """'50.46190° N, 30.48260° E' (five decimals: about a metre)."""
    if latitude is None or longitude is None:
        return "Not recorded"
    north = "N" if latitude >= 0 else "S"
    east = "E" if longitude >= 0 else "W"
    return f"{abs(latitude):.5f}° {north}, {abs(longitude):.5f}° {east}"


def partial_date(text: str | None) -> str:
    """'2022-04' as 'April 2022': a date kept as precise as it was given."""
    if not text:
        return "Not recorded"
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return long_date(date(*parts))


def capture_time(text: str | None, offset_known: bool, *, file_date: bool = False) -> str:
    """The time the file gave, as it gave it: with its UTC offset, or saying there was none;
    `file_date` when it is only the file's date (EXIF DateTime). Used on paper and on screen."""
    if not text:
        return "Not recorded in the file"
    try:
        taken = datetime.fromisoformat(text)
    except ValueError:
        return text
    words = f"{long_date(taken.date())}, {taken:%H:%M:%S}"
    offset = taken.utcoffset() if offset_known else None
    if offset is None:
        words += ", camera clock (time zone not recorded)"
    else:
        minutes = int(offset.total_seconds()) // 60
        hours, rest = divmod(abs(minutes), 60)
        words += f" UTC{'+' if minutes >= 0 else '-'}{hours:02d}:{rest:02d}"
    if file_date:
        return f"{words}: the file's date, which can be a later edit"
    return words


def incident_references(references: Sequence[str]) -> str:
    return ", ".join(references) if references else DASH
