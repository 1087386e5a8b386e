"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-26 23:33:39.764408
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("abbrev", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=200), nullable=False),
        sa.Column("ll2_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(trim(name)) > 0", name="agency_name_nonempty"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ll2_id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("nationality", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=200), nullable=False),
        sa.Column("ll2_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(trim(name)) > 0", name="person_name_nonempty"),
        sa.ForeignKeyConstraint(["agency_id"], ["agency.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ll2_id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "vehicle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "spacecraft",
                "launcher",
                name="vehicle_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("crew_capacity", sa.Integer(), nullable=True),
        sa.Column("first_crewed_flight", sa.Date(), nullable=True),
        sa.Column("ll2_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "crew_capacity IS NULL OR crew_capacity >= 1", name="vehicle_capacity_positive"
        ),
        sa.CheckConstraint("length(trim(name)) > 0", name="vehicle_name_nonempty"),
        sa.ForeignKeyConstraint(["operator_id"], ["agency.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ll2_id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "mission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("spacecraft_id", sa.Integer(), nullable=True),
        sa.Column("capsule", sa.String(length=200), nullable=False),
        sa.Column("launcher_id", sa.Integer(), nullable=True),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("launch_site", sa.String(length=200), nullable=False),
        sa.Column("destination", sa.String(length=200), nullable=False),
        sa.Column("net", sa.DateTime(), nullable=False),
        sa.Column(
            "net_precision",
            sa.Enum(
                "Second",
                "Minute",
                "Hour",
                "Morning",
                "Afternoon",
                "Day",
                "Week",
                "Month",
                "Q1",
                "Q2",
                "Q3",
                "Q4",
                "H1",
                "H2",
                "Year",
                "Fiscal Year",
                "Decade",
                name="net_precision",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("window_start", sa.DateTime(), nullable=True),
        sa.Column("window_end", sa.DateTime(), nullable=True),
        sa.Column("landing", sa.DateTime(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "Go",
                "TBD",
                "TBC",
                "Hold",
                "In Flight",
                "Success",
                "Failure",
                "Partial Failure",
                "Deployed",
                name="launch_status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.String(length=20000), nullable=False),
        sa.Column("source", sa.String(length=20000), nullable=False),
        sa.Column("ll2_id", sa.String(length=64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(trim(name)) > 0", name="mission_name_nonempty"),
        sa.ForeignKeyConstraint(["launcher_id"], ["vehicle.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["operator_id"], ["agency.id"], ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["spacecraft_id"], ["vehicle.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ll2_id"),
    )
    with op.batch_alter_table("mission", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mission_name"), ["name"], unique=False)
        batch_op.create_index("ix_mission_net_name", ["net", "name"], unique=False)

    op.create_table(
        "crewassignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("seat", sa.Integer(), nullable=False),
        sa.CheckConstraint("length(trim(role)) > 0", name="crew_role_nonempty"),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mission_id", "person_id", name="uq_crew_person_once"),
    )
    with op.batch_alter_table("crewassignment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_crewassignment_mission_id"), ["mission_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_crewassignment_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "schedulechange",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("previous_net", sa.DateTime(), nullable=False),
        sa.Column(
            "previous_precision",
            sa.Enum(
                "Second",
                "Minute",
                "Hour",
                "Morning",
                "Afternoon",
                "Day",
                "Week",
                "Month",
                "Q1",
                "Q2",
                "Q3",
                "Q4",
                "H1",
                "H2",
                "Year",
                "Fiscal Year",
                "Decade",
                name="previous_precision",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("new_net", sa.DateTime(), nullable=False),
        sa.Column(
            "new_precision",
            sa.Enum(
                "Second",
                "Minute",
                "Hour",
                "Morning",
                "Afternoon",
                "Day",
                "Week",
                "Month",
                "Q1",
                "Q2",
                "Q3",
                "Q4",
                "H1",
                "H2",
                "Year",
                "Fiscal Year",
                "Decade",
                name="new_precision",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=20000), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("schedulechange", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_schedulechange_mission_id"), ["mission_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("schedulechange", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_schedulechange_mission_id"))

    op.drop_table("schedulechange")
    with op.batch_alter_table("crewassignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_crewassignment_person_id"))
        batch_op.drop_index(batch_op.f("ix_crewassignment_mission_id"))

    op.drop_table("crewassignment")
    with op.batch_alter_table("mission", schema=None) as batch_op:
        batch_op.drop_index("ix_mission_net_name")
        batch_op.drop_index(batch_op.f("ix_mission_name"))

    op.drop_table("mission")
    op.drop_table("vehicle")
    op.drop_table("person")
    op.drop_table("agency")
