"""Commands on a case file as a whole: new, demo, info, incidents, search, verify."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casefiles.cli.passphrase import case_key, fresh_key
from casefiles.domain import wording
from casefiles.domain.records import IncidentRecord
from casefiles.errors import CaseFileDamaged

if TYPE_CHECKING:
    from casefiles.storage.search import Snippet
    from casefiles.storage.store import CaseFile
from casefiles.cli.verification import print_verification
from casefiles.integrity.signing import person_label, spoken

if TYPE_CHECKING:
    from casefiles.integrity.findings import Finding
    from casefiles.integrity.signatures import SignerCount
    from casefiles.integrity.signing import PublicKey
    from casefiles.storage.search import Snippet
    from casefiles.storage.store import CaseFile


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    new = commands.add_parser("new", help="create an empty case file (never overwrites)")
    new.add_argument("path", type=Path)
    new.add_argument("--mission", required=True, help="the mission's name")
    new.add_argument("--city", default="")
    new.add_argument("--country", default="", help="the host country")
    new.add_argument("--timezone", default="UTC", help="IANA time zone, e.g. Europe/Kyiv")
    new.add_argument("--encrypt", action="store_true", help="encrypt it with a passphrase")
    new.set_defaults(run=_new)

    demo = commands.add_parser("demo", help="write the demo case file")
    demo.add_argument("path", type=Path)
    demo.add_argument("--encrypt", action="store_true", help="encrypt it with a passphrase")
    demo.set_defaults(run=_demo)

    info = commands.add_parser("info", help="mission, counts and fingerprint")
    info.add_argument("path", type=Path)
    info.add_argument("--json", action="store_true")
    info.set_defaults(run=_info)

    listing = commands.add_parser("incidents", help="every incident, oldest first")
    listing.add_argument("path", type=Path)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=_incidents)

    search = commands.add_parser("search", help="incidents matching words, best first")
    search.add_argument("path", type=Path)
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.set_defaults(run=_search)

    verify = commands.add_parser(
        "verify", help="check a case file or a bundle: integrity, evidence, the audit log"
    )
    verify.add_argument("path", type=Path)
    verify.add_argument(
        "--trust",
        action="append",
        type=Path,
        metavar="KEY.pub",
        help="accept only what is signed by this public key (casefiles key export); repeatable",
    )
    verify.add_argument(
        "--json",
        action="store_true",
        help="print one object: intact, findings, warnings, fingerprint, signers",
    )
    verify.set_defaults(run=_verify)

    anchored = commands.add_parser(
        "anchors",
        help="the fingerprints of this case file that left this computer (print, export, backup)",
    )
    anchored.add_argument("path", type=Path)
    anchored.add_argument("--json", action="store_true")
    anchored.set_defaults(run=_anchors)


def _new(args: argparse.Namespace) -> int:
    from casefiles.services.mission import create_case_file

    key = fresh_key(args, f"for the new {args.path.name}") if args.encrypt else None
    case = create_case_file(
        args.path,
        args.mission,
        key=key,
        city=args.city,
        host_country=args.country,
        timezone=args.timezone,
    )
    case.close()
    print(f"Created {args.path}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from casefiles.demo import write_demo

    write_demo(args.path, fresh_key(args, f"for {args.path.name}") if args.encrypt else None)
    print(f"Wrote the demo case file {args.path}")
    return 0


def _info(args: argparse.Namespace) -> int:
    from casefiles.storage.overview import read_overview

    key = case_key(args)
    facts = read_overview(args.path, key)
    if args.json:
        print(
            json.dumps(asdict(facts) | {"encrypted": key is not None}, ensure_ascii=False, indent=2)
        )
        return 0
    print(f"Mission:        {facts.mission}")
    for label, value in (
        ("Sites", facts.sites), ("Incidents", facts.incidents),
        ("Damage items", facts.damage_items), ("Photos", facts.photos), ("Notes", facts.notes),
        ("Correspondence", facts.correspondence), ("Schema version", facts.schema_version),
    ):  # fmt: skip
        print(f"{label + ':':<16}{value}")
    print(f"Encrypted:      {'yes' if key is not None else 'no'}")
    print(f"Fingerprint:    {facts.fingerprint}")
    return 0


def _incident_json(record: IncidentRecord) -> dict[str, Any]:
    return {
        "reference": record.reference,
        "title": record.title,
        "start": record.span.start.isoformat(),
        "end": record.span.end.isoformat(),
        "precision": record.span.precision.value,
        "site": record.site_name,
        "type": record.incident_type.value,
        "status": record.status.value,
    }


def _print_incidents(
    case: CaseFile,
    records: list[IncidentRecord],
    as_json: bool,
    snippets: list[list[Snippet]] | None = None,
) -> None:
    """One line per incident, in aligned columns; under each, where a search matched it."""
    if as_json:
        print(json.dumps([_incident_json(r) for r in records], ensure_ascii=False, indent=2))
        return
    from casefiles.services import mission as mission_service

    tz = mission_service.get(case).tz
    rows = [
        (
            r.reference,
            wording.span_words(r.span, tz),
            r.site_name,
            r.incident_type.label,
            r.status.label,
        )
        for r in records
    ]
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(4)]
    for i, row in enumerate(rows):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
            + "  "
            + row[4]
        )
        for snippet in snippets[i] if snippets else []:
            print(f"    {snippet.column}: {snippet.marked()}")


def _incidents(args: argparse.Namespace) -> int:
    from casefiles.services import incidents as incident_service
    from casefiles.storage.store import CaseFile

    with CaseFile.open(args.path, read_only=True, key=case_key(args)) as case:
        _print_incidents(case, incident_service.list_incidents(case), args.json)
    return 0


def _search(args: argparse.Namespace) -> int:
    from casefiles.services import incidents as incident_service
    from casefiles.storage.store import CaseFile

    with CaseFile.open(args.path, read_only=True, key=case_key(args)) as case:
        hits = incident_service.search_with_snippets(case, args.query)
        if args.json:
            found = [
                _incident_json(record) | {"matches": [_snippet_json(s) for s in snippets]}
                for record, snippets in hits
            ]
            print(json.dumps(found, ensure_ascii=False, indent=2))
            return 0
        if not hits:
            print(f"No incident matches “{args.query}”.")
            return 0
        records, snippets = zip(*hits, strict=True)
        _print_incidents(case, list(records), as_json=False, snippets=list(snippets))
    return 0


def _snippet_json(snippet: Snippet) -> dict[str, Any]:
    return {"in": snippet.column, "text": snippet.text, "marks": [list(m) for m in snippet.marks]}


def _verify(args: argparse.Namespace) -> int:
    from casefiles.cli.bundle_commands import is_bundle, verify_bundle_command
    from casefiles.integrity.findings import Finding
    from casefiles.integrity.signing import read_public
    from casefiles.integrity.verify import check, verify_warnings
    from casefiles.storage.store import CaseFile

    trusted = [read_public(path) for path in args.trust or []]
    if is_bundle(args.path):
        return verify_bundle_command(args, trusted)
    try:
        with CaseFile.open(args.path, read_only=True, key=case_key(args)) as case:
            report = check(case)
            findings, signers = report.findings, report.signers
            warnings = [warning.said() for warning in verify_warnings(case, report)]
            fingerprint: str | None = case.fingerprint()
    except CaseFileDamaged as error:
        findings, warnings, signers, fingerprint = [Finding("integrity", str(error))], [], [], None
    if trusted:
        findings += untrusted_findings(signers, trusted)
    return print_verification(args, findings, warnings, fingerprint, signers)


def _anchors(args: argparse.Namespace) -> int:
    from casefiles.integrity import anchors
    from casefiles.storage.store import CaseFile

    with CaseFile.open(args.path, read_only=True, key=case_key(args)) as case:
        listed = anchors.anchors_of(case)
        held = anchors.held(case)
        warnings = anchor_warnings(case)
    if args.json:
        values = [a.as_json() | {"in_this_copy": a.fingerprint in held} for a in listed]
        print(json.dumps(values, ensure_ascii=False, indent=2))
        return 0
    if not listed:
        print(f"No print, export or backup of {args.path.name} was recorded on this computer.")
    for anchor in listed:
        where = "in this copy" if anchor.fingerprint in held else "NOT in this copy"
        print(
            f"{anchor.at.astimezone():%Y-%m-%d %H:%M}  {anchor.event:<6}  {anchor.fingerprint}  "
            f"{anchor.entries} entries  {where}"
        )
    for warning in warnings:
        print(f"warning: {warning}")
    return 0


def anchor_warnings(case: CaseFile) -> list[str]:
    from casefiles.integrity import anchors

    warning = anchors.rollback_warning(case)
    return [] if warning is None else [warning.said()]


def untrusted_findings(signers: list[SignerCount], trusted: list[PublicKey]) -> list[Finding]:
    """With --trust, every signer's key must be one of the trusted keys."""
    from casefiles.integrity.findings import Finding

    keys = {key.fingerprint for key in trusted}
    return [
        Finding(
            "signature",
            f"{signer.entries} entries are signed by {person_label(signer.name, signer.role)} "
            f"with a key that is not trusted here ({spoken(signer.key_fingerprint)}).",
        )
        for signer in signers
        if signer.key_fingerprint not in keys
    ]
