"""Every command on an empty team database does what it does on a file: the first one
seeds it, and each prints the same as on a new SQLite file; an archive goes from a file into
the team database and back out into a file without a difference."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import LL2_SAMPLES, run
from tracker.store.database import open_database

REPORT_DAY = "2021-10-27T12:00:00Z"

# In order: reads, then edits (each read again), then the exchange commands.
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("next",),
    ("next", "--json"),
    ("list",),
    ("list", "--json"),
    ("crew", "show", "Crew-3"),
    ("person", "list"),
    ("person", "show", "kayla barron"),
    ("vehicle", "show", "Crew Dragon"),
    ("agency", "show", "NASA"),
    ("history", "Crew-3"),
    ("person", "add", "Test Flyer", "--nationality", "Dutch"),
    ("crew", "add", "Crew-5", "test flyer", "--role", "pilot"),
    ("crew", "add", "Crew-3", "Test Flyer", "--role", "Pilot"),  # full: refused
    ("crew", "remove", "Crew-5", "Josh Cassada"),
    ("crew", "show", "Crew-5"),
    ("reschedule", "Crew-5", "2022-10-05T16:00:00Z", "--reason", "a later slot"),
    ("history", "Crew-5"),
    ("status", "Crew-3", "Hold", "--reason", "weather"),
    ("next",),
    ("stats",),
    ("stats", "--json"),
    ("import", LL2_SAMPLES / "launches_upcoming_detailed_v2.3.0.json"),
    ("changes",),
    ("list",),
)


def _session(database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """What each command gives (status and output, the folder's name left out)."""
    shown = []
    for command in COMMANDS:
        ran = run(capsys, "--database", database, "--now", REPORT_DAY, *command)
        shown.append(f"{command} {ran.status}\n{ran.out}{ran.err}".replace(str(tmp_path), "TMP"))
    return shown


def test_every_command_on_an_empty_team_database_as_on_a_file(
    pg_empty: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    on_file = _session(str(tmp_path / "desk.db"), tmp_path, capsys)
    on_server = _session(pg_empty, tmp_path, capsys)
    assert on_server[0].startswith("('next',) 0\nCrew-3 · Crew Dragon")  # seeded by the first
    for file_run, server_run in zip(on_file, on_server, strict=True):
        assert server_run == file_run
    for command in (
        ("check",),
        ("backup", tmp_path / "team.json"),
        ("export-ics", tmp_path / "a.ics"),
    ):
        ran = run(capsys, "--database", pg_empty, "--now", REPORT_DAY, *command)
        assert ran.status == 0, (command, ran)
    ran = run(capsys, "--database", pg_empty, "restore", tmp_path / "team.json")
    assert ran.status == 2 and "tracker import" in ran.err, ran


def _archive(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data.pop("exported_at", None)
    return data


def test_an_archive_from_a_file_through_the_team_database_back_into_a_file_is_lossless(
    pg_empty: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    desk = ("--database", tmp_path / "desk.db", "--now", REPORT_DAY)
    for command in (
        ("reschedule", "Crew-3", "2021-11-03T01:10:00Z", "--reason", "weather"),
        ("person", "add", "Łukasz Test"),
        ("crew", "add", "Crew-5", "Łukasz Test", "--role", "Pilot"),
        ("import", LL2_SAMPLES / "launches_upcoming_detailed_v2.3.0.json"),
        ("export", tmp_path / "a.json"),
    ):
        assert run(capsys, *desk, *command).status == 0, command
    # Into the team database as it is the first time: empty, not seeded; and back out.
    open_database(pg_empty, seed=False).dispose()
    team = ("--database", pg_empty, "--now", REPORT_DAY)
    assert run(capsys, *team, "import", tmp_path / "a.json").status == 0
    assert run(capsys, *team, "export", tmp_path / "b.json").status == 0
    back = ("--database", tmp_path / "back.db", "--now", REPORT_DAY)
    open_database(f"sqlite:///{tmp_path / 'back.db'}", seed=False).dispose()
    assert run(capsys, *back, "import", tmp_path / "b.json").status == 0
    assert run(capsys, *back, "export", tmp_path / "c.json").status == 0
    assert _archive(tmp_path / "b.json") == _archive(tmp_path / "a.json")
    assert _archive(tmp_path / "c.json") == _archive(tmp_path / "a.json")
