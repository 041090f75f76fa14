"""Each incident's worst damage and photo count on its row, for the timeline of every mission.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Severity from least to worst, as at this revision (casefiles.domain.vocabulary.Severity).
_ORDER = "ARRAY['not_assessed', 'none', 'minor', 'moderate', 'severe', 'destroyed']"


def upgrade() -> None:
    op.add_column("incidents", sa.Column("worst_severity", sa.Text(), nullable=True))
    op.add_column(
        "incidents", sa.Column("photo_count", sa.Integer(), server_default="0", nullable=False)
    )
    op.execute(
        f"""
        UPDATE incidents AS i SET
          worst_severity = (
            SELECT d.severity FROM damage_items AS d
            WHERE d.incident_uuid = i.uuid AND NOT d.deleted
              AND array_position({_ORDER}, d.severity) IS NOT NULL
            ORDER BY array_position({_ORDER}, d.severity) DESC LIMIT 1),
          photo_count = (
            SELECT count(*) FROM evidence_items AS e
            WHERE e.incident_uuid = i.uuid AND NOT e.deleted)
        """
    )


def downgrade() -> None:
    op.drop_column("incidents", "photo_count")
    op.drop_column("incidents", "worst_severity")
