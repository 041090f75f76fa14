from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest

from casefiles.domain.timespan import SpanError, TimeSpan, check_year, parse, zone
from casefiles.domain.vocabulary import DayPart, MonthPart, Precision
from casefiles.domain.wording import span_words
from casefiles.errors import CaseFileError

KYIV = zone("Europe/Kyiv")


@pytest.mark.parametrize(
    ("code", "words", "precision"),
    [
        ("2022", "2022", Precision.YEAR),
        ("2024-01", "January 2024", Precision.MONTH),
        ("2025-08 early", "early August 2025", Precision.PART_OF_MONTH),
        ("2025-08 mid", "mid-August 2025", Precision.PART_OF_MONTH),
        ("2025-08 late", "late August 2025", Precision.PART_OF_MONTH),
        ("2025-11-14", "14 November 2025", Precision.DAY),
        ("2025-11-14 night", "night of 13–14 Nov 2025, local time", Precision.PART_OF_DAY),
        ("2025-11-01 night", "night of 31 Oct – 1 Nov 2025, local time", Precision.PART_OF_DAY),
        ("2025-11-14 morning", "morning of 14 Nov 2025, local time", Precision.PART_OF_DAY),
        ("2025-11-14 03:20", "14 Nov 2025, 03:20 local time", Precision.MINUTE),
    ],
)
def test_short_form_round_trips_with_words(code: str, words: str, precision: Precision) -> None:
    span = parse(code, KYIV)
    assert span.precision is precision
    assert span_words(span, KYIV) == words
    assert span.code(KYIV) == code
    assert parse(span.code(KYIV), KYIV) == span


def test_the_night_of_14_november_runs_from_the_evening_before_in_local_time() -> None:
    night = TimeSpan.part_of_day(date(2025, 11, 14), DayPart.NIGHT, KYIV)
    assert night.start.astimezone(KYIV) == datetime(2025, 11, 13, 18, 0, tzinfo=KYIV)
    assert night.end.astimezone(KYIV) == datetime(2025, 11, 14, 8, 0, tzinfo=KYIV)
    assert night.start.tzinfo is UTC


def test_a_year_is_the_whole_local_year_and_no_more() -> None:
    year = TimeSpan.in_year(2022, KYIV)
    assert year.contains(datetime(2022, 12, 31, 23, 59, tzinfo=KYIV))
    assert not year.contains(datetime(2023, 1, 1, 0, 0, tzinfo=KYIV))
    assert year.contains(datetime(2023, 1, 1, 0, 30, tzinfo=KYIV), slack=timedelta(hours=1))


def test_late_february_ends_with_the_month_in_a_leap_year() -> None:
    late = TimeSpan.part_of_month(2024, 2, MonthPart.LATE, KYIV)
    assert late.end.astimezone(KYIV).date() == date(2024, 3, 1)
    assert span_words(late, KYIV) == "late February 2024"


@pytest.mark.parametrize(
    "bad", ["", "yesterday", "2025-13", "2025-02-30", "2025-11-14 noon", "14 noyabr", "ноябрь"]
)
def test_an_unreadable_date_is_a_span_error_that_names_no_field(bad: str) -> None:
    with pytest.raises(SpanError) as raised:
        parse(bad, KYIV)
    message = str(raised.value)
    assert message.startswith(f"'{bad}' is not a date this app reads; write for example")
    assert message.endswith("2025-11-14 night or 2025-11-14 03:20")
    assert isinstance(raised.value, ValueError) and isinstance(raised.value, CaseFileError)


@pytest.mark.parametrize("bad", ["1899", "3000-01-01 night"])
def test_a_year_out_of_range_is_a_span_error_that_names_no_field(bad: str) -> None:
    with pytest.raises(SpanError, match=r"^the year must be between 1900 and 2999$"):
        parse(bad, KYIV)


