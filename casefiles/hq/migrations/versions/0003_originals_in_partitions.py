"""Originals in hash partitions, so that imports running at once write different tables.

Two imports writing one `originals` table waited on each other to grow it, its TOAST table and
their indexes (`Lock:extend`, `LWLock:BufferContent`: docs/headquarters.md, "Originals in
partitions"). Hashed on the SHA-256, each original goes to one of 16 tables, each with its own
TOAST table and index; the key and the lookups by hash stay as they were.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

PARTITIONS = 16


def upgrade() -> None:
    _rebuild_originals(partitioned=True)


def downgrade() -> None:
    _rebuild_originals(partitioned=False)


def _rebuild_originals(*, partitioned: bool) -> None:
    """A new `originals` table, the rows copied into it, the old one dropped; the foreign keys
    that name it are made again on the new one (PostgreSQL cannot turn a table into a
    partitioned one in place)."""
    references = (
        op.get_bind()
        .exec_driver_sql(
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE contype = 'f' AND confrelid = 'originals'::regclass "
            "AND conparentid = 0"
        )
        .all()
    )
    for table, name, _definition in references:
        op.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    op.execute("ALTER TABLE originals RENAME TO originals_before")
    op.execute("ALTER INDEX originals_pkey RENAME TO originals_before_pkey")
    op.execute(
        "CREATE TABLE originals (sha256 VARCHAR(64) NOT NULL, size BIGINT NOT NULL, "
        "data BYTEA NOT NULL, bundle_id BIGINT NOT NULL REFERENCES bundles (id), "
        "CONSTRAINT originals_pkey PRIMARY KEY (sha256))"
        + (" PARTITION BY HASH (sha256)" if partitioned else "")
    )
    for number in range(PARTITIONS if partitioned else 0):
        op.execute(
            f"CREATE TABLE originals_{number:02d} PARTITION OF originals "
            f"FOR VALUES WITH (MODULUS {PARTITIONS}, REMAINDER {number})"
        )
    # Photos do not compress: out of line without trying (on a parent, it reaches every part).
    op.execute("ALTER TABLE originals ALTER COLUMN data SET STORAGE EXTERNAL")
    op.execute("INSERT INTO originals SELECT sha256, size, data, bundle_id FROM originals_before")
    op.execute("DROP TABLE originals_before")
    for table, name, definition in references:
        op.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
