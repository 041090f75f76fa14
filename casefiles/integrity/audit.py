"""The append-only audit log: every change is an entry chained to the previous one by SHA-256.

The case file's fingerprint is the hash of the newest entry, so paper and file can be matched.

An entry's hash covers its changes (`content_digest`), in which each location or device field
stands as its own hash, salted with a random salt kept in the entry. A
bundle without location can then leave those values out and keep their salted hashes, and the
entry's hash still checks: what was removed is named, and nothing else can differ. (Entries
written before this hashed the changes' JSON text whole: `legacy_entry_hash`.)
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from casefiles import clock
from casefiles.integrity.signing import ENTRY, SIGNER_KEY, Signer
from casefiles.storage.file_format import GENESIS_HASH
from casefiles.storage.models import Audited, AuditEntry, Person, jsonable

HEAD_KEY = "audit_head"  # the newest hash, cached in session.info during a transaction
_REGISTERED = "audit_registered"  # key ids known to be in the register, this transaction
_AUDIT_LOG = AuditEntry.metadata.tables[AuditEntry.__tablename__]  # Core: no ORM bookkeeping


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    at: datetime
    user: str
    action: str
    entity_type: str
    entity_uuid: str
    changes: dict[str, Any]
    hash: str


def canonical(changes: dict[str, Any]) -> str:
    return json.dumps(changes, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


# Fields a bundle without location leaves out, by entity type: positions, devices, and the
# metadata the file carried (which holds both).
WITHHOLDABLE: dict[str, frozenset[str]] = {
    "site": frozenset({"latitude", "longitude"}),
    "evidence": frozenset(
        {"gps_latitude", "gps_longitude", "gps_altitude", "camera_make", "camera_model",
         "software", "metadata_json"}
    ),
}  # fmt: skip
SALTS = "_salts"  # in an entry's changes: the salt of each withholdable field it holds
_VERSION_2 = 2


def legacy_entry_hash(
    prev_hash: str,
    at: str,
    user: str,
    action: str,
    entity_type: str,
    entity_uuid: str,
    changes_json: str,
) -> str:
    """The hash of an entry written before changes were hashed field by field."""
    fields = [prev_hash, at, user, action, entity_type, entity_uuid, changes_json]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def entry_hash(
    prev_hash: str,
    at: str,
    user: str,
    action: str,
    entity_type: str,
    entity_uuid: str,
    digest: str,
) -> str:
    """The hash of an entry; `digest` is `content_digest` of its changes."""
    fields = [_VERSION_2, prev_hash, at, user, action, entity_type, entity_uuid, digest]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def field_digest(name: str, value: Any, salt: str) -> str:
    return hashlib.sha256(
        canonical({"salt": salt, "name": name, "value": value}).encode()
    ).hexdigest()


def content_digest(
    entity_type: str, changes: dict[str, Any], withheld: dict[str, str] | None = None
) -> str:
    """The hash of an entry's changes: its values as they are, except that each location or
    device field stands as its salted digest; `withheld` gives the digests of fields whose
    values were left out (a bundle without location)."""
    salts = changes.get(SALTS)
    salts = salts if isinstance(salts, dict) else {}
    hidden = WITHHOLDABLE.get(entity_type, frozenset())
    content = {
        name: field_digest(name, value, str(salts.get(name, ""))) if name in hidden else value
        for name, value in changes.items()
        if name != SALTS
    }
    content.update(withheld or {})
    return hashlib.sha256(canonical(content).encode()).hexdigest()


def hash_matches(
    hash_: str, prev_hash: str, at: str, user: str, action: str, entity_type: str,
    entity_uuid: str, changes_json: str,
) -> bool:  # fmt: skip
    """Whether an entry's stored hash is that of its fields, as this or an older version
    computed it."""
    fields = (prev_hash, at, user, action, entity_type, entity_uuid)
    if hash_ == legacy_entry_hash(*fields, changes_json):
        return True
    try:
        changes = json.loads(changes_json)
    except (ValueError, RecursionError):
        return False
    return isinstance(changes, dict) and hash_ == entry_hash(
        *fields, content_digest(entity_type, changes)
    )


def head_hash(session: Session) -> str:
    """Hash of the newest entry: the case file's fingerprint."""
    newest = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return newest or GENESIS_HASH


def append(
    session: Session,
    user: str,
    action: str,
    entity_type: str,
    entity_uuid: str,
    changes: dict[str, Any],
) -> None:
    """Add one entry in the caller's transaction, signed by the transaction's signer (who is
    first added to the register of people if they are not in it yet). Inserted at once, with
    a Core insert: entries are only ever added, so the ORM's unit of work has nothing to track
    (it cost more than hashing and signing the entry)."""
    get_signer: Callable[[], Signer] = session.info[SIGNER_KEY]  # every writing session's
    signer = get_signer()
    _register(session, signer)
    prev = session.info.get(HEAD_KEY) or head_hash(session)
    at = clock.now()
    withholdable = sorted(WITHHOLDABLE.get(entity_type, frozenset()) & changes.keys())
    if withholdable:  # a salt each, so that a withheld value cannot be guessed from its hash
        changes = {**changes, SALTS: {name: secrets.token_hex(16) for name in withholdable}}
    hash_ = entry_hash(
        prev,
        str(jsonable(at)),
        user,
        action,
        entity_type,
        entity_uuid,
        content_digest(entity_type, changes),
    )
    session.execute(
        insert(_AUDIT_LOG).values(
            at=at,
            user=user,
            action=action,
            entity_type=entity_type,
            entity_uuid=entity_uuid,
            changes=canonical(changes),
            prev_hash=prev,
            hash=hash_,
            key_id=signer.public.key_id,
            signature=signer.sign(ENTRY, hash_),
        )
    )
    session.info[HEAD_KEY] = hash_


def _register(session: Session, signer: Signer) -> None:
    """The signer's first entry in a case file is their own entry in its register."""
    known: set[str] = session.info.setdefault(_REGISTERED, set())
    key_id = signer.public.key_id
    if key_id in known:
        return
    known.add(key_id)  # before the entry below, which is signed too
    if session.scalar(select(Person.id).where(Person.key_id == key_id)) is not None:
        return
    person = Person(
        name=signer.name,
        role=signer.role,
        public_key=signer.public.raw.hex(),
        key_id=key_id,
        added_at=clock.now(),
        added_by=signer.person,
    )
    session.add(person)
    record_create(session, signer.person, person)


def record_create(session: Session, user: str, entity: Audited) -> None:
    session.flush()  # so defaults and foreign keys are in the snapshot
    append(session, user, "create", entity.audit_name, entity.uuid, entity.snapshot())


def record_update(
    session: Session, user: str, entity: Audited, before: dict[str, Any], action: str = "update"
) -> dict[str, list[Any]]:
    """Write an entry with the fields that changed since `before` (a snapshot); none if none."""
    session.flush()
    after = entity.snapshot()
    changed = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
    if changed:
        append(session, user, action, entity.audit_name, entity.uuid, changed)
    return changed


def history(session: Session, entity_uuid: str | None = None) -> list[AuditRecord]:
    query = select(AuditEntry).order_by(AuditEntry.id)
    if entity_uuid is not None:
        query = query.where(AuditEntry.entity_uuid == entity_uuid)
    return [
        AuditRecord(
            e.id,
            e.at,
            e.user,
            e.action,
            e.entity_type,
            e.entity_uuid,
            json.loads(e.changes),
            e.hash,
        )
        for e in session.scalars(query)
    ]
