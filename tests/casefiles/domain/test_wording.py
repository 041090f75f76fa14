"""Every fact in words (casefiles.domain.wording), in English and in the language it is asked
in: each function must pass its `phrases` on, so a second language shows the one that forgets.
Time spans' words at each precision are also in test_timespan_properties.py."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casefiles.domain import wording
from casefiles.domain.records import DamageRecord
from casefiles.domain.timespan import TimeSpan, parse, zone
from casefiles.domain.vocabulary import (
    DamageElement,
    DayPart,
    MonthPart,
    Precision,
    Severity,
)
from casefiles.language.catalogue import ENGLISH, Language, phrases_for
from tests.helpers import incident_record as incident

KYIV = zone("Europe/Kyiv")
AZ = phrases_for(Language.AZ)
RU = phrases_for(Language.RU)
# 12:32 UTC is 14:32 in Kyiv; 23:10 UTC is already the next day there.
NOON = datetime(2025, 11, 20, 12, 32, tzinfo=UTC)
LATE = datetime(2025, 11, 20, 23, 10, tzinfo=UTC)


def test_every_code_is_said_by_its_own_phrase_in_the_language_asked() -> None:
    for phrases in (ENGLISH, AZ):
        for precision in Precision:
            assert wording.code_words(precision, phrases=phrases) == phrases(
                f"precision.{precision.value}"
            )
            assert wording.precision_choice(precision, phrases=phrases) == phrases(
                f"precision_choice.{precision.value}"
            )
        for part in DayPart:
            assert wording.code_words(part, phrases=phrases) == phrases(f"day_part.{part.value}")
        for month_part in MonthPart:
            assert wording.code_words(month_part, phrases=phrases) == phrases(
                f"month_part.{month_part.value}"
            )
    assert wording.code_words(Precision.PART_OF_DAY) == "known to part of a day"
    assert wording.precision_choice(Precision.MINUTE) == "Exact minute"
    assert wording.code_words(DayPart.NIGHT, phrases=AZ) == "gecə"
    assert wording.code_words(MonthPart.MID) == "mid"
    assert wording.code_words(Severity.SEVERE) == "Severe"
    assert wording.code_words(Severity.SEVERE, phrases=AZ) == "Ağır"


def test_moments_are_said_at_the_premises_in_the_language_asked() -> None:
    assert wording.short_date(date(2025, 11, 3)) == "3 Nov 2025"
    assert wording.long_date(date(2025, 11, 3), phrases=AZ) == "3 noyabr 2025"
    assert wording.short_date(date(2025, 11, 3), phrases=AZ) == "3 noy 2025"
    assert wording.moment(LATE, KYIV) == "21 November 2025, 01:10 Europe/Kyiv"
    assert wording.moment(NOON, KYIV, phrases=AZ) == "20 noyabr 2025, 14:32 Europe/Kyiv"
    assert wording.short_moment(LATE, KYIV) == "21 Nov 2025, 01:10"
    assert wording.short_moment(NOON, KYIV, phrases=AZ) == "20 noy 2025, 14:32"
    assert wording.local_moment(LATE, KYIV) == "21 Nov 2025, 01:10 local time"
    assert wording.local_moment(NOON, KYIV, phrases=RU) == (
        "20 нояб. 2025\u202fг., 14:32 по местному времени"
    )
    assert wording.with_utc("ötən gecə", NOON.astimezone(KYIV)) == "ötən gecə (12:32 UTC)"
    assert wording.with_utc("W", NOON, phrases=AZ) == AZ("with_utc", words="W", time="12:32")


@pytest.fixture
def machine_in_kathmandu(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's own zone at +05:45, so that "UTC" cannot come from it by chance."""
    monkeypatch.setenv("TZ", "Asia/Kathmandu")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("machine_in_kathmandu")
def test_the_utc_clock_time_does_not_depend_on_the_machine_s_zone() -> None:
    assert wording.with_utc("x", NOON.astimezone(KYIV)) == "x (12:32 UTC)"


def test_a_note_says_when_it_was_written_and_last_edited() -> None:
    assert wording.written(NOON, None, KYIV) == "20 Nov 2025, 14:32"
    assert wording.written(NOON, LATE, KYIV) == "20 Nov 2025, 14:32 (edited 21 Nov 2025, 01:10)"
    assert wording.written(NOON, LATE, KYIV, phrases=AZ) == (
        "20 noy 2025, 14:32 (dəyişdirilib: 21 noy 2025, 01:10)"
    )
    assert wording.written(NOON, None, KYIV, phrases=AZ) == "20 noy 2025, 14:32"


