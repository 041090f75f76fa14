"""Facts in the words the screen and the printed summary both use: one wording for each fact.

Every English phrase of a date, a time or a precision is in PHRASES, the one table a
translation replaces. Unknown is said as unknown, never as zero or blank. No case changes here:
`str.upper()` would turn Azerbaijani "i" into "I" instead of "İ".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from casefiles.domain.records import DamageRecord, IncidentRecord
from casefiles.domain.timespan import TimeSpan
from casefiles.domain.vocabulary import DayPart, Direction, MonthPart, Precision, Vocabulary

# Keys name the fact; values are str.format templates. A translation gives the same keys.
PHRASES: dict[str, str] = {
    **{f"month.{n}": name for n, name in enumerate((
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ), start=1)},
    **{f"short_month.{n}": name for n, name in enumerate((
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ), start=1)},
    "precision.minute": "known to the minute",
    "precision.day": "known to the day",
    "precision.part_of_day": "known to part of a day",
    "precision.month": "known to the month",
    "precision.part_of_month": "known to part of a month",
    "precision.year": "known to the year",
    # The same precisions as choices in the time editor, where the form has little width.
    "precision_choice.minute": "Exact minute",
    "precision_choice.day": "Day",
    "precision_choice.part_of_day": "Part of a day",
    "precision_choice.month": "Month",
    "precision_choice.part_of_month": "Part of a month",
    "precision_choice.year": "Year",
    "day_part.morning": "morning",
    "day_part.afternoon": "afternoon",
    "day_part.evening": "evening",
    "day_part.night": "night",
    "month_part.early": "early",
    "month_part.mid": "mid",
    "month_part.late": "late",
    # A span at its own precision.
    "span.year": "{year}",
    "span.month": "{month} {year}",
    "span.early": "early {month} {year}",
    "span.mid": "mid-{month} {year}",
    "span.late": "late {month} {year}",
    "span.day": "{day}",
    "span.night": "night of {days}",
    "span.part_of_day": "{part} of {day}",
    "span.minute": "{day}, {time}",
    "span.between": "between {first} {first_time} and {last} {last_time}",
    # Said after a span finer than a day (unless a heading says it once for a column).
    "local_time": "{words}, local time",
    "local_time.after_clock": "{words} local time",
    "span_and_precision": "{words} ({precision})",
    "period.none": "No incidents",
    "period.range": "{first} to {last}",
    "asked.between": "from {first} to {last}",
    "asked.from": "from {first} onwards",
    "asked.to": "up to {last}",
    # Days and moments.
    "long_day": "{day} {month} {year}",
    "short_day": "{day} {month} {year}",
    "days.same_month": "{first}–{last} {month} {year}",
    "days.same_year": "{first} {month} – {last}",
    "days.apart": "{first} – {last}",
    "moment": "{day}, {time} {zone}",
    "short_moment": "{day}, {time}",
    "local_moment": "{day}, {time} local time",
    "with_utc": "{words} ({time} UTC)",
    "written": "{written}",
    "written_and_edited": "{written} (edited {edited})",
    # What a file says about when it was made.
    "capture.none": "Not recorded in the file",
    "capture.offset": "{day}, {time} UTC{offset}",
    "capture.camera_clock": "{day}, {time}, camera clock (time zone not recorded)",
    "capture.file_date": "{words}: the file's date, which can be a later edit",
    "not_recorded": "Not recorded",
}  # fmt: skip

MONTHS = tuple(PHRASES[f"month.{n}"] for n in range(1, 13))
SHORT_MONTHS = tuple(PHRASES[f"short_month.{n}"] for n in range(1, 13))

NOT_REPORTED = "not reported"
DASH = "—"

DIRECTION_WORDS: dict[Direction, str] = {Direction.SENT: "sent", Direction.RECEIVED: "received"}


def precision_words(precision: Precision) -> str:
    """'known to the day': how precisely a time is known, on screen and on paper."""
    return PHRASES[f"precision.{precision.value}"]


def precision_choice(precision: Precision) -> str:
    """'Part of a day': a precision as a choice in the time editor."""
    return PHRASES[f"precision_choice.{precision.value}"]


def day_part_words(part: DayPart) -> str:
    return PHRASES[f"day_part.{part.value}"]


def month_part_words(part: MonthPart) -> str:
    return PHRASES[f"month_part.{part.value}"]


def code_words(code: Vocabulary) -> str:
    """Any stored code in words: the parts of a time from PHRASES, the rest by their label."""
    if isinstance(code, Precision):
        return precision_words(code)
    if isinstance(code, DayPart):
        return day_part_words(code)
    if isinstance(code, MonthPart):
        return month_part_words(code)
    return code.label


def long_date(day: date) -> str:
    """'14 November 2025'."""
    return PHRASES["long_day"].format(day=day.day, month=MONTHS[day.month - 1], year=day.year)


def short_date(day: date) -> str:
    """'14 Nov 2025'."""
    return PHRASES["short_day"].format(
        day=day.day, month=SHORT_MONTHS[day.month - 1], year=day.year
    )


def moment(when: datetime, tz: ZoneInfo) -> str:
    """'20 November 2025, 14:32 Europe/Kyiv' (the minute, in the premises' time zone)."""
    local = when.astimezone(tz)
    return PHRASES["moment"].format(day=long_date(local.date()), time=f"{local:%H:%M}", zone=tz.key)


def short_moment(when: datetime, tz: ZoneInfo) -> str:
    """'20 Nov 2025, 14:32'."""
    local = when.astimezone(tz)
    return PHRASES["short_moment"].format(day=short_date(local.date()), time=f"{local:%H:%M}")


def local_moment(when: datetime, tz: ZoneInfo) -> str:
    """'20 Nov 2025, 14:32 local time'."""
    local = when.astimezone(tz)
    return PHRASES["local_moment"].format(day=short_date(local.date()), time=f"{local:%H:%M}")


def with_utc(words: str, when: datetime) -> str:
    """A local moment in words followed by its UTC clock time: '…, 14:32 (12:32 UTC)'."""
    return PHRASES["with_utc"].format(words=words, time=f"{when.astimezone(UTC):%H:%M}")


def written(written_at: datetime, edited_at: datetime | None, tz: ZoneInfo) -> str:
    """When a note was written, and last edited if it was."""
    if edited_at is None:
        return PHRASES["written"].format(written=short_moment(written_at, tz))
    return PHRASES["written_and_edited"].format(
        written=short_moment(written_at, tz), edited=short_moment(edited_at, tz)
    )


def span_words(span: TimeSpan, tz: ZoneInfo, *, local_time: bool = True) -> str:
    """The span at its own precision, e.g. 'night of 13–14 Nov 2025, local time'; a span that
    fits no precision (edited behind the app's back) as the range it is. Without `local_time`
    for a list whose heading says it once."""
    words, after = _span_phrase(span, tz)
    return PHRASES[after].format(words=words) if local_time and after else words


def span_and_precision(span: TimeSpan, tz: ZoneInfo) -> str:
    """'July 2025 (known to the month)'."""
    return PHRASES["span_and_precision"].format(
        words=span_words(span, tz), precision=precision_words(span.precision)
    )


def _span_phrase(span: TimeSpan, tz: ZoneInfo) -> tuple[str, str | None]:
    """The words, and the key of how "local time" follows them (None: a whole day or more)."""
    start = span.start.astimezone(tz)
    last = (span.end - timedelta(microseconds=1)).astimezone(tz)
    month, year = MONTHS[start.month - 1], start.year
    match span.precision:
        case Precision.YEAR if span == TimeSpan.in_year(year, tz):
            return PHRASES["span.year"].format(year=year), None
        case Precision.MONTH if span == TimeSpan.in_month(year, start.month, tz):
            return PHRASES["span.month"].format(month=month, year=year), None
        case Precision.PART_OF_MONTH if (month_part := span.month_part(tz)) is not None:
            return PHRASES[f"span.{month_part.value}"].format(month=month, year=year), None
        case Precision.DAY if span == TimeSpan.on_day(start.date(), tz):
            return PHRASES["span.day"].format(day=long_date(start.date())), None
        case Precision.PART_OF_DAY if (day_part := span.day_part(tz)) is not None:
            if day_part is DayPart.NIGHT:
                words = PHRASES["span.night"].format(days=_days(start.date(), last.date()))
            else:
                words = PHRASES["span.part_of_day"].format(
                    part=day_part_words(day_part), day=short_date(start.date())
                )
            return words, "local_time"
        case Precision.MINUTE:
            words = PHRASES["span.minute"].format(
                day=short_date(start.date()), time=f"{start:%H:%M}"
            )
            return words, "local_time.after_clock"
    words = PHRASES["span.between"].format(
        first=short_date(start.date()), first_time=f"{start:%H:%M}",
        last=short_date(last.date()), last_time=f"{last:%H:%M}",
    )  # fmt: skip
    return words, "local_time"


def _days(first: date, last: date) -> str:
    """Two days, sharing what they share: '13–14 Nov 2025', '31 Oct – 1 Nov 2025'."""
    if first.month == last.month and first.year == last.year:
        return PHRASES["days.same_month"].format(
            first=first.day, last=last.day, month=SHORT_MONTHS[last.month - 1], year=last.year
        )
    if first.year == last.year:
        return PHRASES["days.same_year"].format(
            first=first.day, month=SHORT_MONTHS[first.month - 1], last=short_date(last)
        )
    return PHRASES["days.apart"].format(first=short_date(first), last=short_date(last))


def period(spans: Sequence[TimeSpan], tz: ZoneInfo) -> str:
    """From the earliest to the latest span, each at its own precision."""
    if not spans:
        return PHRASES["period.none"]
    first = min(spans, key=lambda span: (span.start, span.end))
    last = max(spans, key=lambda span: (span.end, span.start))
    if first == last:
        return span_words(first, tz)
    return PHRASES["period.range"].format(first=span_words(first, tz), last=span_words(last, tz))


def asked_period(first: date | None, last: date | None) -> str:
    """The days a summary was asked to cover, both included."""
    if first and last:
        return PHRASES["asked.between"].format(first=long_date(first), last=long_date(last))
    if first:
        return PHRASES["asked.from"].format(first=long_date(first))
    return PHRASES["asked.to"].format(last=long_date(last)) if last else ""


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
    amount = f"{item.cost_currency or ''} {money(item.cost_amount)}".strip()
    if item.cost_estimated_on is None:
        return amount
    return f"{amount} (estimated {long_date(item.cost_estimated_on)})"


def money(amount: Decimal) -> str:
    return f"{amount:,.2f}" if amount != amount.to_integral_value() else f"{amount:,.0f}"


def coordinates(latitude: float | None, longitude: float | None) -> str:
    """'50.46190° N, 30.48260° E' (five decimals: about a metre)."""
    if latitude is None or longitude is None:
        return PHRASES["not_recorded"]
    north = "N" if latitude >= 0 else "S"
    east = "E" if longitude >= 0 else "W"
    return f"{abs(latitude):.5f}° {north}, {abs(longitude):.5f}° {east}"


def partial_date(text: str | None) -> str:
    """'2022-04' as 'April 2022': a date kept as precise as it was given."""
    if not text:
        return PHRASES["not_recorded"]
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 1:
        return PHRASES["span.year"].format(year=parts[0])
    if len(parts) == 2:
        return PHRASES["span.month"].format(month=MONTHS[parts[1] - 1], year=parts[0])
    return long_date(date(*parts))


def capture_time(text: str | None, offset_known: bool, *, file_date: bool = False) -> str:
    """The time the file gave, as it gave it: with its UTC offset, or saying there was none;
    `file_date` when it is only the file's date (EXIF DateTime). Used on paper and on screen."""
    if not text:
        return PHRASES["capture.none"]
    try:
        taken = datetime.fromisoformat(text)
    except ValueError:
        return text
    day, time = long_date(taken.date()), f"{taken:%H:%M:%S}"
    offset = taken.utcoffset() if offset_known else None
    if offset is None:
        words = PHRASES["capture.camera_clock"].format(day=day, time=time)
    else:
        minutes = int(offset.total_seconds()) // 60
        hours, rest = divmod(abs(minutes), 60)
        sign = "+" if minutes >= 0 else "-"
        words = PHRASES["capture.offset"].format(
            day=day, time=time, offset=f"{sign}{hours:02d}:{rest:02d}"
        )
    if file_date:
        return PHRASES["capture.file_date"].format(words=words)
    return words


def incident_references(references: Sequence[str]) -> str:
    return ", ".join(references) if references else DASH
