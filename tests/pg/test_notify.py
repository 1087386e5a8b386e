"""Live refresh: every committed change on the team database is told on ``tracker_changes``
(the keys, never the rows), a rolled-back one is not, and the listener says when its
connection is lost and comes back."""

from __future__ import annotations

import datetime as dt
import select
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from tests.helpers import LL2_SAMPLES
from tests.pg.conftest import SERVER
from tracker.errors import UserError
from tracker.store import people
from tracker.store.database import Database, open_database
from tracker.store.importing import import_file
from tracker.store.listener import Change, ChangeListener, ConnectionLost, parse
from tracker.store.notify import EVERYTHING, payload, source_of
from tracker.store.repository import Repository
from tracker.vocabulary import NetPrecision

NOW = dt.datetime(2021, 10, 27, 12, 0, tzinfo=dt.UTC)
# How long a notice may take to arrive before the test fails (it arrives at once).
ARRIVAL_S = 10


@pytest.fixture
def listener(pg_db: Database) -> Iterator[ChangeListener]:
    """Another desk's listener: its own opening of the same database."""
    desk = open_database(pg_db.url)
    heard = listener_of(desk)
    yield heard
    heard.close()
    desk.dispose()


def listener_of(db: Database) -> ChangeListener:
    """A listener on ``db``'s server that knows ``db``'s own notices, as a window's does."""
    return ChangeListener(db.url, db.location, lambda: source_of(db.engine))


def _heard(listener: ChangeListener) -> list[Change]:
    """What arrives at the listener's socket; waits for the first notice."""
    ready, _, _ = select.select([listener.fileno()], [], [], ARRIVAL_S)
    assert ready, "no notice arrived"
    changes: list[Change] = []
    while not changes:
        changes = listener.poll()
    return changes


def _ids(pg_db: Database, name: str, table: str = "mission") -> int:
    with pg_db.engine.connect() as conn:
        found = conn.execute(sa.text(f"SELECT id FROM {table} WHERE name = :n"), {"n": name})
        return int(found.scalar_one())


def test_a_roster_edit_names_its_mission_and_a_failed_one_tells_nothing(
    pg_db: Database, listener: ChangeListener
) -> None:
    repo = Repository(pg_db, lambda: NOW)
    crew3, crew5 = _ids(pg_db, "Crew-3"), _ids(pg_db, "Crew-5")
    person = repo.find_person("Kayla Barron")
    with pytest.raises(UserError):  # on Crew-3 already: refused, rolled back
        repo.add_crew(crew3, person, "Pilot")
    repo.remove_crew(crew3, person)
    assert _heard(listener) == [Change(missions=frozenset({crew3}), everything=False)]
    repo.reschedule(crew5, dt.datetime(2022, 10, 5, 16, 0, tzinfo=dt.UTC), NetPrecision.HOUR)
    assert _heard(listener) == [Change(missions=frozenset({crew5}), everything=False)]
    assert listener.poll() == []


def test_a_person_edit_reloads_everything(pg_db: Database, listener: ChangeListener) -> None:
    repo = Repository(pg_db, lambda: NOW)
    people.update(repo.uow, repo.find_person("Kayla Barron"), {"nationality": "Texan"})
    assert _heard(listener) == [Change(missions=frozenset(), everything=True)]


def test_a_desks_own_commits_are_marked_mine_for_its_listener_only(
    pg_db: Database, listener: ChangeListener
) -> None:
    own = listener_of(pg_db)  # the listener of the desk that writes
    try:
        repo = Repository(pg_db, lambda: NOW)
        people.update(repo.uow, repo.find_person("Kayla Barron"), {"nationality": "Texan"})
        assert _heard(own) == [Change(missions=frozenset(), everything=True, mine=True)]
        assert _heard(listener) == [Change(missions=frozenset(), everything=True, mine=False)]
    finally:
        own.close()
    assert parse(payload([1], source="abc"), own="abc").mine
    assert not parse(payload([1], source="abc"), own="xyz").mine
    assert not parse(payload([1]), own="").mine  # a notice without a source is never mine


def test_payloads_stay_under_the_servers_limit() -> None:
    assert parse(payload([3, 1, 3])) == Change(frozenset({1, 3}), everything=False)
    assert payload(range(5000)) == EVERYTHING  # too many ids for one notice
    assert parse("not json").everything
    assert parse('{"missions": ["x"]}').everything


def test_a_dropped_connection_is_said_and_reconnect_listens_again(
    pg_db: Database, listener: ChangeListener
) -> None:
    admin = sa.create_engine(SERVER.replace("postgresql:", "postgresql+psycopg:") + "postgres")
    with admin.connect() as conn:
        conn.execute(
            sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :db AND application_name = 'mission-tracker-listener'"
            ),
            {"db": pg_db.engine.url.database},
        )
    admin.dispose()
    with pytest.raises(ConnectionLost, match="connection to .* was lost"):
        for _ in range(10):  # the server's goodbye, then the end of the stream
            assert select.select([listener.fileno()], [], [], ARRIVAL_S)[0]
            listener.poll()
    listener.reconnect()
    repo = Repository(pg_db, lambda: NOW)
    crew3 = _ids(pg_db, "Crew-3")
    repo.remove_crew(crew3, repo.find_person("Kayla Barron"))
    assert _heard(listener) == [Change(missions=frozenset({crew3}), everything=False)]


def test_an_unreachable_server_is_one_line_without_the_password(pg_db: Database) -> None:
    lost = "postgresql://postgres:hunter2@127.0.0.1:1/nowhere"
    with pytest.raises(UserError) as refused:
        ChangeListener(lost, "there")
    assert "hunter2" not in str(refused.value)
    assert "\n" not in str(refused.value)


def test_an_import_reloads_everything(pg_db: Database, listener: ChangeListener) -> None:
    import_file(pg_db, LL2_SAMPLES / "launches_upcoming_detailed_v2.3.0.json", lambda: NOW)
    assert _heard(listener) == [Change(missions=frozenset(), everything=True)]
