"""Printable case summaries and incident reports, built as plain data (no Qt here).

`summary.build` reads the case file through the services into a `SummaryDocument` (kept apart
from this package's start, which the command line loads before any case file is opened);
`ui.printing.render` draws the result to the print preview, a PDF file or a printer.
"""

from __future__ import annotations

from casefiles.summary.document import DocumentKind, SummaryDocument
from casefiles.summary.rendering import ImageSource, Paper, PdfRenderer

__all__ = [
    "DocumentKind",
    "ImageSource",
    "Paper",
    "PdfRenderer",
    "SummaryDocument",
]
