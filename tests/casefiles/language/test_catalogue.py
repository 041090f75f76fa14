"""The catalogue is complete in every language: the same keys, the same placeholders, the plural
forms each language's CLDR rule asks for, and dates in each language's grammar."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from babel import Locale

from casefiles.bundle.manifest import INCIDENT_LINKS
from casefiles.domain import wording
from casefiles.domain.timespan import TimeSpan
from casefiles.domain.vocabulary import LABELLED, DayPart, MonthPart, Precision
from casefiles.language.catalogue import (
    OFFERED,
    PLURAL,
    Language,
    phrases_for,
    placeholders,
)
from casefiles.language.english import WORDS as SOURCE
from casefiles.storage.models import DERIVED_HASHES, Audited

KYIV = ZoneInfo("Europe/Kyiv")
TRANSLATIONS = [language for language in Language if language is not Language.EN]


def _plain(text: str) -> str:
    """CLDR's thin and no-break spaces ("2025\u202fр.", "13\u2009–\u200914") as plain ones."""
    return text.replace("\u202f", " ").replace("\u00a0", " ").replace("\u2009", "")


def _singular_keys(table: dict[str, str]) -> set[str]:
    return {key for key in table if PLURAL not in key}


def _plural_bases(table: dict[str, str]) -> set[str]:
    return {key.split(PLURAL)[0] for key in table if PLURAL in key}


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_key_of_the_source_is_translated_and_no_other(language: Language) -> None:
    table = phrases_for(language).table
    assert _singular_keys(dict(table)) == _singular_keys(SOURCE)
    assert _plural_bases(dict(table)) == _plural_bases(SOURCE)
    assert all(text.strip() for text in table.values())


def test_every_vocabulary_label_is_in_the_catalogue() -> None:
    for vocabulary in LABELLED:
        for member in vocabulary:
            assert SOURCE[member.key] == member.label
            for language in TRANSLATIONS:
                assert phrases_for(language).label(member)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_placeholders_match_the_source(language: Language) -> None:
    table = phrases_for(language).table
    for key, text in table.items():
        source = SOURCE[key] if key in SOURCE else SOURCE[key.split(PLURAL)[0] + PLURAL + "other"]
        if key in OFFERED:
            assert placeholders(text) <= OFFERED[key], key
            assert placeholders(source) <= OFFERED[key], key
        else:
            assert placeholders(text) == placeholders(source), key


@pytest.mark.parametrize("language", list(Language))
def test_plural_forms_are_those_of_the_language(language: Language) -> None:
    """Ukrainian and Russian have one, few and many for whole numbers; English and
    Azerbaijani one and other."""
    rule = Locale.parse("en" if language is Language.EN else language.value).plural_form
    reached = {rule(n) for n in range(1000)}
    table = phrases_for(language).table
    for base in _plural_bases(SOURCE):
        assert {key.split(PLURAL)[1] for key in table if key.startswith(base + PLURAL)} == reached
    assert len(reached) == (3 if language in (Language.UK, Language.RU) else 2)


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        (Language.EN, {1: "1 problem found", 2: "2 problems found", 5: "5 problems found"}),
        (Language.UK, {1: "1 проблему", 3: "3 проблеми", 5: "5 проблем", 21: "21 проблему"}),
        (Language.RU, {1: "1 проблема", 4: "4 проблемы", 11: "11 проблем", 22: "22 проблемы"}),
        (Language.AZ, {1: "1 problem", 7: "7 problem"}),
    ],
)
def test_counted_phrases_agree_with_the_number(language: Language, counts: dict[int, str]) -> None:
    say = phrases_for(language)
    for count, expected in counts.items():
        assert expected in say.plural("verify.problems", count)


@pytest.mark.parametrize(
    ("language", "long", "month"),
    [
        (Language.EN, "13 November 2025", "November 2025"),
        (Language.AZ, "13 noyabr 2025", "noyabr 2025"),
        (Language.UK, "13 листопада 2025 р.", "листопад 2025 р."),
        (Language.RU, "13 ноября 2025 г.", "ноябрь 2025 г."),
    ],
)
def test_days_and_months_follow_the_grammar_of_the_language(
    language: Language, long: str, month: str
) -> None:
    say = phrases_for(language)
    assert _plain(wording.long_date(date(2025, 11, 13), phrases=say)) == long
    november = TimeSpan.in_month(2025, 11, KYIV)
    assert _plain(wording.span_words(november, KYIV, phrases=say)) == month


