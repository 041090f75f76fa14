"""Verification of a bundle, as of a case file: every file against SHA256SUMS, the audit log's
hash chain (up to the source's fingerprint when the bundle is complete), and every record
against what the audit log says it should hold."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casefiles.bundle.errors import BadBundle
from casefiles.bundle.manifest import (
    INCIDENT_LINKS,
    MANIFEST,
    MODELS_BY_AUDIT_NAME,
    README,
    SUMMARY,
    TABLES,
    TABLES_DIR,
    Manifest,
    fields,
)
from casefiles.bundle.reader import Bundle, CheckedFile, open_bundle
from casefiles.bundle.readme import readme
from casefiles.bundle.signature import ManifestSignature, check_bundle_signatures
from casefiles.bundle.tables import csv_tables
from casefiles.integrity.audit import SALTS, WITHHOLDABLE, content_digest, entry_hash, hash_matches
from casefiles.integrity.findings import Finding
from casefiles.integrity.signatures import SignerCount
from casefiles.integrity.signing import PublicKey
from casefiles.integrity.verify import entity, with_uuid
from casefiles.integrity.verify import label as record_label
from casefiles.language.phrase import Phrase, StoredFields, phrase
from casefiles.storage.file_format import GENESIS_HASH
from casefiles.storage.models import Audited, Correspondence, Mission

_CREATING = ("create", "import")
STRIPPED_KEEPS = frozenset({"metadata_json"})  # cut down to what says nothing of place or device


@dataclass(frozen=True, slots=True)
class BundleReport:
    findings: list[Finding]
    files: int
    source_fingerprint: str | None
    complete: bool
    redacted_entries: int  # audit entries with location removed, whose hashes cannot be recomputed
    warnings: list[Phrase] = field(default_factory=list)
    signers: list[SignerCount] = field(default_factory=list)  # of its audit entries
    signed_by: ManifestSignature | None = None  # the exporter, when the signature checks


def verify_bundle(
    path: Path, password: str | None = None, trusted: Sequence[PublicKey] = ()
) -> BundleReport:
    """Every problem found in the bundle at `path`; no findings means it is intact (and, with
    `trusted` keys, signed by one of them). An encrypted bundle needs its `password`."""
    try:
        with open_bundle(path, password) as bundle:
            findings = check_contents(bundle)
            signatures = check_bundle_signatures(bundle, trusted)
            manifest = bundle.manifest
            return BundleReport(
                findings + signatures.findings,  # what the records say comes first
                len(bundle.members),
                manifest.source_fingerprint,
                manifest.complete,
                sum(_legacy_redacted(entry) for entry in manifest.audit_log),
                signatures.warnings,
                signatures.signers,
                signatures.signed_by,
            )
    except BadBundle as error:
        return BundleReport([Finding("bundle", str(error))], 0, None, False, 0)


def refuse_unless_intact(
    bundle: Bundle,
    trusted: Sequence[PublicKey] = (),
    on_file: Callable[[CheckedFile], None] | None = None,
) -> ManifestSignature:
    """Every check a verify makes, signatures included (with `trusted` keys, the exporter's
    must be one of them); the first problem refuses the bundle. Returns who signed it."""
    signatures = check_bundle_signatures(bundle, trusted)
    findings = check_contents(bundle, on_file) + signatures.findings
    if findings or signatures.signed_by is None:  # unsigned is always a finding too
        count = len(findings)
        more = phrase("bundle.problems_in_all", count) if count > 1 else ""
        raise BadBundle(phrase("bundle.refused", finding=findings[0].detail, more=more))
    return signatures.signed_by


def check_contents(
    bundle: Bundle, on_file: Callable[[CheckedFile], None] | None = None
) -> list[Finding]:
    # What the records say first: a table edited to match is the lesser news.
    findings = audit_findings(bundle.manifest) + row_findings(bundle.manifest)
    return findings + file_findings(bundle, on_file)


def file_findings(
    bundle: Bundle, on_file: Callable[[CheckedFile], None] | None = None
) -> list[Finding]:
    """Every file read and hashed; `on_file` sees each one (the importer makes thumbnails)."""
    findings = []
    made = made_from_manifest(bundle.manifest)
    for name in sorted(bundle.sums):
        try:
            checked = next(bundle.files([name]))
        except BadBundle as error:
            findings.append(Finding("file", str(error)))
            continue
        if not checked.intact:
            findings.append(Finding("file", phrase("finding.file_altered", file=name)))
        elif name in made and checked.data != made[name]:
            findings.append(
                Finding("file", phrase("finding.file_edited", file=name, manifest=MANIFEST))
            )
        elif name == SUMMARY and not checked.data.startswith(b"%PDF-"):
            findings.append(Finding("file", phrase("finding.not_pdf", file=SUMMARY)))
        if on_file is not None:
            on_file(checked)
    return findings


def made_from_manifest(manifest: Manifest) -> dict[str, bytes]:
    """The files made from the manifest alone (the CSV tables, README.txt), as the export made
    them: they must match byte for byte, so they say nothing the audit log does not cover."""
    made = {TABLES_DIR + name: data for name, data in csv_tables(manifest.data).items()}
    made[README] = readme(manifest.data, manifest.data["bundle_name"])
    return made


def audit_findings(manifest: Manifest) -> list[Finding]:
    findings = []
    previous: dict[str, Any] | None = None
    for entry in manifest.audit_log:
        number = entry["id"]
        problem = _redaction_problem(manifest, entry)
        if problem is not None:
            key, values = problem
            findings.append(Finding("audit chain", phrase(key, number=number, **values)))
        elif not _legacy_redacted(entry) and not _hash_checks(entry):
            findings.append(Finding("audit chain", phrase("finding.entry_altered", number=number)))
        # A complete bundle holds the whole chain; a partial one the entries of its records.
        adjacent = previous is not None and number == previous["id"] + 1
        if manifest.complete or adjacent:
            link = GENESIS_HASH if previous is None else previous["hash"]
            if entry["prev_hash"] != link:
                findings.append(
                    Finding("audit chain", phrase("finding.entry_unlinked", number=number))
                )
        previous = entry
    head = previous["hash"] if previous is not None else GENESIS_HASH
    if manifest.complete and head != manifest.source_fingerprint:
        findings.append(Finding("audit chain", phrase("finding.log_end")))
    return findings


def _legacy_redacted(entry: dict[str, Any]) -> bool:
    """An entry written before changes were hashed field by field, with location removed: its
    hash cannot be recomputed (the report counts them)."""
    return bool(entry["withheld"]) and None in entry["withheld"].values()


def _redaction_problem(
    manifest: Manifest, entry: dict[str, Any]
) -> tuple[str, dict[str, str]] | None:
    """What is wrong with how an entry says it was redacted (a catalogue key and its values):
    only a bundle without location withholds anything, and only location and device fields."""
    withheld: dict[str, str | None] = entry["withheld"]
    if entry["redacted"] != bool(withheld):
        return "finding.redaction_unnamed", {}
    if not withheld:
        return None
    if not manifest.strip_location:
        return "finding.withholds_located", {}
    allowed = WITHHOLDABLE.get(entry["entity_type"], frozenset())
    others = sorted(withheld.keys() - allowed)
    if others:
        return "finding.withholds_others", {"fields": ", ".join(others)}
    held = sorted(withheld.keys() & json.loads(entry["changes_json"]).keys())
    if held and not _legacy_redacted(entry):  # older entries keep them blanked
        return "finding.holds_and_withholds", {"fields": ", ".join(held)}
    return None


def _hash_checks(entry: dict[str, Any]) -> bool:
    fields = (
        entry["prev_hash"], entry["at"], entry["user"], entry["action"], entry["entity_type"],
        entry["entity_uuid"],
    )  # fmt: skip
    if entry["withheld"]:
        changes = json.loads(entry["changes_json"])
        digest = content_digest(entry["entity_type"], changes, entry["withheld"])
        return bool(entry["hash"] == entry_hash(*fields, digest))
    return hash_matches(entry["hash"], *fields, entry["changes_json"])


def replay(manifest: Manifest) -> dict[tuple[str, str], dict[str, Any]]:
    """What every record should hold, by (entity type, uuid), from the bundle's audit log."""
    state: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in manifest.audit_log:
        key = (entry["entity_type"], entry["entity_uuid"])
        changes = json.loads(entry["changes_json"])
        changes.pop(SALTS, None)
        if entry["action"] in _CREATING:
            state[key] = dict(changes)
        elif key in state:
            for name, change in changes.items():
                if isinstance(change, list) and len(change) == 2:
                    state[key][name] = change[1]
    return state