# Each precision with its words in English, Azerbaijani (the month with its year) and Russian
# (a night is named by its morning), with "local time" and without. CLDR puts narrow no-break
# spaces (U+202F) before "г." and thin spaces (U+2009) around a range's dash.
SPANS = {
    "2025": ("2025", "2025", "2025 г."),
    "2025-07": ("July 2025", "iyul 2025", "июль 2025\u202fг."),
    "2025-07 early": ("early July 2025", "iyul 2025, ayın əvvəli", "начало июля 2025 г."),
    "2025-07 mid": ("mid-July 2025", "iyul 2025, ayın ortası", "середина июля 2025 г."),
    "2025-07 late": ("late July 2025", "iyul 2025, ayın sonu", "конец июля 2025 г."),
    "2025-11-14": ("14 November 2025", "14 noyabr 2025", "14 ноября 2025\u202fг."),
    "2025-12-01 night": (
        "night of 30 Nov – 1 Dec 2025",
        "30 noy\u2009–\u20091 dek 2025 gecəsi",
        "ночь на 1 дек. 2025\u202fг.",
    ),
    "2025-11-14 morning": (
        "morning of 14 Nov 2025",
        "14 noy 2025, səhər",
        "утро, 14 нояб. 2025\u202fг.",
    ),
    "2025-11-30 03:20": (
        "30 Nov 2025, 03:20",
        "30 noy 2025, 03:20",
        "30 нояб. 2025\u202fг., 03:20",
    ),
}
WHOLE_DAYS = {"2025", "2025-07", "2025-07 early", "2025-07 mid", "2025-07 late", "2025-11-14"}


@pytest.mark.parametrize("code", SPANS)
def test_a_span_is_said_at_its_precision_in_each_language(code: str) -> None:
    span = parse(code, KYIV)
    english, azerbaijani, russian = SPANS[code]
    said = [wording.span_words(span, KYIV, local_time=False, phrases=p) for p in (ENGLISH, AZ, RU)]
    assert said == [english, azerbaijani, russian]
    if code in WHOLE_DAYS:
        assert wording.span_words(span, KYIV) == english
    elif span.precision is Precision.MINUTE:
        assert wording.span_words(span, KYIV) == f"{english} local time"
        assert wording.span_words(span, KYIV, phrases=AZ) == f"{azerbaijani} yerli vaxtla"
    else:
        assert wording.span_words(span, KYIV) == f"{english}, local time"
        assert wording.span_words(span, KYIV, phrases=RU) == (f"{russian}, по местному времени")
    assert wording.span_and_precision(span, KYIV, phrases=AZ) == AZ(
        "span_and_precision",
        words=wording.span_words(span, KYIV, phrases=AZ),
        precision=AZ(f"precision.{span.precision.value}"),
    )


def test_a_span_and_its_precision() -> None:
    assert wording.span_and_precision(parse("2025-07", KYIV), KYIV) == (
        "July 2025 (known to the month)"
    )
    night = parse("2025-11-14 night", KYIV)
    assert wording.span_and_precision(night, KYIV) == (
        "night of 13–14 Nov 2025, local time (known to part of a day)"
    )


def test_a_span_that_fits_no_precision_is_said_as_the_range_it_is() -> None:
    """A month stored as a day, and a day that is one minute short: their own range, in the
    language asked, the last minute the one before the end."""
    month = parse("2025-07", KYIV)
    as_day = TimeSpan(month.start, month.end, Precision.DAY)
    assert wording.span_words(as_day, KYIV) == (
        "between 1 Jul 2025 00:00 and 31 Jul 2025 23:59, local time"
    )
    day = parse("2025-11-14", KYIV)
    short = TimeSpan(day.start, day.end - timedelta(minutes=1), Precision.DAY)
    assert wording.span_words(short, KYIV, phrases=AZ) == AZ(
        "local_time",
        words=AZ(
            "span.between",
            first="14 noy 2025", first_time="00:00", last="14 noy 2025", last_time="23:58",
        ),
    )  # fmt: skip
    year = parse("2025", KYIV)
    assert wording.span_words(TimeSpan(year.start, year.end, Precision.MONTH), KYIV) == (
        "between 1 Jan 2025 00:00 and 31 Dec 2025 23:59, local time"
    )
    assert wording.span_words(TimeSpan(month.start, month.end, Precision.YEAR), KYIV) == (
        "between 1 Jul 2025 00:00 and 31 Jul 2025 23:59, local time"
    )
    assert wording.span_words(TimeSpan(day.start, day.end, Precision.PART_OF_MONTH), KYIV) == (
        "between 14 Nov 2025 00:00 and 14 Nov 2025 23:59, local time"
    )
    # Its last minute is the one that holds its last microsecond.
    one = datetime(2025, 11, 14, 1, 0, tzinfo=KYIV)
    odd = TimeSpan(one, one + timedelta(hours=2, microseconds=1), Precision.PART_OF_DAY)
    assert wording.span_words(odd, KYIV) == (
        "between 14 Nov 2025 01:00 and 14 Nov 2025 03:00, local time"
    )


