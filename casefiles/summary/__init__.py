"""Printable case summaries and incident reports, built as plain data (no Qt here).

`build_case_summary` and `build_incident_report` read the case file through the services;
`ui.printing.render` draws the result to the print preview, a PDF file or a printer.
"""

from __future__ import annotations

from casefiles.summary.build import build_case_summary, build_incident_report
from casefiles.summary.document import DocumentKind, SummaryDocument
from casefiles.summary.rendering import ImageSource, Paper, PdfRenderer

__all__ = [
    "DocumentKind",
    "ImageSource",
    "Paper",
    "PdfRenderer",
    "SummaryDocument",
    "build_case_summary",
    "build_incident_report",
]
