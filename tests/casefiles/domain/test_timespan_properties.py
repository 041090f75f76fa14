"""Time spans as properties (hypothesis): every precision, month and year ends, leap days,
nights that cross a month or a year, parts of a month at their edges; text → span → text."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from casefiles.domain.timespan import SpanError, TimeSpan, parse, zone
from casefiles.domain.vocabulary import DayPart, MonthPart, Precision
from casefiles.domain.wording import MONTHS, SHORT_MONTHS, span_words

# Missions' zones, plus odd offsets (+05:45, +14:00) and one with daylight saving at 02:00.
ZONES = st.sampled_from(
    [
        zone(name)
        for name in (
            "Europe/Kyiv",
            "Asia/Baku",
            "UTC",
            "Asia/Kathmandu",
            "Pacific/Kiritimati",
            "America/New_York",
        )
    ]
)
YEARS = st.integers(min_value=1990, max_value=2060)
DAYS = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))
# Days at the edges where calendar arithmetic goes wrong: month ends, year ends, leap days.
EDGE_DAYS = st.builds(
    lambda year, month, last: date(year, month, calendar.monthrange(year, month)[1] if last else 1),
    YEARS,
    st.integers(1, 12),
    st.booleans(),
) | st.sampled_from([date(y, 2, 29) for y in range(1992, 2061, 4)])
ANY_DAY = DAYS | EDGE_DAYS
PATIENT = settings(deadline=None)  # a busy machine (CI, a mutation run) is not a failure


def _skipped(day: date, tz: ZoneInfo) -> bool:
    midnight = datetime.combine(day, datetime.min.time(), tzinfo=tz)
    return midnight.astimezone(UTC) == (midnight + timedelta(days=1)).astimezone(UTC)


def _beside_a_skipped_day(day: date, tz: ZoneInfo) -> bool:
    """A day a zone skipped (Kiritimati, 31 December 1994) is refused
    (test_a_day_the_clocks_skipped_is_refused_in_words); the days around it have no regular
    neighbours for these properties to compare with."""
    return any(_skipped(day + timedelta(days=shift), tz) for shift in (-1, 0, 1))


def _local_days(span: TimeSpan, tz: ZoneInfo) -> int:
    """Calendar days a span covers in local time (daylight saving makes hours unreliable)."""
    return (span.end.astimezone(tz).date() - span.start.astimezone(tz).date()).days


def _local(moment: datetime, tz: ZoneInfo) -> tuple[date, int, int]:
    local = moment.astimezone(tz)
    return local.date(), local.hour, local.minute


def _round_trips(text: str, tz: ZoneInfo, precision: Precision) -> TimeSpan:
    span = parse(text, tz)
    assert span.precision is precision
    assert span.code(tz) == text
    assert parse(span.code(tz), tz) == span
    assert not span_words(span, tz).startswith("between"), (
        "described as a bare range, not its precision"
    )
    assert span.start < span.end
    assert span.contains(span.start) and not span.contains(span.end)
    assert span.contains(span.end - timedelta(microseconds=1))
    return span


@PATIENT
@given(YEARS, ZONES)
def test_a_year_round_trips_and_meets_the_next(year: int, tz: ZoneInfo) -> None:
    span = _round_trips(f"{year}", tz, Precision.YEAR)
    assert span_words(span, tz) == f"{year}"
    assert _local(span.start, tz) == (date(year, 1, 1), 0, 0)
    assert span.end == parse(f"{year + 1}", tz).start
    assert _local_days(span, tz) == (366 if calendar.isleap(year) else 365)


@PATIENT
@given(YEARS, st.integers(1, 12), ZONES)
def test_a_month_round_trips_and_meets_the_next(year: int, month: int, tz: ZoneInfo) -> None:
    span = _round_trips(f"{year}-{month:02d}", tz, Precision.MONTH)
    assert span_words(span, tz) == f"{MONTHS[month - 1]} {year}"
    assert _local_days(span, tz) == calendar.monthrange(year, month)[1]
    following = f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}"
    assert span.end == parse(following, tz).start
    assert parse(f"{year}", tz).contains(span.start)
    assert parse(f"{year}", tz).contains(span.end - timedelta(microseconds=1))


@PATIENT
@given(YEARS, st.integers(1, 12), ZONES)
def test_the_parts_of_a_month_tile_it_at_days_10_and_20(
    year: int, month: int, tz: ZoneInfo
) -> None:
    whole = parse(f"{year}-{month:02d}", tz)
    early, mid, late = (
        _round_trips(f"{year}-{month:02d} {part}", tz, Precision.PART_OF_MONTH)
        for part in ("early", "mid", "late")
    )
    assert (early.start, early.end, mid.end, late.end) == (
        whole.start,
        mid.start,
        late.start,
        whole.end,
    )
    # The boundaries: the 10th is early, the 11th mid, the 20th mid, the 21st late.
    assert _local(early.end - timedelta(microseconds=1), tz)[0] == date(year, month, 10)
    assert _local(mid.start, tz) == (date(year, month, 11), 0, 0)
    assert _local(mid.end - timedelta(microseconds=1), tz)[0] == date(year, month, 20)
    assert _local(late.start, tz) == (date(year, month, 21), 0, 0)
    assert _local_days(late, tz) == calendar.monthrange(year, month)[1] - 20
    name = MONTHS[month - 1]
    assert [span_words(s, tz) for s in (early, mid, late)] == [
        f"early {name} {year}",
        f"mid-{name} {year}",
        f"late {name} {year}",
    ]
    assert [s.month_part(tz) for s in (early, mid, late)] == list(MonthPart)
    assert whole.month_part(tz) is None


@PATIENT
@given(ANY_DAY, ZONES)
def test_a_day_round_trips_and_meets_the_next(day: date, tz: ZoneInfo) -> None:
    assume(not _beside_a_skipped_day(day, tz))
    span = _round_trips(f"{day:%Y-%m-%d}", tz, Precision.DAY)
    assert span_words(span, tz) == f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    assert _local(span.start, tz) == (day, 0, 0)
    assert span.end == parse(f"{day + timedelta(days=1):%Y-%m-%d}", tz).start
    month = parse(f"{day:%Y-%m}", tz)
    assert month.contains(span.start) and month.contains(span.end - timedelta(microseconds=1))


def test_a_day_the_clocks_skipped_is_refused_in_words() -> None:
    """Kiritimati moved across the date line: 31 December 1994 never happened there."""
    kiritimati = zone("Pacific/Kiritimati")
    for text in ("1994-12-31", "1994-12-31 morning"):
        with pytest.raises(SpanError) as raised:
            parse(text, kiritimati)
        assert str(raised.value) == (
            "1994-12-31 did not exist in Pacific/Kiritimati: its clocks skipped it"
        )
    assert parse("1994-12-31", zone("Asia/Baku")).code(zone("Asia/Baku")) == "1994-12-31"


def test_a_part_of_a_day_the_clocks_skipped_is_refused_in_words() -> None:
    """Casey station went from UTC to +08 at midnight on 1 January 1969: that day's night and
    afternoon were there, its morning (06:00-12:00) was not."""
    casey = zone("Antarctica/Casey")
    for text in ("1969-01-01", "1969-01-01 night", "1969-01-01 afternoon"):
        parse(text, casey)
    with pytest.raises(SpanError) as raised:
        parse("1969-01-01 morning", casey)
    assert str(raised.value) == (
        "1969-01-01 did not exist in Antarctica/Casey: its clocks skipped it"
    )


@PATIENT
@given(YEARS)
def test_the_29th_of_february_exists_only_in_leap_years(year: int) -> None:
    tz = zone("Europe/Kyiv")
    text = f"{year}-02-29"
    if calendar.isleap(year):
        assert parse(text, tz).code(tz) == text
        assert parse(f"{year}-02 late", tz).end == parse(f"{year}-03", tz).start
    else:
        try:
            parse(text, tz)
        except ValueError as error:
            assert f"'{text}' is not a date this app reads" in str(error)
        else:
            raise AssertionError(f"{text} was accepted")


@PATIENT
@given(ANY_DAY, st.sampled_from([DayPart.MORNING, DayPart.AFTERNOON, DayPart.EVENING]), ZONES)
def test_a_part_of_a_day_round_trips_within_its_day(day: date, part: DayPart, tz: ZoneInfo) -> None:
    assume(not _beside_a_skipped_day(day, tz))
    span = _round_trips(f"{day:%Y-%m-%d} {part}", tz, Precision.PART_OF_DAY)
    first, last = {"morning": (6, 12), "afternoon": (12, 18), "evening": (18, 24)}[part]
    assert _local(span.start, tz) == (day, first, 0)
    assert _local(span.end, tz) == ((day, last, 0) if last < 24 else (day + timedelta(1), 0, 0))
    assert (
        span_words(span, tz) == f"{part} of {day.day} {SHORT_MONTHS[day.month - 1]} {day.year}, "
        "local time"
    )
    assert span.day_part(tz) is part


@PATIENT
@given(ANY_DAY, ZONES)
def test_a_night_runs_from_the_evening_before_even_across_a_month_or_year(
    day: date, tz: ZoneInfo
) -> None:
    assume(not _beside_a_skipped_day(day, tz))
    span = _round_trips(f"{day:%Y-%m-%d} night", tz, Precision.PART_OF_DAY)
    before = day - timedelta(days=1)
    assert _local(span.start, tz) == (before, 18, 0)
    assert _local(span.end, tz) == (day, 8, 0)
    assert span.day_part(tz) is DayPart.NIGHT
    if before.year != day.year:
        nights = f"{before.day} Dec {before.year} – 1 Jan {day.year}"
    elif before.month != day.month:
        nights = f"{before.day} {SHORT_MONTHS[before.month - 1]} – 1 {SHORT_MONTHS[day.month - 1]}"
        nights += f" {day.year}"
    else:
        nights = f"{before.day}–{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"
    assert span_words(span, tz) == f"night of {nights}, local time"


def test_the_nights_across_a_year_and_a_leap_day_read_as_a_person_writes_them() -> None:
    tz = zone("Asia/Baku")
    assert (
        span_words(parse("2025-01-01 night", tz), tz)
        == "night of 31 Dec 2024 – 1 Jan 2025, local time"
    )
    assert (
        span_words(parse("2024-03-01 night", tz), tz) == "night of 29 Feb – 1 Mar 2024, local time"
    )
    assert (
        span_words(parse("2023-03-01 night", tz), tz) == "night of 28 Feb – 1 Mar 2023, local time"
    )


@PATIENT
@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 12, 31, 23, 59)),
    ZONES,
)
def test_a_minute_round_trips_when_it_exists_on_the_local_clock(
    moment: datetime, tz: ZoneInfo
) -> None:
    local = moment.replace(second=0, microsecond=0, tzinfo=tz)
    if local.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != local.replace(tzinfo=None):
        return  # skipped by daylight saving (02:30 on a spring-forward night does not exist)
    text = f"{local:%Y-%m-%d %H:%M}"
    span = _round_trips(text, tz, Precision.MINUTE)
    assert span.end - span.start == timedelta(minutes=1)
    assert span_words(span, tz) == (
        f"{local.day} {SHORT_MONTHS[local.month - 1]} {local.year}, {local:%H:%M} local time"
    )
    assert parse(f"{local:%Y-%m-%d}", tz).contains(span.start)


@PATIENT
@given(
    st.sampled_from(
        ["2025", "2025-08", "2025-08 late", "2025-08-14", "2025-08-14 night", "2025-08-14 03:20"]
    ),
    ZONES,
)
def test_the_same_date_written_loosely_is_the_same_span(text: str, tz: ZoneInfo) -> None:
    loose = "  " + text.upper().replace("-0", "-").replace(" ", "   ") + " "
    assert parse(loose, tz) == parse(text, tz)


@PATIENT
@given(
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2060, 12, 31, 23, 58)),
    ZONES,
)
def test_a_moment_with_seconds_is_kept_to_its_minute(moment: datetime, tz: ZoneInfo) -> None:
    """A camera's 07:35:42.123 is 'the minute 07:35': seconds are below the precision."""
    local = moment.replace(tzinfo=tz)
    span = TimeSpan.at_minute(local, tz)
    assert span.start == local.replace(second=0, microsecond=0).astimezone(UTC)
    assert span.end - span.start == timedelta(minutes=1)
    assert span.contains(local.astimezone(UTC))
