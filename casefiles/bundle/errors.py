"""Why a bundle is refused. Both are CaseFileErrors: one line that says what is wrong."""

from __future__ import annotations

from casefiles.errors import CaseFileError


class BadBundle(CaseFileError):
    """The bundle is damaged, unsafe or not a Casefiles bundle; nothing was changed."""


class MergeConflict(CaseFileError):
    """The bundle and the case file hold different versions of the same record.

    `conflicts` lists each one in words; nothing was imported."""

    def __init__(self, message: str, conflicts: list[str]) -> None:
        super().__init__(message)
        self.conflicts = conflicts
