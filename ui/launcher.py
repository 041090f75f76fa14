"""The `casefiles` console script: the command line, which opens the app when asked.

Qt is imported only when the app opens, so the command line works with no display at all.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from casefiles.summary import ImageSource, Paper, SummaryDocument


def open_app(path: Path | None, read_only: bool, demo: bool) -> int:
    from ui.app import run

    return run(path, read_only=read_only, demo=demo)


def render_pdf(document: SummaryDocument, path: Path, *, paper: Paper, images: ImageSource) -> int:
    from ui.printing.pdf import write_pdf

    return write_pdf(document, path, paper=paper, images=images)


def main() -> None:
    # Imported here, not above: the derivation processes (spawn) run this module's top again.
    from casefiles.cli import main as cli_main

    sys.exit(cli_main(sys.argv[1:], open_app=open_app, render_pdf=render_pdf))
