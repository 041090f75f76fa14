"""Typed errors of the core. Each message is one line a person can act on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from casefiles.language.phrase import Phrase, StoredFields

if TYPE_CHECKING:
    from casefiles.language.catalogue import Phrases


class CaseFileError(Exception):
    """Base of every error the core raises on purpose; str(error) is the message to show, in
    English. One worded from the catalogue (a Phrase) can be said in another language too."""

    phrase: Phrase | None = None

    def __init__(self, message: str | Phrase = "") -> None:
        if isinstance(message, Phrase):
            self.phrase = message
            message = message.english
        super().__init__(message)

    def said(self, phrases: Phrases) -> str:
        """The message in `phrases`' language when the core worded it so; else in English."""
        return str(self) if self.phrase is None else self.phrase.said(phrases)


class NotACaseFile(CaseFileError):
    pass


class CaseFileMissing(CaseFileError):
    pass


class CaseFileDamaged(CaseFileError):
    pass


class PermissionDenied(CaseFileError):
    pass


class NewerVersion(CaseFileError):
    pass


class CaseFileLocked(CaseFileError):
    """Another process holds the writer lock. `holder` says who, for the message and the UI."""

    def __init__(self, message: str | Phrase, holder: dict[str, object]) -> None:
        super().__init__(message)
        self.holder = holder


class ReadOnly(CaseFileError):
    pass


class AlreadyExists(CaseFileError):
    pass


class NotFound(CaseFileError):
    pass


class DiskFull(CaseFileError):
    pass


class FieldProblem(CaseFileError, ValueError):
    """What a validator finds wrong with one field's value ("is required"); a ValueError, so
    `validate` files it under the field, worded so the window can say it in its language."""


class ValidationError(CaseFileError):
    """Bad input to a service. `errors` maps each field to what is wrong with it, in English
    (the command line's words); `problems` keeps the same as Phrases where the core worded them."""

    def __init__(self, errors: Mapping[str, str | Phrase]) -> None:
        self.problems = dict(errors)
        self.errors = {name: str(problem) for name, problem in errors.items()}
        super().__init__("; ".join(f"{name}: {text}" for name, text in self.errors.items()))

    def said(self, phrases: Phrases) -> str:
        """Each field in `phrases`' words (as a bundle conflict names it), then its problem."""
        return "; ".join(
            f"{StoredFields((name,)).said(phrases)}: {_said(problem, phrases)}"
            for name, problem in self.problems.items()
        )


def worded(error: BaseException) -> str | Phrase:
    """An error as a value of a phrase or a field's problem: its Phrase when the core worded
    it, else its own words (a validator's plain ValueError, an OSError)."""
    said_later = error.phrase if isinstance(error, CaseFileError) else None
    return said_later or str(error)


def _said(problem: str | Phrase, phrases: Phrases) -> str:
    return problem if isinstance(problem, str) else problem.said(phrases)


class SearchUnavailable(CaseFileError):
    """The search index cannot be searched. It is derived data, rebuilt at the next writable
    open."""


class PassphraseNeeded(CaseFileError):
    """The file looks encrypted and no passphrase was given (or an empty one)."""


class WrongPassphrase(CaseFileError):
    """The passphrase does not open the file; nothing was changed."""


class WriteFailed(CaseFileError):
    """A file could not be written for a reason other than space or permission."""
