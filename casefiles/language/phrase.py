"""Words said later, in a language chosen then: a catalogue key with its values.

The core words a finding or a refusal once, as a `Phrase`; the command line says it in English
(its messages and JSON stay as they were), the window in the interface's language. A value that
is itself a `Phrase`, a `Listing` of them or a `Moment` is said in the same language; any other
value (a file name, a uuid, a fingerprint, a library's own error) goes in as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casefiles.language.catalogue import Phrases


def _english() -> Phrases:
    from casefiles.language.catalogue import ENGLISH  # the tables load when first said

    return ENGLISH


@dataclass(frozen=True, slots=True)
class Moment:
    """A time of this computer's clock in words: CLDR's day, then hours and minutes."""

    at: datetime

    def said(self, phrases: Phrases | None = None) -> str:
        local = self.at.astimezone()
        return f"{(phrases or _english()).dates.long(local.date())}, {local:%H:%M}"


@dataclass(frozen=True, slots=True)
class Phrase:
    key: str
    values: Mapping[str, object] = field(default_factory=dict)
    count: int | None = None  # a counted phrase: the key's CLDR plural form for this count

    def said(self, phrases: Phrases | None = None) -> str:
        """In `phrases`' language; English when none is given."""
        phrases = phrases or _english()
        values = {
            name: value.said(phrases) if isinstance(value, SAID_LATER) else value
            for name, value in self.values.items()
        }
        if self.count is None:
            return phrases(self.key, **values)
        return phrases.plural(self.key, self.count, **values)

    @property
    def english(self) -> str:
        return self.said()

    def __str__(self) -> str:
        return self.said()


def phrase(key: str, count: int | None = None, /, **values: object) -> Phrase:
    """`phrase("import.too_large", limit=…)`: the key and its values, not yet in words; a
    counted phrase takes its count second."""
    return Phrase(key, values, count)


@dataclass(frozen=True, slots=True)
class Listing:
    """Phrases said one after another: a list inside a phrase ("…: a; b; c")."""

    items: tuple[Phrase, ...]
    separator: str = "; "

    def said(self, phrases: Phrases | None = None) -> str:
        return self.separator.join(item.said(phrases) for item in self.items)


@dataclass(frozen=True, slots=True)
class StoredFields:
    """Fields named as the case file stores them ("title, severity"): the English keeps those
    names, as other tools read them; another language says each in its words."""

    names: tuple[str, ...]

    def said(self, phrases: Phrases | None = None) -> str:
        phrases = phrases or _english()
        words = [phrases.table.get(f"stored_field.{name}", name) for name in self.names]
        return ", ".join(words)


@dataclass(frozen=True, slots=True)
class Number:
    """A whole number with the separators of the language that says it ("100,000", "100 000")."""

    value: int

    def said(self, phrases: Phrases | None = None) -> str:
        return (phrases or _english()).number(Decimal(self.value))


SAID_LATER = (Phrase, Listing, Moment, StoredFields, Number)  # values said in the phrase's language
