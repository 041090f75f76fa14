"""What the core asks of a renderer. The core cannot import Qt, so the command line is handed
a renderer by the launcher (`ui.printing.pdf.write_pdf`) and calls it through this protocol."""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from casefiles.errors import CaseFileMissing, PermissionDenied
from casefiles.summary.document import SummaryDocument

# The upright preview JPEG of a photo by its evidence uuid, or None when there is none.
ImageSource = Callable[[str], bytes | None]


class Paper(StrEnum):
    A4 = "A4"
    LETTER = "Letter"


class PdfRenderer(Protocol):
    def __call__(
        self, document: SummaryDocument, path: Path, *, paper: Paper, images: ImageSource
    ) -> int:
        """Write `document` to a new PDF at `path`; the number of pages."""
        ...


def check_writable(path: Path) -> None:
    """Refuse a PDF path that could not be written, before any work is done."""
    if path.is_dir():
        raise PermissionDenied(f"{path} is a folder; give a file name for the PDF.")
    if not path.parent.is_dir():
        raise CaseFileMissing(f"The folder {path.parent} does not exist.")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise PermissionDenied(f"{path} cannot be written here (no permission).")
