"""Why a bundle is refused. Both are CaseFileErrors: one line that says what is wrong."""

from __future__ import annotations

from collections.abc import Sequence

from casefiles.errors import CaseFileError
from casefiles.language.catalogue import Phrases
from casefiles.language.phrase import Phrase


class BadBundle(CaseFileError):
    """The bundle is damaged, unsafe or not a Casefiles bundle; nothing was changed."""


class MergeConflict(CaseFileError):
    """The bundle and the case file hold different versions of the same record.

    `conflicts` lists each one in English words; `said_conflicts` in another language.
    Nothing was imported."""

    def __init__(self, message: str | Phrase, conflicts: Sequence[str | Phrase]) -> None:
        super().__init__(message)
        self._conflicts = conflicts
        self.conflicts = [c.english if isinstance(c, Phrase) else c for c in conflicts]

    def said_conflicts(self, phrases: Phrases) -> list[str]:
        return [c.said(phrases) if isinstance(c, Phrase) else c for c in self._conflicts]
