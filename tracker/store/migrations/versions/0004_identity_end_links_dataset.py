"""Identities that travel, a mission's end, its links, and what the database knows of its data

- ``uid`` on agency, vehicle, mission and person (unique): the identity archives, calendars
  and imports match on. Existing rows get the default data's name-derived identities
  (``tracker.identity.default_uid``), so a database made before this revision and a new one
  agree on the default data; a launch imported from Launch Library 2 takes its LL2 id.
- ``mission.landing_outcome`` (Landed, Crew lost, In orbit), ``mission.status_reason`` (a
  hold's or a failure's reason), ``mission.image_url`` and ``person.image_url`` (a patch, a
  portrait: addresses only).
- ``missionlink``: webcasts and information links; ``dataset_info``: facts about the data as
  a whole (when it was last current, the sync's watermark); ``sync_change``: what each sync
  or import changed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker.identity import default_uid, new_uid

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("agency", "vehicle", "mission", "person")
# When the default data was current: the moment of its source, a news report.
DEFAULT_DATA_AS_OF = "2021-10-27T12:00:00+00:00"


def _fill_uids(table: str) -> None:
    bind = op.get_bind()
    taken: set[str] = set()
    ll2 = ", ll2_id" if table == "mission" else ", NULL"
    rows = bind.execute(sa.text(f"SELECT id, name{ll2} FROM {table} ORDER BY id")).all()
    for row_id, name, ll2_id in rows:
        uid = str(ll2_id) if ll2_id else default_uid(table, name)
        if uid in taken:  # two missions of one name: the later one gets a fresh identity
            uid = new_uid()
        taken.add(uid)
        bind.execute(
            sa.text(f"UPDATE {table} SET uid = :uid WHERE id = :id"), {"uid": uid, "id": row_id}
        )


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("uid", sa.String(length=64), nullable=True))
        _fill_uids(table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("uid", existing_type=sa.String(length=64), nullable=False)
            batch_op.create_index(f"ix_{table}_uid", ["uid"], unique=True)
    # The enum's CHECK goes in after its column exists: SQLite's batch copy checks it.
    with op.batch_alter_table("mission", schema=None) as batch_op:
        batch_op.add_column(sa.Column("landing_outcome", sa.String(length=20), nullable=True))
    with op.batch_alter_table("mission", schema=None) as batch_op:
        batch_op.create_check_constraint(
            "landing_outcome", "landing_outcome IN ('Landed', 'Crew lost', 'In orbit')"
        )
    with op.batch_alter_table("mission", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status_reason", sa.String(length=20000), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("image_url", sa.String(length=2000), nullable=False, server_default="")
        )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("image_url", sa.String(length=2000), nullable=False, server_default="")
        )
    op.create_table(
        "missionlink",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "webcast",
                "info",
                name="link_kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("live", sa.Boolean(), nullable=False),
        sa.Column("from_ll2", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mission_id", "url", name="uq_link_mission_url"),
    )
    op.create_index("ix_missionlink_mission_id", "missionlink", ["mission_id"], unique=False)
    op.create_table(
        "dataset_info",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=20000), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "sync_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("mission_uid", sa.String(length=64), nullable=False),
        sa.Column("mission_name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.String(length=20000), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_change_at", "sync_change", ["at"], unique=False)
    # A database whose missions all came from the default data is as current as its source
    # (a new, empty database gets the fact with the default data itself).
    bind = op.get_bind()
    missions, imported = bind.execute(sa.text("SELECT count(*), count(ll2_id) FROM mission")).one()
    if missions and not imported:
        bind.execute(
            sa.text("INSERT INTO dataset_info (key, value) VALUES ('data_as_of', :v)"),
            {"v": DEFAULT_DATA_AS_OF},
        )


def downgrade() -> None:
    op.drop_index("ix_sync_change_at", table_name="sync_change")
    op.drop_table("sync_change")
    op.drop_table("dataset_info")
    op.drop_index("ix_missionlink_mission_id", table_name="missionlink")
    op.drop_table("missionlink")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_column("image_url")
    with op.batch_alter_table("mission", schema=None) as batch_op:
        batch_op.drop_column("image_url")
        batch_op.drop_column("status_reason")
        batch_op.drop_constraint("landing_outcome", type_="check")
    with op.batch_alter_table("mission", schema=None) as batch_op:
        batch_op.drop_column("landing_outcome")
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f"ix_{table}_uid")
            batch_op.drop_column("uid")
