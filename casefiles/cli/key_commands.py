"""`casefiles key`: the signing key of the person in the profile (`casefiles whoami`).

`key show` prints its fingerprint in groups to read aloud over a phone line; `key export -o
FILE.pub` writes the public half, which others give to `verify --trust` and `import-bundle
--trust`; `key protect` sets a passphrase on the private half (docs/threat-model.md).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from casefiles import clock, profile
from casefiles.cli.passphrase import new_passphrase
from casefiles.integrity import signing


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    key = commands.add_parser(
        "key",
        help="your signing key: show its fingerprint, export its public half, protect it",
        description="Every change you make is signed with your own key, kept in this "
        "computer account's data folder. Others check your signatures with its public half.",
    )
    actions = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="your key's fingerprint, to read aloud")
    show.set_defaults(run=_show)
    export = actions.add_parser("export", help="write your public key to a file")
    export.add_argument("-o", "--output", type=Path, required=True, help="the FILE.pub to write")
    export.set_defaults(run=_export)
    protect = actions.add_parser(
        "protect",
        help="set or change a passphrase on your key (asked before each session of changes)",
    )
    protect.add_argument(
        "--new-passphrase-file", type=Path, metavar="FILE", help="read the new passphrase from FILE"
    )
    protect.set_defaults(run=_protect)


def _person() -> tuple[str, str]:
    found = profile.load()
    return (found.name, found.role) if found is not None else (clock.current_user(), "")


def _show(_args: argparse.Namespace) -> int:
    name, role = _person()
    signer = signing.load(name, role)
    print(f"Person:      {signer.person}")
    print(f"Fingerprint: {signer.public.spoken}")
    print(f"Full:        {signer.public.fingerprint}")
    protected = signing.is_protected(name, role)
    print(f"Passphrase:  {'yes' if protected else 'no (protected by this computer account)'}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from casefiles.storage.file_writing import check_new_file, publish
    from casefiles.storage.sqlite_errors import write_errors

    target: Path = args.output
    check_new_file(target)
    signer = signing.load(*_person())
    partial = target.with_name(f".{target.name}.writing-{os.getpid()}")
    try:
        with write_errors(target):
            partial.write_bytes(signer.public.pem())
            publish(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    print(f"Wrote the public key of {signer.person} to {target}.")
    print(f"Fingerprint: {signer.public.spoken}")
    return 0


def _protect(args: argparse.Namespace) -> int:
    name, role = _person()
    signing.load(name, role)  # made first if there is none yet; unlocked with the old one
    signing.protect(name, role, None, new_passphrase(args, "for your signing key"))
    print(
        "Your signing key now has a passphrase. Give it in the window when asked, or in "
        f"{signing.KEY_PASSPHRASE_ENV} on the command line."
    )
    return 0
