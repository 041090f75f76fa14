"""The headquarters schema: missions, their records and audit logs, bundles, originals.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_TABLES = (
    "evidence_items", "notes", "damage_items", "correspondence_incidents", "incidents",
    "sites", "correspondence", "audit_entries", "originals", "missions", "bundles",
)  # fmt: skip


def upgrade() -> None:
    # Trigram indexes for search in folded text (a trusted extension: no superuser needed).
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_table(
        "bundles",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("bundle_uuid", sa.String(length=36), nullable=False),
        sa.Column("mission_uuid", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("source_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("complete", sa.Boolean(), nullable=False),
        sa.Column("exported_by", sa.Text(), nullable=False),
        sa.Column("exported_at", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("app_version", sa.Text(), nullable=False),
        sa.Column("imported_by", sa.Text(), server_default=sa.text("CURRENT_USER"), nullable=False),
        sa.Column(
            "imported_at",
            postgresql.TIMESTAMP(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("added", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("bundle_uuid"),
    )
    op.create_index(op.f("ix_bundles_mission_uuid"), "bundles", ["mission_uuid"], unique=False)
    op.create_table(
        "missions",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("sending_state", sa.Text(), nullable=False),
        sa.Column("host_country", sa.Text(), nullable=False),
        sa.Column("city", sa.Text(), nullable=False),
        sa.Column("timezone", sa.Text(), nullable=False),
        sa.Column("classification", sa.Text(), nullable=False),
        sa.Column("reference_prefix", sa.Text(), nullable=False),
        sa.Column("created_at", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("bundle_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_table(
        "originals",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("bundle_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.id"],
        ),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "audit_entries",
        sa.Column("mission_id", sa.BigInteger(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.Text(), nullable=False),
        sa.Column("user", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("entity_type", sa.Text(), nullable=False),
        sa.Column("entity_uuid", sa.Text(), nullable=False),
        sa.Column("changes_json", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("redacted", sa.Boolean(), nullable=False),
        sa.Column("withheld", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("bundle_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.id"],
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
        ),
        sa.PrimaryKeyConstraint("mission_id", "seq"),
    )
    op.create_table(
        "correspondence",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("mission_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("direction", sa.Text(), nullable=False),
        sa.Column("date_start", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("date_end", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("date_precision", sa.Text(), nullable=False),
        sa.Column("reference_number", sa.Text(), nullable=False),
        sa.Column("counterpart", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("bundle_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.id"],
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_correspondence_mission", "correspondence", ["mission_id"], unique=False)
    op.create_table(
        "sites",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("mission_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("latitude", sa.Double(), nullable=True),
        sa.Column("longitude", sa.Double(), nullable=True),
        sa.Column("coordinates_notified", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("bundle_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.id"],
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_sites_mission", "sites", ["mission_id"], unique=False)
    op.create_table(
        "incidents",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("mission_id", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("site_uuid", sa.String(length=36), nullable=False),
        sa.Column("time_start", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("time_end", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("time_precision", sa.Text(), nullable=False),
        sa.Column("incident_type", sa.Text(), nullable=False),
        sa.Column("impact", sa.Text(), nullable=False),
        sa.Column("distance_m", sa.Double(), nullable=True),
        sa.Column("distance_words", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("staff_killed", sa.BigInteger(), nullable=True),
        sa.Column("staff_injured", sa.BigInteger(), nullable=True),
        sa.Column("others_injured", sa.BigInteger(), nullable=True),
        sa.Column("uxo_found", sa.Boolean(), nullable=True),
        sa.Column("uxo_depth_m", sa.Double(), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("bundle_id", sa.BigInteger(), nullable=False),
        sa.Column("search_folded", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.id"],
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
        ),
        sa.ForeignKeyConstraint(
            ["site_uuid"],
            ["sites.uuid"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mission_id", "reference", name="uq_incidents_mission_reference"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index(
        "ix_incidents_mission_time", "incidents", ["mission_id", "time_start"], unique=False
    )
    op.create_index(
        "ix_incidents_search",
        "incidents",
        ["search_folded"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"search_folded": "gin_trgm_ops"},
    )
    op.create_index("ix_incidents_time", "incidents", ["time_start"], unique=False)
    op.create_table(
        "correspondence_incidents",
        sa.Column("correspondence_uuid", sa.String(length=36), nullable=False),
        sa.Column("incident_uuid", sa.String(length=36), nullable=False),
        sa.Column("bundle_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.id"],
        ),
        sa.ForeignKeyConstraint(
            ["correspondence_uuid"],
            ["correspondence.uuid"],
        ),
        sa.ForeignKeyConstraint(
            ["incident_uuid"],
            ["incidents.uuid"],
        ),
        sa.PrimaryKeyConstraint("correspondence_uuid", "incident_uuid"),
    )
    op.create_index(
        "ix_correspondence_incidents_incident",
        "correspondence_incidents",
        ["incident_uuid"],
        unique=False,
    )
    op.create_table(
        "damage_items",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("mission_id", sa.BigInteger(), nullable=False),
        sa.Column("incident_uuid", sa.String(length=36), nullable=False),
        sa.Column("site_uuid", sa.String(length=36), nullable=True),
        sa.Column("element", sa.Text(), nullable=False),
        sa.Column("severity", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cost_amount", sa.Text(), nullable=True),
        sa.Column("cost_currency", sa.Text(), nullable=True),
        sa.Column("cost_estimated_on", sa.Date(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("bundle_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.id"],
        ),
        sa.ForeignKeyConstraint(
            ["incident_uuid"],
            ["incidents.uuid"],
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
        ),
        sa.ForeignKeyConstraint(
            ["site_uuid"],
            ["sites.uuid"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_damage_items_incident", "damage_items", ["incident_uuid"], unique=False)
    op.create_table(
        "notes",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("mission_id", sa.BigInteger(), nullable=False),
        sa.Column("site_uuid", sa.String(length=36), nullable=True),
        sa.Column("incident_uuid", sa.String(length=36), nullable=True),
        sa.Column("correspondence_uuid", sa.String(length=36), nullable=True),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("written_at", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("edited_at", postgresql.TIMESTAMP(timezone=True), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("bundle_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.id"],
        ),
        sa.ForeignKeyConstraint(
            ["correspondence_uuid"],
            ["correspondence.uuid"],
        ),
        sa.ForeignKeyConstraint(
            ["incident_uuid"],
            ["incidents.uuid"],
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
        ),
        sa.ForeignKeyConstraint(
            ["site_uuid"],
            ["sites.uuid"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_notes_incident", "notes", ["incident_uuid"], unique=False)
    op.create_table(
        "evidence_items",
        sa.Column("id", sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("mission_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("incident_uuid", sa.String(length=36), nullable=True),
        sa.Column("damage_item_uuid", sa.String(length=36), nullable=True),
        sa.Column("correspondence_uuid", sa.String(length=36), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_filename", sa.Text(), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.Text(), nullable=False),
        sa.Column("imported_at", postgresql.TIMESTAMP(timezone=True), nullable=False),
        sa.Column("imported_by", sa.Text(), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("capture_time", sa.Text(), nullable=True),
        sa.Column("capture_offset_known", sa.Boolean(), nullable=False),
        sa.Column("gps_latitude", sa.Double(), nullable=True),
        sa.Column("gps_longitude", sa.Double(), nullable=True),
        sa.Column("gps_altitude", sa.Double(), nullable=True),
        sa.Column("camera_make", sa.Text(), nullable=True),
        sa.Column("camera_model", sa.Text(), nullable=True),
        sa.Column("software", sa.Text(), nullable=True),
        sa.Column("orientation", sa.BigInteger(), nullable=True),
        sa.Column("pixel_width", sa.BigInteger(), nullable=True),
        sa.Column("pixel_height", sa.BigInteger(), nullable=True),
        sa.Column("metadata_json", sa.Text(), nullable=False),
        sa.Column("derivation_error", sa.Text(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("bundle_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["bundle_id"],
            ["bundles.id"],
        ),
        sa.ForeignKeyConstraint(
            ["correspondence_uuid"],
            ["correspondence.uuid"],
        ),
        sa.ForeignKeyConstraint(
            ["damage_item_uuid"],
            ["damage_items.uuid"],
        ),
        sa.ForeignKeyConstraint(
            ["incident_uuid"],
            ["incidents.uuid"],
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["missions.id"],
        ),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["originals.sha256"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uuid"),
    )
    op.create_index("ix_evidence_items_incident", "evidence_items", ["incident_uuid"], unique=False)
    op.create_index("ix_evidence_items_sha256", "evidence_items", ["sha256"], unique=False)
    # Photos do not compress: store them out of line without trying.
    op.execute("ALTER TABLE originals ALTER COLUMN data SET STORAGE EXTERNAL")


def downgrade() -> None:
    for table in _TABLES:
        op.drop_table(table)
