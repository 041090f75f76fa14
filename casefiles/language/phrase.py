"""Words said later, in a language chosen then: a catalogue key with its values.

The core finds a problem once and the command line says it in English while the window says it
in the interface's language; a `Phrase` carries what to say until then. A value that is itself
a `Phrase` or a `Moment` is said in the same language; any other value (a name, a uuid, a
fingerprint, a table's name) goes in as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from casefiles.language.catalogue import ENGLISH, Phrases


@dataclass(frozen=True, slots=True)
class Moment:
    """A time of this computer's clock in words: CLDR's day, then hours and minutes."""

    at: datetime

    def said(self, phrases: Phrases) -> str:
        local = self.at.astimezone()
        return f"{phrases.dates.long(local.date())}, {local:%H:%M}"


@dataclass(frozen=True, slots=True)
class Phrase:
    key: str
    values: Mapping[str, object] = field(default_factory=dict)
    count: int | None = None  # a counted phrase: the key's plural form for this count

    def said(self, phrases: Phrases = ENGLISH) -> str:
        values = {
            name: value.said(phrases) if isinstance(value, Phrase | Moment) else value
            for name, value in self.values.items()
        }
        if self.count is None:
            return phrases(self.key, **values)
        return phrases.plural(self.key, self.count, **values)

    def __str__(self) -> str:
        return self.said()


def phrase(key: str, count: int | None = None, /, **values: object) -> Phrase:
    return Phrase(key, values, count)
