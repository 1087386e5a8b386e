"""Launch day without Qt, on a controlled clock: T−10 s to T+10 s across the boundary, a hold
and its release, an outcome that moves the board on, and the end of the grace period."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import pytest

from tracker import schedule
from tracker.board import Board
from tracker.schedule import Phase
from tracker.vocabulary import LaunchStatus, NetPrecision

P = NetPrecision
S = LaunchStatus
UTC = dt.UTC
SEC = dt.timedelta(seconds=1)
MINUS = "\u2212"


def t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    status: LaunchStatus
    net: dt.datetime
    net_precision: NetPrecision = P.MINUTE


T0 = t("2021-10-31 06:21:00")
CREW3 = Row(1, "Crew-3", S.GO, T0)
MS20 = Row(2, "Soyuz MS-20", S.TBC, t("2021-12-08"), P.DAY)
ROWS = [CREW3, MS20]


def at(seconds: float) -> dt.datetime:
    """T−0 plus ``seconds`` (a tick lands 3 ms after each second boundary)."""
    return T0 + dt.timedelta(seconds=seconds)


def test_from_t_minus_10_to_t_plus_10_seconds() -> None:
    seen = []
    for second in range(-10, 11):
        now = at(second + 0.003)  # where the ticker lands: just after the boundary
        state = schedule.launch_state(CREW3, now, compact=True)
        seen.append((state.phase, state.clock, state.note))
        assert schedule.next_launch(ROWS, now) == CREW3  # it stays the launch on the board
        assert Board(ROWS).outlook(now).next == CREW3
    assert seen[0] == (Phase.COUNTDOWN, f"T{MINUS} 00:00:10", "")
    assert seen[9] == (Phase.COUNTDOWN, f"T{MINUS} 00:00:01", "")
    assert seen[10] == (Phase.LAUNCHING, "T+ 00:00:00", schedule.LIFTOFF_TEXT)
    assert seen[15] == (Phase.LAUNCHING, "T+ 00:00:05", "Liftoff \u2014 awaiting confirmation")
    assert seen[20] == (Phase.LAUNCHING, "T+ 00:00:10", schedule.LIFTOFF_TEXT)
    # T−0 itself still counts down, and reads zero
    assert schedule.mission_countdown(CREW3, T0, compact=True) == f"T{MINUS} 00:00:00"
    assert schedule.phase(CREW3, T0) is Phase.COUNTDOWN


def test_the_command_line_keeps_the_day_count() -> None:
    assert schedule.mission_countdown(CREW3, at(-5)) == f"T{MINUS} 0d 00:00:05"
    assert schedule.mission_countdown(CREW3, at(5)) == "T+ 0d 00:00:05"
    assert schedule.mission_countdown(CREW3, at(3730)) == "T+ 0d 01:02:10"
    assert schedule.mission_countdown(CREW3, at(3730), compact=True) == "T+ 01:02:10"
    assert schedule.fine_countdown(2 * 86400 + 5, compact=True) == f"T{MINUS} 2d 00:00:05"


def test_seconds_until_goes_negative_after_t0() -> None:
    assert schedule.seconds_until(CREW3, t("2021-10-31 06:20:50")) == 10
    assert schedule.seconds_until(CREW3, t("2021-10-31 06:21:05")) == -5
    assert schedule.seconds_until(CREW3, at(5.004)) == -5


def test_the_grace_period_then_awaiting_update() -> None:
    grace = schedule.grace(P.MINUTE)
    assert grace == dt.timedelta(hours=3)
    last = T0 + grace
    assert schedule.phase(CREW3, last) is Phase.LAUNCHING
    assert schedule.mission_countdown(CREW3, last, compact=True) == "T+ 03:00:00"
    assert schedule.next_launch(ROWS, last) == CREW3
    after = last + SEC
    assert schedule.phase(CREW3, after) is Phase.AWAITING_UPDATE
    assert schedule.mission_countdown(CREW3, after) == schedule.PASSED_TEXT
    assert schedule.next_launch(ROWS, after) == MS20  # the board moves on
    outlook = Board(ROWS).outlook(after)
    assert outlook.next == MS20
    assert outlook.notice() == "Crew-3: NET passed \u2014 awaiting update"


@pytest.mark.parametrize(
    ("precision", "grace"),
    [
        (P.SECOND, dt.timedelta(hours=3)),
        (P.MINUTE, dt.timedelta(hours=3)),
        (P.HOUR, dt.timedelta(hours=6)),
        (P.DAY, dt.timedelta(0)),
        (P.MONTH, dt.timedelta(0)),
    ],
)
def test_grace_by_precision(precision: NetPrecision, grace: dt.timedelta) -> None:
    assert schedule.grace(precision) == grace


def test_a_day_net_never_counts_up() -> None:
    day = Row(3, "Day", S.GO, t("2021-12-08 12:00"), P.DAY)
    later_that_day = t("2021-12-08 18:00")
    assert schedule.phase(day, later_that_day) is Phase.COUNTDOWN
    assert schedule.mission_countdown(day, later_that_day) == "Today \u00b7 2021-12-08"
    assert schedule.phase(day, t("2021-12-09 00:00:01")) is Phase.AWAITING_UPDATE


def test_a_hold_stops_the_count_and_its_release_resumes_it() -> None:
    held = dataclasses.replace(CREW3, status=S.HOLD)
    for second in (-60, -5, 0, 5):
        state = schedule.launch_state(held, at(second), reason="weather", compact=True)
        assert (state.phase, state.clock, state.note) == (Phase.HOLD, "HOLD", "weather")
        assert schedule.next_launch([held, MS20], at(second)) == held
    assert schedule.launch_state(held, at(-5)).note == "Countdown on hold"
    assert schedule.mission_countdown(held, at(-5)) == "HOLD"  # the list and the CLI too
    released = dataclasses.replace(held, status=S.GO)
    assert schedule.mission_countdown(released, at(-5), compact=True) == f"T{MINUS} 00:00:05"
    # a hold that outlasts the grace period with no update is stale like any other
    assert schedule.phase(held, T0 + dt.timedelta(hours=3, seconds=1)) is Phase.AWAITING_UPDATE


def test_in_flight_stays_on_the_board_through_its_grace_period() -> None:
    flying = dataclasses.replace(CREW3, status=S.IN_FLIGHT)
    now = t("2021-10-31 06:21:05")
    state = schedule.launch_state(flying, now, compact=True)
    assert (state.phase, state.seconds_until) == (Phase.IN_FLIGHT, -5)
    assert (state.clock, state.note) == ("T+ 00:00:05", "In flight")
    assert schedule.next_launch([flying, MS20], now) == flying
    assert Board([flying, MS20]).outlook(now).next == flying
    # marked a few seconds early: still the launch on the board, not a jump to MS-20
    assert schedule.next_launch([flying, MS20], at(-5)) == flying
    assert schedule.mission_countdown(flying, at(-5)) == "Launch in Flight"
    ends = T0 + schedule.grace(P.MINUTE)
    assert schedule.next_launch([flying, MS20], ends) == flying
    assert schedule.next_launch([flying, MS20], ends + SEC) == MS20
    assert schedule.mission_countdown(flying, ends + SEC) == "Launch in Flight"
    assert Board([flying, MS20]).outlook(ends + SEC).awaiting == []  # not stale: it flew
    # days before its NET an In Flight status is stale data, not a flight to show
    assert schedule.next_launch([flying, MS20], T0 - dt.timedelta(days=2)) == MS20


@pytest.mark.parametrize("outcome", [S.SUCCESS, S.FAILURE, S.PARTIAL_FAILURE])
def test_an_outcome_moves_the_board_on_at_once(outcome: LaunchStatus) -> None:
    done = dataclasses.replace(CREW3, status=outcome)
    now = at(5)
    assert schedule.next_launch([done, MS20], now) == MS20
    assert Board([done, MS20]).outlook(now).next == MS20
    state = schedule.launch_state(done, now, reason="")
    assert (state.phase, state.clock, state.note) == (Phase.OUTCOME, outcome.label, "")
    failed = schedule.launch_state(done, now, reason="engine anomaly")
    assert failed.note == f"{outcome.label}: engine anomaly"


def test_in_flight_to_an_outcome_needs_no_confirmation() -> None:
    assert schedule.ends_flight(S.IN_FLIGHT, S.SUCCESS)
    assert schedule.ends_flight(S.IN_FLIGHT, S.FAILURE)
    assert not schedule.ends_flight(S.SUCCESS, S.FAILURE)  # rewriting history: ask
    assert not schedule.ends_flight(S.IN_FLIGHT, S.GO)
    assert not schedule.ends_flight(S.GO, S.SUCCESS)  # not flown yet: nothing to confirm


def test_the_board_and_the_rule_agree_through_launch_day() -> None:
    flying = Row(3, "Shenzhou", S.IN_FLIGHT, T0 + dt.timedelta(minutes=30))
    rows = [CREW3, MS20, flying]
    board = Board(rows)
    now = T0 - dt.timedelta(minutes=1)
    while now < T0 + dt.timedelta(hours=5):
        assert board.outlook(now).next == schedule.next_launch(rows, now), now
        now += dt.timedelta(minutes=7)
