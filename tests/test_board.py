"""The launch board, without Qt: launch order, the next launch, awaiting update, due soon."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from tracker import schedule
from tracker.board import Board
from tracker.vocabulary import LaunchStatus, NetPrecision

P = NetPrecision
S = LaunchStatus
UTC = dt.UTC


def t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    status: LaunchStatus
    net: dt.datetime
    net_precision: NetPrecision = P.MINUTE


NOW = t("2021-10-27 12:00:00")
CREW3 = Row(1, "Crew-3", S.GO, t("2021-10-31 06:21"))
MS20 = Row(2, "Soyuz MS-20", S.TBC, t("2021-12-08"), P.DAY)
CREW5 = Row(3, "Crew-5", S.TBD, t("2022-09-15"), P.H2)
FLOWN = Row(4, "Crew-2", S.SUCCESS, t("2021-04-23 09:49"))
IN_FLIGHT = Row(5, "Inspiration4", S.IN_FLIGHT, t("2021-10-29 00:00"))
REPORT = [CREW5, FLOWN, MS20, IN_FLIGHT, CREW3]


def test_pending_missions_in_launch_order() -> None:
    assert list(Board(REPORT).pending) == [CREW3, MS20, CREW5]


def test_the_next_launch_on_the_report_day_is_crew3() -> None:
    outlook = Board(REPORT).outlook(NOW)
    assert outlook.next == CREW3 and outlook.next_id == 1
    assert outlook.awaiting == [] and outlook.notice() == ""


def test_the_highlight_moves_on_when_a_net_passes() -> None:
    outlook = Board(REPORT).outlook(t("2021-11-20 00:00"))
    assert outlook.next == MS20
    assert outlook.awaiting == [CREW3]
    assert outlook.notice() == "Crew-3: NET passed \u2014 awaiting update"


def test_nothing_ahead_after_every_net() -> None:
    outlook = Board(REPORT).outlook(t("2023-02-01 00:00"))
    assert outlook.next is None and outlook.next_id is None
    assert outlook.awaiting == [CREW3, MS20, CREW5]


def test_the_notice_names_three_and_counts_the_rest() -> None:
    rows = [Row(i, f"M{i}", S.GO, t(f"2021-10-0{i} 00:00")) for i in range(1, 6)]
    notice = Board(rows).outlook(NOW).notice()
    assert notice == "M1, M2, M3 and 2 more: NET passed \u2014 awaiting update"


def test_due_within_a_horizon_is_the_slice_after_now() -> None:
    board = Board(REPORT)
    assert board.due_within(NOW, dt.timedelta(days=1)) == []
    assert board.due_within(NOW, dt.timedelta(days=4)) == [CREW3]
    assert board.due_within(NOW, dt.timedelta(days=60)) == [CREW3, MS20]
    assert board.due_within(CREW3.net, dt.timedelta(days=60)) == [MS20]  # T-0 is not after


def test_ticks_each_second_while_a_fine_net_lies_ahead_or_counts_up() -> None:
    board = Board(REPORT)
    assert board.ticks_every_second(NOW)
    assert board.ticks_every_second(CREW3.net)  # T+ counts up through the grace period
    ends = schedule.board_until(CREW3.net, CREW3.net_precision)
    assert board.ticks_every_second(ends - dt.timedelta(seconds=1))
    assert not board.ticks_every_second(ends)  # only coarse NETs are left
    assert not Board([MS20, CREW5]).ticks_every_second(NOW)
    assert not Board([]).ticks_every_second(NOW)
    hour = Row(6, "Hour", S.GO, t("2021-10-28 10:00"), P.HOUR)
    assert Board([hour]).ticks_every_second(NOW)
    assert not Board([FLOWN]).ticks_every_second(t("2021-01-01 00:00"))  # flown: no countdown


def test_the_board_needs_neither_qt_nor_a_database() -> None:
    code = (
        "import sys, tracker.board; "
        "bad = [m for m in ('PySide6', 'sqlalchemy', 'sqlmodel') if m in sys.modules]; "
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


_NETS = st.datetimes(
    min_value=dt.datetime(2021, 1, 1), max_value=dt.datetime(2023, 12, 31), timezones=st.just(UTC)
)
_ROWS = st.lists(
    st.builds(
        Row,
        st.integers(0, 1000),
        st.sampled_from(["A", "B", "C", "D"]),
        st.sampled_from(list(LaunchStatus)),
        _NETS,
        st.sampled_from(list(NetPrecision)),
    ),
    max_size=30,
)


@given(_ROWS, _NETS)
def test_outlook_agrees_with_next_launch(rows: list[Row], now: dt.datetime) -> None:
    board = Board(rows)
    outlook = board.outlook(now)
    assert outlook.next == schedule.next_launch(rows, now)
    everyone_awaiting = [m for m in board.pending if schedule.is_awaiting_update(m, now)]
    assert set(map(id, outlook.awaiting)) <= set(map(id, everyone_awaiting))
    ahead = [
        m
        for m in everyone_awaiting
        if outlook.next is None or schedule.launch_key(m) < schedule.launch_key(outlook.next)
    ]
    assert set(map(id, ahead)) <= set(map(id, outlook.awaiting))


@given(_ROWS, _NETS, st.integers(0, 400))
def test_due_within_is_every_pending_net_in_the_horizon(
    rows: list[Row], now: dt.datetime, days: int
) -> None:
    horizon = dt.timedelta(days=days)
    expected = [m for m in Board(rows).pending if now < m.net <= now + horizon]
    assert Board(rows).due_within(now, horizon) == expected
