"""Slip history: in the order the changes were made, then written; the total from the first
change's previous NET to the NET now (issue 14: "Slip history is wrong when the clock is set")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.helpers import run
from tracker.store.database import Database
from tracker.store.export import build_archive
from tracker.store.repository import Repository
from tracker.vocabulary import NetPrecision

# Each test that uses a database runs on SQLite and on PostgreSQL (tests/store/conftest.py).
BOTH_BACKENDS = True


def _t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


MOVES = [_t("2021-11-03 05:10"), _t("2021-11-08 10:00"), _t("2021-11-10 10:00")]
TOTAL = dt.timedelta(days=11, hours=3, minutes=17)  # 2021-10-30 06:43 -> 2021-11-10 10:00


def test_three_reschedules_in_one_second_keep_their_order_and_add_up(
    repo: Repository, db: Database
) -> None:
    crew3 = repo.find_mission("Crew-3")
    for net in MOVES:  # the clock stands at 2021-10-27 12:00:00 for every command
        repo.reschedule(crew3, net, NetPrecision.MINUTE)
    m = repo.mission(crew3)
    assert [(h.previous_net, h.new_net) for h in m.history] == [
        (_t("2021-10-30 06:43"), _t("2021-10-31 06:21")),  # the default data's slip
        (_t("2021-10-31 06:21"), MOVES[0]),
        (MOVES[0], MOVES[1]),
        (MOVES[1], MOVES[2]),
    ]
    assert m.total_slip == TOTAL
    archived = next(a for a in build_archive(db).missions if a.name == "Crew-3")
    assert [h.new_net for h in archived.schedule_changes][1:] == MOVES  # the archive too


def test_a_clock_restarted_for_each_command_cannot_reorder_the_history(db: Database) -> None:
    """Each command starts the simulated clock at --now anew: the first one, which also made
    the database, reached 12:00:00.2 before the second reached 12:00:00.01."""
    stamps = ["2021-10-27 12:00:00.200", "2021-10-27 12:00:00.010", "2021-10-27 12:00:00.020"]
    now = [_t(stamps[0])]
    repo = Repository(db, lambda: now[0])
    crew3 = repo.find_mission("Crew-3")
    for stamp, net in zip(stamps, MOVES, strict=True):
        now[0] = _t(stamp)
        repo.reschedule(crew3, net, NetPrecision.MINUTE)
    m = repo.mission(crew3)
    assert [h.new_net for h in m.history][1:] == MOVES
    assert all(a.new_net == b.previous_net for a, b in zip(m.history, m.history[1:], strict=False))
    assert m.total_slip == TOTAL


def test_the_total_runs_to_the_net_now_and_is_zero_without_a_history(repo: Repository) -> None:
    crew3 = repo.mission(repo.find_mission("Crew-3"))
    assert crew3.total_slip == dt.timedelta(minutes=23 * 60 + 38)  # 30 Oct 06:43 -> 31 Oct 06:21
    assert repo.mission(repo.find_mission("Crew-5")).total_slip == dt.timedelta(0)


def test_the_issue_example_on_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = ["--database", str(tmp_path / "t.db"), "--now", "2021-10-27T12:00:00Z"]
    for net in ("2021-11-03T05:10:00Z", "2021-11-08T10:00:00Z", "2021-11-10T10:00:00Z"):
        assert run(capsys, *db, "reschedule", "Crew-3", net).status == 0
    shown = run(capsys, *db, "history", "Crew-3")
    assert shown.status == 0, shown.err
    lines = shown.out.splitlines()
    moved_to = [line.split("\u2192")[1].split("UTC")[0].strip() for line in lines[1:5]]
    assert moved_to == [
        "2021-10-31 06:21",
        "2021-11-03 05:10",
        "2021-11-08 10:00",
        "2021-11-10 10:00",
    ]
    assert lines[-1] == "Crew-3: 4 changes, slipped 11 days 3 h 17 min in all"
