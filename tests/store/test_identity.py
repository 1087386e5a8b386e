"""Identities that travel, and a mission's end, in the default data and through migration."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from tracker.identity import default_uid
from tracker.store.database import Database, open_database

# Each test that uses a database runs on SQLite and on PostgreSQL (tests/store/conftest.py).
BOTH_BACKENDS = True


def _uids(db: Database) -> dict[tuple[str, str], str]:
    found = {}
    with db.engine.connect() as conn:
        for table in ("agency", "vehicle", "mission", "person"):
            for name, uid in conn.execute(sa.text(f"SELECT name, uid FROM {table}")):
                found[(table, name)] = uid
    return found


def test_default_data_has_the_same_identities_in_every_database(db: Database) -> None:
    uids = _uids(db)
    assert uids[("mission", "Crew-3")] == default_uid("mission", "Crew-3")
    assert uids[("person", "Matthias Maurer")] == default_uid("person", "Matthias Maurer")
    assert len(set(uids.values())) == len(uids)  # unique across kinds


def test_a_0003_database_gets_the_default_identities_and_its_data_age(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = open_database(url)
    fresh = _uids(db)
    config = Config()
    config.set_main_option("script_location", "tracker.store:migrations")
    with db.engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        with conn.begin():
            config.attributes["connection"] = conn
            command.downgrade(config, "0003")
    db.dispose()
    upgraded = open_database(url)
    assert _uids(upgraded) == fresh
    with upgraded.engine.connect() as conn:
        as_of = conn.execute(sa.text("SELECT value FROM dataset_info WHERE key='data_as_of'"))
        assert as_of.scalar() == "2021-10-27T12:00:00+00:00"
    upgraded.dispose()


def test_missions_have_an_end_as_well_as_a_launch(db: Database) -> None:
    with db.engine.connect() as conn:
        outcome = dict(conn.execute(sa.text("SELECT name, landing_outcome FROM mission")).all())
    assert outcome["Soyuz 1"] == "Crew lost"
    assert outcome["Crew-2"] == "In orbit" and outcome["Soyuz MS-19"] == "In orbit"
    assert outcome["Demo-2"] == "Landed"
    assert outcome["Crew-3"] is None  # yet to fly
