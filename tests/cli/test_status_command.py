"""``tracker status MISSION STATUS [--reason] [--yes]`` on real SQLite files, and launch day on
the command line: T+ in ``tracker next``, and the phase ``next --json`` is given."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

import pytest

from tests.helpers import content, run
from tracker import cli, config, schedule
from tracker.cli import commands
from tracker.cli.status_commands import add_parsers, parse_status
from tracker.errors import UserError
from tracker.store.database import open_database
from tracker.store.repository import Repository
from tracker.vocabulary import LaunchStatus

T_PLUS_5 = "2021-10-31T06:21:05Z"


def status(database: Path, *argv: str, now: str = T_PLUS_5) -> int:
    """``tracker --database D --now NOW status ARGV``, as the command line runs it (until the
    command is registered in the main parser: the same run, refusal and exit status)."""
    parser = argparse.ArgumentParser(prog="tracker")
    add_parsers(parser.add_subparsers(dest="command").add_parser)
    args = parser.parse_args(["status", *argv])
    settings = config.resolve(database=str(database), now=now)
    try:
        return cli.run(args, settings)
    except UserError as exc:
        cli.say(cli.refusal(exc, args))
        return commands.EXIT_USAGE


def next_on_board(database: Path, now: str = T_PLUS_5) -> tuple[str, int, str] | None:
    """What ``next --json`` gives for name, seconds_until and phase, by the pure functions
    the command calls (``schedule.next_launch`` over every mission, ``schedule.phase``)."""
    when = dt.datetime.fromisoformat(now)
    repo = Repository(open_database(f"sqlite:///{database}"), lambda: when)
    try:
        m = schedule.next_launch(repo.missions(), when)
        if m is None:
            return None
        return m.name, schedule.seconds_until(m, when), schedule.phase(m, when).value
    finally:
        repo.db.dispose()


@pytest.fixture
def database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "status.db"
    assert run(capsys, "--database", path, "--now", T_PLUS_5, "next").status == 0
    return path


def test_at_t_plus_5_next_counts_up_with_crew3(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--database", database, "--now", T_PLUS_5, "next")
    assert code == 0
    assert out.splitlines()[0] == (
        "Crew-3 · Crew Dragon → ISS · NET 2021-10-31 06:21 UTC · T+ 0d 00:00:05"
    )
    assert next_on_board(database) == ("Crew-3", -5, "launching")


def test_in_flight_then_success_moves_the_next_launch_on(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert status(database, "Crew-3", "In Flight") == 0
    assert capsys.readouterr().out == "Crew-3: Go for Launch \u2192 Launch in Flight.\n"
    assert next_on_board(database) == ("Crew-3", -5, "in_flight")
    # the flight ending is not a rewrite of history: no --yes needed
    assert status(database, "crew-3", "success") == 0
    assert capsys.readouterr().out == "Crew-3: Launch in Flight \u2192 Launch Successful.\n"
    after = next_on_board(database)
    assert after is not None and (after[0], after[2]) == ("Soyuz MS-20", "countdown")


def test_a_hold_with_its_reason_and_its_release(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = "2021-10-31T06:11:00Z"
    assert status(database, "Crew-3", "HOLD", "--reason", "weather", now=before) == 0
    assert capsys.readouterr().out == "Crew-3: Go for Launch \u2192 On Hold (weather).\n"
    assert next_on_board(database, before) == ("Crew-3", 600, "hold")
    code, out, _ = run(capsys, "--database", database, "--now", before, "next")
    assert out.splitlines()[0].endswith("NET 2021-10-31 06:21 UTC · HOLD")
    repo = Repository(open_database(f"sqlite:///{database}"), lambda: dt.datetime.now(dt.UTC))
    held = repo.mission(repo.find_mission("Crew-3"))
    assert (held.status, held.status_reason) == (LaunchStatus.HOLD, "weather")
    repo.db.dispose()
    assert status(database, "Crew-3", "go", now=before) == 0
    assert next_on_board(database, before) == ("Crew-3", 600, "countdown")
    assert status(database, "Crew-3", "Go", now=before) == 0
    assert capsys.readouterr().out.endswith("Crew-3 is already Go for Launch.\n")


def test_a_flown_mission_needs_yes(database: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(f"sqlite:///{database}")
    before = content(db)
    assert status(database, "Inspiration4", "Failure") == 2
    err = capsys.readouterr().err
    assert err.startswith("tracker: Inspiration4 has already flown (Launch Successful)")
    assert err.rstrip().endswith("Confirm with --yes.")
    assert content(db) == before
    assert status(database, "Inspiration4", "Failure", "--reason", "test", "--yes") == 0
    assert capsys.readouterr().out == (
        "Inspiration4: Launch Successful \u2192 Launch Failure (test).\n"
    )
    db.dispose()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("Crew-3", "Exploded"), "unknown status 'Exploded' (use one of: Go, TBD, TBC, Hold"),
        (("Crew-99", "Go"), "Crew-99"),
        (("Crew-3", "Hold", "--reason", "x" * 2001), "reason"),
    ],
)
def test_bad_input_exits_2_and_changes_nothing(
    database: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    db = open_database(f"sqlite:///{database}")
    before = content(db)
    assert status(database, *argv) == 2
    assert message in capsys.readouterr().err
    assert content(db) == before
    db.dispose()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in flight", LaunchStatus.IN_FLIGHT),
        ("IN_FLIGHT", LaunchStatus.IN_FLIGHT),
        ("in-flight", LaunchStatus.IN_FLIGHT),
        ("Launch in Flight", LaunchStatus.IN_FLIGHT),
        (" partial   failure ", LaunchStatus.PARTIAL_FAILURE),
        ("tbc", LaunchStatus.TBC),
        ("Launch Successful", LaunchStatus.SUCCESS),
    ],
)
def test_statuses_in_any_case_by_launch_library_2s_words(text: str, expected: LaunchStatus) -> None:
    assert parse_status(text) is expected
