"""PDF files of summaries, for the app and for the command line (which may have no display)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPdfWriter

from casefiles.errors import PermissionDenied
from casefiles.progress import Progress
from casefiles.storage.file_writing import check_new_file, written_whole
from casefiles.summary.document import SummaryDocument
from casefiles.summary.rendering import ImageSource, Paper
from ui.printing.render import render

PDF_DPI = 600  # positions to 1/600 inch; photos keep their own (print) resolution
CREATOR = "Casefiles"


def write_pdf(
    document: SummaryDocument,
    path: Path,
    *,
    paper: Paper = Paper.A4,
    images: ImageSource,
    progress: Progress | None = None,
    replace: bool = False,
    protect: Sequence[Path] = (),
) -> int:
    """Write `document` to a new file at `path`; the pages. An existing file is replaced only
    with `replace` (the person was asked), and never one in `protect` (the open case file).

    Written to a temporary file beside the target first, so that a failure or a cancel never
    leaves half a PDF under the chosen name."""
    check_new_file(path, protect=protect, replace=replace)
    app = ensure_gui_application()  # held until the file is written
    try:
        with written_whole(path, replace=replace) as partial:
            writer = QPdfWriter(str(partial))
            writer.setResolution(PDF_DPI)
            writer.setCreator(CREATOR)
            writer.setTitle(f"{document.title} — {document.mission}")
            pages = render(document, writer, paper, images, progress=progress)
    except OSError as error:
        message = QCoreApplication.translate("Printing", "%1 cannot be written: %2.")
        raise PermissionDenied(
            message.replace("%1", str(path)).replace("%2", str(error.strerror))
        ) from None
    del app
    return pages


def ensure_gui_application() -> QCoreApplication:
    """The running application, or a new QGuiApplication for fonts and painting; with no
    display (a server, a terminal session) on Qt's offscreen platform.

    Only the command line gets here without an application; the app and the tests have one."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    arguments = [sys.argv[0] if sys.argv else "casefiles"]
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if no_display and sys.platform not in ("win32", "darwin"):
        arguments += ["-platform", "offscreen"]
    return QGuiApplication(arguments)
