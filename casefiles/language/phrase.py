"""A phrase still to be said: a catalogue key and its values, worded in whichever language
asks. The core words a refusal once, as a Phrase; the command line says it in English (its
messages and JSON stay as they were), the window in the interface language.

A value that is itself a Phrase (or a Listing of them) is said in the same language; any other
value (a file name, a library's own error) goes in as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casefiles.language.catalogue import Phrases


@dataclass(frozen=True, slots=True)
class Phrase:
    key: str
    values: tuple[tuple[str, object], ...] = ()
    count: int | None = None  # a counted phrase: the key's CLDR form for this number

    def say(self, phrases: Phrases) -> str:
        values = {
            name: value.say(phrases) if isinstance(value, Phrase | Listing) else value
            for name, value in self.values
        }
        if self.count is None:
            return phrases(self.key, **values)
        return phrases.plural(self.key, self.count, **values)

    @property
    def english(self) -> str:
        from casefiles.language.catalogue import ENGLISH  # the tables load when first said

        return self.say(ENGLISH)


def phrase(key: str, /, *, count: int | None = None, **values: object) -> Phrase:
    """`phrase("import.too_large", limit=…)`: the key and its values, not yet in words."""
    return Phrase(key, tuple(values.items()), count)


@dataclass(frozen=True, slots=True)
class Listing:
    """Phrases said one after another: a list inside a phrase ("…: a; b; c")."""

    items: tuple[Phrase, ...]
    separator: str = "; "

    def say(self, phrases: Phrases) -> str:
        return self.separator.join(item.say(phrases) for item in self.items)
