"""Opening, migrating and refusing databases: real SQLite files in temporary folders."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel, select

from tracker.errors import DatabaseUnavailable
from tracker.store import database
from tracker.store.database import Database, open_database
from tracker.store.models import Mission


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_migrated_schema_matches_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == []


def test_schema_revision_constant_is_alembic_head() -> None:
    config = Config()
    config.set_main_option("script_location", "tracker.store:migrations")
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == database.SCHEMA_REVISION
    assert {r.revision for r in script.walk_revisions()} == set(database.KNOWN_REVISIONS)


def test_new_database_gets_default_data_once(db_url: str) -> None:
    first = open_database(db_url)
    with first.session() as s:
        assert len(s.exec(select(Mission)).all()) == 10
        crew5 = s.exec(select(Mission).where(Mission.name == "Crew-5")).one()
        s.delete(crew5)
        s.commit()
    first.dispose()
    again = open_database(db_url)
    with again.session() as s:
        assert len(s.exec(select(Mission)).all()) == 9  # not seeded a second time
    again.dispose()


def test_foreign_keys_and_wal_are_on_for_every_connection(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == database.BUSY_TIMEOUT_MS


def test_datetimes_come_back_aware_and_in_utc(db: Database) -> None:
    with db.session() as s:
        crew3 = s.exec(select(Mission).where(Mission.name == "Crew-3")).one()
        crew3.net = dt.datetime(2021, 11, 3, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
        s.add(crew3)
        s.commit()
    with db.session() as s:
        crew3 = s.exec(select(Mission).where(Mission.name == "Crew-3")).one()
        assert crew3.net.tzinfo == dt.UTC
        assert crew3.net == dt.datetime(2021, 11, 3, 5, 10, tzinfo=dt.UTC)


def test_schema_refuses_empty_names_and_duplicates(db: Database) -> None:
    with db.engine.connect() as conn, pytest.raises(sa.exc.IntegrityError):
        conn.exec_driver_sql("INSERT INTO agency (name, abbrev, country) VALUES ('  ', '', '')")
    with db.engine.connect() as conn, pytest.raises(sa.exc.IntegrityError):
        conn.exec_driver_sql(
            "INSERT INTO crewassignment (mission_id, person_id, role, seat) "
            "SELECT mission_id, person_id, 'Pilot', 9 FROM crewassignment LIMIT 1"
        )
    with db.engine.connect() as conn, pytest.raises(sa.exc.IntegrityError):
        conn.exec_driver_sql("UPDATE mission SET status = 'Bogus' WHERE name = 'Crew-3'")


def test_a_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("my notes, not a database\n" * 50)
    before = digest(path)
    with pytest.raises(DatabaseUnavailable, match="not a SQLite database"):
        open_database(f"sqlite:///{path}")
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_a_database_of_another_app_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE stuff (x)")
    before = digest(path)
    with pytest.raises(DatabaseUnavailable, match="not made by Mission Tracker"):
        open_database(f"sqlite:///{path}")
    assert digest(path) == before


def test_a_database_from_a_newer_version_is_refused_untouched(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    db.dispose()
    assert db.path is not None
    before = digest(db.path)
    with pytest.raises(DatabaseUnavailable, match="newer version"):
        open_database(db.url)
    assert digest(db.path) == before


def test_unusable_paths_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="is a folder"):
        open_database(f"sqlite:///{tmp_path}")
    with pytest.raises(DatabaseUnavailable, match="does not exist"):
        open_database(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")


def test_backup_is_a_consistent_copy(db: Database, tmp_path: Path) -> None:
    target = database.backup_to(db, tmp_path / "copy.db")
    copy = open_database(f"sqlite:///{target}")
    with copy.session() as s:
        assert len(s.exec(select(Mission)).all()) == 10
    copy.dispose()
