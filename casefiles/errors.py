"""Typed errors of the core. Each message is one line a person can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from casefiles.language.phrase import Phrase

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

    def __init__(self, message: str, holder: dict[str, object]) -> None:
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


class ValidationError(CaseFileError):
    """Bad input to a service. `errors` maps each field to what is wrong with it."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{field}: {message}" for field, message in errors.items()))
        self.errors = errors


class SearchUnavailable(CaseFileError):
    """The search index cannot be searched. It is derived data, rebuilt at the next writable
    open."""


class PassphraseNeeded(CaseFileError):
    """The file looks encrypted and no passphrase was given (or an empty one)."""


class WrongPassphrase(CaseFileError):
    """The passphrase does not open the file; nothing was changed."""


class WriteFailed(CaseFileError):
    """A file could not be written for a reason other than space or permission."""
