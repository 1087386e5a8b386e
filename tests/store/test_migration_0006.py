"""Migration 0006 on a database made before it, on both backends: instants as timestamptz
on PostgreSQL (the same instants, whatever the session's zone), the constraints PostgreSQL
named itself renamed by the convention, images of vehicles and agencies; on SQLite no table
copied and no row lost. Either way the schema then equals the models."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlmodel import SQLModel, select

from tests.pg.conftest import SERVER, create_database, drop_database, skip_without_server
from tracker.store.database import SCHEMA_REVISION, current_revision, make_engine, open_database
from tracker.store.models import Agency, Mission, ScheduleChange, Vehicle

NET = dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)
_names = itertools.count(1)

# What a database of schema 0005 held; the instants as naive UTC, as 0005 stored them.
ROWS = (
    "INSERT INTO agency (id, uid, name, abbrev, country) VALUES (1, 'a1', 'NASA', 'NASA', 'US')",
    "INSERT INTO vehicle (id, uid, name, kind, operator_id, crew_capacity) "
    "VALUES (1, 'v1', 'Crew Dragon', 'spacecraft', 1, 4)",
    "INSERT INTO person (id, uid, name, nationality, status, agency_id) "
    "VALUES (1, 'p1', 'Raja Chari', 'American', 'Active', 1)",
    "INSERT INTO mission (id, uid, name, spacecraft_id, capsule, launch_site, destination, net,"
    " net_precision, status, description, source, version, created_at, updated_at)"
    " VALUES (1, 'm1', 'Crew-3', 1, 'Endurance', 'KSC LC-39A', 'ISS', '2021-10-31 06:21:00',"
    " 'Second', 'Go', '', '', 1, '2021-10-27 12:00:00', '2021-10-27 12:00:00')",
    "INSERT INTO crewassignment (id, mission_id, person_id, role, seat) "
    "VALUES (1, 1, 1, 'Commander', 0)",
    "INSERT INTO schedulechange (id, mission_id, previous_net, previous_precision, new_net,"
    " new_precision, changed_at, reason) VALUES (1, 1, '2021-10-30 02:21:00', 'Second',"
    " '2021-10-31 06:21:00', 'Second', '2021-10-29 12:00:00', 'weather')",
)


@pytest.fixture(params=["sqlite", "postgresql"])
def old_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a database at schema 0005 made as 0005 made it: without the naming
    convention (so PostgreSQL named the constraints itself), holding a few rows."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.db'}"
        _make_0005(url, request)
        yield url
        return
    skip_without_server()
    name = f"tracker_test_{os.getpid()}_m6_{next(_names)}"
    create_database(name)
    try:
        _make_0005(SERVER + name, request)
        yield SERVER + name
    finally:
        drop_database(name)


def _make_0005(url: str, request: pytest.FixtureRequest) -> None:
    monkeypatch = request.getfixturevalue("monkeypatch")
    monkeypatch.setattr(SQLModel.metadata, "naming_convention", {"ix": "ix_%(column_0_label)s"})
    config = Config()
    config.set_main_option("script_location", "tracker.store:migrations")
    engine = make_engine(url)
    with engine.connect() as conn:
        with conn.begin():
            config.attributes["connection"] = conn
            command.upgrade(config, "0005")
            for statement in ROWS:
                conn.exec_driver_sql(statement)
            if conn.dialect.name == "postgresql":
                conn.exec_driver_sql("SELECT setval('mission_id_seq', 1)")
    engine.dispose()
    monkeypatch.undo()


def _tables(conn: sa.Connection) -> dict[str, tuple[int, int]]:
    """SQLite: each table's first page (a copied table gets a new one) and row count."""
    pages = conn.exec_driver_sql("SELECT name, rootpage FROM sqlite_master WHERE type='table'")
    return {
        name: (page, conn.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar_one())
        for name, page in pages.all()
    }


def test_an_old_database_is_upgraded_to_the_models_losing_nothing(old_url: str) -> None:
    engine = make_engine(old_url)
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        before = _tables(conn) if sqlite else {}
        if not sqlite:
            names = _constraints(conn)
            assert "mission_pkey" in names and "mission_spacecraft_id_fkey" in names
    engine.dispose()

    db = open_database(old_url)
    try:
        with db.engine.connect() as conn:
            assert current_revision(conn) == SCHEMA_REVISION
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert _differences(conn, compare_metadata(context, SQLModel.metadata)) == []
            if sqlite:
                after = _tables(conn)
                assert after.keys() == before.keys()
                assert after == before  # no table copied, no row lost
            else:
                names = _constraints(conn)
                assert {"pk_mission", "uq_agency_name", "fk_mission_spacecraft_id_vehicle"} <= names
                assert not any(n.endswith(("_pkey", "_key", "_fkey")) for n in names)
                kinds = conn.execute(
                    sa.text(
                        "SELECT DISTINCT data_type FROM information_schema.columns "
                        "WHERE table_schema = current_schema() AND data_type LIKE 'timestamp%'"
                    )
                ).scalars()
                assert set(kinds) == {"timestamp with time zone"}
                conn.exec_driver_sql("SET TIME ZONE 'Asia/Tokyo'")
                assert conn.exec_driver_sql(
                    "SELECT net = '2021-10-31 06:21:00+00' FROM mission"
                ).scalar_one()
        with db.session() as s:
            crew3 = s.exec(select(Mission)).one()
            assert crew3.net == NET and crew3.net.tzinfo == dt.UTC
            assert s.exec(select(ScheduleChange)).one().previous_net == dt.datetime(
                2021, 10, 30, 2, 21, tzinfo=dt.UTC
            )
            assert s.exec(select(Vehicle)).one().image_url == ""
            assert s.exec(select(Agency)).one().image_url == ""
    finally:
        db.dispose()


def _differences(conn: sa.Connection, diff: list[Any]) -> list[Any]:
    """What differs, but for a unique constraint SQLite holds unnamed (0006 copies no table
    to name one; a batch migration that drops one names it by the convention)."""
    if conn.dialect.name != "sqlite":
        return diff
    inspector = sa.inspect(conn)
    unnamed = {
        (table, tuple(uq["column_names"]))
        for table in inspector.get_table_names()
        for uq in inspector.get_unique_constraints(table)
        if not uq["name"]
    }
    assert unnamed, "an old SQLite file has unnamed unique constraints"
    return [
        d
        for d in diff
        if not (
            d[0] == "add_constraint"
            and isinstance(d[1], sa.UniqueConstraint)
            and (d[1].table.name, tuple(c.name for c in d[1].columns)) in unnamed
        )
    ]


def _constraints(conn: sa.Connection) -> set[str]:
    rows = conn.exec_driver_sql(
        "SELECT conname FROM pg_constraint WHERE connamespace = current_schema()::regnamespace"
        " AND contype IN ('p', 'u', 'f') AND conrelid::regclass::text <> 'alembic_version'"
    )
    return set(rows.scalars())
