"""Photo commands: add-photos and export-photos."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from casefiles.cli.passphrase import case_key
from casefiles.errors import CaseFileError

if TYPE_CHECKING:
    from casefiles.services.photo_import import ImportOutcome
    from casefiles.storage.store import CaseFile


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = commands.add_parser("add-photos", help="import photos into an incident")
    add.add_argument("path", type=Path, help="the case file")
    add.add_argument("--incident", required=True, metavar="REF", help="e.g. KYIV-2025-004")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE_OR_FOLDER")
    add.add_argument(
        "--damage",
        metavar="ID",
        help="tie the photos to this damage item (its id, listed by casefiles damage)",
    )
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=_add_photos)

    export = commands.add_parser(
        "export-photos", help="write an incident's original photos with sidecars"
    )
    export.add_argument("path", type=Path, help="the case file")
    export.add_argument("--incident", required=True, metavar="REF")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    export.set_defaults(run=_export_photos)


def _add_photos(args: argparse.Namespace) -> int:
    from casefiles.services import incidents as incident_service
    from casefiles.services import (  # Pillow and HEIF load only for photo commands
        photo_derivation,
        photo_import,
    )
    from casefiles.storage.store import CaseFile

    with CaseFile.open(args.path, key=case_key(args)) as case:
        _automatic_backup(case)
        incident = incident_service.get_by_reference(case, args.incident)
        try:
            # Thumbnails and previews are made beside the import, on every core, and all of
            # them before the command ends (an earlier interrupted run's too).
            outcomes, derived = photo_derivation.derive_alongside(
                case,
                lambda: photo_import.import_files(
                    case, incident.uuid, args.files, damage=args.damage
                ),
            )
        except photo_import.ImportStopped as stopped:  # say file by file what was saved, then why
            _print_outcomes(stopped.outcomes, args.json)
            raise
    _print_outcomes(outcomes, args.json)
    if derived.failed:
        print(
            f"casefiles: no thumbnail or preview could be made for {derived.failed} photo(s); "
            "their originals are kept, each with the reason (shown in the app and the summary)",
            file=sys.stderr,
        )
    refused = [o for o in outcomes if o.outcome == "refused"]
    if refused and args.json:
        print(f"casefiles: {len(refused)} file(s) refused", file=sys.stderr)
    return 2 if refused else 0


def _print_outcomes(outcomes: list[ImportOutcome], as_json: bool) -> None:
    if as_json:
        print(
            json.dumps(
                [
                    {
                        "file": str(o.file),
                        "outcome": o.outcome,
                        "sha256": o.sha256,
                        "reason": o.reason,
                        "warnings": list(o.warnings),
                    }
                    for o in outcomes
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for outcome in outcomes:
            line = f"{outcome.outcome:<9} {outcome.file}"
            if outcome.reason:
                line += f": {outcome.reason}"
            print(line)
            for warning in outcome.warnings:
                print(f"          warning: {warning}")
        counts = {
            kind: sum(o.outcome == kind for o in outcomes)
            for kind in ("imported", "duplicate", "refused")
        }
        print(
            f"{counts['imported']} imported, {counts['duplicate']} duplicate, "
            f"{counts['refused']} refused, of {len(outcomes)} files"
        )


def _export_photos(args: argparse.Namespace) -> int:
    from casefiles.services import evidence_export
    from casefiles.services import incidents as incident_service
    from casefiles.storage.store import CaseFile

    with CaseFile.open(args.path, read_only=True, key=case_key(args)) as case:
        incident = incident_service.get_by_reference(case, args.incident)
        written = evidence_export.export_incident(case, incident.uuid, args.output)
    for path in written:
        print(f"{path}  (+ {path.name}.json)")
    print(f"{len(written)} original(s) written to {args.output}")
    return 0


def _automatic_backup(case: CaseFile) -> None:
    """A rotating copy before photos go in; a failure is said, and the import goes on."""
    from casefiles.storage.backup import automatic_backup

    try:
        automatic_backup(case)
    except CaseFileError as error:
        print(f"casefiles: warning: no automatic backup was made: {error}", file=sys.stderr)
