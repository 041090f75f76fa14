"""Headquarters' tables in PostgreSQL: the case file's domain model with the mission as a
dimension, every record tied to the bundle that brought it, and evidence originals once per
SHA-256 across missions.

Each record table is made from the same fields a bundle's manifest has (`bundle.manifest.fields`),
so a row here reads back as the row that came in and the bundle's own checks run on it: links are
uuids, as in bundles, and decimal amounts keep the text they were written as (totals cast them).
The migrations in `hq/migrations` must build exactly these tables; a test compares them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB, TIMESTAMP
from sqlalchemy.types import TypeEngine

from casefiles.bundle.manifest import TABLES, Field, fields
from casefiles.storage.models import Audited, Mission

metadata = MetaData()

UUID_LENGTH = 36
_KINDS: dict[str, TypeEngine[Any]] = {
    "text": Text(),
    "int": BigInteger(),
    "float": Double(),
    "bool": Boolean(),
    "datetime": TIMESTAMP(timezone=True),
    "date": Date(),
    "decimal": Text(),  # exactly as written: "12500.50" stays that, not 12500.5
    "uuid": String(UUID_LENGTH),
    "sha256": String(64),
    "link": String(UUID_LENGTH),
}

# Every bundle imported: what a record's provenance points to.
bundles = Table(
    "bundles",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("bundle_uuid", String(UUID_LENGTH), nullable=False, unique=True),
    Column("mission_uuid", String(UUID_LENGTH), nullable=False, index=True),
    Column("file_name", Text, nullable=False),
    Column("manifest_sha256", String(64), nullable=False),
    Column("source_fingerprint", String(64), nullable=False),
    Column("complete", Boolean, nullable=False),
    Column("exported_by", Text, nullable=False),
    Column("exported_at", TIMESTAMP(timezone=True), nullable=False),
    Column("app_version", Text, nullable=False),
    Column("imported_by", Text, nullable=False, server_default=func.current_user()),
    Column("imported_at", TIMESTAMP(timezone=True), nullable=False, server_default=func.now()),
    Column("added", JSONB, nullable=False),
)

# Original bytes, once per SHA-256 whichever missions hold them (docs/headquarters.md: why
# bytea). Storage EXTERNAL (set by the migration): photos do not compress, so PostgreSQL
# should not try. In 16 partitions by hash (migration 0003, which makes them): imports running
# at once then rarely grow the same table.
originals = Table(
    "originals",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("bundle_id", BigInteger, ForeignKey("bundles.id"), nullable=False),
    postgresql_partition_by="HASH (sha256)",
)


def _column(field: Field) -> Column[Any]:
    target = None
    if field.target is not None:
        target = ForeignKey(f"{TABLE_NAMES[field.target]}.uuid")
    elif field.kind == "sha256":
        target = ForeignKey("originals.sha256")
    arguments = (target,) if target is not None else ()
    return Column(field.name, _KINDS[field.kind], *arguments, nullable=field.nullable)


def _record_table(model: type[Audited], name: str, *extra: Any) -> Table:
    own = [f for f in fields(model) if f.name != "uuid"]
    mission = (
        []
        if model is Mission
        else [Column("mission_id", BigInteger, ForeignKey("missions.id"), nullable=False)]
    )
    return Table(
        name,
        metadata,
        Column("id", BigInteger, primary_key=True, autoincrement=True),
        Column("uuid", String(UUID_LENGTH), nullable=False, unique=True),
        *mission,
        *(_column(field) for field in own),
        Column("bundle_id", BigInteger, ForeignKey("bundles.id"), nullable=False),
        *extra,
    )


TABLE_NAMES: dict[type[Audited], str] = {
    Mission: "missions",
    **{model: model.__tablename__ for model in TABLES.values()},
}
missions = _record_table(Mission, "missions")
sites = _record_table(TABLES["sites"], "sites", Index("ix_sites_mission", "mission_id"))
incidents = _record_table(
    TABLES["incidents"],
    "incidents",
    # The text search looks in: reference, title, description, damage, notes and letters,
    # folded as the desktop folds them (casefiles.domain.text_folding), trigram-indexed.
    Column("search_folded", Text, nullable=False, server_default=""),
    # What the timeline shows beside the incident's own columns (hq/incident_marks.py).
    Column("worst_severity", Text, nullable=True),
    Column("photo_count", Integer, nullable=False, server_default="0"),
    UniqueConstraint("mission_id", "reference", name="uq_incidents_mission_reference"),
    Index("ix_incidents_time", "time_start"),
    Index("ix_incidents_mission_time", "mission_id", "time_start"),
    Index(
        "ix_incidents_search",
        "search_folded",
        postgresql_using="gin",
        postgresql_ops={"search_folded": "gin_trgm_ops"},
    ),
)
damage_items = _record_table(
    TABLES["damage_items"], "damage_items", Index("ix_damage_items_incident", "incident_uuid")
)
correspondence = _record_table(
    TABLES["correspondence"], "correspondence", Index("ix_correspondence_mission", "mission_id")
)
evidence_items = _record_table(
    TABLES["evidence"],
    "evidence_items",
    Index("ix_evidence_items_incident", "incident_uuid"),
    Index("ix_evidence_items_sha256", "sha256"),
)
notes = _record_table(TABLES["notes"], "notes", Index("ix_notes_incident", "incident_uuid"))

RECORD_TABLES: dict[type[Audited], Table] = {
    model: metadata.tables[name] for model, name in TABLE_NAMES.items()
}

correspondence_incidents = Table(
    "correspondence_incidents",
    metadata,
    Column(
        "correspondence_uuid",
        String(UUID_LENGTH),
        ForeignKey("correspondence.uuid"),
        nullable=False,
    ),
    Column("incident_uuid", String(UUID_LENGTH), ForeignKey("incidents.uuid"), nullable=False),
    Column("bundle_id", BigInteger, ForeignKey("bundles.id"), nullable=False),
    PrimaryKeyConstraint("correspondence_uuid", "incident_uuid"),
    Index("ix_correspondence_incidents_incident", "incident_uuid"),
)

# Each mission's audit log as its case file wrote it (text kept exactly: the hashes cover it),
# so the chain can be checked here as in the case file.
audit_entries = Table(
    "audit_entries",
    metadata,
    Column("mission_id", BigInteger, ForeignKey("missions.id"), nullable=False),
    Column("seq", Integer, nullable=False),  # the entry's id in its case file
    Column("at", Text, nullable=False),
    Column("user", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("entity_type", Text, nullable=False),
    Column("entity_uuid", Text, nullable=False),
    Column("changes_json", Text, nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("redacted", Boolean, nullable=False),
    Column("withheld", JSONB, nullable=False),
    Column("bundle_id", BigInteger, ForeignKey("bundles.id"), nullable=False),
    PrimaryKeyConstraint("mission_id", "seq"),
)
