"""A server's URL read without SQLAlchemy (``server_link``) is read as SQLAlchemy reads it:
the same server reached, the same password hidden, whatever characters it holds; and the
repository opened after a quick start replaces the quick reader cleanly (``opener``)."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import REPORT_DAY
from tracker.errors import DatabaseUnavailable
from tracker.store import server_link
from tracker.store.database import Database, open_database
from tracker.store.opener import Opener
from tracker.store.quick_read import Closed, QuickReader
from tracker.store.repository import Repository
from tracker.store.server_link import ServerURL, hide_password, place

URLS = [
    "postgresql://postgres@127.0.0.1:5432/crew",
    "postgresql+psycopg://ana:s3cret@db.example:6432/crew?sslmode=require",
    "postgresql://postgres:pa#ss@127.0.0.1:5432/db",  # raw characters urlsplit misreads
    "postgresql://postgres:pa/ss@127.0.0.1:5432/db",
    "postgresql://ana:p?ss@h/d",
    "postgresql://ana:p%40ss%2Fw%3Ard@10.0.0.2:6432/crew?sslmode=require",
    "postgresql://u:pw@[::1]:5432/my%20db",
    "postgresql:///local",  # libpq's default host (a socket)
    "postgresql://DB.Example.COM/Crew?application_name=desk&connect_timeout=3",
]


@pytest.mark.parametrize("url", URLS)
def test_a_url_is_read_as_sqlalchemy_reads_it(url: str) -> None:
    ours, theirs = ServerURL.parse(url), sa.engine.make_url(url)
    assert ours is not None
    assert (ours.scheme, ours.user, ours.password, ours.host, ours.port, ours.database) == (
        theirs.drivername,
        theirs.username,
        theirs.password,
        theirs.host,
        theirs.port,
        theirs.database,
    )
    assert dict(ours.query) == dict(theirs.query)
    shown = hide_password(url)
    if theirs.password:
        assert theirs.password not in shown and ":***@" in shown
    else:
        assert shown == url
    params = ours.libpq("desk")
    assert params.get("password") == theirs.password and params.get("dbname") == theirs.database
    assert params["application_name"] == theirs.query.get("application_name", "desk")
    assert int(params["connect_timeout"]) == int(theirs.query.get("connect_timeout", 10))


def test_what_sqlalchemy_refuses_or_another_driver_opens_is_not_read_here() -> None:
    assert ServerURL.parse("postgresql://h1:5432,h2:5433/db") is None  # two hosts
    assert ServerURL.parse("postgresql://h:port/db") is None
    assert ServerURL.parse("sqlite:///x.db") is None
    other = ServerURL.parse("postgresql+asyncpg://h/db")
    assert other is not None and other.scheme not in server_link.DRIVERS
    assert QuickReader.open("postgresql+asyncpg://h/db") is None  # opening says what it does


def test_the_place_keeps_the_host_as_given_and_never_raises() -> None:
    assert place("postgresql://u:pa#ss@DB.Example.COM:5432/Crew") == ("Crew", "DB.Example.COM:5432")
    assert place("postgresql://[::1]/my%20db") == ("my db", "[::1]")
    assert place("postgresql:///local") == ("local", "localhost")
    assert place("postgresql://u:pw@h1:1,h2:2/db") == ("", "postgresql://u:***@h1:1,h2:2/db")


def test_a_server_that_never_answers_is_said_as_opening_says_it() -> None:
    """A connect that times out (libpq waits 2 s at least) is "cannot be reached" both at
    the quick start and when opening, as a refused one is (tests/pg)."""
    with socket.socket() as silent:  # listens, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        url = f"postgresql://postgres:s3cret@127.0.0.1:{port}/x?connect_timeout=2"
        with pytest.raises(DatabaseUnavailable) as quick:
            QuickReader.open(url)
        with pytest.raises(DatabaseUnavailable) as opening:
            open_database(url)
    assert str(quick.value) == str(opening.value)
    assert "cannot be reached" in str(quick.value) and "s3cret" not in str(quick.value)


def test_a_files_location_is_its_path_and_a_servers_hides_the_password(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'x.db'}")
    assert db.location == str(tmp_path / "x.db")
    db.dispose()
    engine = sa.create_engine("sqlite://")
    url = "postgresql://ana:pa/ss@db.example/crew"
    assert Database(url=url, engine=engine, path=None).location == hide_password(url)


def _quick(tmp_path: Path) -> tuple[str, QuickReader]:
    url = f"sqlite:///{tmp_path / 'q.db'}"
    open_database(url).dispose()
    quick = QuickReader.open(url)
    assert quick is not None
    return url, quick


def test_a_read_after_the_quick_reader_closed_is_the_repositorys(tmp_path: Path) -> None:
    url, quick = _quick(tmp_path)
    opened: list[Repository] = []

    def open_repo() -> Repository:
        opened.append(Repository(open_database(url), lambda: REPORT_DAY))
        return opened[-1]

    opener = Opener(open_repo, quick)
    assert opener.read(lambda r: r.mission_count()) == 10 and opened == []
    quick.close()  # as the opening on another thread does, between a check and a read
    with pytest.raises(Closed):
        quick.mission_count()
    assert opener.read(lambda r: r.mission_count()) == 10 and len(opened) == 1
    assert opener.quick is None
    opener.close()


def test_another_database_in_place_of_one_never_opened_does_not_open_it(tmp_path: Path) -> None:
    url, quick = _quick(tmp_path)

    def must_not_open() -> Repository:
        raise AssertionError("the database being replaced was opened")

    opener = Opener(must_not_open, quick)
    other = Repository(open_database(f"sqlite:///{tmp_path / 'other.db'}"), lambda: REPORT_DAY)
    opener.replace(other)
    assert opener.repo is other and opener.quick is None
    with pytest.raises(Closed):
        quick.first_page(dt.datetime(2021, 10, 27, tzinfo=dt.UTC), 5)
    opener.close()
