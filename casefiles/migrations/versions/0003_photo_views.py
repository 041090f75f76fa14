"""How each photo is shown (a display setting): its rotation for display, audited.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
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