def test_a_period_runs_from_the_earliest_to_the_latest_span() -> None:
    july, early, late = (parse(c, KYIV) for c in ("2025-07", "2025-07 early", "2025-07 late"))
    assert wording.period([], KYIV) == "No incidents"
    assert wording.period([], KYIV, phrases=AZ) == "İnsident yoxdur"
    assert wording.period([july], KYIV) == "July 2025"
    assert wording.period([july, july], KYIV, phrases=AZ) == "iyul 2025"
    # The same start: the one that ends first comes first; the same end: the one that starts
    # last comes last.
    assert wording.period([july, late, early], KYIV) == "early July 2025 to late July 2025"
    assert wording.period([late, july, early], KYIV, phrases=AZ) == (
        "iyul 2025, ayın əvvəli — iyul 2025, ayın sonu"
    )
    night = parse("2025-11-14 night", KYIV)
    assert wording.period([night, july], KYIV) == (
        "July 2025 to night of 13–14 Nov 2025, local time"
    )


CODES = st.sampled_from(
    [
        *("2025", "2025-07", "2025-07 early", "2025-07 late", "2025-11-14", "2025-11-14 night"),
        *("2025-11-14 evening", "2025-11-30 03:20", "2024-12-31 23:59", "2026-01-01"),
    ]
)


@settings(deadline=None)
@given(st.lists(CODES, min_size=1, max_size=6), st.randoms(use_true_random=False))
def test_a_period_does_not_depend_on_the_order_of_its_spans(
    codes: list[str], shuffle: random.Random
) -> None:
    spans = [parse(code, KYIV) for code in codes]
    said = wording.period(spans, KYIV)
    shuffle.shuffle(spans)
    assert wording.period(spans, KYIV) == said
    earliest = min(span.start for span in spans)
    latest = max(span.end for span in spans)
    assert any(said.startswith(wording.span_words(s, KYIV)) for s in spans if s.start == earliest)
    assert any(said.endswith(wording.span_words(s, KYIV)) for s in spans if s.end == latest)


def test_the_days_a_summary_was_asked_for() -> None:
    first, last = date(2025, 1, 2), date(2025, 3, 4)
    assert wording.asked_period(first, last) == "from 2 January 2025 to 4 March 2025"
    assert wording.asked_period(first, None) == "from 2 January 2025 onwards"
    assert wording.asked_period(None, last) == "up to 4 March 2025"
    assert wording.asked_period(None, None) == ""
    assert wording.asked_period(first, last, phrases=AZ) == (
        "2 yanvar 2025 tarixindən 4 mart 2025 tarixinədək"
    )
    assert wording.asked_period(first, None, phrases=AZ) == "2 yanvar 2025 tarixindən başlayaraq"
    assert wording.asked_period(None, last, phrases=AZ) == "4 mart 2025 tarixinədək"


def test_casualties_say_each_unknown_as_not_reported() -> None:
    assert wording.people(incident(), phrases=AZ) == "Məlumat verilməyib"
    assert wording.people(incident(staff_injured=0)) == (
        "staff killed: not reported; staff injured: 0; others injured: not reported"
    )
    assert wording.people(incident(staff_killed=1, others_injured=0), phrases=AZ) == (
        "həlak olmuş əməkdaşlar: 1; yaralanmış əməkdaşlar: məlumat yoxdur; "
        "yaralanmış digər şəxslər: 0"
    )
    assert wording.people(incident(staff_killed=2, staff_injured=3), compact=True) == (
        "Staff: 2 killed, 3 injured; others: not reported"
    )
    assert wording.people(incident(staff_killed=0, others_injured=4), compact=True) == (
        "Staff: 0 killed, injured not reported; others: 4 injured"
    )
    assert wording.people(incident(staff_injured=1), compact=True, phrases=AZ) == (
        "Əməkdaşlar: həlak olanlar barədə məlumat yoxdur, yaralanan: 1; "
        "digər şəxslər: məlumat yoxdur"
    )


