"""Verification of a case file: SQLite integrity, the schema, every blob against its SHA-256, the
audit chain, every row (its links by uuid, the hashes of its derived images) against what the
audit log says it should hold, and the search index against the rows. Any edit made behind the
app's back (with the sqlite3 shell, say) shows up as a finding.

Rows and log entries are read as raw SQL values, not through the ORM: a value the app could not
have written (a date 2025-02-30, 'abc' as an amount) is a finding, never a crash.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from casefiles.domain.vocabulary import CorrespondenceKind, DamageElement, Vocabulary
from casefiles.errors import CaseFileDamaged
from casefiles.integrity.anchors import rollback_warning
from casefiles.integrity.audit import SALTS, hash_matches
from casefiles.integrity.findings import Finding
from casefiles.integrity.signatures import SignedEntry, SignerCount, check_signatures
from casefiles.language.phrase import Phrase, StoredFields, phrase
from casefiles.storage import search
from casefiles.storage.file_format import GENESIS_HASH
from casefiles.storage.models import (
    AUDITED_MODELS,
    DERIVED_HASHES,
    Audited,
    Correspondence,
    EvidenceItem,
    derived_hashes,
    jsonable,
    link_name,
    linked_table,
)
from casefiles.storage.schema_check import schema_problems
from casefiles.storage.store import CaseFile

CHUNK = 1 << 20
_CREATING = ("create", "import")  # import: a record brought in from a bundle
_NAME_OF_TABLE = {model.__tablename__: model.audit_name for model in AUDITED_MODELS}


@dataclass(frozen=True, slots=True)
class Report:
    """What a check found, and which evidence it concerns: a printed summary marks them."""

    findings: list[Finding]
    damaged_originals: frozenset[str] = frozenset()  # SHA-256 of originals missing or altered
    unchecked_pictures: frozenset[str] = frozenset()  # evidence uuids whose derived images differ
    # Evidence uuids whose thumbnail or preview is not made yet: pending, not a finding (the
    # derivation queue makes them from the original, which is checked).
    pending_pictures: frozenset[str] = frozenset()
    warnings: list[Phrase] = field(default_factory=list)  # unsigned old entries
    signers: list[SignerCount] = field(default_factory=list)  # whose keys signed, how often


def verify(case: CaseFile) -> list[Finding]:
    """Every problem found; an empty list means the case file is intact."""
    return check(case).findings


def check(case: CaseFile) -> Report:
    try:
        with case.reading() as session:
            findings = _integrity(session)
            if findings:  # a damaged database cannot be trusted for the finer checks
                return Report(findings)
            findings += [Finding("schema", p) for p in schema_problems(session, case.version)]
            blob_findings, damaged = _blobs(session)
            findings += blob_findings
            entries, chain_findings, signed = read_log(session)
            findings += chain_findings
            signatures = check_signatures(signed)
            findings += signatures.findings
            records = read_records(session)
            row_findings, pictures, pending = _rows(entries, records)
            findings += row_findings
            findings += _search_index(session)
    except CaseFileDamaged as error:
        return Report([Finding("integrity", str(error))])
    return Report(
        findings,
        frozenset(damaged),
        frozenset(pictures),
        frozenset(pending),
        signatures.warnings,
        signatures.signers,
    )


def verify_warnings(case: CaseFile, report: Report) -> list[Phrase]:
    """What a verification says besides its findings: entries written before signing, a copy
    older than one this computer has seen (anchors), pictures not made yet."""
    warnings = list(report.warnings)
    older = rollback_warning(case)
    if older is not None:
        warnings.append(older)
    if report.pending_pictures:
        warnings.append(phrase("verify_warning.pending", len(report.pending_pictures)))
    return warnings


def _integrity(session: Session) -> list[Finding]:
    rows = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
    if rows == ["ok"]:
        return []
    return [Finding("integrity", phrase("finding.sqlite_integrity", row=row)) for row in rows[:20]]


def _blob_chunks(raw: Any, rowid: int) -> Iterator[bytes]:
    """A blob's bytes. In chunks: a blob may be a 15 MB photo, and there may be thousands.
    sqlcipher3 (an encrypted case file) has no incremental blob reading: one photo at once, as
    bytes even if stored as text (which blobopen reads as its bytes too)."""
    if not hasattr(raw, "blobopen"):
        query = "SELECT CAST(data AS BLOB) FROM blobs WHERE rowid = ?"
        yield raw.execute(query, (rowid,)).fetchone()[0]
        return
    with raw.blobopen("blobs", "data", rowid, readonly=True) as blob:
        while chunk := blob.read(CHUNK):
            yield chunk


def _blobs(session: Session) -> tuple[list[Finding], set[str]]:
    findings = []
    damaged = set()
    raw = session.connection().connection.driver_connection
    rows = session.execute(text("SELECT rowid, sha256, size FROM blobs")).all()
    for rowid, sha256, size in rows:
        digest = hashlib.sha256()
        length = 0
        for chunk in _blob_chunks(raw, rowid):
            digest.update(chunk)
            length += len(chunk)
        if digest.hexdigest() != sha256 or length != size:
            damaged.add(sha256)
        if digest.hexdigest() != sha256:
            findings.append(Finding("blob", phrase("finding.blob_altered", blob=str(sha256)[:16])))
        elif length != size:
            findings.append(
                Finding(
                    "blob",
                    phrase("finding.blob_size", length, blob=str(sha256)[:16], expected=size),
                )
            )
    missing = session.execute(
        text(
            "SELECT original_filename, caption, uuid, sha256 FROM evidence_items "
            "WHERE sha256 NOT IN (SELECT sha256 FROM blobs)"
        )
    ).all()
    findings += [
        Finding(
            "blob", phrase("finding.original_missing", record=_evidence_label(name, caption, uuid))
        )
        for name, caption, uuid, _sha256 in missing
    ]
    damaged |= {sha256 for *_described, sha256 in missing}
    return findings, damaged


# The audit log ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LogEntry:
    """An audit entry as read; `changes` is None when its JSON is not what the app writes."""

    action: str
    entity_type: str
    entity_uuid: str
    changes: dict[str, Any] | None


def read_log(session: Session) -> tuple[list[LogEntry], list[Finding], list[SignedEntry]]:
    """Every entry, what is wrong with the chain (each entry's hash and its link), and the
    entries as their signatures are checked."""
    findings = []
    entries = []
    signed = []
    previous = GENESIS_HASH
    columns = {row[1] for row in session.execute(text("PRAGMA table_info(audit_log)"))}
    signing = "key_id, signature" if "signature" in columns else "NULL, NULL"  # before schema 5
    rows = session.execute(
        text(
            "SELECT id, at, user, action, entity_type, entity_uuid, changes, prev_hash, hash, "
            f"{signing} FROM audit_log ORDER BY id"
        )
    )
    for (
        number, at, user, action, entity_type, entity_uuid, changes, prev_hash, hash_, key_id,
        signature,
    ) in rows:  # fmt: skip
        if prev_hash != previous:
            findings.append(Finding("audit chain", phrase("finding.entry_unlinked", number=number)))
        moment = _time_text(at)
        if moment is None:
            findings.append(
                Finding("audit chain", phrase("finding.entry_time", number=number, at=repr(at)))
            )
        fields = [prev_hash, moment or at, user, action, entity_type, entity_uuid, changes]
        if not all(isinstance(value, str) for value in fields) or not hash_matches(hash_, *fields):
            findings.append(Finding("audit chain", phrase("finding.entry_altered", number=number)))
        parsed = _changes(changes)
        if parsed is None:
            findings.append(
                Finding("audit chain", phrase("finding.entry_unreadable", number=number))
            )
        entries.append(LogEntry(str(action), str(entity_type), str(entity_uuid), parsed))
        signed.append(
            SignedEntry(number, user, action, entity_type, parsed, hash_, key_id, signature)
        )
        previous = hash_
    return entries, findings, signed


def _time_text(value: object) -> str | None:
    """The stored time in the form the entry's hash covers, or None if it is not a time."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return str(jsonable(moment))


def _changes(value: object) -> dict[str, Any] | None:
    if not isinstance(value, str):
        return None
    try:
        changes = json.loads(value)
    except (ValueError, RecursionError):
        return None
    return changes if isinstance(changes, dict) else None


def replay(entries: list[LogEntry]) -> dict[tuple[str, str], dict[str, Any]]:
    """What every audited row should hold, by (entity type, uuid), from the log alone.

    Entries written before links were recorded by uuid hold row ids (`site_id: 3`). Rows are
    never deleted, so the n-th record of a kind created or imported was given row id n: that
    turns such an id into the uuid it meant, and a swap of row ids is found in old files too.
    """
    created: dict[str, list[str]] = defaultdict(list)
    seen: set[tuple[str, str]] = set()
    for entry in entries:
        key = (entry.entity_type, entry.entity_uuid)
        if entry.action in _CREATING and key not in seen:
            seen.add(key)
            created[entry.entity_type].append(entry.entity_uuid)
    legacy = _legacy_links()
    state: dict[tuple[str, str], dict[str, Any]] = {}
    for entry in entries:
        if entry.changes is None:
            continue
        key = (entry.entity_type, entry.entity_uuid)
        links = legacy.get(entry.entity_type, {})
        if entry.action in _CREATING:
            state[key] = {}
            for name, value in entry.changes.items():
                if name == SALTS:
                    continue
                if name in links:
                    name, value = link_name(name), _uuid_of_id(created[links[name]], value)
                state[key][name] = value
        elif key in state:
            for name, change in entry.changes.items():
                if name == SALTS or not (isinstance(change, list) and len(change) == 2):
                    continue  # not an update the app writes; the chain check covers the entry
                new = change[1]
                if name in links:
                    name, new = link_name(name), _uuid_of_id(created[links[name]], new)
                state[key][name] = new
    return state


def _legacy_links() -> dict[str, dict[str, str]]:
    """For each entity type, its link columns (`site_id`) and the entity type they link to."""
    links: dict[str, dict[str, str]] = {}
    for model in AUDITED_MODELS:
        for column in model.__table__.columns:
            table = linked_table(column)
            if table is not None:
                links.setdefault(model.audit_name, {})[column.key] = _NAME_OF_TABLE[table]
    return links


def _uuid_of_id(created: list[str], row_id: object) -> object:
    if row_id is None:
        return None
    if isinstance(row_id, int) and 1 <= row_id <= len(created):
        return created[row_id - 1]
    return f"row id {row_id}"  # matches no uuid, so the row differs


# The rows -----------------------------------------------------------------------------------------


@dataclass(slots=True)
class Record:
    """A row as stored: its snapshot as the audit log records it, and what cannot be read."""

    model: type[Audited]
    uuid: str
    label: Phrase | str
    snapshot: dict[str, Any]
    unreadable: dict[str, object] = field(default_factory=dict)


def read_records(session: Session) -> list[Record]:
    """Every audited row, from raw SQL values converted as the ORM would convert them."""
    dialect = session.get_bind().dialect
    uuids = {
        model.__tablename__: {
            row_id: uuid
            for row_id, uuid in session.execute(text(f"SELECT id, uuid FROM {model.__tablename__}"))
        }
        for model in AUDITED_MODELS
    }
    references = {
        row_id: reference
        for row_id, reference in session.execute(text("SELECT id, reference FROM incidents"))
    }
    letters: dict[int, list[str]] = defaultdict(list)
    for letter, incident in session.execute(
        text(
            "SELECT correspondence_id, incidents.uuid FROM correspondence_incidents "
            "JOIN incidents ON incidents.id = incident_id"
        )
    ):
        letters[letter].append(incident)
    derived: dict[int, list[tuple[str, bytes]]] = defaultdict(list)
    for evidence_id, purpose, data in session.execute(
        text("SELECT evidence_id, purpose, data FROM derived_images")
    ):
        derived[evidence_id].append((purpose, data))
    records = []
    for model in AUDITED_MODELS:
        columns = list(model.__table__.columns)
        names = ", ".join(f'"{column.key}"' for column in columns)
        for values in session.execute(text(f"SELECT {names} FROM {model.__tablename__}")):
            raw = dict(zip((column.key for column in columns), values, strict=True))
            incident = references.get(raw.get("incident_id"), "?")
            record = Record(model, str(raw["uuid"]), label(model, raw, incident), {})
            for column in columns:
                if column.key == "id":
                    continue
                target = linked_table(column)
                value = raw[column.key]
                if target is not None:
                    linked = None if value is None else uuids[target].get(value, f"row id {value}")
                    record.snapshot[link_name(column.key)] = linked
                    continue
                try:
                    record.snapshot[column.key] = jsonable(_converted(column.type, dialect, value))
                except (ValueError, TypeError, ArithmeticError):
                    record.unreadable[column.key] = value
            if model is Correspondence:
                record.snapshot["incident_uuids"] = sorted(letters[raw["id"]])
            if model is EvidenceItem:
                record.snapshot[DERIVED_HASHES] = derived_hashes(derived[raw["id"]])
            records.append(record)
    return records


def _converted(type_: Any, dialect: Dialect, value: object) -> object:
    processor = type_.result_processor(dialect, None)
    return value if processor is None or value is None else processor(value)


def _rows(
    entries: list[LogEntry], records: list[Record]
) -> tuple[list[Finding], set[str], set[str]]:
    findings = []
    pictures = set()
    pending = set()
    expected = replay(entries)
    seen = set()
    for record in records:
        key = (record.model.audit_name, record.uuid)
        seen.add(key)
        label = with_uuid(record.label, record.uuid)
        for name, value in record.unreadable.items():
            findings.append(
                Finding(
                    "row",
                    phrase("finding.unreadable", record=label, column=name, value=repr(value)),
                )
            )
        recorded = expected.get(key)
        if recorded is None:
            findings.append(Finding("row", phrase("finding.not_logged", record=label)))
            continue
        actual = record.snapshot
        compared = actual.keys() | recorded.keys()
        if DERIVED_HASHES not in recorded:  # recorded before derived images were hashed
            compared.discard(DERIVED_HASHES)
        changed = sorted(
            k for k in compared - record.unreadable.keys() if actual.get(k) != recorded.get(k)
        )
        no_pictures = record.model is EvidenceItem and not actual.get(DERIVED_HASHES)
        if no_pictures and actual.get("derivation_error") is None:
            pending.add(record.uuid)
        if DERIVED_HASHES in changed:
            changed.remove(DERIVED_HASHES)
            made = actual.get(DERIVED_HASHES) or {}
            logged = recorded.get(DERIVED_HASHES) or {}
            # One missing (deleted, or not made yet) is made again from the original: pending.
            if any(logged.get(purpose) != sha256 for purpose, sha256 in made.items()):
                pictures.add(record.uuid)
                findings.append(Finding("row", phrase("finding.derived_altered", record=label)))
        if changed:
            named = StoredFields(tuple(changed))
            findings.append(Finding("row", phrase("finding.differs", record=label, fields=named)))
    for entity_type, uuid in sorted(expected.keys() - seen):
        findings.append(
            Finding("row", phrase("finding.missing_record", entity=entity(entity_type), uuid=uuid))
        )
    return findings, pictures, pending


def label(model: type[Audited], raw: Mapping[str, Any], incident: str) -> Phrase | str:
    """A record as people know it: incident reference, photo file name and caption, letter
    number; the uuid follows it in every finding. `incident`: a damage item's incident."""
    match model.audit_name:
        case "mission" | "site" | "person":
            return phrase(f"record.{model.audit_name}", name=raw["name"])
        case "incident":
            return phrase("record.incident", reference=raw["reference"])
        case "damage_item":
            element = raw["element"]
            return phrase(
                "record.damage_item",
                element=element,
                element_label=_vocabulary(DamageElement, element),
                incident=incident,
            )
        case "correspondence":
            kind = raw["kind"]
            words = _vocabulary(CorrespondenceKind, kind)
            english = str(kind).replace("_", " ")
            if not raw["reference_number"]:
                return phrase("record.letter_unnumbered", kind=english, kind_label=words)
            number = raw["reference_number"]
            return phrase("record.letter", kind=english, kind_label=words, number=number)
        case "evidence":
            return _evidence_label(raw["original_filename"], raw["caption"], None)
        case "note":
            return phrase("record.note", author=raw["author"], written=raw["written_at"])
    return entity(model.audit_name)


def _vocabulary(vocabulary: type[Vocabulary], code: object) -> Phrase | object:
    """A stored code's label in words; a code the app would not write, as it is."""
    try:
        return phrase(vocabulary(str(code)).key)
    except ValueError:
        return code


def entity(entity_type: str) -> Phrase | str:
    """A kind of record as the audit log names it ("damage_item"); an unknown one as written."""
    if entity_type in _NAME_OF_TABLE.values():
        return phrase(f"entity.{entity_type}")
    return entity_type.replace("_", " ")


def with_uuid(label: Phrase | str, uuid: object) -> Phrase:
    return phrase("record.with_uuid", record=label, uuid=uuid)


def _evidence_label(filename: object, caption: object, uuid: str | None) -> Phrase:
    if caption:
        label = phrase("record.photo_captioned", file=filename, caption=caption)
    else:
        label = phrase("record.photo", file=filename)
    return label if uuid is None else with_uuid(label, uuid)


# The search index -------------------------------------------------------------------------------


# Opening for writing rebuilds an index that is unreadable or indexes other incidents, but does
# not compare every text (seconds in a large case file): an edited text is put right there
# (Case › Verify… in the window, which the finding names).
def _search_index(session: Session) -> list[Finding]:
    """The index is derived data: verify compares every text of it with the rows and says when
    it is out of step, so that a search that missed something is explained."""
    try:
        stale = search.stale_incidents(session)
    except DBAPIError:
        return [Finding("search index", phrase("finding.index_unreadable"))]
    if not stale:
        return []
    listed = ", ".join(stale[:10])
    if len(stale) > 10:
        return [
            Finding(
                "search index",
                phrase("finding.index_stale_more", incidents=listed, more=len(stale) - 10),
            )
        ]
    return [Finding("search index", phrase("finding.index_stale", incidents=listed))]
