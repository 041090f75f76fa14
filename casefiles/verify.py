"""Verification of a case file: SQLite integrity, every blob against its SHA-256, the audit chain,
and every row against what the audit log says it should hold. Any edit made behind the app's
back (with the sqlite3 shell, say) shows up as a finding."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from casefiles.audit import entry_hash
from casefiles.errors import CaseFileDamaged
from casefiles.file_format import GENESIS_HASH
from casefiles.models import AUDITED_MODELS, AuditEntry, Blob, EvidenceItem, jsonable
from casefiles.store import CaseFile

CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Finding:
    check: str  # "integrity", "blob", "audit chain", "row"
    message: str


def verify(case: CaseFile) -> list[Finding]:
    """Every problem found; an empty list means the case file is intact."""
    try:
        with case.reading() as session:
            findings = _integrity(session)
            if findings:  # a damaged database cannot be trusted for the finer checks
                return findings
            findings += _blobs(session)
            findings += _chain(session)
            findings += _rows(session)
    except CaseFileDamaged as error:
        return [Finding("integrity", str(error))]
    return findings


def _integrity(session: Session) -> list[Finding]:
    rows = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
    if rows == ["ok"]:
        return []
    return [Finding("integrity", f"SQLite integrity check: {row}") for row in rows[:20]]


def _blob_chunks(raw: Any, rowid: int) -> Iterator[bytes]:
    """A blob's bytes. In chunks: a blob may be a 15 MB photo, and there may be thousands.
    sqlcipher3 (an encrypted case file) has no incremental blob reading: one photo at once."""
    if not hasattr(raw, "blobopen"):
        yield raw.execute("SELECT data FROM blobs WHERE rowid = ?", (rowid,)).fetchone()[0]
        return
    with raw.blobopen("blobs", "data", rowid, readonly=True) as blob:
        while chunk := blob.read(CHUNK):
            yield chunk


def _blobs(session: Session) -> list[Finding]:
    findings = []
    raw = session.connection().connection.driver_connection
    rows = session.execute(text("SELECT rowid, sha256, size FROM blobs")).all()
    for rowid, sha256, size in rows:
        digest = hashlib.sha256()
        length = 0
        for chunk in _blob_chunks(raw, rowid):
            digest.update(chunk)
            length += len(chunk)
        if digest.hexdigest() != sha256:
            findings.append(Finding("blob", f"Blob {sha256[:16]}… does not match its SHA-256."))
        elif length != size:
            findings.append(Finding("blob", f"Blob {sha256[:16]}… has {length} bytes, not {size}."))
    missing = session.scalars(
        select(EvidenceItem.original_filename).where(
            EvidenceItem.sha256.not_in(select(Blob.sha256))
        )
    ).all()
    findings += [Finding("blob", f"The original of {name} is missing.") for name in missing]
    return findings


def _chain(session: Session) -> list[Finding]:
    findings = []
    previous = GENESIS_HASH
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        if entry.prev_hash != previous:
            findings.append(
                Finding(
                    "audit chain",
                    f"Audit entry {entry.id} does not follow the entry before it "
                    "(an entry was removed or reordered).",
                )
            )
        expected = entry_hash(
            entry.prev_hash,
            str(jsonable(entry.at)),
            entry.user,
            entry.action,
            entry.entity_type,
            entry.entity_uuid,
            entry.changes,
        )
        if expected != entry.hash:
            findings.append(Finding("audit chain", f"Audit entry {entry.id} was altered."))
        previous = entry.hash
    return findings


def replay(session: Session) -> dict[tuple[str, str], dict[str, Any]]:
    """What every audited row should hold, by (entity type, uuid), from the log alone."""
    state: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        key = (entry.entity_type, entry.entity_uuid)
        changes = json.loads(entry.changes)
        if entry.action in ("create", "import"):  # import: a record brought in from a bundle
            state[key] = dict(changes)
        elif key in state:
            for field, (_old, new) in changes.items():
                state[key][field] = new
    return state


def _rows(session: Session) -> list[Finding]:
    findings = []
    try:
        expected = replay(session)
    except (ValueError, TypeError, AttributeError) as error:  # not the JSON the app writes
        return [Finding("audit chain", f"The audit log cannot be read: {error}.")]
    seen = set()
    for model in AUDITED_MODELS:
        for entity in session.scalars(select(model)):
            key = (model.audit_name, entity.uuid)
            seen.add(key)
            recorded = expected.get(key)
            label = f"{model.audit_name.replace('_', ' ')} {entity.uuid}"
            if recorded is None:
                findings.append(Finding("row", f"The {label} has no entry in the audit log."))
                continue
            actual = entity.snapshot()
            changed = sorted(
                k for k in actual.keys() | recorded.keys() if actual.get(k) != recorded.get(k)
            )
            if changed:
                findings.append(
                    Finding(
                        "row",
                        f"The {label} differs from the audit log in: {', '.join(changed)}.",
                    )
                )
    for entity_type, uuid in expected.keys() - seen:
        findings.append(
            Finding(
                "row",
                f"The {entity_type.replace('_', ' ')} {uuid} is in the audit log "
                "but missing from the file.",
            )
        )
    return findings
