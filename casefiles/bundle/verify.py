"""Verification of a bundle, as of a case file: every file against SHA256SUMS, the audit log's
hash chain (up to the source's fingerprint when the bundle is complete), and every record
against what the audit log says it should hold."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casefiles.audit import entry_hash
from casefiles.bundle.errors import BadBundle
from casefiles.bundle.manifest import (
    INCIDENT_LINKS,
    MODELS_BY_AUDIT_NAME,
    TABLES,
    Manifest,
    fields,
)
from casefiles.bundle.reader import Bundle, CheckedFile, open_bundle
from casefiles.file_format import GENESIS_HASH
from casefiles.models import Audited, Correspondence, Mission
from casefiles.verify import Finding

_CREATING = ("create", "import")


@dataclass(frozen=True, slots=True)
class BundleReport:
    findings: list[Finding]
    files: int
    source_fingerprint: str | None
    complete: bool
    redacted_entries: int  # audit entries with location removed, whose hashes cannot be recomputed


def verify_bundle(path: Path, password: str | None = None) -> BundleReport:
    """Every problem found in the bundle at `path`; no findings means it is intact. An
    encrypted bundle needs its `password`."""
    try:
        with open_bundle(path, password) as bundle:
            findings = check_contents(bundle)
            manifest = bundle.manifest
            return BundleReport(
                findings,
                len(bundle.members),
                manifest.source_fingerprint,
                manifest.complete,
                sum(entry["redacted"] for entry in manifest.audit_log),
            )
    except BadBundle as error:
        return BundleReport([Finding("bundle", str(error))], 0, None, False, 0)


def check_contents(bundle: Bundle) -> list[Finding]:
    return file_findings(bundle) + audit_findings(bundle.manifest) + row_findings(bundle.manifest)


def file_findings(
    bundle: Bundle, on_file: Callable[[CheckedFile], None] | None = None
) -> list[Finding]:
    """Every file read and hashed; `on_file` sees each one (the importer makes thumbnails)."""
    findings = []
    for name in sorted(bundle.sums):
        try:
            checked = next(bundle.files([name]))
        except BadBundle as error:
            findings.append(Finding("file", str(error)))
            continue
        if not checked.intact:
            findings.append(Finding("file", f"{name} does not match its SHA-256 in SHA256SUMS."))
        if on_file is not None:
            on_file(checked)
    return findings


def audit_findings(manifest: Manifest) -> list[Finding]:
    findings = []
    previous: dict[str, Any] | None = None
    for entry in manifest.audit_log:
        number = entry["id"]
        if not entry["redacted"]:
            expected = entry_hash(
                entry["prev_hash"],
                entry["at"],
                entry["user"],
                entry["action"],
                entry["entity_type"],
                entry["entity_uuid"],
                entry["changes_json"],
            )
            if expected != entry["hash"]:
                findings.append(Finding("audit chain", f"Audit entry {number} was altered."))
        # A complete bundle holds the whole chain; a partial one the entries of its records.
        adjacent = previous is not None and number == previous["id"] + 1
        if manifest.complete or adjacent:
            link = GENESIS_HASH if previous is None else previous["hash"]
            if entry["prev_hash"] != link:
                findings.append(
                    Finding(
                        "audit chain",
                        f"Audit entry {number} does not follow the entry before it "
                        "(an entry was removed or reordered).",
                    )
                )
        previous = entry
    head = previous["hash"] if previous is not None else GENESIS_HASH
    if manifest.complete and head != manifest.source_fingerprint:
        findings.append(
            Finding(
                "audit chain",
                "The audit log does not end at the fingerprint of the case file it came from.",
            )
        )
    return findings


def replay(manifest: Manifest) -> dict[tuple[str, str], dict[str, Any]]:
    """What every record should hold, by (entity type, uuid), from the bundle's audit log."""
    state: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in manifest.audit_log:
        key = (entry["entity_type"], entry["entity_uuid"])
        changes = json.loads(entry["changes_json"])
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
    seen = set()
    tables: list[tuple[type[Audited], list[dict[str, Any]]]] = [
        (Mission, [manifest.mission]),
        *((model, manifest.rows(table)) for table, model in TABLES.items()),
    ]
    for model, rows in tables:
        for row in rows:
            key = (model.audit_name, row["uuid"])
            seen.add(key)
            label = f"{model.audit_name.replace('_', ' ')} {row['uuid']}"
            recorded = expected.get(key)
            if recorded is None:
                findings.append(Finding("row", f"The {label} has no entry in the audit log."))
                continue
            differing = [
                field.name
                for field in fields(model)
                # Links are row ids in the log, which mean nothing outside their case file.
                if field.target is None and recorded.get(field.column) != row[field.name]
            ]
            if model is Correspondence:
                logged = recorded.get(INCIDENT_LINKS)
                linked = [u for u in logged if u in incidents] if isinstance(logged, list) else None
                if linked is None or sorted(linked) != row[INCIDENT_LINKS]:
                    differing.append(INCIDENT_LINKS)
            if differing:
                fields_named = ", ".join(differing)
                findings.append(
                    Finding("row", f"The {label} differs from the audit log in: {fields_named}.")
                )
    for entity_type, uuid in sorted(expected.keys() - seen):
        if entity_type in MODELS_BY_AUDIT_NAME:
            findings.append(
                Finding(
                    "row",
                    f"The {entity_type.replace('_', ' ')} {uuid} is in the audit log but missing "
                    "from the bundle.",
                )
            )
    return findings