def test_impact_distance_ordnance_and_damage_in_the_language_asked() -> None:
    assert wording.impact(incident()) == "Explosion nearby"
    assert wording.impact(incident(distance_words="30 addım"), phrases=AZ) == (
        "Yaxınlıqda partlayış, 30 addım"
    )
    assert wording.distance_words(
        incident(distance_words="30 addım", distance_m=20), phrases=AZ
    ) == ("30 addım (təxminən 20 m)")
    assert wording.impact(incident(distance_words="30 addım", distance_m=20), phrases=AZ) == (
        "Yaxınlıqda partlayış, 30 addım (təxminən 20 m)"
    )
    assert wording.distance_words(incident(distance_m=0)) == "0 m"
    assert wording.uxo(incident(), phrases=AZ) == "Məlumat verilməyib"
    assert wording.uxo(incident(uxo_found=False), phrases=AZ) == "Aşkar edilməyib"
    assert wording.uxo(incident(uxo_found=True)) == "Found"
    assert wording.uxo(incident(uxo_found=True), phrases=AZ) == "Aşkar edilib"
    assert wording.uxo(incident(uxo_found=True, uxo_depth_m=0.5), phrases=AZ) == (
        "Aşkar edilib, 0.5 m dərinlikdə"
    )
    assert wording.worst_damage(incident()) == "None recorded"
    assert wording.worst_damage(incident(), phrases=AZ) == "Qeydə alınmayıb"
    assert wording.worst_damage(incident(worst_severity=Severity.SEVERE)) == "Severe"
    assert wording.worst_damage(incident(worst_severity=Severity.SEVERE), phrases=AZ) == "Ağır"


def test_money_places_and_dates_in_the_language_asked() -> None:
    assert wording.money(Decimal("1250000")) == "1,250,000"
    damage = DamageRecord(
        uuid="d", incident_uuid="u", site_uuid=None, element=DamageElement.WINDOWS,
        severity=Severity.MODERATE, description="", cost_amount=Decimal("1250000.5"),
        cost_currency="AZN", cost_estimated_on=date(2025, 11, 20), deleted=False,
    )  # fmt: skip
    assert wording.cost(damage, phrases=AZ) == AZ(
        "cost.estimated", amount="AZN 1.250.000,50", day="20 noyabr 2025"
    )
    assert wording.cost(replace(damage, cost_estimated_on=None), phrases=AZ) == "AZN 1.250.000,50"
    assert wording.money(Decimal("1250000.5"), "AZN", phrases=AZ) == "AZN 1.250.000,50"
    assert wording.coordinates(0.0, 0.0) == "0.00000° N, 0.00000° E"
    assert wording.coordinates(-0.5, -0.25, phrases=AZ) == "0.50000° c. e., 0.25000° q. u."
    assert wording.coordinates(40.4093, None, phrases=AZ) == "Qeyd olunmayıb"
    assert wording.partial_date("", phrases=AZ) == "Qeyd olunmayıb"
    assert [wording.partial_date(d, phrases=AZ) for d in ("2022", "2022-04", "2022-04-15")] == [
        "2022", "aprel 2022", "15 aprel 2022",
    ]  # fmt: skip
    assert wording.incident_references([]) == "—"
    assert wording.incident_references(["BAKU-2025-001", "KYIV-2025-009"]) == (
        "BAKU-2025-001, KYIV-2025-009"
    )


def test_a_capture_time_keeps_what_the_file_said() -> None:
    assert wording.capture_time("", True) == "Not recorded in the file"
    assert wording.capture_time(None, True, phrases=AZ) == "Faylda qeyd olunmayıb"
    assert wording.capture_time("14.11.2025 03:12", True) == "14.11.2025 03:12"
    # An offset in the text is not trusted unless the file said it was the offset.
    assert wording.capture_time("2025-11-14T03:12:45+02:00", False) == (
        "14 November 2025, 03:12:45, camera clock (time zone not recorded)"
    )
    assert wording.capture_time("2025-11-14T03:12:45", True) == (
        "14 November 2025, 03:12:45, camera clock (time zone not recorded)"
    )
    assert wording.capture_time("2025-11-14T03:12:45+00:00", True) == (
        "14 November 2025, 03:12:45 UTC+00:00"
    )
    assert wording.capture_time("2025-11-14T03:12:45-00:30", True) == (
        "14 November 2025, 03:12:45 UTC-00:30"
    )
    assert wording.capture_time("2025-11-14T03:12:45+05:45", True, phrases=AZ) == (
        "14 noyabr 2025, 03:12:45 UTC+05:45"
    )
    assert wording.capture_time("2025-11-14T03:12:45", False, file_date=True, phrases=AZ) == (
        "14 noyabr 2025, 03:12:45, kameranın saatı ilə (saat qurşağı qeyd olunmayıb): "
        "faylın tarixi (sonrakı redaktənin tarixi ola bilər)"
    )
