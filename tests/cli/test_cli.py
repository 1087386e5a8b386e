"""The command line, run in-process (and once as a real process) on real SQLite files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import run

NOW = "2021-10-27T12:00:00Z"


@pytest.fixture
def dbarg(tmp_path: Path) -> list[str]:
    return ["--database", str(tmp_path / "cli.db"), "--now", NOW]


def test_next_names_crew3_and_counts_down(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    code, out, err = run(capsys, *dbarg, "next")
    assert code == 0, err
    first = out.splitlines()[0]
    assert first == "Crew-3 · Crew Dragon → ISS · NET 2021-10-31 06:21 UTC · T− 3d 18:21:00"
    assert "Raja Chari" in out and "Matthias Maurer" in out


def test_next_json(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    code, out, _ = run(capsys, *dbarg, "next", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["name"] == "Crew-3"
    assert data["net"] == "2021-10-31T06:21:00Z"
    assert data["net_precision"] == "Minute" and data["status"] == "Go"
    assert data["vehicle"] == "Crew Dragon" and data["destination"] == "ISS"
    assert data["seconds_until"] == 3 * 86400 + 18 * 3600 + 21 * 60
    assert data["crew"][0] == {"name": "Raja Chari", "role": "Commander", "agency": "NASA"}


def test_list_shows_ten_missions_with_crews(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    code, out, _ = run(capsys, *dbarg, "list")
    assert code == 0
    mission_lines = [line for line in out.splitlines() if not line.startswith("    ")]
    assert len(mission_lines) == 10
    crew5 = next(line for line in mission_lines if "Crew-5" in line)
    assert "NET H2 2022" in crew5
    assert "Nicole Mann" in out and "Vladimir Komarov" in out
    assert "[next launch]" in next(line for line in mission_lines if "Crew-3" in line)


def test_list_json_and_upcoming(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    _, out, _ = run(capsys, *dbarg, "list", "--json")
    data = json.loads(out)
    assert [d["name"] for d in data][-3:] == ["Crew-3", "Soyuz MS-20", "Crew-5"]
    assert sum(len(d["crew"]) for d in data) == 30
    _, out, _ = run(capsys, *dbarg, "list", "--upcoming", "--json")
    assert [d["name"] for d in json.loads(out)] == ["Crew-3", "Soyuz MS-20", "Crew-5"]


def test_first_run_creates_the_database_in_the_data_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, out, _ = run(capsys, "--now", NOW, "next")
    assert code == 0 and out.startswith("Crew-3")
    assert (tmp_path / "data" / "mission-tracker" / "tracker.db").is_file()


def test_environment_variables_set_database_and_clock(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_DATABASE_URL", str(tmp_path / "env.db"))
    monkeypatch.setenv("TRACKER_NOW", "2021-11-20T00:00:00Z")
    code, out, _ = run(capsys, "next", "--json")
    assert code == 0 and json.loads(out)["name"] == "Soyuz MS-20"
    assert (tmp_path / "env.db").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--now", "yesterday", "next"], "not a date and time: 'yesterday'"),
        (["--zone", "Mars/Olympus", "next"], "unknown time zone"),
        (["crew", "show", "Crew-99"], "no mission named 'Crew-99'"),
        (["crew", "add", "Crew-5", "Nobody", "--role", "Pilot"], "no person named 'Nobody'"),
        (["crew", "add", "Crew-3", "Anna Kikina", "--role", "Pilot"], "Crew-3 is full"),
        (["crew", "remove", "Soyuz 1", "Vladimir Komarov"], "already flown"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "--database", str(tmp_path / "x.db"), *args)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("kind", ["folder", "missing-folder", "not-a-database"])
def test_unusable_database_path_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str
) -> None:
    target = {
        "folder": tmp_path,
        "missing-folder": tmp_path / "nope" / "x.db",
        "not-a-database": tmp_path / "text.db",
    }[kind]
    if kind == "not-a-database":
        target.write_text("hello")
    code, _, err = run(capsys, "--database", str(target), "next")
    assert code == 2 and err.startswith("tracker: ") and len(err.splitlines()) == 1
    if kind == "not-a-database":
        assert target.read_text() == "hello"


def test_crew_add_and_remove(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    code, out, _ = run(
        capsys, *dbarg, "crew", "add", "crew-5", "anna kikina", "--role", "Mission Specialist"
    )
    assert code == 0 and "Added Anna Kikina to Crew-5" in out
    _, out, _ = run(capsys, *dbarg, "crew", "show", "Crew-5")
    assert "Crew: 3 of 4" in out and "Anna Kikina" in out
    code, out, _ = run(capsys, *dbarg, "crew", "remove", "Crew-5", "Anna Kikina")
    assert code == 0
    _, out, _ = run(capsys, *dbarg, "crew", "show", "Crew-5")
    assert "Crew: 2 of 4" in out


def test_version_and_help_as_a_real_process(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--version"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0 and done.stdout.startswith("tracker 0.")
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--now", "soon", "next"],
        capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["crew", "remove", "Soyuz 1", "Vladimir Komarov"],
        ["crew", "add", "Soyuz 1", "Anna Kikina", "--role", "Pilot"],
        ["reschedule", "Soyuz 1", "1967-04-24T00:35:00Z"],
    ],
)
def test_a_flown_mission_refusal_names_yes(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], args: list[str]
) -> None:
    code, out, err = run(capsys, *dbarg, *args)
    assert code == 2 and out == ""
    assert err.startswith("tracker: Soyuz 1 has already flown (Launch Successful); ")
    assert err.endswith(" rewrites history. Confirm with --yes.\n")
    assert "Confirm to go on" not in err


def test_yes_confirms_the_edit_of_a_flown_mission(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    code, out, err = run(capsys, *dbarg, "crew", "remove", "Soyuz 1", "Vladimir Komarov", "--yes")
    assert code == 0, err
    assert out == "Removed Vladimir Komarov (Commander) from Soyuz 1.\n"


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("mission specialist", "Mission Specialist"),
        ("  PILOT ", "Pilot"),
        ("spaceflight   participant", "Spaceflight Participant"),
        ("Joint Operations Commander", "Joint Operations Commander"),
    ],
)
def test_roles_are_the_ll2_ones_in_any_case(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], given: str, stored: str
) -> None:
    code, out, err = run(capsys, *dbarg, "crew", "add", "Crew-5", "Anna Kikina", "--role", given)
    assert code == 0, err
    assert out == f"Added Anna Kikina to Crew-5 as {stored} (seat 3).\n"
    _, out, _ = run(capsys, *dbarg, "crew", "show", "Crew-5")
    assert f"3. {stored}" in out


@pytest.mark.parametrize("role", ["Astronaut", "Commander!", "", "Pilot\x1b[31m"])
def test_other_roles_are_refused_with_the_list(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], role: str
) -> None:
    _, before, _ = run(capsys, *dbarg, "crew", "show", "Crew-5")
    code, out, err = run(capsys, *dbarg, "crew", "add", "Crew-5", "Anna Kikina", "--role", role)
    assert code == 2 and out == ""
    assert err.startswith("tracker: unknown role ") and err.count("\n") == 1
    assert "(use one of: Commander, Pilot, Mission Specialist, Flight Engineer, " in err
    assert "\x1b" not in err
    _, after, _ = run(capsys, *dbarg, "crew", "show", "Crew-5")
    assert after == before


def test_a_role_the_database_already_uses_is_accepted(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path
) -> None:
    """An imported roster may use an LL2 role beyond the common ones: it stays usable."""
    import sqlite3

    run(capsys, *dbarg, "list")
    with sqlite3.connect(tmp_path / "cli.db") as conn:
        conn.execute("UPDATE crewassignment SET role = 'Backup Pilot' WHERE seat = 1")
    conn.close()
    code, out, err = run(
        capsys, *dbarg, "crew", "add", "Crew-5", "Anna Kikina", "--role", "backup pilot"
    )
    assert code == 0, err
    assert "as Backup Pilot" in out


def test_list_says_a_date_once(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    """'NET 2021-12-08 · T− 42 days', not '… · T− 42 days · 2021-12-08'."""
    _, out, _ = run(capsys, *dbarg, "list")
    soyuz = next(line for line in out.splitlines() if "Soyuz MS-20" in line)
    assert soyuz == "  Soyuz MS-20 · Soyuz MS \u2192 ISS · NET 2021-12-08 · T\u2212 42 days"
    _, out, _ = run(capsys, "--now", "2021-12-08T01:00:00Z", *dbarg[:2], "next")
    assert out.splitlines()[0].endswith("NET 2021-12-08 · Today")
