"""`casefiles hq`: the headquarters database in PostgreSQL (docs/headquarters.md).

URL is a libpq connection URL (postgresql://user@host:port/dbname); the password comes from
PGPASSWORD, a pgpass file or a prompt, never the command line. Exit codes as everywhere: 0
done, 1 verify found problems, 2 bad input (a bundle not imported, no server, no schema).
"""

from __future__ import annotations

import argparse
import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casefiles.cli import passphrase
from casefiles.cli.summary_command import PrintingUnavailable, _day, add_language_option

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from casefiles.hq.importer import Outcome
    from casefiles.summary import PdfRenderer

EXIT_OK, EXIT_FINDINGS, EXIT_NOT_IMPORTED = 0, 1, 2


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hq = commands.add_parser(
        "hq",
        help="headquarters: every mission's case file in one PostgreSQL database",
        description="Headquarters: every mission's bundles merged into one PostgreSQL "
        "database. URL is postgresql://user@host:port/dbname; the password comes from "
        "PGPASSWORD, a pgpass file or a prompt.",
    )
    actions = hq.add_subparsers(dest="hq_command", metavar="ACTION", required=True)
    actions._parser_class = type(hq)  # the same one-line usage errors as every command

    init = actions.add_parser("init", help="create or update the headquarters schema")
    init.add_argument("url", help="postgresql://user@host:port/dbname")
    init.set_defaults(run=_init)

    importer = actions.add_parser(
        "import", help="check missions' bundles and merge them in, one transaction each"
    )
    importer.add_argument("url", help="postgresql://user@host:port/dbname")
    importer.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE.zip")
    importer.add_argument(
        "--trust",
        action="append",
        type=Path,
        metavar="KEY.pub",
        help="take only bundles signed by this key (repeatable: any one of them)",
    )
    importer.add_argument("--json", action="store_true", help="one JSON object per bundle")
    passphrase.add_option(importer)
    importer.set_defaults(run=_import)

    verify = actions.add_parser("verify", help="check every mission's audit chain and records")
    verify.add_argument("url", help="postgresql://user@host:port/dbname")
    verify.add_argument("--mission", action="append", metavar="NAME", help="only this mission")
    verify.set_defaults(run=_verify)

    listing = actions.add_parser("missions", help="the missions headquarters holds")
    listing.add_argument("url", help="postgresql://user@host:port/dbname")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=_missions)

    incidents = actions.add_parser("incidents", help="every mission's incidents, oldest first")
    incidents.add_argument("url", help="postgresql://user@host:port/dbname")
    incidents.add_argument("--mission", action="append", metavar="NAME", help="only this one")
    incidents.add_argument("--json", action="store_true")
    incidents.set_defaults(run=_incidents)

    search = actions.add_parser("search", help="incidents of every mission matching words")
    search.add_argument("url", help="postgresql://user@host:port/dbname")
    search.add_argument("query", help="words, with or without Azerbaijani letters and marks")
    search.add_argument("--mission", action="append", metavar="NAME", help="only this one")
    search.add_argument("--json", action="store_true")
    search.set_defaults(run=_search)

    summary = actions.add_parser(
        "summary", help="a cross-mission summary as a PDF: a section per mission, one timeline"
    )
    summary.add_argument("url", help="postgresql://user@host:port/dbname")
    summary.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    summary.add_argument("--mission", action="append", metavar="NAME", help="only this one")
    summary.add_argument("--from", dest="date_from", type=_day, metavar="DATE")
    summary.add_argument("--to", dest="date_to", type=_day, metavar="DATE")
    add_language_option(summary)
    summary.set_defaults(run=_summary)


@contextmanager
def _database(url: str) -> Iterator[Engine]:
    from casefiles.hq.connection import connect

    engine = connect(url)
    try:
        yield engine
    finally:
        engine.dispose()


@contextmanager
def _reading(url: str) -> Iterator[Connection]:
    """A read-only transaction on an up-to-date headquarters schema."""
    from casefiles.hq.queries import reading

    with _database(url) as engine, reading(engine) as connection:
        yield connection


def _init(args: argparse.Namespace) -> int:
    from casefiles.hq.migrate import init

    with _database(args.url) as engine:
        before, now = init(engine)
    if before == now:
        print(f"The headquarters schema is up to date (revision {now}).")
    elif before is None:
        print(f"Created the headquarters schema (revision {now}).")
    else:
        print(f"Updated the headquarters schema from revision {before} to {now}.")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from casefiles.bundle.checks import is_encrypted_bundle
    from casefiles.hq.importer import import_bundle
    from casefiles.hq.migrate import check_schema
    from casefiles.integrity.signing import read_public

    # The code loaded by now lives as long as the process: out of the collector's sight, full
    # collections stop walking it again and again while bundles are checked, and exit stops
    # walking it (0.15-0.2 s of every run: docs/headquarters.md).
    gc.freeze()
    trusted = [read_public(path) for path in args.trust or []]
    outcomes: list[Outcome] = []
    with _database(args.url) as engine:
        with engine.connect() as connection:
            check_schema(connection)
        for path in args.bundles:
            password = None
            if is_encrypted_bundle(path):
                password = passphrase.passphrase(args, f"for {path.name}")
            outcome = import_bundle(engine, path, password, trusted)
            outcomes.append(outcome)
            if not args.json:
                print(_outcome_line(outcome), flush=True)
    if args.json:
        print(json.dumps([o.as_json() for o in outcomes], ensure_ascii=False, indent=2))
    failed = any(o.outcome in ("refused", "conflict") for o in outcomes)
    return EXIT_NOT_IMPORTED if failed else EXIT_OK


