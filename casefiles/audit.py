"""The append-only audit log: every change is an entry chained to the previous one by SHA-256.

The case file's fingerprint is the hash of the newest entry, so paper and file can be matched.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casefiles import clock
from casefiles.file_format import GENESIS_HASH
from casefiles.models import Audited, AuditEntry, jsonable

HEAD_KEY = "audit_head"  # the newest hash, cached in session.info during a transaction


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


def entry_hash(
    prev_hash: str,
    at: str,
    user: str,
    action: str,
    entity_type: str,
    entity_uuid: str,
    changes_json: str,
) -> str:
    fields = [prev_hash, at, user, action, entity_type, entity_uuid, changes_json]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


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
) -> AuditEntry:
    """Add one entry in the caller's transaction."""
    prev = session.info.get(HEAD_KEY) or head_hash(session)
    at = clock.now()
    changes_json = canonical(changes)
    entry = AuditEntry(
        at=at,
        user=user,
        action=action,
        entity_type=entity_type,
        entity_uuid=entity_uuid,
        changes=changes_json,
        prev_hash=prev,
    )
    entry.hash = entry_hash(
        prev,
        str(jsonable(at)),
        user,
        action,
        entity_type,
        entity_uuid,
        changes_json,
    )
    session.add(entry)
    session.info[HEAD_KEY] = entry.hash
    return entry


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
