"""Encrypting, decrypting and re-keying a case file: encrypt, decrypt, change-passphrase.

Each goes through a checked copy (casefiles/storage/encryption_copies.py) and never touches the
source before the copy has verified.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casefiles.cli.passphrase import add_new_option, case_key, fresh_key, new_passphrase
from casefiles.errors import CaseFileError, NotACaseFile
from casefiles.storage.encryption import CaseKey


class NotEncrypted(CaseFileError):
    pass


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    encrypt = commands.add_parser("encrypt", help="write an encrypted copy of a plain case file")
    encrypt.add_argument("path", type=Path, help="the plain case file (left as it is)")
    encrypt.add_argument("-o", "--output", type=Path, required=True, help="the encrypted copy")
    encrypt.set_defaults(run=_encrypt)

    decrypt = commands.add_parser(
        "decrypt", help="write a plain (unencrypted) copy of an encrypted case file"
    )
    decrypt.add_argument("path", type=Path, help="the encrypted case file (left as it is)")
    decrypt.add_argument("-o", "--output", type=Path, required=True, help="the plain copy")
    decrypt.set_defaults(run=_decrypt)

    change = commands.add_parser(
        "change-passphrase", help="re-encrypt a case file with a new passphrase"
    )
    change.add_argument("path", type=Path, help="the encrypted case file")
    add_new_option(change)
    change.set_defaults(run=_change)


def _encrypt(args: argparse.Namespace) -> int:
    from casefiles.storage.encryption_copies import convert
    from casefiles.storage.file_format import probe
    from casefiles.storage.file_writing import check_new_file

    check_new_file(args.output, protect=[args.path])
    if case_key(args) is not None:
        raise NotACaseFile(f"{args.path.name} is encrypted already; see change-passphrase.")
    probe(args.path)  # a foreign file is refused before a passphrase is asked
    key = fresh_key(args, f"for {args.output.name}")
    fingerprint = convert(args.path, args.output, source_key=None, target_key=key)
    print(f"Wrote the encrypted copy {args.output}; {args.path} is unchanged.")
    print(f"Fingerprint {fingerprint}")
    return 0


def _decrypt(args: argparse.Namespace) -> int:
    from casefiles.storage.encryption_copies import convert
    from casefiles.storage.file_writing import check_new_file

    check_new_file(args.output, protect=[args.path])
    key = _encrypted_key(args)
    fingerprint = convert(args.path, args.output, source_key=key, target_key=None)
    print(
        f"casefiles: warning: {args.output} is NOT encrypted: anyone who gets it can read "
        "everything in it. Keep it only as long as needed.",
        file=sys.stderr,
    )
    print(f"Wrote the plain copy {args.output}; {args.path} is unchanged.")
    print(f"Fingerprint {fingerprint}")
    return 0


def _change(args: argparse.Namespace) -> int:
    from casefiles.storage.encryption import new_key
    from casefiles.storage.encryption_copies import change_passphrase

    old = _encrypted_key(args)
    new = new_key(new_passphrase(args, f"(new) for {args.path.name}"))
    fingerprint = change_passphrase(args.path, old, new)
    print(f"{args.path} now opens with the new passphrase only.")
    print(
        "Its automatic backups and copies made before keep the old passphrase; delete them if "
        "that passphrase may be known."
    )
    print(f"Fingerprint {fingerprint}")
    return 0


def _encrypted_key(args: argparse.Namespace) -> CaseKey:
    key = case_key(args)
    if key is None:
        from casefiles.storage.file_format import probe

        probe(args.path)  # says what is wrong with a missing or foreign file
        raise NotEncrypted(f"{args.path.name} is not encrypted.")
    return key