@pytest.mark.parametrize(
    ("language", "night", "late", "mid_year"),
    [
        (Language.EN, "night of 13–14 Nov 2025, local time", "late August 2025", "2025"),
        (Language.AZ, "13–14 noy 2025 gecəsi, yerli vaxtla", "avqust 2025, ayın sonu", "2025"),
        (
            Language.UK,
            "ніч на 14 лист. 2025 р., за місцевим часом",
            "кінець серпня 2025 р.",
            "2025 р.",
        ),
        (
            Language.RU,
            "ночь на 14 нояб. 2025 г., по местному времени",
            "конец августа 2025 г.",
            "2025 г.",
        ),
    ],
)
def test_imprecise_times_are_said_naturally(
    language: Language, night: str, late: str, mid_year: str
) -> None:
    say = phrases_for(language)
    the_night = TimeSpan.part_of_day(date(2025, 11, 14), DayPart.NIGHT, KYIV)  # 13–14
    assert _plain(wording.span_words(the_night, KYIV, phrases=say)) == night
    late_august = TimeSpan.part_of_month(2025, 8, MonthPart.LATE, KYIV)
    assert _plain(wording.span_words(late_august, KYIV, phrases=say)) == late
    assert _plain(wording.span_words(TimeSpan.in_year(2025, KYIV), KYIV, phrases=say)) == mid_year


def test_amounts_use_the_language_separators() -> None:
    amount = wording.money
    assert amount(Decimal("1250000"), "UAH") == "UAH 1,250,000"
    assert amount(Decimal("1250.5"), "EUR") == "EUR 1,250.50"
    ukrainian = amount(Decimal("1250.5"), "EUR", phrases=phrases_for(Language.UK))
    assert _plain(ukrainian) == "EUR 1 250,50"


def test_a_language_is_parsed_from_its_code() -> None:
    assert Language.parse(" UK ") is Language.UK
    with pytest.raises(ValueError, match="'de' is not a summary language; use en, az, uk, ru"):
        Language.parse("de")


def test_the_precision_words_are_translated() -> None:
    assert wording.precision_words(Precision.DAY, phrases=phrases_for(Language.AZ)) == (
        "gün dəqiqliyi ilə"
    )
    assert wording.with_utc("x", datetime(2025, 1, 1, 12, tzinfo=UTC)) == "x (12:00 UTC)"


@pytest.mark.parametrize(
    ("language", "alone", "short", "weekday_day", "day_month", "decade"),
    [
        (Language.EN, "September", "Sep", "Thu 13 Nov 2025", "13 Nov", "2000s"),
        (Language.AZ, "sentyabr", "sen", "C.a., 13 noy 2025", "13 noy", "2000–2009"),
        (Language.UK, "вересень", "вер.", "чт, 13 лист. 2025 р.", "13 лист.", "2000–2009"),
        (Language.RU, "сентябрь", "сент.", "чт, 13 нояб. 2025 г.", "13 нояб.", "2000–2009"),
    ],
)
def test_a_timeline_axis_names_months_standing_alone(
    language: Language, alone: str, short: str, weekday_day: str, day_month: str, decade: str
) -> None:
    dates = phrases_for(language).dates
    assert dates.month_alone(9) == alone  # not "вересня", as after a day
    assert dates.month_alone(9, short=True) == short
    assert _plain(dates.pattern("yMMMEd", date(2025, 11, 13))) == weekday_day
    assert dates.pattern("MMMd", date(2025, 11, 13)) == day_month
    assert dates.decade(2000) == decade


def test_every_stored_field_has_its_words() -> None:
    """Verify and bundle conflicts name the fields that differ: each field of every record, as
    its audit entries store it (a link by uuid, not by row id), is in the catalogue."""
    stored = {INCIDENT_LINKS, DERIVED_HASHES, "uuid"}
    for model in Audited.__subclasses__():
        for column in model.__table__.columns:
            if column.foreign_keys and column.name.endswith("_id"):  # linked by uuid
                stored.add(column.name.removesuffix("_id") + "_uuid")
            elif column.name != "id":
                stored.add(column.name)
    english = phrases_for(Language.EN).table
    assert sorted(name for name in stored if f"stored_field.{name}" not in english) == []
    assert all(english[f"stored_field.{name}"] == name for name in stored)  # as stored