def _outcome_line(outcome: Outcome) -> str:
    name = Path(outcome.bundle).name
    if outcome.outcome == "imported":
        added = ", ".join(f"{n} {what.replace('_', ' ')}" for what, n in outcome.added.items())
        return f"{name}: imported ({outcome.mission}): {added}."
    if outcome.outcome == "unchanged":
        return f"{name}: unchanged ({outcome.mission}): everything in it is already here."
    return f"{name}: {outcome.outcome}: {outcome.reason}"


def _mission_ids(connection: Connection, names: list[str] | None) -> list[int] | None:
    from casefiles.hq.queries import mission_ids

    return None if not names else mission_ids(connection, names)


def _verify(args: argparse.Namespace) -> int:
    from casefiles.hq.verify import verify

    with _reading(args.url) as connection:
        chosen = _mission_ids(connection, args.mission)
        findings = verify(connection, chosen)
    for finding in findings:
        print(f"{finding.check}: {finding.message}")
    if findings:
        print(f"{len(findings)} problem(s) found.")
        return EXIT_FINDINGS
    print("Every mission's audit chain, records and originals check out.")
    return EXIT_OK


def _missions(args: argparse.Namespace) -> int:
    from casefiles.hq.queries import list_missions

    with _reading(args.url) as connection:
        found = list_missions(connection)
    if args.json:
        print(json.dumps([m.as_json() for m in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print("Headquarters holds no mission yet.")
    for mission in found:
        print(
            f"{mission.name}  ({mission.city or mission.host_country or '—'}): "
            f"{mission.sites} sites, {mission.incidents} incidents, {mission.bundles} bundles"
        )
    return EXIT_OK


def _incidents(args: argparse.Namespace) -> int:
    from casefiles.hq.queries import list_incidents

    with _reading(args.url) as connection:
        found = list_incidents(connection, _mission_ids(connection, args.mission))
    _print_incidents([(incident, []) for incident in found], args.json)
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    from casefiles.hq.queries import search

    with _reading(args.url) as connection:
        hits = search(connection, args.query, _mission_ids(connection, args.mission))
    if not hits and not args.json:
        print(f"No incident matches “{args.query}”.")
        return EXIT_OK
    _print_incidents(hits, args.json, with_matches=True)
    return EXIT_OK


def _print_incidents(
    hits: list[tuple[Any, list[Any]]], as_json: bool, with_matches: bool = False
) -> None:
    from casefiles.domain import wording
    from casefiles.domain.timespan import TimeSpan, zone
    from casefiles.domain.vocabulary import IncidentStatus, IncidentType, Precision

    if as_json:
        listed = []
        for incident, snippets in hits:
            item = incident.as_json()
            if with_matches:
                item["matches"] = [
                    {"in": s.column, "text": s.text, "marks": [list(m) for m in s.marks]}
                    for s in snippets
                ]
            listed.append(item)
        print(json.dumps(listed, ensure_ascii=False, indent=2))
        return
    for incident, snippets in hits:
        span = TimeSpan(incident.start, incident.end, Precision(incident.precision))
        print(
            "  ".join(
                [
                    incident.mission,
                    incident.reference,
                    wording.span_words(span, zone(incident.timezone)),
                    incident.site,
                    IncidentType(incident.incident_type).label,
                    IncidentStatus(incident.status).label,
                ]
            )
        )
        for snippet in snippets:
            print(f"    {snippet.column}: {snippet.marked()}")


def _summary(args: argparse.Namespace) -> int:
    from casefiles.hq.summary import build_hq_summary, images
    from casefiles.storage.file_writing import check_new_file
    from casefiles.summary import Paper

    render_pdf: PdfRenderer | None = getattr(args, "render_pdf", None)
    if render_pdf is None:
        raise PrintingUnavailable("casefiles: printing is not available in this installation")
    check_new_file(args.output)
    with _reading(args.url) as connection:
        chosen = _mission_ids(connection, args.mission)
        document = build_hq_summary(
            connection, chosen, args.date_from, args.date_to, language=args.language
        )
        pages = render_pdf(document, args.output, paper=Paper.A4, images=images(connection))
    print(f"Wrote {args.output} ({pages} pages, {len(document.incidents)} missions)")
    return EXIT_OK
