"""One catalogue of the core's words: a typed table per language, dates from CLDR (Babel).

A key names a phrase; its value is a `str.format` template. English is the source; each
translation gives every key with the same placeholders (except where OFFERED says the code
hands over more than the English uses). A counted phrase has one key per CLDR plural category
("problems#one", "problems#few"…), chosen by the language's plural rule. The user's own text is
never looked up here: it goes into the placeholders as typed.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache

from babel import Locale
from babel.dates import (
    format_date,
    format_interval,
    format_skeleton,
    get_month_names,
)
from babel.numbers import format_decimal

from casefiles.domain.vocabulary import Vocabulary

PLURAL = "#"  # "problems#few": the form of "problems" for the CLDR category "few"

# Keys whose translation may use placeholders the English does not (all of them supplied by
# the code): a date said by its last day in one language and as a range in another.
OFFERED: dict[str, frozenset[str]] = {
    "span.night": frozenset({"days", "last"}),
    **{
        f"span.{part}": frozenset({"month", "year", "month_year"})
        for part in ("early", "mid", "late")
    },
    # The command line's English names a code as stored ("note verbale", "table"); the
    # translations name it in words. A time seen: as numbers in English, in words elsewhere.
    "record.damage_item": frozenset({"element", "element_label", "incident"}),
    **{
        f"record.{key}": frozenset({"kind", "kind_label", "number"})
        for key in ("letter", "letter_unnumbered")
    },
    **{
        f"finding.schema_{key}": frozenset({"kind", "kind_label", "name"})
        for key in ("foreign", "missing", "altered")
    },
    **{
        f"verify_warning.older_copy{PLURAL}{form}": frozenset(
            {"seen", "seen_words", "fingerprint", "count"}
        )
        for form in ("one", "few", "many", "other")
    },
    "verify_warning.other_copy": frozenset({"seen", "seen_words", "fingerprint"}),
    "lock.holder": frozenset({"user", "host", "since", "at"}),
}


class Language(StrEnum):
    """The languages of the printed summary: English is the source."""

    EN = "en"
    AZ = "az"
    UK = "uk"
    RU = "ru"

    @classmethod
    def parse(cls, text: str) -> Language:
        try:
            return cls(text.strip().casefold())
        except ValueError:
            allowed = ", ".join(language.value for language in cls)
            raise ValueError(f"'{text}' is not a summary language; use {allowed}") from None


class Dates:
    """Days and months in words for one locale, from CLDR's patterns and month names."""

    def __init__(self, locale: str) -> None:
        self.locale = Locale.parse(locale)

    def long(self, day: date) -> str:
        """'13 листопада 2025 р.'"""
        return format_skeleton("yMMMMd", day, locale=self.locale)

    def short(self, day: date) -> str:
        """'13 лист. 2025 р.'"""
        return format_skeleton("yMMMd", day, locale=self.locale)

    def month_year(self, year: int, month: int) -> str:
        """'листопад 2025 р.': the month standing alone (nominative where it matters)."""
        return format_skeleton("yMMMM", date(year, month, 1), locale=self.locale)

    def month(self, month: int) -> str:
        """The month as a date says it ('листопада'): the form a phrase such as 'early…' takes."""
        return str(get_month_names("wide", "format", self.locale)[month])

    def short_month(self, month: int) -> str:
        return str(get_month_names("abbreviated", "format", self.locale)[month])

    def days(self, first: date, last: date) -> str:
        """Two days sharing what they share: '13–14 лист. 2025 р.'"""
        return format_interval(first, last, "yMMMd", locale=self.locale)

    # A timeline's axis: months standing alone, and CLDR's skeletons.

    def month_alone(self, month: int, *, short: bool = False) -> str:
        """The month as a heading says it ('листопад', 'лист.'), not as a date does."""
        names = get_month_names("abbreviated" if short else "wide", "stand-alone", self.locale)
        return str(names[month])

    def pattern(self, skeleton: str, day: date) -> str:
        """`day` by a CLDR skeleton ('yMMMEd', 'MMMd', 'yMMM', 'Ed'), in the locale's order."""
        return format_skeleton(skeleton, day, locale=self.locale)

    def decade(self, year: int) -> str:
        return f"{year}–{year + 9}"


# The skeletons the timeline's axis asks for, day first and without commas as in the source.
BRITISH_PATTERNS = {
    "yMMMEd": "EEE d MMM y",
    "MMMd": "d MMM",
    "Ed": "EEE d",
    "yMMM": "MMM y",
    "yyMMM": "MMM yy",
}


class EnglishDates(Dates):
    """The source's own patterns, day first as in British usage ('13 November 2025',
    '13–14 Nov 2025'), with CLDR's English month names."""

    def __init__(self) -> None:
        super().__init__("en")

    def long(self, day: date) -> str:
        return format_date(day, "d MMMM y", locale=self.locale)

    def short(self, day: date) -> str:
        return format_date(day, "d MMM y", locale=self.locale)

    def month_year(self, year: int, month: int) -> str:
        return format_date(date(year, month, 1), "MMMM y", locale=self.locale)

    def pattern(self, skeleton: str, day: date) -> str:
        british = BRITISH_PATTERNS.get(skeleton)
        if british is None:
            return super().pattern(skeleton, day)
        return format_date(day, british, locale=self.locale)

    def decade(self, year: int) -> str:
        return f"{year}s"

    def days(self, first: date, last: date) -> str:
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{self.short(last)}"
        if first.year == last.year:
            return f"{format_date(first, 'd MMM', locale=self.locale)} – {self.short(last)}"
        return f"{self.short(first)} – {self.short(last)}"


class Phrases:
    """The words of one language: `phrases("key", name=value)` fills the key's template."""

    def __init__(self, language: Language, table: Mapping[str, str], dates: Dates) -> None:
        self.language = language
        self.table = table
        self.dates = dates

    def __call__(self, key: str, /, **values: object) -> str:
        return self.table[key].format(**values)

    def plural(self, key: str, count: int, /, **values: object) -> str:
        """The form of `key` for `count` in this language ({count} in the template)."""
        category = self.dates.locale.plural_form(count)
        return self.table[f"{key}{PLURAL}{category}"].format(count=count, **values)

    def label(self, code: Vocabulary) -> str:
        """A stored code in words: 'missile_strike' as 'Ракетний удар'."""
        return self.table[code.key]

    def number(self, amount: Decimal) -> str:
        """An amount with this language's separators, cents only when there are some."""
        pattern = "#,##0" if amount == amount.to_integral_value() else "#,##0.00"
        return format_decimal(amount, pattern, locale=self.dates.locale)


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


@cache
def phrases_for(language: Language) -> Phrases:
    # Imported here: each table is loaded when its language is first asked for.
    if language is Language.AZ:
        from casefiles.language.azerbaijani import WORDS
    elif language is Language.UK:
        from casefiles.language.ukrainian import WORDS
    elif language is Language.RU:
        from casefiles.language.russian import WORDS
    else:
        from casefiles.language.english import WORDS

        return Phrases(language, WORDS, EnglishDates())
    return Phrases(language, WORDS, Dates(language.value))


ENGLISH = phrases_for(Language.EN)
