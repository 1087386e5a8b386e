"""The first paint's reads without SQLAlchemy (``quick_read``) answer as the repository does,
and are offered only for a file that opening would leave as it is."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from benchmarks.generate import REFERENCE, build_database
from tests.conftest import REPORT_DAY
from tracker.errors import NotFound
from tracker.store.database import open_database
from tracker.store.quick_read import QuickReader, stored
from tracker.store.repository import Repository

MOMENTS = [REFERENCE + dt.timedelta(days=d) for d in (-4000, -30, -1, 0, 1, 45, 400, 3000)]


def url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture(scope="module", params=["realistic", "stale"])
def world(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Repository, QuickReader]:
    path: Path = tmp_path_factory.mktemp("quick") / f"{request.param}.db"
    build_database(path, 1500, shape=request.param)
    repo = Repository(open_database(url(path)), lambda: REFERENCE)
    quick = QuickReader.open(url(path))
    assert quick is not None
    return repo, quick


@pytest.mark.parametrize("now", MOMENTS, ids=[m.date().isoformat() for m in MOMENTS])
@pytest.mark.parametrize("recent", [1, 20, 120])
def test_the_first_page_is_the_repositorys(
    world: tuple[Repository, QuickReader], now: dt.datetime, recent: int
) -> None:
    repo, quick = world
    page = quick.first_page(now, recent)
    assert page == repo.first_page(now, recent)
    assert page  # a world of 1,500 missions always shows some


def test_every_row_count_and_mission_is_the_repositorys(
    world: tuple[Repository, QuickReader],
) -> None:
    repo, quick = world
    rows = quick.missions()
    assert rows == repo.missions() and len(rows) == quick.mission_count() == 1500
    crewed = [r.id for r in rows if r.crew_count][:40]
    slipped = [r.id for r in rows if r.slips][:20]
    assert crewed and slipped  # the generated world has both
    for mission_id in [rows[0].id, rows[-1].id, *crewed, *slipped]:
        assert quick.mission(mission_id) == repo.mission(mission_id)


def test_the_default_data_with_links_and_its_age(tmp_path: Path) -> None:
    path = tmp_path / "default.db"
    repo = Repository(open_database(url(path)), lambda: REPORT_DAY)  # seeded
    crew3 = repo.find_mission("Crew-3")
    with sqlite3.connect(path) as conn:  # a webcast and an information link, out of order
        conn.executemany(
            "INSERT INTO missionlink (mission_id, kind, url, title, priority, live, from_ll2)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (crew3, "info", "https://b.example/info", "Info", 1, 0, 1),
                (crew3, "webcast", "https://a.example/live", "Live", 5, 1, 0),
            ],
        )
    quick = QuickReader.open(url(path))
    assert quick is not None
    detail = quick.mission(crew3)
    assert detail == repo.mission(crew3)
    assert [link.title for link in detail.links] == ["Live", "Info"]  # webcasts first
    assert [c.name for c in detail.crew][:1] == ["Raja Chari"]
    assert quick.data_as_of() == repo_data_as_of(path)
    assert quick.first_page(REPORT_DAY, 20) == repo.first_page(REPORT_DAY, 20)
    with pytest.raises(NotFound, match="no mission with id 999999"):
        quick.mission(999_999)


def repo_data_as_of(path: Path) -> dt.datetime | None:
    from tracker.store import dataset

    db = open_database(url(path))
    try:
        return dataset.data_as_of(db)
    finally:
        db.dispose()


def test_an_instant_is_stored_as_sqlalchemy_stores_it(tmp_path: Path) -> None:
    """Text compares in time order only in the one form SQLite holds: every microsecond."""
    assert stored(dt.datetime(2021, 10, 31, 5, 21, tzinfo=dt.UTC)) == "2021-10-31 05:21:00.000000"
    eastern = dt.timezone(dt.timedelta(hours=-4))
    assert stored(dt.datetime(2021, 10, 31, 1, 21, 0, 5, tzinfo=eastern)) == (
        "2021-10-31 05:21:00.000005"
    )


def test_only_a_file_opening_would_leave_as_it_is_is_read_quickly(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    assert QuickReader.open(url(missing)) is None  # a first run: made and seeded first
    assert not missing.exists()  # ... and looking made nothing
    empty = tmp_path / "empty.db"
    empty.touch()
    assert QuickReader.open(url(empty)) is None
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")  # not ours: opening refuses it, saying why
    assert QuickReader.open(url(other)) is None
    old = tmp_path / "old.db"
    open_database(url(old)).dispose()
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0005'")  # to be migrated
    assert QuickReader.open(url(old)) is None
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    assert QuickReader.open(url(garbage)) is None
    assert QuickReader.open("sqlite://") is None  # in memory
    current = tmp_path / "current.db"
    open_database(url(current)).dispose()
    assert QuickReader.open(url(current)) is not None


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write a read-only file")
def test_a_read_only_file_is_opened_the_usual_way(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    open_database(url(path)).dispose()
    path.chmod(0o444)
    try:
        assert QuickReader.open(url(path)) is None  # opened read-only, said why
    finally:
        path.chmod(0o644)
