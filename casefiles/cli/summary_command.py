"""`casefiles summary`: the case summary or an incident report as a PDF, with no display needed.

The drawing is Qt's, which the core may not import, so `main` is handed a renderer by the
launcher and passes it on in `args.render_pdf`.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from casefiles.cli.passphrase import case_key
from casefiles.domain.timespan import SpanError, check_year
from casefiles.errors import CaseFileError
from casefiles.language.catalogue import Language
from casefiles.storage.file_writing import check_new_file
from casefiles.summary import Paper, PdfRenderer


class PrintingUnavailable(CaseFileError):
    pass


class ConflictingOptions(CaseFileError):
    pass


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as 2025-11-14"
        ) from None
    try:
        check_year(day.year)
    except SpanError as error:
        raise argparse.ArgumentTypeError(f"{text}: {error}") from None
    return day


def _paper(text: str) -> Paper:
    for paper in Paper:
        if text.casefold() == paper.value.casefold():
            return paper
    raise argparse.ArgumentTypeError(f"'{text}' is not a paper size; use A4 or Letter")


def language(text: str) -> Language:
    try:
        return Language.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        type=language,
        default=Language.EN,
        metavar="LANG",
        help="the language of the summary: az, uk, ru or en (default); the user's own text is "
        "printed as typed",
    )


def _preparer(text: str) -> str:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise argparse.ArgumentTypeError("give the name of the person who prepared it")
    return cleaned


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    summary = commands.add_parser(
        "summary",
        help="print the case summary, or an incident report, to a PDF file",
        description="Write the case summary (the whole case file, a period or chosen incidents) "
        "or, with one --incident, that incident's report, as a PDF file.",
    )
    summary.add_argument("path", type=Path, help="the case file")
    summary.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    summary.add_argument(
        "--incident",
        action="append",
        metavar="REF",
        help="an incident reference; once: its incident report; more than once: a summary of "
        "those incidents",
    )
    summary.add_argument("--from", dest="date_from", type=_day, metavar="DATE")
    summary.add_argument("--to", dest="date_to", type=_day, metavar="DATE")
    summary.add_argument("--paper", type=_paper, default=Paper.A4, help="A4 (default) or Letter")
    summary.add_argument(
        "--prepared-by",
        type=_preparer,
        metavar="TEXT",
        help="who the cover names as the preparer (default: your profile, see whoami)",
    )
    add_language_option(summary)
    summary.set_defaults(run=_summary)


def _summary(args: argparse.Namespace) -> int:
    from casefiles.cli.bundle_commands import open_to_record
    from casefiles.integrity import anchors
    from casefiles.services import (
        photo_derivation,  # Pillow loads only when a summary is made
    )
    from casefiles.summary.build import build_case_summary, build_incident_report

    render_pdf: PdfRenderer | None = getattr(args, "render_pdf", None)
    if render_pdf is None:
        raise PrintingUnavailable("casefiles: printing is not available in this installation")
    output: Path = args.output
    check_new_file(output, protect=[args.path])  # before reading anything
    references: list[str] = args.incident or []
    if len(references) == 1 and (args.date_from or args.date_to):
        raise ConflictingOptions(
            "casefiles summary: --from and --to select incidents for a summary; an incident "
            "report (one --incident) covers its incident whatever its date"
        )
    with open_to_record(args.path, case_key(args)) as case:
        if len(references) == 1:
            document = build_incident_report(
                case, references[0], prepared_by=args.prepared_by, language=args.language
            )
        else:
            document = build_case_summary(
                case,
                incidents=references or None,
                date_from=args.date_from,
                date_to=args.date_to,
                prepared_by=args.prepared_by,
                language=args.language,
            )
        pages = render_pdf(
            document,
            output,
            paper=args.paper,
            images=photo_derivation.preview_source(
                case, (p.evidence_uuid for p in document.photos)
            ),
        )
        anchors.record(case, "print", document.fingerprint, document=output.name)
    print(f"Wrote {output} ({pages} pages, {len(document.photos)} photos)")
    return 0
