"""How each photo is shown (a display setting): its rotation for display, audited.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photo_views",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(length=36), nullable=False, unique=True),
        sa.Column("evidence_id", sa.Integer(), nullable=False, unique=True),
        sa.ForeignKeyConstraint(["evidence_id"], ["evidence_items.id"]),
        sa.Column("rotation", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("photo_views")
