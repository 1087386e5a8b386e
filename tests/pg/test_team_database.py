"""The team database on a real PostgreSQL server: opened, migrated and seeded like a file;
the command line on it; conflicts between desks; a role that may only read; passwords."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel, select

from tests.helpers import run
from tests.pg.conftest import SERVER
from tracker.errors import ConflictError, DatabaseUnavailable
from tracker.store.catalog import Catalog
from tracker.store.database import (
    SCHEMA_REVISION,
    Database,
    backup_to,
    check_server,
    current_revision,
    open_database,
)
from tracker.store.export import export_archive
from tracker.store.importing import import_file
from tracker.store.models import Mission
from tracker.store.repository import Repository
from tracker.store.server import follow_sequences

ROOT = Path(__file__).resolve().parents[2]
REPORT_DAY = "2021-10-27T12:00:00Z"
NOW = dt.datetime(2021, 10, 27, 12, 0, tzinfo=dt.UTC)


def test_an_empty_database_is_migrated_seeded_and_matches_the_models(pg_empty: str) -> None:
    db = open_database(pg_empty)
    try:
        assert db.engine.dialect.driver == "psycopg"  # a bare postgresql:// means psycopg 3
        with db.engine.connect() as conn:
            assert current_revision(conn) == SCHEMA_REVISION
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, SQLModel.metadata) == []
        with db.session() as s:
            assert len(s.exec(select(Mission)).all()) == 10
        assert db.read_only is None
    finally:
        db.dispose()
    again = open_database(pg_empty)  # not seeded twice
    with again.session() as s:
        assert len(s.exec(select(Mission)).all()) == 10
    again.dispose()


def test_datetimes_come_back_aware_and_in_utc_whatever_the_session_zone(pg_db: Database) -> None:
    with pg_db.engine.begin() as conn:
        conn.exec_driver_sql("SET TIME ZONE 'America/New_York'")
    with pg_db.session() as s:
        crew3 = s.exec(select(Mission).where(Mission.name == "Crew-3")).one()
        crew3.net = dt.datetime(2021, 11, 3, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
        s.add(crew3)
        s.commit()
    with pg_db.session() as s:
        crew3 = s.exec(select(Mission).where(Mission.name == "Crew-3")).one()
        assert crew3.net == dt.datetime(2021, 11, 3, 5, 10, tzinfo=dt.UTC)
        assert crew3.net.utcoffset() == dt.timedelta(0)


def test_the_server_computes_in_utc_whatever_the_zone_libpq_is_given(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A NET of 02:00 UTC on New Year's Day is in the new year, as on SQLite, though New
    York (``PGTZ``) is still in the old one."""
    monkeypatch.setenv("PGTZ", "America/New_York")
    db = open_database(pg_url)
    try:
        with db.session() as s:
            crew3 = s.exec(select(Mission).where(Mission.name == "Crew-3")).one()
            crew3.net = dt.datetime(2022, 1, 1, 2, 0, tzinfo=dt.UTC)
            s.add(crew3)
            s.commit()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW TIME ZONE").scalar_one() == "UTC"
            year = conn.execute(
                sa.select(sa.extract("year", Mission.net)).where(Mission.name == "Crew-3")
            ).scalar_one()
        assert year == 2022
    finally:
        db.dispose()