def test_a_span_that_ends_before_it_starts_is_a_span_error() -> None:
    later = TimeSpan.on_day(date(2025, 11, 14), KYIV)
    with pytest.raises(SpanError, match=r"^the end is before the start$"):
        TimeSpan(later.end, later.start, Precision.DAY)


def test_unknown_time_zone_is_a_clear_error() -> None:
    with pytest.raises(ValueError) as raised:
        zone("Europe/Atlantis")
    assert str(raised.value) == "'Europe/Atlantis' is not a known time zone (e.g. Europe/Kyiv)"


def test_a_stored_time_outside_the_years_says_the_file_was_changed() -> None:
    """Only an edit behind the app's back stores such a time: the span read back refuses it."""
    start = datetime(1898, 12, 31, 22, 0, tzinfo=UTC)
    with pytest.raises(SpanError) as raised:
        TimeSpan(start, start + timedelta(days=400), Precision.DAY)
    assert str(raised.value) == (
        "A time from 1898-12-31 to 1900-02-04 is outside the years 1900 to 2999; the case file "
        "was changed outside Casefiles: run casefiles verify on it."
    )
    end = datetime(3000, 12, 31, 23, 59, tzinfo=UTC)
    with pytest.raises(SpanError, match=r"^A time from 3000-12-30 to 3001-01-01 is outside"):
        TimeSpan(end - timedelta(days=1), end + timedelta(minutes=2), Precision.DAY)
    TimeSpan(end - timedelta(days=1), end, Precision.DAY)  # a year beyond, as UTC may reach


def test_an_irregular_span_is_described_as_a_range() -> None:
    start = datetime(2025, 11, 14, 1, 0, tzinfo=KYIV)
    span = TimeSpan(
        start.astimezone(UTC), (start + timedelta(hours=3)).astimezone(UTC), Precision.PART_OF_DAY
    )
    assert span_words(span, KYIV) == "between 14 Nov 2025 01:00 and 14 Nov 2025 03:59, local time"
    assert span.code(KYIV) == "2025-11-14"  # no part of the day: the day it starts on
    month = TimeSpan(span.start, span.start + timedelta(days=3), Precision.PART_OF_MONTH)
    assert month.code(KYIV) == "2025-11"  # no part of the month: its month


def test_the_first_and_the_last_year_are_accepted() -> None:
    for year in (1900, 2999):
        check_year(year)
    for year in (1899, 3000):
        with pytest.raises(SpanError):
            check_year(year)
    first = parse("1900", KYIV)  # its start is in 1899 in UTC, which a span may reach
    assert first.start.year == 1899 and first.code(KYIV) == "1900"


def test_a_span_needs_both_times_with_their_zone() -> None:
    aware = datetime(2025, 11, 14, 3, 20, tzinfo=UTC)
    naive = datetime(2025, 11, 14, 3, 20)
    for start, end in ((naive, aware), (aware, naive), (naive, naive)):
        with pytest.raises(SpanError) as raised:
            TimeSpan(start, end, Precision.MINUTE)
        assert str(raised.value) == "the start and the end must carry a time zone"
    assert TimeSpan(aware, aware, Precision.MINUTE).contains(aware, timedelta(seconds=1))


def test_a_span_contains_what_its_slack_reaches_on_both_sides() -> None:
    span = parse("2025-11-14", KYIV)
    slack = timedelta(minutes=10)
    assert span.contains(span.start) and not span.contains(span.end)
    assert not span.contains(span.start - timedelta(minutes=5))
    assert span.contains(span.start - timedelta(minutes=5), slack)
    assert span.contains(span.end + timedelta(minutes=5), slack)
    assert not span.contains(span.start - timedelta(minutes=11), slack)
    assert not span.contains(span.end + slack, slack)


def test_a_span_is_held_in_utc_whatever_the_computer_s_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Asia/Baku")
    time.tzset()
    try:
        span = parse("2025-11-14 night", KYIV)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert span.start.utcoffset() == span.end.utcoffset() == timedelta(0)
