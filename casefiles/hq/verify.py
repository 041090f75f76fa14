"""`casefiles hq verify`: each mission's chain, checked at headquarters as in its case file.

A mission's records and audit entries are read back as a bundle's manifest and put through the
bundle's own checks (casefiles.bundle.verify): the chain's hashes and links, and every record
against what the chain says it holds. Besides: the chain still reaches the fingerprint of every
whole-case-file bundle imported, every record came from a bundle of its own mission, and every
original still has the SHA-256 it is stored under (hashed inside PostgreSQL).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, select

from casefiles.bundle.manifest import TABLES, Manifest
from casefiles.bundle.verify import audit_findings, row_findings
from casefiles.hq.rows import read_rows
from casefiles.hq.schema import (
    RECORD_TABLES,
    audit_entries,
    bundles,
    evidence_items,
    missions,
    originals,
)
from casefiles.integrity.findings import Finding
from casefiles.storage.file_format import GENESIS_HASH
from casefiles.storage.models import Mission


def verify(connection: Connection, mission_ids: Sequence[int] | None = None) -> list[Finding]:
    """Every problem found, each naming its mission; none means every chain checks out."""
    query = select(missions.c.id, missions.c.uuid, missions.c.name).order_by(missions.c.name)
    if mission_ids is not None:
        query = query.where(missions.c.id.in_(mission_ids))
    findings = []
    for mission_id, uuid, name in connection.execute(query).all():
        findings += [
            Finding(f.check, f"{name}: {f.message}")
            for f in _mission_findings(connection, mission_id, uuid)
        ]
    return findings + _original_findings(connection, mission_ids)


def _mission_findings(connection: Connection, mission_id: int, uuid: str) -> list[Finding]:
    entries = _audit_log(connection, mission_id)
    contiguous = [entry["id"] for entry in entries] == list(range(1, len(entries) + 1))
    head = entries[-1]["hash"] if entries else GENESIS_HASH
    mission = read_rows(connection, Mission, mission_id=mission_id)
    data: dict[str, Any] = {
        "mission": next(row for _owner, row in mission.values()),
        "audit_log": entries,
        # Whole from its first entry: checked as a complete bundle's chain.
        "selection": {"incidents": None if contiguous else [], "strip_location": False},
        "source": {"fingerprint": head},
    }
    for table, model in TABLES.items():
        rows = read_rows(connection, model, mission_id=mission_id)
        data[table] = [row for _owner, row in rows.values()]
    manifest = Manifest(data)
    findings = audit_findings(manifest) + row_findings(manifest)
    hashes = {entry["hash"] for entry in entries} | {GENESIS_HASH}
    for file_name, fingerprint in connection.execute(
        select(bundles.c.file_name, bundles.c.source_fingerprint)
        .where(bundles.c.mission_uuid == uuid, bundles.c.complete)
        .order_by(bundles.c.id)
    ):
        if fingerprint not in hashes:
            findings.append(
                Finding(
                    "audit chain",
                    f"The audit log no longer reaches the fingerprint of the bundle {file_name} "
                    "it was imported from.",
                )
            )
    return findings + _provenance_findings(connection, mission_id, uuid)


def _audit_log(connection: Connection, mission_id: int) -> list[dict[str, Any]]:
    columns = [c for c in audit_entries.c if c.key not in ("mission_id", "bundle_id")]
    rows = connection.execute(
        select(*columns).where(audit_entries.c.mission_id == mission_id).order_by("seq")
    ).mappings()
    entries = []
    for row in rows:
        entry = dict(row)
        entry["id"] = entry.pop("seq")
        if isinstance(entry["withheld"], str):  # JSONB read back by another driver
            entry["withheld"] = json.loads(entry["withheld"])
        entries.append(entry)
    return entries


def _provenance_findings(connection: Connection, mission_id: int, uuid: str) -> list[Finding]:
    findings = []
    for model, table in RECORD_TABLES.items():
        owner = table.c.id if model is Mission else table.c.mission_id
        strays = connection.scalar(
            select(func.count())
            .select_from(table.join(bundles, bundles.c.id == table.c.bundle_id))
            .where(owner == mission_id, bundles.c.mission_uuid != uuid)
        )
        if strays:
            findings.append(
                Finding(
                    "provenance",
                    f"{strays} record(s) in {table.name} name a bundle of another mission as "
                    "their source.",
                )
            )
    return findings


def _original_findings(connection: Connection, mission_ids: Sequence[int] | None) -> list[Finding]:
    query = select(originals.c.sha256).where(
        func.encode(func.sha256(originals.c.data), "hex") != originals.c.sha256
    )
    if mission_ids is not None:
        held = select(evidence_items.c.sha256).where(evidence_items.c.mission_id.in_(mission_ids))
        query = query.where(originals.c.sha256.in_(held))
    return [
        Finding("original", f"The original stored under {sha256} does not have that SHA-256.")
        for sha256 in connection.scalars(query.order_by(originals.c.sha256))
    ]
