"""The database refuses a roster over its spacecraft's capacity; one spelling per place

- A trigger on ``crewassignment``: an insert, or a move of an entry to another mission, that
  would put more crew on a mission than its spacecraft's ``crew_capacity`` is refused with
  an integrity error, whatever wrote it (the store checks first and says it better; this is
  the guard behind it). A mission without a spacecraft, or whose spacecraft has no capacity,
  has no limit. SQLite gets a ``BEFORE`` trigger per statement kind; PostgreSQL one trigger
  function that also locks the mission's row, so two writers cannot both take the last seat.
- Launch sites and destinations are rewritten to their short form (``tracker.places``), so a
  database made before this revision holds one spelling of each place, as a new one does.

SQLite drops a table's triggers with the table: a later batch migration of
``crewassignment`` must create this trigger again (``create_triggers``); one that rebuilds
``mission`` or ``vehicle`` must drop it first (SQLite checks triggers when a table is renamed).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from tracker import places

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The words the trigger raises; the store's own rule (``rules.check_room``) says it first.
MESSAGE = "crew over capacity: the spacecraft has no seat left on this mission"

# The capacity of the mission's spacecraft, and how many are on its roster now.
_SQLITE_FULL = """
    (SELECT v.crew_capacity FROM mission m JOIN vehicle v ON v.id = m.spacecraft_id
      WHERE m.id = NEW.mission_id)
    <= (SELECT count(*) FROM crewassignment c WHERE c.mission_id = NEW.mission_id)
"""
SQLITE = (
    f"""CREATE TRIGGER crew_within_capacity_insert BEFORE INSERT ON crewassignment
    WHEN {_SQLITE_FULL}
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER crew_within_capacity_update BEFORE UPDATE OF mission_id ON crewassignment
    WHEN NEW.mission_id IS NOT OLD.mission_id AND {_SQLITE_FULL}
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
)
POSTGRESQL = (
    f"""CREATE FUNCTION crew_within_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        seats integer;
        aboard integer;
    BEGIN
        IF TG_OP = 'UPDATE' AND NEW.mission_id = OLD.mission_id THEN
            RETURN NEW;
        END IF;
        -- one roster change per mission at a time: the count below stays true until commit
        PERFORM 1 FROM mission WHERE id = NEW.mission_id FOR NO KEY UPDATE;
        SELECT v.crew_capacity INTO seats FROM mission m JOIN vehicle v ON v.id = m.spacecraft_id
         WHERE m.id = NEW.mission_id;
        IF seats IS NULL THEN
            RETURN NEW;
        END IF;
        SELECT count(*) INTO aboard FROM crewassignment WHERE mission_id = NEW.mission_id;
        IF aboard >= seats THEN
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE TRIGGER crew_within_capacity BEFORE INSERT OR UPDATE OF mission_id
    ON crewassignment FOR EACH ROW EXECUTE FUNCTION crew_within_capacity()""",
)
DROP = {
    "sqlite": (
        "DROP TRIGGER IF EXISTS crew_within_capacity_insert",
        "DROP TRIGGER IF EXISTS crew_within_capacity_update",
    ),
    "postgresql": (
        "DROP TRIGGER IF EXISTS crew_within_capacity ON crewassignment",
        "DROP FUNCTION IF EXISTS crew_within_capacity()",
    ),
}


def create_triggers() -> None:
    """The capacity guard for the database's dialect (SQLite or PostgreSQL)."""
    dialect = op.get_bind().dialect.name
    if dialect not in DROP:
        raise NotImplementedError(f"no crew capacity trigger for {dialect}")
    for statement in SQLITE if dialect == "sqlite" else POSTGRESQL:
        op.execute(statement)


def _one_spelling_per_place() -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, launch_site, destination FROM mission")).all()
    for mission_id, site, destination in rows:
        short = (places.site(site).short, places.destination(destination).short)
        if short != (site, destination):
            bind.execute(
                sa.text("UPDATE mission SET launch_site = :s, destination = :d WHERE id = :id"),
                {"s": short[0], "d": short[1], "id": mission_id},
            )


def upgrade() -> None:
    create_triggers()
    _one_spelling_per_place()


def downgrade() -> None:
    for statement in DROP[op.get_bind().dialect.name]:
        op.execute(statement)