def row_findings(manifest: Manifest) -> list[Finding]:
    findings = []
    expected = replay(manifest)
    incidents = {row["uuid"] for row in manifest.rows("incidents")}
    references = {row["uuid"]: row["reference"] for row in manifest.rows("incidents")}
    seen = set()
    tables: list[tuple[type[Audited], list[dict[str, Any]]]] = [
        (Mission, [manifest.mission]),
        *((model, manifest.rows(table)) for table, model in TABLES.items()),
    ]
    for model, rows in tables:
        for row in rows:
            key = (model.audit_name, row["uuid"])
            seen.add(key)
            incident = references.get(row.get("incident_uuid"), "?")
            label = with_uuid(record_label(model, row, incident), row["uuid"])
            recorded = expected.get(key)
            if recorded is None:
                findings.append(Finding("row", phrase("finding.not_logged", record=label)))
                continue
            withheld = WITHHOLDABLE.get(model.audit_name, frozenset())
            differing = [
                field.name
                for field in fields(model)
                # Entries older than links by uuid hold row ids, which mean nothing outside
                # their case file; their links cannot be checked here. A field withheld
                # from the log (no location) has nothing to be compared with.
                if (field.name in recorded or field.target is None)
                and (field.name in recorded or field.name not in withheld)
                and recorded.get(field.name) != row[field.name]
            ]
            if manifest.strip_location:
                differing += [
                    name
                    for name in sorted(withheld & row.keys())
                    if row[name] is not None and name not in STRIPPED_KEEPS
                ]
            if model is Correspondence:
                logged = recorded.get(INCIDENT_LINKS)
                linked = [u for u in logged if u in incidents] if isinstance(logged, list) else None
                if linked is None or sorted(linked) != row[INCIDENT_LINKS]:
                    differing.append(INCIDENT_LINKS)
            if differing:
                named = StoredFields(tuple(differing))
                differ = phrase("finding.differs", record=label, fields=named)
                findings.append(Finding("row", differ))
    for entity_type, uuid in sorted(expected.keys() - seen):
        if entity_type in MODELS_BY_AUDIT_NAME:
            findings.append(
                Finding(
                    "row",
                    phrase("finding.missing_from_bundle", entity=entity(entity_type), uuid=uuid),
                )
            )
    return findings
