"""Schema 0002 (import tracking) upgrades a 0001 database holding data with no row lost."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from tracker.store.database import SCHEMA_REVISION, open_database

TABLES = ("agency", "vehicle", "person", "mission", "crewassignment", "schedulechange")


def columns_of(url: str) -> dict[str, list[str]]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        found = {t: [c["name"] for c in sa.inspect(conn).get_columns(t)] for t in TABLES}
    engine.dispose()
    return found


def rows(url: str, columns_by_table: dict[str, list[str]]) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the given (0001) columns, table by table."""
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        result = {}
        for table in TABLES:
            columns = columns_by_table[table]
            query = f'SELECT {", ".join(columns)} FROM "{table}" ORDER BY id'
            result[table] = [tuple(r) for r in conn.exec_driver_sql(query)]
    engine.dispose()
    return result


def test_a_0001_database_with_data_upgrades_with_no_row_lost(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = open_database(url)  # the default data, at the newest schema
    config = Config()
    config.set_main_option("script_location", "tracker.store:migrations")
    with db.engine.connect() as conn:  # back to 0001, foreign keys off (PITFALLS.md)
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        with conn.begin():
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
    db.dispose()
    old_columns = columns_of(url)
    before = rows(url, old_columns)
    assert len(before["crewassignment"]) == 30 and len(before["schedulechange"]) == 1

    upgraded = open_database(url)
    with upgraded.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            SCHEMA_REVISION
        )
        snapshots = conn.exec_driver_sql("SELECT DISTINCT ll2_snapshot FROM mission").all()
        assert snapshots == [("",)]
    upgraded.dispose()
    assert rows(url, old_columns) == before
    assert list(tmp_path.glob("old.db.*.before-migration-0001.bak"))
