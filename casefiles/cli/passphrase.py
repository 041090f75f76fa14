"""Where the command line takes a passphrase from, as restic and borg do: `--passphrase-file
FILE`, else the environment variable CASEFILES_PASSPHRASE, else a prompt when there is a
terminal. Never from an argument: other users see a process's arguments.

A new passphrase (change-passphrase) comes from `--new-passphrase-file`, CASEFILES_NEW_PASSPHRASE
or a prompt asked twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from casefiles.errors import CaseFileError, PassphraseNeeded
from casefiles.storage import encryption, file_format
from casefiles.storage.encryption import CaseKey

PASSPHRASE_ENV = "CASEFILES_PASSPHRASE"
NEW_PASSPHRASE_ENV = "CASEFILES_NEW_PASSPHRASE"
_CACHE = "_case_keys"  # on the parsed arguments: each file is unlocked once per command


class _RefusePassphraseArgument(argparse.Action):
    def __call__(self, *_args: object, **_kwargs: object) -> None:
        raise CaseFileError(
            "casefiles: a passphrase is never taken as an argument (others can see it); give "
            f"it with --passphrase-file FILE or the environment variable {PASSPHRASE_ENV}"
        )


def add_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase", nargs="?", action=_RefusePassphraseArgument, help=argparse.SUPPRESS
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the passphrase from FILE (else ${PASSPHRASE_ENV}, else a prompt)",
    )


def add_new_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the new passphrase from FILE (else ${NEW_PASSPHRASE_ENV}, else a prompt)",
    )


def passphrase(args: argparse.Namespace, purpose: str, *, confirm: bool = False) -> str:
    """The passphrase for `purpose` ("for kyiv.casefile"); `confirm` asks twice at a prompt."""
    return _read(getattr(args, "passphrase_file", None), PASSPHRASE_ENV, "--passphrase-file",
                 purpose, confirm)  # fmt: skip


def new_passphrase(args: argparse.Namespace, purpose: str) -> str:
    return _read(getattr(args, "new_passphrase_file", None), NEW_PASSPHRASE_ENV,
                 "--new-passphrase-file", purpose, True)  # fmt: skip


def case_key(args: argparse.Namespace, path: Path | None = None) -> CaseKey | None:
    """The key of the case file at `path` (args.path by default), or None when it is plain.
    A file that is not there or not a case file is left to the command to refuse."""
    path = args.path if path is None else path
    if not path.is_file() or not encryption.looks_encrypted(path):
        return None
    keys: dict[Path, CaseKey] = getattr(args, _CACHE, {})
    setattr(args, _CACHE, keys)
    if path not in keys:
        keys[path] = file_format.unlock(path, passphrase(args, f"for {path.name}"))
    return keys[path]


def fresh_key(args: argparse.Namespace, purpose: str) -> CaseKey:
    """The key of a file about to be encrypted, with a new salt."""
    return encryption.new_key(passphrase(args, purpose, confirm=True))


def _read(file: Path | None, variable: str, option: str, purpose: str, confirm: bool) -> str:
    if file is not None:
        return _from_file(file, option)
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        raise PassphraseNeeded(
            f"A passphrase is needed {purpose}: give it with {option} FILE or the environment "
            f"variable {variable} (never as an argument), or run in a terminal to be asked."
        )
    first = getpass.getpass(f"Passphrase {purpose}: ")
    if not first:
        raise PassphraseNeeded("The passphrase is empty; nothing was done.")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise PassphraseNeeded("The two passphrases differ; nothing was done.")
    return first


def _from_file(file: Path, option: str) -> str:
    """The file's first line: a trailing newline is not part of the passphrase."""
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CaseFileError(f"{option}: there is no file at {file}.") from None
    except (OSError, UnicodeDecodeError) as error:
        raise CaseFileError(f"{option}: {file} cannot be read ({error}).") from None
    value = text.splitlines()[0] if text else ""
    if not value:
        raise PassphraseNeeded(f"{option}: {file} holds no passphrase.")
    return value
