"""Signed audit entries: each entry's signer's key id and signature, and the register of people
with their public keys.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(length=36), nullable=False, unique=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=16), nullable=False, unique=True),
        sa.Column("added_at", sa.String(length=32), nullable=False),
        sa.Column("added_by", sa.Text(), nullable=False),
    )
    # Entries written before this stay unsigned: verify reports them as such, not as tampering.
    op.add_column("audit_log", sa.Column("key_id", sa.String(length=16), nullable=True))
    op.add_column("audit_log", sa.Column("signature", sa.String(length=128), nullable=True))


def downgrade() -> None:
    op.drop_column("audit_log", "signature")
    op.drop_column("audit_log", "key_id")
    op.drop_table("people")
