"""The server cutting connections mid-edit (what a restart does to them; the shared server
itself is not restarted): no acknowledged edit is lost, the next edit goes through on a new
connection, and an edit the cut interrupts is one clear line, without SQL or password, that
says whether it may have been saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlmodel import select

from tests.helpers import run
from tests.pg.conftest import ADMIN
from tracker.errors import DatabaseUnavailable
from tracker.store.database import Database, open_database
from tracker.store.models import CrewAssignment, Mission
from tracker.store.repository import Repository
from tracker.store.server_link import OutcomeUnknown

NOW = dt.datetime(2021, 10, 27, 12, 0, tzinfo=dt.UTC)
SECRET = "hunter2"  # trust authentication ignores it: it must only never be shown


@pytest.fixture
def team(pg_url: str) -> Iterator[Database]:
    """The database opened with a password in its URL, as a desk might."""
    db = open_database(pg_url.replace("postgres@", f"postgres:{SECRET}@"))
    yield db
    db.dispose()


def _cut(database: str, pid: int | None = None) -> None:
    """End the database's connections (or one, by ``pid``), as a restarting server does."""
    admin = sa.create_engine(ADMIN + "postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            sa.text(
                "SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                "WHERE datname = :d AND pid <> pg_backend_pid() "
                "AND (CAST(:p AS integer) IS NULL OR pid = :p)"
            ),
            {"d": database, "p": pid},
        )
    admin.dispose()


def _roles(db: Database, mission: str) -> dict[str, str]:
    fresh = open_database(db.url)  # a new desk: what the server holds
    try:
        repo = Repository(fresh, lambda: NOW)
        return {c.name: c.role for c in repo.mission(repo.find_mission(mission)).crew}
    finally:
        fresh.dispose()


def _one_clean_line(message: str) -> None:
    assert "\n" not in message and SECRET not in message
    assert not any(word in message for word in ("SELECT", "UPDATE", "INSERT", "[SQL"))


def test_the_edit_after_a_cut_goes_through_and_the_one_before_is_kept(team: Database) -> None:
    repo = Repository(team, lambda: NOW)
    crew3 = repo.find_mission("Crew-3")
    barron = repo.find_person("Kayla Barron")
    repo.set_crew_role(crew3, barron, "Pilot")  # acknowledged
    _cut(str(team.engine.url.database))
    repo.set_crew_role(crew3, repo.find_person("Raja Chari"), "Flight Commander")
    roles = _roles(team, "Crew-3")
    assert roles["Kayla Barron"] == "Pilot" and roles["Raja Chari"] == "Flight Commander"


def test_a_cut_in_the_middle_of_an_edit_is_one_line_and_changes_nothing(team: Database) -> None:
    repo = Repository(team, lambda: NOW)
    crew3 = repo.find_mission("Crew-3")
    repo.set_crew_role(crew3, repo.find_person("Kayla Barron"), "Pilot")  # acknowledged
    with pytest.raises(DatabaseUnavailable) as lost:
        with repo.uow.write() as session:
            m = session.exec(select(Mission).where(Mission.id == crew3)).one()
            m.capsule = "Not Saved"
            session.flush()
            pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
            _cut(str(team.engine.url.database), pid)
            session.exec(select(CrewAssignment)).all()  # the next statement finds it gone
    message = str(lost.value)
    _one_clean_line(message)
    assert "cannot be reached" in message and "nothing was changed" in message
    assert _roles(team, "Crew-3")["Kayla Barron"] == "Pilot"
    assert repo.mission(crew3).capsule == "Endurance"  # and this desk goes on working


def test_a_cut_at_the_commit_says_the_outcome_is_not_known(team: Database) -> None:
    """Cut between the last statement and COMMIT: the server may or may not have it."""
    repo = Repository(team, lambda: NOW)
    crew3 = repo.find_mission("Crew-3")

    def cut_me(conn: sa.Connection) -> None:
        pid = conn.connection.driver_connection.info.backend_pid  # type: ignore[union-attr]
        _cut(str(team.engine.url.database), pid)

    sa.event.listen(team.engine, "commit", cut_me)
    try:
        with pytest.raises(OutcomeUnknown) as unknown:
            repo.set_crew_role(crew3, repo.find_person("Kayla Barron"), "Pilot")
    finally:
        sa.event.remove(team.engine, "commit", cut_me)
    message = str(unknown.value)
    _one_clean_line(message)
    assert "whether the change was saved is not known" in message
    assert not isinstance(unknown.value, DatabaseUnavailable)  # never offered as "not made"
    repo.set_crew_role(crew3, repo.find_person("Raja Chari"), "Flight Commander")
    assert _roles(team, "Crew-3")["Raja Chari"] == "Flight Commander"


def test_the_command_line_after_a_cut_and_with_the_server_refusing(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_url.replace("postgres@", f"postgres:{SECRET}@")
    base = ("--database", url, "--now", "2021-10-27T12:00:00Z")
    assert run(capsys, *base, "crew", "remove", "Crew-3", "Kayla Barron").status == 0
    _cut(pg_url.rsplit("/", 1)[1])
    assert run(capsys, *base, "person", "add", "After The Cut").status == 0
    shown = run(capsys, *base, "crew", "show", "Crew-3").out
    assert "Kayla Barron" not in shown and "Raja Chari" in shown
    ran = run(capsys, "--database", f"postgresql://postgres:{SECRET}@127.0.0.1:1/x", "next")
    assert ran.status == 2 and "cannot be reached" in ran.err, ran
    _one_clean_line(ran.err.strip())
