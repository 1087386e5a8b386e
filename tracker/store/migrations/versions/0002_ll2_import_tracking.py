"""Launch Library 2 import tracking

Adds ``ll2_snapshot`` (the values last imported, so re-imports can tell hand edits from
source updates) to agency, vehicle, mission and person, and makes a vehicle's LL2 id unique
per kind: Launch Library 2 numbers launcher and spacecraft configurations separately, so
Falcon 9's id can also be a capsule's.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 00:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("agency", "vehicle", "mission", "person")
# SQLite keeps 0001's unique constraint on vehicle.ll2_id without a name: batch mode needs
# one to drop it, which this naming convention gives it on reflection.
NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def _old_vehicle_unique() -> str:
    """The name of the unique constraint on vehicle.ll2_id alone, whatever the dialect."""
    for uq in sa.inspect(op.get_bind()).get_unique_constraints("vehicle"):
        if uq["column_names"] == ["ll2_id"] and uq["name"]:
            return str(uq["name"])
    return "uq_vehicle_ll2_id"


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("ll2_snapshot", sa.Text(), nullable=False, server_default="")
            )
    old = _old_vehicle_unique()
    with op.batch_alter_table("vehicle", schema=None, naming_convention=NAMING) as batch_op:
        batch_op.drop_constraint(old, type_="unique")
        batch_op.create_unique_constraint("uq_vehicle_kind_ll2_id", ["kind", "ll2_id"])


def downgrade() -> None:
    with op.batch_alter_table("vehicle", schema=None) as batch_op:
        batch_op.drop_constraint("uq_vehicle_kind_ll2_id", type_="unique")
        batch_op.create_unique_constraint("uq_vehicle_ll2_id", ["ll2_id"])
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("ll2_snapshot")
