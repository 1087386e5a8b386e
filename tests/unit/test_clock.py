from __future__ import annotations

import datetime as dt
import time

import pytest

from tracker.clock import Clock, parse_instant
from tracker.errors import UserError


def test_simulated_clock_starts_where_asked_and_runs_on() -> None:
    start = dt.datetime(2021, 10, 27, 12, tzinfo=dt.UTC)
    clock = Clock(start)
    first = clock()
    assert clock.simulated
    assert dt.timedelta(0) <= first - start < dt.timedelta(seconds=1)
    time.sleep(0.05)
    assert clock() > first


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
