"""Times with a precision: "2022", "January 2024", "late August 2025", "the night of 14 November".

A TimeSpan is a half-open interval [start, end) in UTC plus the precision it was recorded with.
It is built from local calendar terms in the premises' time zone; casefiles.domain.wording
says it in words, so that nobody ever sees more precision than the source gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casefiles.domain.vocabulary import DayPart, MonthPart, Precision
from casefiles.errors import CaseFileError
from casefiles.language.phrase import phrase

# Local hours of each part of a day. The night of D runs from the evening of D-1 to the
# morning of D, which is how reports say "the night of 14 November".
DAY_PART_HOURS: dict[DayPart, tuple[int, int]] = {
    DayPart.MORNING: (6, 12),
    DayPart.AFTERNOON: (12, 18),
    DayPart.EVENING: (18, 24),
    DayPart.NIGHT: (-6, 8),  # 18:00 the day before to 08:00
}
MONTH_PART_DAYS: dict[MonthPart, tuple[int, int | None]] = {
    MonthPart.EARLY: (1, 11),
    MonthPart.MID: (11, 21),
    MonthPart.LATE: (21, None),  # to the end of the month
}


# The years a time may fall in. Far from datetime's own limits (years 1 and 9999), where
# turning a local time into UTC, or widening a span by a day, overflows.
FIRST_YEAR, LAST_YEAR = 1900, 2999


class SpanError(CaseFileError, ValueError):
    """A time that cannot be read or held. The message names no field: the caller knows which
    field it was and files it there. A ValueError for validators; a CaseFileError (one line,
    exit 2) for a time read from a case file that was changed outside the app."""


class TimeOutOfRange(SpanError):
    pass


def check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise TimeOutOfRange(phrase("span.year_range", first=FIRST_YEAR, last=LAST_YEAR))


class UnknownTimeZone(CaseFileError, ValueError):
    """A ValueError for validators; a CaseFileError (one line, exit 2) for a zone read from a
    case file, which may name one this computer's time zone data does not have."""


def zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name, or an error a person can read."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UnknownTimeZone(phrase("span.unknown_zone", name=name)) from None


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """[start, end) in UTC, with the precision it was recorded at."""

    start: datetime
    end: datetime
    precision: Precision

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise SpanError("the start and the end must carry a time zone")
        if self.end < self.start:
            raise SpanError(phrase("span.end_before_start"))
        # In UTC a span of FIRST_YEAR or LAST_YEAR may reach a year beyond it.
        if not FIRST_YEAR - 1 <= self.start.year <= self.end.year <= LAST_YEAR + 1:
            raise TimeOutOfRange(
                phrase(
                    "span.outside_years",
                    start=self.start.date().isoformat(),
                    end=self.end.date().isoformat(),
                    first=FIRST_YEAR,
                    last=LAST_YEAR,
                )
            )

    # Constructors, from local calendar terms -------------------------------------------

    @classmethod
    def at_minute(cls, local: datetime, tz: ZoneInfo) -> TimeSpan:
        check_year(local.year)
        if local.tzinfo is None:
            local = local.replace(tzinfo=tz)
        start = local.replace(second=0, microsecond=0)
        return cls._make(start, start + timedelta(minutes=1), Precision.MINUTE)

    @classmethod
    def on_day(cls, day: date, tz: ZoneInfo) -> TimeSpan:
        check_year(day.year)
        start, end = _existing(day, _local(day, 0, tz), _local(day + timedelta(days=1), 0, tz))
        return cls._make(start, end, Precision.DAY)

    @classmethod
    def part_of_day(cls, day: date, part: DayPart, tz: ZoneInfo) -> TimeSpan:
        check_year(day.year)
        first, last = DAY_PART_HOURS[part]
        _existing(day, _local(day, 0, tz), _local(day + timedelta(days=1), 0, tz))
        start, end = _existing(day, _local(day, first, tz), _local(day, last, tz))
        return cls._make(start, end, Precision.PART_OF_DAY)

    @classmethod
    def in_month(cls, year: int, month: int, tz: ZoneInfo) -> TimeSpan:
        check_year(year)
        return cls._make(
            _local(date(year, month, 1), 0, tz),
            _local(_next_month(year, month), 0, tz),
            Precision.MONTH,
        )

    @classmethod
    def part_of_month(cls, year: int, month: int, part: MonthPart, tz: ZoneInfo) -> TimeSpan:
        check_year(year)
        first, last = MONTH_PART_DAYS[part]
        end_day = _next_month(year, month) if last is None else date(year, month, last)
        return cls._make(
            _local(date(year, month, first), 0, tz), _local(end_day, 0, tz), Precision.PART_OF_MONTH
        )

    @classmethod
    def in_year(cls, year: int, tz: ZoneInfo) -> TimeSpan:
        check_year(year)
        return cls._make(
            _local(date(year, 1, 1), 0, tz), _local(date(year + 1, 1, 1), 0, tz), Precision.YEAR
        )

    @classmethod
    def _make(cls, start: datetime, end: datetime, precision: Precision) -> TimeSpan:
        return cls(start.astimezone(UTC), end.astimezone(UTC), precision)

    # Reading ---------------------------------------------------------------------------

    @property
    def midpoint(self) -> datetime:
        return self.start + (self.end - self.start) / 2

    def contains(self, moment: datetime, slack: timedelta = timedelta(0)) -> bool:
        """Whether an aware moment lies in the span, widened by `slack` on both sides."""
        return self.start - slack <= moment < self.end + slack

    def day_part(self, tz: ZoneInfo) -> DayPart | None:
        start, end = self.start.astimezone(tz), self.end.astimezone(tz)
        for part, (first, last) in DAY_PART_HOURS.items():
            day = end.date() if first < 0 else start.date()
            if (start, end) == (_local(day, first, tz), _local(day, last, tz)):
                return part
        return None

    def month_part(self, tz: ZoneInfo) -> MonthPart | None:
        start = self.start.astimezone(tz)
        for part, (first, _last) in MONTH_PART_DAYS.items():
            if start.day == first and self == TimeSpan.part_of_month(
                start.year, start.month, part, tz
            ):
                return part
        return None

    def code(self, tz: ZoneInfo) -> str:
        """The short form that `parse` reads back: '2022', '2025-08 late', '2025-11-14 night'."""
        start = self.start.astimezone(tz)
        match self.precision:
            case Precision.YEAR:
                return f"{start:%Y}"
            case Precision.MONTH:
                return f"{start:%Y-%m}"
            case Precision.PART_OF_MONTH:
                return f"{start:%Y-%m} {self.month_part(tz) or ''}".strip()
            case Precision.DAY:
                return f"{start:%Y-%m-%d}"
            case Precision.PART_OF_DAY:
                part = self.day_part(tz)
                day = self.end.astimezone(tz).date() if part is DayPart.NIGHT else start.date()
                return f"{day:%Y-%m-%d} {part or ''}".strip()
        return f"{start:%Y-%m-%d %H:%M}"


