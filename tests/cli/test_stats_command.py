"""``tracker stats [--json]`` on a real SQLite file: the default data, an imported Launch
Library 2 file, and names that must not drive the terminal."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlmodel import Session

from tests.helpers import LL2_SAMPLES, content, run
from tracker import stats
from tracker.store.database import open_database
from tracker.store.models import Mission
from tracker.store.statistics import read

NOW = "2021-10-27T12:00:00Z"
REPORT_DAY = dt.datetime(2021, 10, 27, 12, tzinfo=dt.UTC)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


def stats_json(capsys: pytest.CaptureFixture[str], path: Path, *more: str) -> dict[str, object]:
    code, out, err = run(capsys, "--database", path, "--now", NOW, *more, "stats", "--json")
    assert code == 0, err
    data: dict[str, object] = json.loads(out)
    return data


def test_json_is_the_store_read_for_the_same_database_and_clock(
    capsys: pytest.CaptureFixture[str], path: Path
) -> None:
    data = stats_json(capsys, path)
    db = open_database(f"sqlite:///{path}")
    try:
        assert data == stats.as_json(read(db, REPORT_DAY))
    finally:
        db.dispose()
    assert data["missions"] == 10
    assert data["outcomes"] == {
        "success": 7, "partial_failure": 0, "failure": 0, "in_flight": 0, "pending": 3
    }  # fmt: skip
    assert data["by_agency"] == [
        {"name": "SpaceX", "launches": 6, "others": 0},
        {"name": "Roscosmos", "launches": 3, "others": 0},
        {"name": "USSR", "launches": 1, "others": 0},
    ]
    hurley = next(p for p in data["time_in_space"] if p["name"] == "Douglas Hurley")  # type: ignore[attr-defined]
    assert hurley == {
        "name": "Douglas Hurley", "flights": 1, "seconds": 5527515, "days": 63.98,
        "in_space": False,
    }  # fmt: skip
    assert data["slips"] == [
        {"name": "Crew-3", "status": "Go", "changes": 1, "seconds": 85080, "days": 0.98}
    ]


def test_text_is_compact_tables(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    code, out, err = run(capsys, "--database", path, "--now", NOW, "stats")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == (
        "Statistics as of 2021-10-27 12:00 UTC: 10 missions (7 succeeded, 3 pending)"
    )
    assert "  Year  Success  Partial  Failure  In flight  Pending  Total" in lines
    assert "  2021        4        0        0          0        2      6" in lines
    assert "  SpaceX            6" in lines
    assert "  Crew Dragon         6" in lines
    assert "  2021      4        2" in lines  # crewed: flown, planned
    assert "Time in space (top 15 of 21 people who flew)" in lines
    assert any(line.startswith("  Douglas Hurley     64.0        1") for line in lines)
    assert any("Thomas Pesquet" in line and "counted to the clock" in line for line in lines)
    assert "Slips: how far each NET moved (1 mission)" in lines
    assert "  Crew-3   Go            1  23 h 38 min later" in lines
    assert max(len(line) for line in lines) <= 100


def test_stats_change_nothing(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    stats_json(capsys, path)  # creates the database
    db = open_database(f"sqlite:///{path}")
    before = content(db)
    stats_json(capsys, path)
    assert content(db) == before
    db.dispose()


def test_an_imported_launch_library_file_counts(
    capsys: pytest.CaptureFixture[str], path: Path
) -> None:
    sample = LL2_SAMPLES / "launches_upcoming_detailed_v2.3.0.json"
    code, _, err = run(capsys, "--database", path, "--now", NOW, "import", sample)
    assert code == 0, err
    data = stats_json(capsys, path)
    assert data["missions"] == 15
    years = {y["year"]: y for y in data["launches_per_year"]}  # type: ignore[attr-defined]
    assert years[2026]["pending"] == 5 and years[2026]["total"] == 5
    assert data["by_agency"][0] == {"name": "SpaceX", "launches": 11, "others": 0}  # type: ignore[index]


def test_names_from_data_cannot_drive_the_terminal(
    capsys: pytest.CaptureFixture[str], path: Path
) -> None:
    stats_json(capsys, path)
    db = open_database(f"sqlite:///{path}")
    with Session(db.engine) as session, session.begin():  # as a hostile file could have
        crew3 = session.get(Mission, 8)
        assert crew3 is not None and crew3.name == "Crew-3"
        crew3.name = "Crew-3\x1b[2J\u202e"
    db.dispose()
    code, out, _ = run(capsys, "--database", path, "--now", NOW, "stats")
    assert code == 0
    assert "\x1b" not in out and "\u202e" not in out
    assert "Crew-3<U+001B>" in out
    data = stats_json(capsys, path)
    assert data["slips"][0]["name"] == "Crew-3\x1b[2J\u202e"  # type: ignore[index]


def test_help_lists_stats(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "stats" in out
    code, out, _ = run(capsys, "stats", "--help")
    assert code == 0 and "--json" in out
