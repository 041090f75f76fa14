"""What a check found, in words: shared by verify, signatures, bundles and headquarters."""

from __future__ import annotations

from dataclasses import dataclass

from casefiles.language.catalogue import ENGLISH, Phrases
from casefiles.language.phrase import Phrase


@dataclass(frozen=True, slots=True)
class Finding:
    check: str  # "integrity", "schema", "blob", "audit chain", "row", "search index", "signature"
    # A str is said as it is in every language: an error's or SQLite's own words.
    detail: Phrase | str

    def said(self, phrases: Phrases = ENGLISH) -> str:
        return self.detail if isinstance(self.detail, str) else self.detail.said(phrases)

    @property
    def message(self) -> str:
        """In English, as the command line and other tools read it."""
        return self.said()