_PATTERNS = (
    (re.compile(r"(\d{4})"), Precision.YEAR),
    (re.compile(r"(\d{4})-(\d{1,2})"), Precision.MONTH),
    (re.compile(r"(\d{4})-(\d{1,2}) (early|mid|late)"), Precision.PART_OF_MONTH),
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), Precision.DAY),
    (
        re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2}) (morning|afternoon|evening|night)"),
        Precision.PART_OF_DAY,
    ),
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})"), Precision.MINUTE),
)


def parse(text: str, tz: ZoneInfo) -> TimeSpan:
    """Read the short form: 2022 | 2024-01 | 2025-08 late | 2025-11-14 | 2025-11-14 night |
    2025-11-14 03:20 (local time of `tz`), or raise SpanError."""
    cleaned = " ".join(text.strip().lower().split())
    for pattern, precision in _PATTERNS:
        if match := pattern.fullmatch(cleaned):
            parts = match.groups()
            check_year(int(parts[0]))  # its own message, before "not a date"
            try:
                return _from_parts(precision, parts, tz)
            except SpanError:
                raise
            except ValueError:
                break
    raise SpanError(phrase("span.unreadable", text=text))


def _from_parts(precision: Precision, parts: tuple[str, ...], tz: ZoneInfo) -> TimeSpan:
    numbers = [int(p) for p in parts if p.isdigit()]
    match precision:
        case Precision.YEAR:
            return TimeSpan.in_year(numbers[0], tz)
        case Precision.MONTH:
            return TimeSpan.in_month(numbers[0], numbers[1], tz)
        case Precision.PART_OF_MONTH:
            return TimeSpan.part_of_month(numbers[0], numbers[1], MonthPart(parts[2]), tz)
        case Precision.DAY:
            return TimeSpan.on_day(date(*numbers[:3]), tz)
        case Precision.PART_OF_DAY:
            return TimeSpan.part_of_day(date(*numbers[:3]), DayPart(parts[3]), tz)
    year, month, day, hour, minute = numbers[:5]
    return TimeSpan.at_minute(datetime(year, month, day, hour, minute), tz)


def _existing(day: date, start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """The local times from `start` to `end` of `day`, unless the zone's clocks skipped them
    (Kiritimati went from 30 December 1994 to 1 January 1995): nothing, or less than nothing,
    would read back as nonsense."""
    if start.astimezone(UTC) >= end.astimezone(UTC):  # one zone's times compare as on its clock
        raise SpanError(phrase("span.skipped", day=f"{day:%Y-%m-%d}", zone=str(start.tzinfo)))
    return start, end


def _local(day: date, hour: int, tz: ZoneInfo) -> datetime:
    """Local midnight of `day` plus `hour` hours (negative or 24 allowed), as an aware time."""
    return datetime.combine(day, time(0), tzinfo=tz) + timedelta(hours=hour)


def _next_month(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1)
