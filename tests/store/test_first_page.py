"""The window's first page is bounded whatever the data's shape, and the board it makes
knows the next launch and the first missions awaiting an update as the whole list does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from benchmarks.generate import REFERENCE, build_database
from tracker import schedule
from tracker.board import Board
from tracker.store.database import open_database
from tracker.store.queries import AWAITING_FIRST
from tracker.store.repository import Repository

RECENT = 20
MOMENTS = [REFERENCE + dt.timedelta(days=d) for d in (-4000, -30, -1, 0, 1, 45, 400, 3000)]


@pytest.fixture(scope="module", params=["realistic", "stale"])
def repo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Repository:
    path: Path = tmp_path_factory.mktemp("first-page") / f"{request.param}.db"
    build_database(path, 1500, shape=request.param)
    return Repository(open_database(f"sqlite:///{path}"), lambda: REFERENCE)


@pytest.mark.parametrize("now", MOMENTS, ids=[m.date().isoformat() for m in MOMENTS])
def test_the_first_page_makes_the_board_the_whole_list_makes(
    repo: Repository, now: dt.datetime
) -> None:
    every = repo.missions()
    page = repo.first_page(now, RECENT)
    whole, first = Board(every).outlook(now), Board(page).outlook(now)
    assert first.next_id == whole.next_id
    named = [m.id for m in whole.awaiting[:AWAITING_FIRST]]
    assert [m.id for m in first.awaiting[:AWAITING_FIRST]] == named
    if len(whole.awaiting) <= RECENT:
        assert [m.id for m in first.awaiting] == [m.id for m in whole.awaiting]
    ids = [r.id for r in page]
    assert len(ids) == len(set(ids)) and page == sorted(page, key=lambda r: (r.net, r.name))


def test_a_stale_database_keeps_its_first_page_small(repo: Repository) -> None:
    every = repo.missions()
    stale = [r for r in every if r.status.is_pending and r.net < REFERENCE]
    page = repo.first_page(REFERENCE, RECENT)
    assert len(page) <= 4 * RECENT + AWAITING_FIRST + 50  # 50: those that may be on board
    if len(stale) > 10 * RECENT:  # the stale shape: most of them left for later
        assert len(page) < len(stale) / 5


@pytest.mark.parametrize("now", MOMENTS, ids=[m.date().isoformat() for m in MOMENTS])
def test_the_next_launch_is_read_from_the_first_page_as_from_every_mission(
    repo: Repository, now: dt.datetime
) -> None:
    """``tracker next`` reads one page, not 100,000 rows (2.5 s), for the same answer."""
    whole = schedule.next_launch(repo.missions(), now)
    found = repo.next_launch(now)
    assert (found.id if found else None) == (whole.id if whole else None)
