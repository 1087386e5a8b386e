"""The database itself refuses a roster over its spacecraft's capacity (migration 0005).

The store's rules refuse it first with a better message; these tests write around them, with
plain SQL, as a buggy writer or another program would, and find the database holding firm.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from tests.store.backends import content
from tracker.store.database import Database, open_database

# Each test that uses a database runs on SQLite and on PostgreSQL (tests/store/conftest.py).
BOTH_BACKENDS = True

INSERT = sa.text(
    "INSERT INTO crewassignment (mission_id, person_id, role, seat) VALUES (:m, :p, 'Pilot', 9)"
)


def _ids(conn: sa.Connection, table: str, name: str) -> int:
    return int(
        conn.execute(sa.text(f"SELECT id FROM {table} WHERE name = :n"), {"n": name}).one()[0]
    )


def _refuses_a_fifth_on_crew3(db: Database) -> None:
    with db.engine.connect() as conn:
        crew3, kikina = _ids(conn, "mission", "Crew-3"), _ids(conn, "person", "Anna Kikina")
        conn.rollback()
        with pytest.raises(sa.exc.IntegrityError, match="crew over capacity"), conn.begin():
            conn.execute(INSERT, {"m": crew3, "p": kikina})


def test_a_fifth_crew_member_on_a_four_seat_dragon_is_refused_by_the_database(
    db: Database,
) -> None:
    before = content(db)
    _refuses_a_fifth_on_crew3(db)
    assert content(db) == before


def test_moving_an_entry_onto_a_full_mission_is_refused_but_seats_and_roles_may_change(
    db: Database,
) -> None:
    with db.engine.connect() as conn:
        crew3, crew2 = _ids(conn, "mission", "Crew-3"), _ids(conn, "mission", "Crew-2")
        crew5 = _ids(conn, "mission", "Crew-5")
        entry = (
            conn.execute(
                sa.text("SELECT id FROM crewassignment WHERE mission_id = :m"), {"m": crew2}
            )
            .scalars()
            .first()
        )
        conn.rollback()
        move = sa.text("UPDATE crewassignment SET mission_id = :m WHERE id = :a")
        with pytest.raises(sa.exc.IntegrityError, match="crew over capacity"), conn.begin():
            conn.execute(move, {"m": crew3, "a": entry})
        with conn.begin():  # a full roster's own entries still change (reseat, new role)
            conn.execute(
                sa.text("UPDATE crewassignment SET seat = seat + 10, role = 'Commander' "
                        "WHERE mission_id = :m"), {"m": crew3},
            )  # fmt: skip
            conn.execute(move, {"m": crew5, "a": entry})  # Crew-5 has two free seats


def test_a_mission_without_a_spacecraft_or_capacity_has_no_limit(db: Database) -> None:
    with db.engine.connect() as conn:
        crew3 = _ids(conn, "mission", "Crew-3")
        people = conn.execute(sa.text("SELECT id FROM person ORDER BY id LIMIT 6")).scalars().all()
        conn.rollback()
        with conn.begin():
            conn.execute(sa.text("DELETE FROM crewassignment WHERE mission_id = :m"), {"m": crew3})
            conn.execute(
                sa.text("UPDATE mission SET spacecraft_id = NULL WHERE id = :m"), {"m": crew3}
            )
            for p in people:
                conn.execute(INSERT, {"m": crew3, "p": p})
        count = conn.execute(
            sa.text("SELECT count(*) FROM crewassignment WHERE mission_id = :m"), {"m": crew3}
        ).scalar()
    assert count == 6


def _migrate(db: Database, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", "tracker.store:migrations")
    with db.engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        with conn.begin():
            config.attributes["connection"] = conn
            command.downgrade(config, revision)


def test_an_older_database_gets_the_guard_and_one_spelling_per_place(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = open_database(url)
    _migrate(db, "0004")
    with db.engine.begin() as conn:  # what imports wrote before 0005
        conn.execute(sa.text(
            "UPDATE mission SET launch_site = 'Launch Complex 39A, Kennedy Space Center, FL, "
            "USA', destination = 'International Space Station' WHERE name = 'Crew-3'"
        ))  # fmt: skip
        triggers = conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type='trigger'"))
        assert triggers.all() == []
    db.dispose()
    upgraded = open_database(url)
    with upgraded.engine.connect() as conn:
        places = conn.execute(
            sa.text(
                "SELECT DISTINCT launch_site, destination FROM mission WHERE name LIKE 'Crew-%'"
            )
        ).all()
    assert places == [("KSC LC-39A", "ISS")]
    _refuses_a_fifth_on_crew3(upgraded)
    upgraded.dispose()


def test_postgresql_refuses_it_too(pg_database: Database) -> None:
    _refuses_a_fifth_on_crew3(pg_database)
