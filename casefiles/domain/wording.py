"""Facts in the words the screen and the printed summary both use: one wording for each fact.

Every phrase is in the language catalogue (casefiles.language); each function says it in the
`phrases` it is given, English by default. Dates follow the language's CLDR patterns. Unknown
is said as unknown, never as zero or blank. No case changes here: `str.upper()` would turn
Azerbaijani "i" into "I" instead of "İ".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from casefiles.domain.records import DamageRecord, IncidentRecord
from casefiles.domain.timespan import TimeSpan
from casefiles.domain.vocabulary import DayPart, MonthPart, Precision, Vocabulary
from casefiles.language.catalogue import ENGLISH, Phrases

# English month names for the timeline's axis, from CLDR like every language's.
MONTHS = tuple(ENGLISH.dates.month(n) for n in range(1, 13))
SHORT_MONTHS = tuple(ENGLISH.dates.short_month(n) for n in range(1, 13))

DASH = "—"


def precision_words(precision: Precision, *, phrases: Phrases = ENGLISH) -> str:
    """'known to the day': how precisely a time is known, on screen and on paper."""
    return phrases(f"precision.{precision.value}")


def precision_choice(precision: Precision, *, phrases: Phrases = ENGLISH) -> str:
    """'Part of a day': a precision as a choice in the time editor."""
    return phrases(f"precision_choice.{precision.value}")


def day_part_words(part: DayPart, *, phrases: Phrases = ENGLISH) -> str:
    return phrases(f"day_part.{part.value}")


def month_part_words(part: MonthPart, *, phrases: Phrases = ENGLISH) -> str:
    return phrases(f"month_part.{part.value}")


def code_words(code: Vocabulary, *, phrases: Phrases = ENGLISH) -> str:
    """Any stored code in words: the parts of a time by their phrase, the rest by their label."""
    if isinstance(code, Precision):
        return precision_words(code, phrases=phrases)
    if isinstance(code, DayPart):
        return day_part_words(code, phrases=phrases)
    if isinstance(code, MonthPart):
        return month_part_words(code, phrases=phrases)
    return phrases.label(code)


def long_date(day: date, *, phrases: Phrases = ENGLISH) -> str:
    """'14 November 2025', '14 noyabr 2025', '14 листопада 2025 р.'."""
    return phrases.dates.long(day)


def short_date(day: date, *, phrases: Phrases = ENGLISH) -> str:
    """'14 Nov 2025'."""
    return phrases.dates.short(day)


def moment(when: datetime, tz: ZoneInfo, *, phrases: Phrases = ENGLISH) -> str:
    """'20 November 2025, 14:32 Europe/Kyiv' (the minute, in the premises' time zone)."""
    local = when.astimezone(tz)
    return phrases(
        "moment", day=long_date(local.date(), phrases=phrases), time=f"{local:%H:%M}", zone=tz.key
    )


def short_moment(when: datetime, tz: ZoneInfo, *, phrases: Phrases = ENGLISH) -> str:
    """'20 Nov 2025, 14:32'."""
    local = when.astimezone(tz)
    return phrases(
        "short_moment", day=short_date(local.date(), phrases=phrases), time=f"{local:%H:%M}"
    )


def local_moment(when: datetime, tz: ZoneInfo, *, phrases: Phrases = ENGLISH) -> str:
    """'20 Nov 2025, 14:32 local time'."""
    local = when.astimezone(tz)
    return phrases(
        "local_moment", day=short_date(local.date(), phrases=phrases), time=f"{local:%H:%M}"
    )


def with_utc(words: str, when: datetime, *, phrases: Phrases = ENGLISH) -> str:
    """A local moment in words followed by its UTC clock time: '…, 14:32 (12:32 UTC)'."""
    return phrases("with_utc", words=words, time=f"{when.astimezone(UTC):%H:%M}")


def written(
    written_at: datetime, edited_at: datetime | None, tz: ZoneInfo, *, phrases: Phrases = ENGLISH
) -> str:
    """When a note was written, and last edited if it was."""
    first = short_moment(written_at, tz, phrases=phrases)
    if edited_at is None:
        return first
    edited = short_moment(edited_at, tz, phrases=phrases)
    return phrases("written_and_edited", written=first, edited=edited)


def span_words(
    span: TimeSpan, tz: ZoneInfo, *, local_time: bool = True, phrases: Phrases = ENGLISH
) -> str:
    """The span at its own precision, e.g. 'night of 13–14 Nov 2025, local time'; a span that
    fits no precision (edited behind the app's back) as the range it is. Without `local_time`
    for a list whose heading says it once."""
    words, after = _span_phrase(span, tz, phrases)
    return phrases(after, words=words) if local_time and after else words


def span_and_precision(span: TimeSpan, tz: ZoneInfo, *, phrases: Phrases = ENGLISH) -> str:
    """'July 2025 (known to the month)'."""
    return phrases(
        "span_and_precision",
        words=span_words(span, tz, phrases=phrases),
        precision=precision_words(span.precision, phrases=phrases),
    )


def _span_phrase(span: TimeSpan, tz: ZoneInfo, phrases: Phrases) -> tuple[str, str | None]:
    """The words, and the key of how "local time" follows them (None: a whole day or more)."""
    dates = phrases.dates
    start = span.start.astimezone(tz)
    last = (span.end - timedelta(microseconds=1)).astimezone(tz)
    year = start.year
    match span.precision:
        case Precision.YEAR if span == TimeSpan.in_year(year, tz):
            return phrases("span.year", year=year), None
        case Precision.MONTH if span == TimeSpan.in_month(year, start.month, tz):
            return phrases("span.month", month_year=dates.month_year(year, start.month)), None
        case Precision.PART_OF_MONTH if (month_part := span.month_part(tz)) is not None:
            words = phrases(
                f"span.{month_part.value}",
                month=dates.month(start.month),
                year=year,
                month_year=dates.month_year(year, start.month),
            )
            return words, None
        case Precision.DAY if span == TimeSpan.on_day(start.date(), tz):
            return phrases("span.day", day=dates.long(start.date())), None
        case Precision.PART_OF_DAY if (day_part := span.day_part(tz)) is not None:
            if day_part is DayPart.NIGHT:
                words = phrases(
                    "span.night",
                    days=dates.days(start.date(), last.date()),
                    last=dates.short(last.date()),
                )
            else:
                words = phrases(
                    "span.part_of_day",
                    part=day_part_words(day_part, phrases=phrases),
                    day=dates.short(start.date()),
                )
            return words, "local_time"
        case Precision.MINUTE:
            words = phrases("span.minute", day=dates.short(start.date()), time=f"{start:%H:%M}")
            return words, "local_time.after_clock"
    words = phrases(
        "span.between",
        first=dates.short(start.date()), first_time=f"{start:%H:%M}",
        last=dates.short(last.date()), last_time=f"{last:%H:%M}",
    )  # fmt: skip
    return words, "local_time"


def period(spans: Sequence[TimeSpan], tz: ZoneInfo, *, phrases: Phrases = ENGLISH) -> str:
    """From the earliest to the latest span, each at its own precision."""
    if not spans:
        return phrases("period.none")
    first = min(spans, key=lambda span: (span.start, span.end))
    last = max(spans, key=lambda span: (span.end, span.start))
    if first == last:
        return span_words(first, tz, phrases=phrases)
    return phrases(
        "period.range",
        first=span_words(first, tz, phrases=phrases),
        last=span_words(last, tz, phrases=phrases),
    )


def asked_period(first: date | None, last: date | None, *, phrases: Phrases = ENGLISH) -> str:
    """The days a summary was asked to cover, both included."""
    dates = phrases.dates
    if first and last:
        return phrases("asked.between", first=dates.long(first), last=dates.long(last))
    if first:
        return phrases("asked.from", first=dates.long(first))
    return phrases("asked.to", last=dates.long(last)) if last else ""


def people(incident: IncidentRecord, *, compact: bool = False, phrases: Phrases = ENGLISH) -> str:
    """Casualties: a reported zero is a fact and is printed; unknown is 'not reported'."""
    killed, injured, others = incident.staff_killed, incident.staff_injured, incident.others_injured
    if killed is None and injured is None and others is None:
        return phrases("not_reported.alone")
    unknown = phrases("not_reported")
    if not compact:
        return phrases(
            "people.full",
            **{
                name: unknown if number is None else number
                for name, number in (("killed", killed), ("injured", injured), ("others", others))
            },
        )
    return phrases(
        "people.compact",
        killed=phrases("people.killed_unknown")
        if killed is None
        else phrases("people.killed", count=killed),
        injured=phrases("people.injured_unknown")
        if injured is None
        else phrases("people.injured", count=injured),
        others=unknown if others is None else phrases("people.injured", count=others),
    )


def impact(incident: IncidentRecord, *, phrases: Phrases = ENGLISH) -> str:
    label = phrases.label(incident.impact)
    distance = distance_words(incident, phrases=phrases)
    return label if not distance else f"{label}, {distance}"


def distance_words(incident: IncidentRecord, *, phrases: Phrases = ENGLISH) -> str:
    """'about 35 steps (about 25 m)': what the source said (as typed) and the metre estimate."""
    metres = None
    if incident.distance_m is not None:
        metres = phrases("distance.metres", metres=f"{incident.distance_m:g}")
    if incident.distance_words and metres:
        return phrases("distance.both", words=incident.distance_words, metres=metres)
    return incident.distance_words or metres or ""


def uxo(incident: IncidentRecord, *, phrases: Phrases = ENGLISH) -> str:
    if incident.uxo_found is None:
        return phrases("not_reported.alone")
    if not incident.uxo_found:
        return phrases("uxo.none")
    if incident.uxo_depth_m is None:
        return phrases("uxo.found")
    return phrases("uxo.depth", depth=f"{incident.uxo_depth_m:g}")


def worst_damage(incident: IncidentRecord, *, phrases: Phrases = ENGLISH) -> str:
    severity = incident.worst_severity
    return phrases.label(severity) if severity else phrases("damage.none")


def cost(item: DamageRecord, *, phrases: Phrases = ENGLISH) -> str:
    if item.cost_amount is None:
        return DASH
    amount = money(item.cost_amount, item.cost_currency, phrases=phrases)
    if item.cost_estimated_on is None:
        return amount
    return phrases(
        "cost.estimated", amount=amount, day=long_date(item.cost_estimated_on, phrases=phrases)
    )


def money(amount: Decimal, currency: str | None = None, *, phrases: Phrases = ENGLISH) -> str:
    """'UAH 1,250,000' ('UAH 1 250 000' in Ukrainian): the currency as typed, then the amount."""
    return f"{currency or ''} {phrases.number(amount)}".strip()


def coordinates(
    latitude: float | None, longitude: float | None, *, phrases: Phrases = ENGLISH
) -> str:
    """'50.46190° N, 30.48260° E' (five decimals: about a metre)."""
    if latitude is None or longitude is None:
        return phrases("not_recorded")
    return phrases(
        "coordinates",
        latitude=f"{abs(latitude):.5f}",
        north_south=phrases("coordinate.north" if latitude >= 0 else "coordinate.south"),
        longitude=f"{abs(longitude):.5f}",
        east_west=phrases("coordinate.east" if longitude >= 0 else "coordinate.west"),
    )


def partial_date(text: str | None, *, phrases: Phrases = ENGLISH) -> str:
    """'2022-04' as 'April 2022': a date kept as precise as it was given."""
    if not text:
        return phrases("not_recorded")
    parts = [int(part) for part in text.split("-")]
    if len(parts) == 1:
        return phrases("span.year", year=parts[0])
    if len(parts) == 2:
        return phrases("span.month", month_year=phrases.dates.month_year(parts[0], parts[1]))
    return long_date(date(*parts), phrases=phrases)


def capture_time(
    text: str | None, offset_known: bool, *, file_date: bool = False, phrases: Phrases = ENGLISH
) -> str:
    """The time the file gave, as it gave it: with its UTC offset, or saying there was none;
    `file_date` when it is only the file's date (EXIF DateTime). Used on paper and on screen."""
    if not text:
        return phrases("capture.none")
    try:
        taken = datetime.fromisoformat(text)
    except ValueError:
        return text
    day, time = long_date(taken.date(), phrases=phrases), f"{taken:%H:%M:%S}"
    offset = taken.utcoffset() if offset_known else None
    if offset is None:
        words = phrases("capture.camera_clock", day=day, time=time)
    else:
        minutes = int(offset.total_seconds()) // 60
        hours, rest = divmod(abs(minutes), 60)
        sign = "+" if minutes >= 0 else "-"
        words = phrases(
            "capture.offset", day=day, time=time, offset=f"{sign}{hours:02d}:{rest:02d}"
        )
    if file_date:
        return phrases("capture.file_date", words=words)
    return words


def incident_references(references: Sequence[str]) -> str:
    return ", ".join(references) if references else DASH
