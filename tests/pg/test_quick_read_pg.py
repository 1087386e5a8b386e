"""On a team database, the first paint's reads without SQLAlchemy (``quick_read``, with
psycopg) answer as the repository does; they are offered only for a database that opening
would leave as it is, and one that fails mid-way is read through the repository instead."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from benchmarks.generate import REFERENCE, fill
from tests.conftest import REPORT_DAY
from tests.pg.conftest import SERVER, create_database, drop_database, skip_without_server
from tests.store.test_quick_read import (  # noqa: F401 - run here on this ``world``
    test_every_row_count_and_mission_is_the_repositorys,
    test_the_first_page_is_the_repositorys,
)
from tracker.errors import DatabaseUnavailable, NotFound
from tracker.store import dataset
from tracker.store.database import Database, open_database
from tracker.store.opener import Opener
from tracker.store.quick_read import QuickReader
from tracker.store.repository import Repository

NOBODY = "postgresql://postgres:s3cret@127.0.0.1:1/nowhere"  # nothing listens on port 1


@pytest.fixture(scope="module", params=["realistic", "stale"])
def world(request: pytest.FixtureRequest) -> Iterator[tuple[Repository, QuickReader]]:
    skip_without_server()
    name = f"tracker_test_{os.getpid()}_quick_{request.param}"
    drop_database(name)
    create_database(name)
    url = SERVER + name
    try:
        fill(url, 1500, shape=request.param)
        db = open_database(url)
        quick = QuickReader.open(url)
        assert quick is not None and quick.path is None and quick.read_only is None
        yield Repository(db, lambda: REFERENCE), quick
        quick.close()
        db.dispose()
    finally:
        drop_database(name)


def test_the_default_data_with_links_and_its_age(pg_db: Database) -> None:
    repo = Repository(pg_db, lambda: REPORT_DAY)
    crew3 = repo.find_mission("Crew-3")
    with pg_db.engine.begin() as conn:  # a webcast and an information link, out of order
        conn.execute(
            sa.text(
                "INSERT INTO missionlink (mission_id, kind, url, title, priority, live, "
                "from_ll2) VALUES (:m, :k, :u, :t, :p, :l, :f)"
            ),
            [
                {"m": crew3, "k": "info", "u": "https://b.example/i", "t": "Info", "p": 1,
                 "l": False, "f": True},
                {"m": crew3, "k": "webcast", "u": "https://a.example/w", "t": "Live", "p": 5,
                 "l": True, "f": False},
            ],
        )  # fmt: skip
    quick = QuickReader.open(pg_db.url)
    assert quick is not None
    try:
        detail = quick.mission(crew3)
        assert detail == repo.mission(crew3)
        assert [link.title for link in detail.links] == ["Live", "Info"]
        assert len(detail.crew) == 4 and detail.net.tzinfo == dt.UTC
        assert quick.data_as_of() == dataset.data_as_of(pg_db) is not None
        assert quick.first_page(REPORT_DAY, 20) == repo.first_page(REPORT_DAY, 20)
        assert quick.location == pg_db.location and quick.url == pg_db.url
        with pytest.raises(NotFound, match="no mission with id 999999"):
            quick.mission(999_999)
    finally:
        quick.close()


def test_only_a_current_database_the_role_may_write_is_read_quickly(
    pg_empty: str, pg_db: Database, pg_name: str
) -> None:
    assert QuickReader.open(pg_empty) is None  # a first run: made and seeded first
    role = f"{pg_name}_quick_reader"
    with pg_db.engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
        conn.exec_driver_sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"')
    try:
        # a role that may only read: opened the usual way, which says so
        assert QuickReader.open(f"postgresql://{role}@127.0.0.1/{pg_name}") is None
    finally:
        with pg_db.engine.begin() as conn:
            conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
            conn.exec_driver_sql(f'DROP ROLE "{role}"')
    with pg_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0006'")
    try:
        assert QuickReader.open(pg_db.url) is None  # to be migrated
    finally:
        with pg_db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0007'")
    quick = QuickReader.open(pg_db.url)
    assert quick is not None
    quick.close()


def test_an_unreachable_server_is_said_as_opening_says_it() -> None:
    skip_without_server()
    with pytest.raises(DatabaseUnavailable) as quick:
        QuickReader.open(NOBODY)
    with pytest.raises(DatabaseUnavailable) as opening:
        open_database(NOBODY)
    assert str(quick.value) == str(opening.value)
    assert "s3cret" not in str(quick.value) and "\n" not in str(quick.value)


def test_a_quick_read_that_fails_is_read_through_the_repository(pg_db: Database) -> None:
    quick = QuickReader.open(pg_db.url)
    assert quick is not None
    opener = Opener(lambda: Repository(open_database(pg_db.url), lambda: REPORT_DAY), quick)
    assert opener.read(lambda r: r.mission_count()) == 10 and opener.quick is quick
    with pg_db.engine.begin() as conn:  # the quick reader's connection is ended
        conn.execute(
            sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d "
                "AND application_name = 'mission-tracker' AND pid <> pg_backend_pid()"
            ),
            {"d": pg_db.engine.url.database},
        )
    assert opener.read(lambda r: r.mission_count()) == 10  # read by the repository
    assert opener.quick is None
    opener.close()
