"""The cadence: rarely while nothing is near, more often before a followed launch, slower
after failures, never before the ledger allows, never more than half the budget."""

from __future__ import annotations

import datetime as dt

from tracker.sync import cadence

NOW = dt.datetime(2021, 10, 27, 12, 0, tzinfo=dt.UTC)
H = dt.timedelta(hours=1)
M = dt.timedelta(minutes=1)


def test_nothing_followed_or_nothing_near_syncs_every_two_hours() -> None:
    assert cadence.interval(NOW, [], 15) == 2 * H
    assert cadence.interval(NOW, [NOW + 3 * 24 * H], 15) == 2 * H
    assert cadence.interval(NOW, [NOW - 5 * H], 15) == 2 * H  # long gone


def test_a_followed_launch_within_a_day_every_quarter_hour() -> None:
    assert cadence.interval(NOW, [NOW + 23 * H, NOW + 9 * 24 * H], 15) == 15 * M


def test_around_t0_as_often_as_half_the_budget_allows() -> None:
    """Within the hour either side of T−0: 5 minutes would be 12 an hour, more than half of
    15; with a key's 210 it is 5 minutes."""
    for net in (NOW + 30 * M, NOW - 30 * M):
        assert cadence.interval(NOW, [net], 15) == dt.timedelta(seconds=515)  # 3600 / 7
        assert cadence.interval(NOW, [net], 210) == 5 * M


def test_the_automatic_cadence_keeps_half_of_any_budget() -> None:
    for budget in (1, 2, 3, 15, 30, 210):
        pace = cadence.interval(NOW, [NOW + 10 * M], budget)
        assert H / pace <= max(budget // 2, 1)


def test_next_sync_is_due_now_when_never_synced_or_overdue() -> None:
    assert cadence.next_sync(NOW, last_success=None, budget=15) == NOW
    assert cadence.next_sync(NOW, last_success=NOW - 5 * H, budget=15) == NOW


def test_next_sync_follows_the_pace_after_a_success() -> None:
    assert cadence.next_sync(NOW, last_success=NOW - 10 * M, budget=15) == NOW + 110 * M
    soon = [NOW + 6 * H]
    due = cadence.next_sync(NOW, last_success=NOW - 10 * M, followed=soon, budget=15)
    assert due == NOW + 5 * M


def test_failures_back_off_doubling_up_to_the_pace() -> None:
    waits = [cadence.retry_after(n, 2 * H) for n in range(0, 8)]
    assert waits[:6] == [dt.timedelta(0), 5 * M, 10 * M, 20 * M, 40 * M, 80 * M]
    assert waits[6] == waits[7] == 2 * H
    assert cadence.retry_after(50, 15 * M) == 15 * M
    due = cadence.next_sync(
        NOW, last_success=NOW - 3 * H, last_attempt=NOW - M, failures=2, budget=15
    )
    assert due == NOW + 9 * M


def test_never_before_the_ledger_allows() -> None:
    allowed = NOW + 40 * M
    assert cadence.next_sync(NOW, last_success=None, budget=15, allowed_from=allowed) == allowed
