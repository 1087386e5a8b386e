"""An index on mission (status, net), for the missions yet to fly in NET order.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_mission_status_net", "mission", ["status", "net"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_mission_status_net", table_name="mission")
