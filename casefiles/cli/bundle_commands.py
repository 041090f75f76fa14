"""Commands for safe copies and hand-over: backup, export, import-bundle, and verify of a bundle.

`casefiles verify` (in case_commands) hands a zip to `verify_bundle_command`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from casefiles.cli.passphrase import case_key, passphrase
from casefiles.errors import CaseFileError
from casefiles.storage.file_reading import NotAFile, open_regular

# The modules behind these commands load when a command runs, not at start-up: `casefiles info`
# should not pay for SQLAlchemy, Alembic, zip handling and Pillow.
if TYPE_CHECKING:
    from casefiles.bundle.importer import ImportResult
    from casefiles.integrity.signing import PublicKey
    from casefiles.storage.encryption import CaseKey
    from casefiles.storage.store import CaseFile
    from casefiles.summary import PdfRenderer

ZIP_MAGIC = b"PK\x03\x04"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser(
        "backup",
        help="save a checked copy of a case file, even while it is open (never overwrites)",
    )
    backup.add_argument("path", type=Path, help="the case file")
    backup.add_argument("-o", "--output", type=Path, required=True, help="the copy to write")
    backup.set_defaults(run=_backup)

    export = commands.add_parser(
        "export",
        help="write a bundle to hand over: records, originals, tables, checksums, summary",
    )
    export.add_argument("path", type=Path, help="the case file")
    export.add_argument("-o", "--output", type=Path, required=True, help="the zip to write")
    export.add_argument(
        "--incident", action="append", metavar="REF", help="only this incident (repeatable)"
    )
    export.add_argument(
        "--strip-location",
        action="store_true",
        help="leave GPS positions, coordinates and device data out of everything in the bundle",
    )
    export.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the zip with AES-256 (7-Zip opens it with the passphrase)",
    )
    export.set_defaults(run=_export)

    importer = commands.add_parser(
        "import-bundle",
        help="create a case file from a bundle, or add a bundle's new records to one",
    )
    importer.add_argument("bundle", type=Path, help="the bundle (zip)")
    importer.add_argument("path", type=Path, help="the case file to create or to add to")
    importer.add_argument(
        "--trust",
        action="append",
        type=Path,
        metavar="KEY.pub",
        help="import only a bundle signed by this public key (casefiles key export); repeatable",
    )
    importer.set_defaults(run=_import)


def is_bundle(path: Path) -> bool:
    if path.suffix.casefold() == ".zip":
        return True
    try:
        with open_regular(path) as handle:  # a FIFO would hang the reader
            return handle.read(4) == ZIP_MAGIC
    except (OSError, NotAFile):
        return False


def open_to_record(path: Path, key: CaseKey | None) -> CaseFile:
    """The case file for a command whose output leaves the computer (a copy, a bundle, a
    printed summary): open for writing, so that its audit log records the output, when it
    can be; read-only when another program holds it, when it is of another version (never
    migrated only to be copied) or cannot be written (the list of anchors still records it)."""
    from casefiles.errors import CaseFileLocked, PermissionDenied
    from casefiles.storage.file_format import SCHEMA_VERSION, probe
    from casefiles.storage.store import CaseFile

    if probe(path, key).schema == SCHEMA_VERSION:
        try:
            return CaseFile.open(path, key=key)
        except (CaseFileLocked, PermissionDenied):
            pass
    return CaseFile.open(path, read_only=True, key=key)


def _backup(args: argparse.Namespace) -> int:
    from casefiles.storage.backup import save_copy
    from casefiles.storage.file_writing import check_new_file

    check_new_file(args.output, protect=[args.path])  # before the case file is opened
    with open_to_record(args.path, case_key(args)) as case:
        result = save_copy(case, args.output)  # an encrypted case's copy has the same key
    print(f"Saved a checked copy to {result.path} ({result.size_bytes:,} bytes).")
    print(f"Fingerprint {result.fingerprint}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from casefiles.bundle.export import export_bundle
    from casefiles.storage.file_writing import check_new_file

    render_pdf: PdfRenderer | None = getattr(args, "render_pdf", None)
    check_new_file(args.output, protect=[args.path])  # before any work
    key = case_key(args)
    password = (
        passphrase(args, f"for {args.output.name}", confirm=key is None) if args.encrypt else None
    )
    with open_to_record(args.path, key) as case:
        pdf = None
        # The summary would pass through a temporary file in clear: not in an encrypted bundle.
        if render_pdf is not None and not args.strip_location and password is None:
            pdf = _summary_pdf(case, args.incident, render_pdf, args.output)
        result = export_bundle(
            case,
            args.output,
            incidents=args.incident,
            strip_location=args.strip_location,
            pdf=pdf,
            password=password,
        )
    print(
        f"Wrote {result.path}: {result.evidence_files} photos and files, {result.files} files in "
        f"all, {result.size_bytes:,} bytes; checked."
    )
    if password is not None:
        print("Encrypted with AES-256; the printed summary is not included (print it apart).")
    if args.strip_location:
        print("Location and device data were left out; so was the printed summary.")
    elif pdf is None and password is None:
        print("The printed summary is not included: printing is not available here.")
    return 0


def _summary_pdf(
    case: CaseFile, references: list[str] | None, render_pdf: PdfRenderer, beside: Path
) -> bytes:
    """The case summary of the same incidents, drawn by the renderer the launcher gave. Drawn
    into a hidden file beside the bundle, not the system's temporary folder: it shows the
    photos and their positions, and a kill would leave it there for anyone to read."""
    from casefiles.services import photo_derivation
    from casefiles.summary import Paper
    from casefiles.summary.build import build_case_summary

    document = build_case_summary(case, incidents=references)
    path = beside.with_name(f".{beside.name}.partial-{os.getpid()}")
    try:
        render_pdf(
            document,
            path,
            paper=Paper.A4,
            images=photo_derivation.preview_source(
                case, (p.evidence_uuid for p in document.photos)
            ),
        )
        return path.read_bytes()
    finally:
        path.unlink(missing_ok=True)


def _import(args: argparse.Namespace) -> int:
    from casefiles.bundle.importer import create_from_bundle, merge_bundle
    from casefiles.integrity.signing import read_public
    from casefiles.storage.backup import automatic_backup
    from casefiles.storage.encryption import new_key
    from casefiles.storage.store import CaseFile

    target: Path = args.path
    trusted = [read_public(path) for path in args.trust or []]
    password = bundle_password(args, args.bundle)
    if not target.exists():
        # A new case file from an encrypted bundle is encrypted with the same passphrase.
        key = None if password is None else new_key(password)
        result = create_from_bundle(
            args.bundle, target, password=password, key=key, trusted=trusted
        )
    else:
        with CaseFile.open(target, key=case_key(args)) as case:
            try:
                automatic_backup(case)
            except CaseFileError as error:  # a safety net, not a gate: say so and go on
                print(f"casefiles: warning: no automatic backup was made: {error}", file=sys.stderr)
            result = merge_bundle(case, args.bundle, password=password, trusted=trusted)
    _report_import(result)
    return 0


def bundle_password(args: argparse.Namespace, bundle: Path) -> str | None:
    """The passphrase of an encrypted bundle (same sources as a case file's); None if plain."""
    from casefiles.bundle.checks import is_encrypted_bundle

    return passphrase(args, f"for {bundle.name}") if is_encrypted_bundle(bundle) else None


def _report_import(result: ImportResult) -> None:
    added = ", ".join(f"{n} {table.replace('_', ' ')}" for table, n in result.added.items() if n)
    if result.created:
        print(f"Created {result.path} from the bundle: {added}.")
    elif result.added_anything:
        kept = sum(result.unchanged.values())
        print(f"Added to {result.path}: {added}; {kept} records were already there.")
    else:
        print(f"Nothing to add: everything in the bundle is already in {result.path}.")
    print(f"The bundle is signed by {result.signed_by}.")
    print(f"Fingerprint {result.fingerprint}")


def verify_bundle_command(args: argparse.Namespace, trusted: list[PublicKey]) -> int:
    from casefiles.bundle.verify import verify_bundle
    from casefiles.cli.verification import print_verification

    report = verify_bundle(args.path, bundle_password(args, args.path), trusted)
    warnings = [warning.said() for warning in report.warnings]
    if report.redacted_entries:
        warnings.append(
            f"{report.redacted_entries} audit entries had location data removed: their place in "
            "the chain was checked, their hashes cannot be recomputed."
        )
    scope = "the whole case file" if report.complete else "part of the case file"
    signed = "" if report.signed_by is None else (
        f" Signed by {report.signed_by.person} (key {report.signed_by.key.spoken})"
        + (", a trusted key." if trusted else ".")
    )  # fmt: skip
    intact = (
        f"{args.path.name} is intact: all {report.files} files match SHA256SUMS, and the audit "
        f"log and records check out. It holds {scope} with fingerprint "
        f"{report.source_fingerprint}.{signed}"
    )
    return print_verification(
        args, report.findings, warnings, report.source_fingerprint, report.signers, intact
    )