def test_next_list_and_crew_commands_on_the_command_line(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--database", pg_url, "--now", REPORT_DAY)
    ran = run(capsys, *base, "next")
    assert ran.status == 0 and ran.out.startswith("Crew-3 · Crew Dragon"), ran
    assert "Matthias Maurer" in ran.out
    ran = run(capsys, *base, "list")
    assert ran.status == 0 and "Demo-2" in ran.out and "Robert Behnken" in ran.out
    assert run(capsys, *base, "person", "add", "Test Flyer", "--nationality", "Dutch").status == 0
    ran = run(capsys, *base, "crew", "add", "Crew-5", "test flyer", "--role", "pilot")
    assert ran.status == 0, ran
    shown = run(capsys, *base, "crew", "show", "Crew-5")
    assert "Test Flyer" in shown.out and "Pilot" in shown.out
    ran = run(capsys, *base, "crew", "add", "Crew-3", "Test Flyer", "--role", "Pilot")
    assert ran.status == 2 and "is full" in ran.err and len(ran.err.splitlines()) == 1, ran


def test_the_url_from_the_environment(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_DATABASE_URL", pg_url)
    ran = run(capsys, "--now", REPORT_DAY, "next")
    assert ran.status == 0 and ran.out.startswith("Crew-3"), ran


def test_a_stale_edit_is_refused(pg_db: Database) -> None:
    mine, theirs = Repository(pg_db, lambda: NOW), Repository(pg_db, lambda: NOW)
    crew5 = mine.find_mission("Crew-5")
    shown = mine.mission(crew5).version
    theirs.remove_crew(crew5, theirs.find_person("Josh Cassada"), expected_version=shown)
    with pytest.raises(ConflictError, match="changed elsewhere"):
        mine.set_crew_role(crew5, mine.find_person("Nicole Mann"), "Pilot", expected_version=shown)
    assert mine.mission(crew5).version == shown + 1


def _worker(go: Path, url: str, person: str) -> subprocess.Popen[str]:
    args = ("--database", url, "--now", REPORT_DAY, "crew", "add", "Crew-3", person)
    return subprocess.Popen(
        [sys.executable, "-m", "tests.pg.worker", str(go), *args, "--role", "Mission Specialist"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_desks_adding_the_fourth_crew_member_at_once(
    pg_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Crew-3 with three of its four seats taken; two processes add a fourth at once, each
    transaction held open a second after its writes: one wins, one is refused in one line."""
    base = ("--database", pg_url, "--now", REPORT_DAY)
    assert run(capsys, *base, "crew", "remove", "Crew-3", "Matthias Maurer").status == 0
    for name in ("Desk One", "Desk Two"):
        assert run(capsys, *base, "person", "add", name).status == 0
    go = tmp_path / "go"
    desks = [_worker(go, pg_url, "Desk One"), _worker(go, pg_url, "Desk Two")]
    for desk in desks:
        assert desk.stdout is not None and desk.stdout.readline().strip() == "ready"
    go.touch()
    results = [(desk.wait(timeout=60), desk.communicate()) for desk in desks]
    statuses = sorted(status for status, _ in results)
    assert statuses == [0, 2], results
    refusal = next(err for status, (_out, err) in results if status == 2)
    assert len(refusal.splitlines()) == 1 and "changed elsewhere" in refusal, refusal
    shown = run(capsys, *base, "crew", "show", "Crew-3")
    assert sum(name in shown.out for name in ("Desk One", "Desk Two")) == 1, shown.out
    db = open_database(pg_url)
    try:
        repo = Repository(db, lambda: NOW)
        assert len(repo.mission(repo.find_mission("Crew-3")).crew) == 4
    finally:
        db.dispose()


def _archive(path: Path, *, restamped: bool = False) -> dict[str, Any]:
    """An archive's content, without the moment it was written (and, when ``restamped``,
    without the missions' ``updated_at``, which an import that merges sets to its own)."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at", None)
    for mission in data["missions"] if restamped else ():
        mission.pop("updated_at")
    return data


def _desk_archive(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    """A file database with a slip, a new person and a new crew member, exported."""
    local = ("--database", tmp_path / "desk.db", "--now", REPORT_DAY)
    assert run(capsys, *local, "reschedule", "Crew-3", "2021-11-03T01:10:00Z").status == 0
    assert run(capsys, *local, "person", "add", "Test Flyer").status == 0
    assert run(capsys, *local, "crew", "add", "Crew-5", "Test Flyer", "--role", "Pilot").status == 0
    assert run(capsys, *local, "export", tmp_path / "a.json").status == 0
    return tmp_path / "a.json"


def test_an_archive_moves_into_an_empty_team_database_and_back_out_unchanged(
    pg_empty: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    archive = _desk_archive(capsys, tmp_path)
    db = open_database(pg_empty, seed=False)
    try:
        import_file(db, archive, lambda: NOW)
        export_archive(db, tmp_path / "b.json")
        # a new record there takes a fresh id (the sequences follow what was copied in)
        Catalog(Repository(db, lambda: NOW)).create_mission("After Import", "2027-01-01T00:00Z")
    finally:
        db.dispose()
    assert _archive(tmp_path / "b.json") == _archive(archive)


def test_an_archive_imported_on_the_command_line_merges_into_the_seeded_team_database(
    pg_empty: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    archive = _desk_archive(capsys, tmp_path)
    team = ("--database", pg_empty, "--now", REPORT_DAY)
    ran = run(capsys, *team, "import", archive)
    assert ran.status == 0, ran
    assert run(capsys, *team, "export", tmp_path / "b.json").status == 0
    assert _archive(tmp_path / "b.json", restamped=True) == _archive(archive, restamped=True)
    assert run(capsys, *team, "person", "add", "After Import").status == 0


@pytest.fixture
def reader(pg_name: str) -> Iterator[tuple[str, str]]:
    """A role that may log in and read the database, nothing more; and its URL."""
    role = f"{pg_name}_reader"
    admin = sa.create_engine(SERVER.replace("postgresql:", "postgresql+psycopg:") + pg_name)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
        conn.exec_driver_sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"')
    yield role, f"postgresql://{role}@127.0.0.1/{pg_name}"
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
        conn.exec_driver_sql(f'DROP ROLE "{role}"')
    admin.dispose()


def test_a_role_that_may_only_read_reads_and_is_refused_a_write(
    reader: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    role, url = reader
    base = ("--database", url, "--now", REPORT_DAY)
    ran = run(capsys, *base, "next")
    assert ran.status == 0 and ran.out.startswith("Crew-3"), ran
    ran = run(capsys, *base, "crew", "add", "Crew-5", "Anna Kikina", "--role", "Pilot")
    assert ran.status == 2 and len(ran.err.splitlines()) == 1, ran
    assert "may be read but not changed" in ran.err and "Traceback" not in ran.err
    db = open_database(url)
    try:
        assert db.read_only == f"the database role {role} may only read it"
    finally:
        db.dispose()


def test_an_empty_database_a_reader_cannot_fill_is_refused(
    pg_empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name = pg_empty.rsplit("/", 1)[1]
    role = f"{name}_reader"
    admin = sa.create_engine(SERVER.replace("postgresql:", "postgresql+psycopg:") + name)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
    try:
        with pytest.raises(DatabaseUnavailable, match="is empty, but it is read-only"):
            open_database(f"postgresql://{role}@127.0.0.1/{name}")
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP ROLE "{role}"')
        admin.dispose()


def test_a_password_in_the_url_appears_in_no_output(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ran = run(capsys, "--database", "postgresql://u:secret@127.0.0.1/nodb", "next")
    assert ran.status == 2 and "secret" not in ran.out + ran.err, ran
    assert "u:***@" in ran.err and len(ran.err.splitlines()) == 1
    # trust authentication ignores the password: the database opens, and errors there hide it
    with_secret = pg_url.replace("postgres@", "postgres:secret@")
    for args in (("next",), ("crew", "add", "Crew-3", "Nobody", "--role", "Pilot"), ("check",)):
        ran = run(capsys, "--database", with_secret, "--now", REPORT_DAY, *args)
        assert "secret" not in ran.out + ran.err, (args, ran)
    ran = run(capsys, "--database", "postgresql://u:secret@127.0.0.1:1/nodb", "next")
    assert ran.status == 2 and "secret" not in ran.out + ran.err, ran


def test_check_and_backup_on_a_server(pg_db: Database, tmp_path: Path) -> None:
    report = check_server(pg_db)
    assert report.ok and report.revision == SCHEMA_REVISION, report.lines()
    assert report.lines()[0].startswith(f"{pg_db.location}: PostgreSQL ")
    with pg_db.engine.begin() as conn:  # as a copy of rows with their ids would leave it
        conn.exec_driver_sql("SELECT setval(pg_get_serial_sequence('person', 'id'), 1)")
    report = check_server(pg_db)
    assert not report.ok and report.problems[0].startswith("person: its id sequence would give 2")
    with pg_db.engine.begin() as conn:
        follow_sequences(conn)
    assert check_server(pg_db).ok
    target = backup_to(pg_db, tmp_path / "team.json")
    assert json.loads(target.read_text(encoding="utf-8"))["missions"]


def test_check_and_backup_commands_on_a_server(
    capsys: pytest.CaptureFixture[str], pg_db: Database, tmp_path: Path
) -> None:
    team_url = pg_db.url
    status, out, err = run(capsys, "--database", team_url, "check")
    assert status == 0, err
    assert "PostgreSQL" in out and "sound" in out
    archive = tmp_path / "team.json"
    status, out, err = run(capsys, "--database", team_url, "backup", archive)
    assert status == 0, err
    assert "archive" in out and archive.is_file()
    status, out, err = run(capsys, "--database", team_url, "restore", archive)
    assert status == 2 and "tracker import" in err
