"""Time <-> x mapping and the two-row axis (e.g. years over months), with no Qt at all.

Times are POSIX seconds (UTC). Tick positions fall on calendar boundaries of the premises'
time zone, so "January" starts at local midnight of 1 January, as the case file records it.
The labels are in the language of the core's catalogue given (CLDR's month names and date
patterns): the interface's on screen, the summary's on paper.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from types import MappingProxyType
from typing import NamedTuple
from zoneinfo import ZoneInfo

from casefiles.language.catalogue import ENGLISH, Dates

DAY = 86_400.0
YEAR = 365.2425 * DAY
MONTH = YEAR / 12


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Maps the time window [t0, t1) linearly onto the pixels [x0, x1)."""

    t0: float
    t1: float
    x0: float
    x1: float

    @property
    def px_per_second(self) -> float:
        return (self.x1 - self.x0) / (self.t1 - self.t0)

    def x(self, t: float) -> float:
        return self.x0 + (t - self.t0) * self.px_per_second

    def t(self, x: float) -> float:
        return self.t0 + (x - self.x0) / self.px_per_second


class Tick(NamedTuple):
    t: float
    x: float
    label: str
    shorter: tuple[str, ...] = ()  # shorter forms of the label, for when it does not fit


class Level(NamedTuple):
    """One way to divide the axis: a calendar unit and a step in that unit."""

    unit: str  # "hour" | "day" | "month" | "year"
    step: int
    seconds: float  # typical length of one step, to judge the spacing in pixels


# Finest first. Day steps 1, 2, 5, 10 fall on the same days every month (10 gives 1, 11, 21:
# early, mid and late month, the way the case file records parts of a month).
LEVELS: tuple[Level, ...] = (
    Level("hour", 1, 3_600.0),
    Level("hour", 3, 3 * 3_600.0),
    Level("hour", 6, 6 * 3_600.0),
    Level("hour", 12, 12 * 3_600.0),
    Level("day", 1, DAY),
    Level("day", 2, 2 * DAY),
    Level("day", 5, 5 * DAY),
    Level("day", 10, 10 * DAY),
    Level("month", 1, MONTH),
    Level("month", 3, 3 * MONTH),
    Level("month", 6, 6 * MONTH),
    Level("year", 1, YEAR),
    Level("year", 2, 2 * YEAR),
    Level("year", 5, 5 * YEAR),
    Level("year", 10, 10 * YEAR),
    Level("year", 20, 20 * YEAR),
    Level("year", 50, 50 * YEAR),
)


class AxisWords:
    """The axis's words in one language: month names standing alone, and per unit the
    longest short and long label, to judge whether labels fit."""

    def __init__(self, dates: Dates) -> None:
        self.dates = dates
        self.months = tuple(dates.month_alone(month) for month in range(1, 13))
        self.short_months = tuple(dates.month_alone(month, short=True) for month in range(1, 13))
        week = [date(2025, 9, 22) + timedelta(days=n) for n in range(7)]  # the 22nd to 28th
        self.samples: Mapping[str, tuple[str, str]] = {
            "hour": ("00:00", "00:00"),
            "day": ("28", max((dates.pattern("Ed", day) for day in week), key=len)),
            "month": (max(self.short_months, key=len), max(self.months, key=len)),
            "year": ("2000", "2000"),
        }


@cache
def axis_words(dates: Dates) -> AxisWords:
    return AxisWords(dates)


# The coarser unit shown on the upper row above each finer one.
UPPER_UNIT: Mapping[str, str] = MappingProxyType(
    {"hour": "day", "day": "month", "month": "year", "year": "decade"}
)


@dataclass(frozen=True, slots=True)
class AxisRows:
    """Ticks of the two axis rows. `upper` starts with the boundary at or before the left edge,
    so the painter can keep the label of a unit that began off-screen visible."""

    upper: tuple[Tick, ...]
    lower: tuple[Tick, ...]
    level: Level


def choose_level(
    scale: TimeScale, text_width: Callable[[str], float], gap: float, words: AxisWords
) -> tuple[Level, bool]:
    """The finest level whose labels fit side by side, and whether the long labels fit too."""
    k = scale.px_per_second
    for level in LEVELS:
        spacing = level.seconds * k
        short, long = words.samples[level.unit]
        if spacing >= text_width(short) + gap:
            return level, spacing >= text_width(long) + gap
    return LEVELS[-1], False


