"""`casefiles whoami`: the person the command line and the app name in audit entries and as the
preparer of printed documents (the same profile the window asks for at its first start)."""

from __future__ import annotations

import argparse

from casefiles import clock, profile
from casefiles.errors import CaseFileError


class NoProfileYet(CaseFileError):
    pass


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    whoami = commands.add_parser(
        "whoami",
        help="show, or set with --name and --role, who audit entries and documents name",
        description="Show your profile, or set it: your name and role go into audit entries "
        "and onto printed documents as their preparer. Kept in this computer account's "
        "settings, not in a case file.",
    )
    whoami.add_argument("--name", metavar="NAME", help="your name as it should appear on paper")
    whoami.add_argument("--role", metavar="ROLE", help="your role, e.g. Administrative officer")
    whoami.set_defaults(run=_whoami)


def _whoami(args: argparse.Namespace) -> int:
    current = profile.load()
    if args.name is not None or args.role is not None:
        if args.name is None and current is None:
            raise NoProfileYet("casefiles whoami: give your --name too (there is no profile yet)")
        name = args.name if args.name is not None else current.name if current else ""
        role = args.role if args.role is not None else current.role if current else ""
        try:
            current = profile.make(name, role)
        except CaseFileError as error:
            raise NoProfileYet(f"casefiles whoami: {error}") from None
        profile.save(current)
        print("Saved.")
    if current is None:
        print(
            "No profile yet: printed documents say the preparer was not given, and audit "
            f"entries name this computer's login ({clock.current_user()}).\n"
            "Set it with: casefiles whoami --name NAME --role ROLE"
        )
        return 0
    print(f"Name: {current.name}")
    print(f"Role: {current.role or '(not given)'}")
    print(f"Audit entries and printed documents name: {current.signature}")
    return 0
