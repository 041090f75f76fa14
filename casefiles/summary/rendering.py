"""What the core asks of a renderer. The core cannot import Qt, so the command line is handed
a renderer by the launcher (`ui.printing.pdf.write_pdf`) and calls it through this protocol."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Protocol

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