def axis_rows(
    scale: TimeScale,
    tz: ZoneInfo,
    text_width: Callable[[str], float],
    gap: float = 10.0,
    dates: Dates = ENGLISH.dates,
) -> AxisRows:
    """The ticks of both rows for the visible window, labels in local time of `tz` and in the
    language of `dates`."""
    words = axis_words(dates)
    level, long_labels = choose_level(scale, text_width, gap, words)
    lower = tuple(
        Tick(t, scale.x(t), _label(level.unit, moment, long_labels, words))
        for moment in _boundaries(level.unit, level.step, scale.t0, scale.t1, tz)
        if (t := moment.timestamp()) >= scale.t0
    )
    upper_unit = UPPER_UNIT[level.unit]
    upper: tuple[Tick, ...] = ()
    if upper_unit != "decade" or level.step < 10:
        upper = tuple(
            Tick(
                moment.timestamp(),
                scale.x(moment.timestamp()),
                *_upper_labels(upper_unit, moment, words),
            )
            for moment in _boundaries(upper_unit, 1, scale.t0, scale.t1, tz)
        )
    return AxisRows(upper, lower, level)


def _label(unit: str, moment: datetime, long: bool, words: AxisWords) -> str:
    match unit:
        case "hour":
            return f"{moment:%H:%M}"
        case "day":
            return words.dates.pattern("Ed", moment.date()) if long else f"{moment.day}"
        case "month":
            names = words.months if long else words.short_months
            return names[moment.month - 1]
    return f"{moment.year}"


def _upper_labels(unit: str, moment: datetime, words: AxisWords) -> tuple[str, tuple[str, ...]]:
    """Upper-row labels name the whole unit, since the lower row only gives the finer part;
    with shorter forms for narrow units (a form repeated is tried once)."""
    dates, day = words.dates, moment.date()
    match unit:
        case "day":
            return dates.pattern("yMMMEd", day), _distinct(
                dates.short(day), dates.pattern("MMMd", day), f"{moment.day}"
            )
        case "month":
            return dates.month_year(moment.year, moment.month), _distinct(
                dates.pattern("yMMM", day),
                dates.pattern("yyMMM", day),
                words.short_months[moment.month - 1],
            )
        case "year":
            return f"{moment.year}", ()
    return dates.decade(moment.year // 10 * 10), ()


def _distinct(*forms: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(forms))


def _boundaries(unit: str, step: int, t0: float, t1: float, tz: ZoneInfo) -> Iterator[datetime]:
    """Local calendar boundaries from the last one at or before t0 up to t1, in order."""
    first = datetime.fromtimestamp(t0, tz)
    match unit:
        case "decade" | "year":
            size = step * (10 if unit == "decade" else 1)
            candidates: Iterator[datetime] = (
                datetime(year, 1, 1, tzinfo=tz) for year in _count(first.year // size * size, size)
            )
        case "month":
            candidates = _months(first.year, (first.month - 1) // step * step + 1, step, tz)
        case "day":
            candidates = (
                datetime.combine(day, time(0), tzinfo=tz)
                for day in _days(first.date() - timedelta(days=step))
                if (day.day - 1) % step == 0 and day.day <= 32 - step
            )
        case _:
            candidates = (
                datetime.combine(day, time(hour), tzinfo=tz)
                for day in _days(first.date() - timedelta(days=1))
                for hour in range(0, 24, step)
            )
    previous: datetime | None = None
    last_before: float = float("-inf")
    for moment in candidates:
        t = moment.timestamp()
        if t >= t1:
            break
        if t <= last_before:  # a repeated or skipped hour at a daylight-saving change
            continue
        last_before = t
        if t <= t0:
            previous = moment
            continue
        if previous is not None:
            yield previous
            previous = None
        yield moment
    if previous is not None:
        yield previous


def _count(start: int, step: int) -> Iterator[int]:
    value = start
    while True:
        yield value
        value += step


def _days(start: date) -> Iterator[date]:
    day = start
    while True:
        yield day
        day += timedelta(days=1)


def _months(year: int, month: int, step: int, tz: ZoneInfo) -> Iterator[datetime]:
    while True:
        yield datetime(year, month, 1, tzinfo=tz)
        month += step
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
