from __future__ import annotations

import datetime as dt

import pytest

from tracker.clock import Clock, parse_instant
from tracker.errors import UserError


def test_simulated_clock_starts_where_asked_and_runs_on() -> None:
    seconds = [100.0]  # the injected monotonic source: time moves when the test says
    start = dt.datetime(2021, 10, 27, 12, tzinfo=dt.UTC)
    clock = Clock(start, monotonic=lambda: seconds[0])
    assert clock.simulated
    assert clock() == start
    seconds[0] += 0.05
    assert clock() == start + dt.timedelta(seconds=0.05)
    seconds[0] += 3600
    assert clock() == start + dt.timedelta(hours=1, seconds=0.05)


def test_setting_the_clock_jumps_there_and_runs_on_from_it() -> None:
    seconds = [5.0]
    clock = Clock(None, monotonic=lambda: seconds[0])
    later = dt.datetime(2021, 10, 31, 6, 20, tzinfo=dt.UTC)
    clock.set(later)
    seconds[0] += 60
    assert clock() == later + dt.timedelta(minutes=1)
    clock.set(None)
    assert not clock.simulated


def test_simulated_clock_runs_on_real_monotonic_time_by_default() -> None:
    clock = Clock(dt.datetime(2021, 10, 27, 12, tzinfo=dt.UTC))
    first = clock()
    assert clock() >= first


def test_live_clock_follows_the_wall_clock() -> None:
    clock = Clock()
    assert not clock.simulated
    assert abs(clock() - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=1)


@pytest.mark.parametrize(
    "text",
    [
        "2021-10-27T12:00:00Z",
        "2021-10-27T14:00:00+02:00",
        "2021-10-27 12:00",
        "2021-10-27T12:00:00z",
    ],
)
def test_parse_instant_reads_iso_8601_as_utc(text: str) -> None:
    assert parse_instant(text) == dt.datetime(2021, 10, 27, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize("text", ["garbage", "2021-13-01", "", "0001-01-01T00:00:00Z"])
def test_parse_instant_refuses_with_a_clear_message(text: str) -> None:
    with pytest.raises(UserError, match="date"):
        parse_instant(text)
