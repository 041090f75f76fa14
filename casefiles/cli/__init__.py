"""The command line: the same work as the window, with no display.

One-line errors on stderr, never a traceback. Exit codes: 0 success, 1 a verification found a
problem, 2 bad usage or bad input. Each command group lives in its own module with `register`.
The command modules load the ORM, Pillow and Alembic inside their commands, not at start-up:
`casefiles info` reads through the standard library's sqlite3 and answers in a tenth of a second.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from casefiles.build_info import build_info
from casefiles.cli import (
    bundle_commands,
    case_commands,
    damage_command,
    encryption_commands,
    hq_commands,
    key_commands,
    passphrase,
    photo_commands,
    profile_command,
    summary_command,
)
from casefiles.errors import CaseFileError

if TYPE_CHECKING:
    from casefiles.summary import PdfRenderer

OpenApp = Callable[[Path | None, bool, bool], int]
EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3

COMMAND_GROUPS = (
    case_commands,
    photo_commands,
    damage_command,
    summary_command,
    bundle_commands,
    encryption_commands,
    profile_command,
    hq_commands,
    key_commands,
)


class UsageError(CaseFileError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="casefiles",
        description="Case files of incidents that damage "
        "diplomatic premises. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=build_info().describe())
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    opener = commands.add_parser("open", help="open the app, on a case file if given")
    opener.add_argument("path", nargs="?", type=Path, help="the case file")
    opener.add_argument("--read-only", action="store_true", help="open without changing it")
    opener.add_argument("--demo", action="store_true", help="open a copy of the demo case")
    for group in COMMAND_GROUPS:
        group.register(commands)
    for name, command in commands.choices.items():
        # The window asks for a passphrase itself; whoami and key open no case file; hq import
        # takes one for encrypted bundles on its own.
        if name not in ("open", "whoami", "key", "hq"):
            passphrase.add_option(command)
    return parser


def main(
    argv: Sequence[str] | None = None,
    open_app: OpenApp | None = None,
    render_pdf: PdfRenderer | None = None,
) -> int:
    try:
        args = build_parser().parse_args(argv)
        args.render_pdf = render_pdf  # the summary command's drawing, which needs Qt
        if args.command in (None, "open"):
            if open_app is None:
                raise UsageError("casefiles: the app is not available in this installation")
            return open_app(
                getattr(args, "path", None),
                getattr(args, "read_only", False),
                getattr(args, "demo", False),
            )
        result: int = args.run(args)
        return result
    except CaseFileError as error:
        print(
            f"casefiles: {error}" if not str(error).startswith("casefiles") else str(error),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("casefiles: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as error:  # a bug: say so in one line, keep the details in the log
        log = _write_crash_log()
        print(f"casefiles: internal error: {error} (details in {log})", file=sys.stderr)
        return EXIT_INTERNAL


def _write_crash_log() -> Path:
    from casefiles.settings import log_dir

    path = log_dir() / "crash.log"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(traceback.format_exc())
    return path


def run() -> None:
    sys.exit(main())
