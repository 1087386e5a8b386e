"""Instants as timestamptz on PostgreSQL; constraints named by the convention; images of
vehicles and agencies

- PostgreSQL: every ``timestamp`` column (all are UTC: ``models.UTCDateTime``) becomes
  ``timestamptz``, read as the UTC it holds; the primary keys, unique constraints and foreign
  keys PostgreSQL named itself (``mission_pkey``, ``agency_name_key``,
  ``mission_spacecraft_id_fkey``) take the names ``models.NAMING_CONVENTION`` gives them, as
  a database made from this version on has. Found by asking the server, so a constraint
  already named by us is left alone.
- SQLite: nothing is rebuilt. Its columns keep naive UTC text, and its unnamed constraints
  stay unnamed (SQLite cannot rename one without copying the table, and nothing here drops
  one); a later migration that must drop one names it by the convention in batch mode.
- ``vehicle.image_url`` and ``agency.image_url`` (a picture's address, or ""), added in
  place with their default on both databases.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

URL_MAX = 2000  # tracker.vocabulary.URL_MAX when this revision was written
IMAGE_TABLES = ("vehicle", "agency")

# The server's own names for a primary key, a unique constraint and a foreign key, and the
# convention's (models.NAMING_CONVENTION): one row per constraint PostgreSQL named itself.
_SERVER_NAMED = """
SELECT c.conrelid::regclass::text AS tbl, c.conname, c.contype,
       array_agg(a.attname::text ORDER BY k.ord) AS cols, c.confrelid::regclass::text AS ref
  FROM pg_constraint c
  JOIN unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord) ON true
  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
 WHERE c.connamespace = current_schema()::regnamespace AND c.contype IN ('p', 'u', 'f')
   AND c.conrelid::regclass::text <> 'alembic_version'
 GROUP BY c.oid, c.conrelid, c.conname, c.contype, c.confrelid
"""


def _names(table: str, kind: str, cols: list[str], ref: str) -> tuple[str, str]:
    """(the server's default name, the convention's) for one constraint."""
    if kind == "p":
        return f"{table}_pkey", f"pk_{table}"
    if kind == "u":
        return f"{table}_{'_'.join(cols)}_key", f"uq_{table}_{'_'.join(cols)}"
    return f"{table}_{cols[0]}_fkey", f"fk_{table}_{cols[0]}_{ref}"


def _postgresql_upgrade(bind: sa.engine.Connection) -> None:
    zoned = bind.execute(
        sa.text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() "
            "AND data_type = 'timestamp without time zone' ORDER BY table_name, column_name"
        )
    ).all()
    for table, column in zoned:
        op.execute(
            f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE timestamptz '
            f"USING \"{column}\" AT TIME ZONE 'UTC'"
        )
    for table, name, kind, cols, ref in bind.execute(sa.text(_SERVER_NAMED)).all():
        server_name, ours = _names(table, kind, list(cols), ref or "")
        if name == server_name and name != ours:
            op.execute(f'ALTER TABLE "{table}" RENAME CONSTRAINT "{name}" TO "{ours}"')


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _postgresql_upgrade(bind)
    for table in IMAGE_TABLES:
        # Not in batch mode: SQLite adds a column with a default in place, no table copied.
        op.add_column(
            table,
            sa.Column("image_url", sa.String(length=URL_MAX), nullable=False, server_default=""),
        )


def downgrade() -> None:
    bind = op.get_bind()
    for table in IMAGE_TABLES:
        # SQLite (3.35+) drops a plain column in place: a batch copy of vehicle would trip
        # 0005's capacity trigger, which names it.
        op.execute(f'ALTER TABLE "{table}" DROP COLUMN image_url')
    if bind.dialect.name != "postgresql":
        return
    zoned = bind.execute(
        sa.text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() "
            "AND data_type = 'timestamp with time zone'"
        )
    ).all()
    for table, column in zoned:
        op.execute(
            f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE timestamp '
            f"USING \"{column}\" AT TIME ZONE 'UTC'"
        )
