"""Time in space and success rates: the pure rules of ``tracker.careers``."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker import careers
from tracker.careers import Stay
from tracker.vocabulary import LandingOutcome, LaunchStatus

LAUNCH = dt.datetime(2020, 5, 30, 19, 22, 45, tzinfo=dt.UTC)
SPLASHDOWN = dt.datetime(2020, 8, 2, 18, 48, tzinfo=dt.UTC)
LATER = dt.datetime(2021, 10, 27, 12, tzinfo=dt.UTC)


def test_a_landed_flight_counts_from_launch_to_landing() -> None:
    s = careers.stay(LaunchStatus.SUCCESS, LAUNCH, SPLASHDOWN, LATER)
    assert s == Stay(SPLASHDOWN - LAUNCH, in_space=False)
    assert careers.days(SPLASHDOWN - LAUNCH) == pytest.approx(63.98, abs=0.01)


@pytest.mark.parametrize("status", [LaunchStatus.IN_FLIGHT, LaunchStatus.SUCCESS])
def test_a_flight_not_landed_counts_to_now_and_says_so(status: LaunchStatus) -> None:
    assert careers.stay(status, LAUNCH, None, LATER) == Stay(LATER - LAUNCH, in_space=True)


def test_a_clock_before_the_landing_counts_to_the_clock() -> None:
    now = LAUNCH + dt.timedelta(days=10)
    assert careers.stay(LaunchStatus.SUCCESS, LAUNCH, SPLASHDOWN, now) == Stay(
        dt.timedelta(days=10), in_space=True
    )
    assert careers.stay(LaunchStatus.SUCCESS, LAUNCH, SPLASHDOWN, LAUNCH - dt.timedelta(1)) is None


@pytest.mark.parametrize(
    "status",
    [LaunchStatus.GO, LaunchStatus.TBD, LaunchStatus.TBC, LaunchStatus.HOLD, LaunchStatus.FAILURE],
)
def test_no_time_in_space_without_reaching_it(status: LaunchStatus) -> None:
    assert careers.stay(status, LAUNCH, SPLASHDOWN, LATER) is None


def test_total_adds_flights_and_is_in_space_when_one_still_is() -> None:
    landed = Stay(dt.timedelta(days=2), in_space=False)
    up = Stay(dt.timedelta(hours=5), in_space=True)
    assert careers.total([landed, None, up]) == Stay(dt.timedelta(days=2, hours=5), True)
    assert careers.total([landed, landed]) == Stay(dt.timedelta(days=4), False)
    assert careers.total([]) == Stay(dt.timedelta(0), False)


@pytest.mark.parametrize(
    ("status", "outcome", "expected"),
    [
        (LaunchStatus.SUCCESS, LandingOutcome.LANDED, True),
        (LaunchStatus.SUCCESS, LandingOutcome.IN_ORBIT, True),
        (LaunchStatus.DEPLOYED, None, True),
        (LaunchStatus.SUCCESS, LandingOutcome.CREW_LOST, False),  # Soyuz 1
        (LaunchStatus.FAILURE, None, False),
        (LaunchStatus.PARTIAL_FAILURE, LandingOutcome.LANDED, False),
        (LaunchStatus.IN_FLIGHT, None, None),
        (LaunchStatus.GO, None, None),
    ],
)
def test_succeeded(
    status: LaunchStatus, outcome: LandingOutcome | None, expected: bool | None
) -> None:
    assert careers.succeeded(status, outcome) is expected


def test_success_rate_is_over_finished_flights_only() -> None:
    assert careers.success_rate([True, None, False, True, None]) == pytest.approx(2 / 3)
    assert careers.success_rate([None, None]) is None
    assert careers.success_rate([]) is None
    assert careers.success_rate([False]) == 0.0


def test_launched_is_off_the_pad_whatever_came_of_it() -> None:
    assert careers.launched(LaunchStatus.FAILURE)
    assert not careers.launched(LaunchStatus.HOLD)
