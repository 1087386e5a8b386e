"""The request ledger: the budget holds in every rolling hour, across ledgers on one file
(as two processes would have), and a 429's block stops every request until its time."""

from __future__ import annotations

import datetime as dt
import stat
import threading
from pathlib import Path

import pytest

from tests.sync.conftest import START, Wall
from tracker.sync.errors import MustWait, SyncFailed
from tracker.sync.ledger import WINDOW, Ledger

HOUR = dt.timedelta(hours=1)


def ledger_at(tmp_path: Path, budget: int = 15, host: str = "127.0.0.1") -> Ledger:
    return Ledger(tmp_path / "ll2-requests.sqlite", host, budget)


def test_simulated_hours_never_send_more_than_the_budget_in_any_rolling_hour(
    tmp_path: Path,
) -> None:
    """Something asks every 90 seconds for six hours; the ledger lets through 15 an hour."""
    wall, ledger = Wall(), ledger_at(tmp_path)
    sent: list[dt.datetime] = []
    refusals: list[MustWait] = []
    for _ in range(6 * 40):
        try:
            ledger.take(wall())
            sent.append(wall())
        except MustWait as wait:
            assert wait.until > wall() and not wait.throttled
            refusals.append(wait)
        wall.advance(seconds=90)
    assert refusals
    for first in sent:  # every hour that starts at a request holds at most 15
        assert sum(first <= t < first + HOUR for t in sent) <= 15
    assert len(sent) == 6 * 15  # and the budget is used, not wasted


def test_the_sixteenth_request_waits_until_the_first_leaves_the_hour(tmp_path: Path) -> None:
    wall, ledger = Wall(), ledger_at(tmp_path)
    for _ in range(15):
        ledger.take(wall())
        wall.advance(minutes=1)
    assert ledger.used(wall()) == 15
    with pytest.raises(MustWait) as caught:
        ledger.take(wall())
    assert caught.value.until == START + WINDOW
    assert ledger.next_allowed(wall()) == START + WINDOW
    wall.now = START + WINDOW  # the first request is an hour old: one more may go
    assert ledger.next_allowed(wall()) is None
    ledger.take(wall())


def test_two_ledgers_on_one_file_share_the_budget(tmp_path: Path) -> None:
    """The window and ``tracker sync`` in two processes keep one count."""
    wall = Wall()
    window, command = ledger_at(tmp_path), ledger_at(tmp_path)
    for i in range(15):
        (window if i % 2 else command).take(wall())
    with pytest.raises(MustWait):
        window.take(wall())
    with pytest.raises(MustWait):
        command.take(wall())


def test_racing_takers_get_exactly_the_budget(tmp_path: Path) -> None:
    """Eight takers at once, each on its own connection as a process would be: the file's
    lock lets exactly 15 through."""
    wall = Wall()
    granted: list[int] = []
    barrier = threading.Barrier(8)

    def taker() -> None:
        ledger = ledger_at(tmp_path)
        barrier.wait()
        for _ in range(5):
            try:
                ledger.take(wall())
                granted.append(1)
            except MustWait:
                pass

    threads = [threading.Thread(target=taker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(granted) == 15


def test_a_block_stops_every_request_until_its_time_and_is_never_shortened(
    tmp_path: Path,
) -> None:
    wall, ledger = Wall(), ledger_at(tmp_path)
    ledger.block(START + dt.timedelta(minutes=40))
    ledger.block(START + dt.timedelta(minutes=10))  # an earlier end does not shorten it
    with pytest.raises(MustWait) as caught:
        ledger.take(wall())
    assert caught.value.throttled and caught.value.until == START + dt.timedelta(minutes=40)
    assert ledger.throttled_until(wall()) == START + dt.timedelta(minutes=40)
    assert ledger.used(wall()) == 0  # a refused request is not counted
    wall.advance(minutes=40)
    assert ledger.throttled_until(wall()) is None
    ledger.take(wall())


def test_the_budget_and_the_block_belong_to_their_host(tmp_path: Path) -> None:
    wall = Wall()
    mirror, public = ledger_at(tmp_path, host="127.0.0.1"), ledger_at(tmp_path, host="ll2.test")
    public.block(START + HOUR)
    for _ in range(15):
        mirror.take(wall())
    with pytest.raises(MustWait):
        public.take(wall())
    assert public.used(wall()) == 0 and mirror.used(wall()) == 15


def test_a_clock_set_back_still_counts_the_requests_it_sent(tmp_path: Path) -> None:
    wall, ledger = Wall(), ledger_at(tmp_path)
    for _ in range(15):
        ledger.take(wall())
    wall.advance(hours=-3)
    with pytest.raises(MustWait):
        ledger.take(wall())


def test_a_larger_budget_with_a_key(tmp_path: Path) -> None:
    wall, ledger = Wall(), ledger_at(tmp_path, budget=210)
    for _ in range(210):
        ledger.take(wall())
    with pytest.raises(MustWait):
        ledger.take(wall())


def test_the_file_is_private_to_the_user_and_a_damaged_one_is_one_line(tmp_path: Path) -> None:
    wall, ledger = Wall(), ledger_at(tmp_path)
    ledger.take(wall())
    assert stat.S_IMODE(ledger.path.stat().st_mode) == 0o600
    ledger.path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(SyncFailed) as caught:
        ledger.take(wall())
    assert str(ledger.path) in str(caught.value) and "\n" not in str(caught.value)
