"""``tracker list`` with filters, on the default data (run in-process on a real SQLite file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import digest, run

NOW = "2021-10-27T12:00:00Z"
CREWED_DRAGONS = ["Demo-2", "Crew-1", "Crew-2", "Inspiration4", "Crew-3", "Crew-5"]


@pytest.fixture
def dbarg(tmp_path: Path) -> list[str]:
    return ["--database", str(tmp_path / "cli.db"), "--now", NOW]


def listed(capsys: pytest.CaptureFixture[str], dbarg: list[str], *args: str) -> list[str]:
    code, out, err = run(capsys, *dbarg, "list", "--json", *args)
    assert code == 0, err
    return [m["name"] for m in json.loads(out)]


def test_vehicle_and_crewed_give_the_crewed_crew_dragon_missions(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    assert listed(capsys, dbarg, "--vehicle", "Crew Dragon", "--crewed") == CREWED_DRAGONS
    assert listed(capsys, dbarg, "--vehicle", "crew dragon", "--agency", "SPACEX") == (
        CREWED_DRAGONS
    )


def test_the_issue_example(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    args = ("--agency", "SpaceX", "--vehicle", "Crew Dragon", "--crewed", "--from", "2021-01-01")
    assert listed(capsys, dbarg, *args) == ["Crew-2", "Inspiration4", "Crew-3", "Crew-5"]


def test_site_destination_status_and_dates(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    assert listed(capsys, dbarg, "--site", "Baikonur", "--status", "Go,TBC") == ["Soyuz MS-20"]
    assert listed(capsys, dbarg, "--destination", "LEO") == ["Soyuz 1", "Inspiration4"]
    assert listed(capsys, dbarg, "--status", "success", "--status", "TBD", "--site", "KSC") == [
        "Demo-2",
        "Crew-1",
        "Crew-2",
        "Inspiration4",
        "Crew-5",
    ]
    # --to keeps its whole day: Crew-3 at 06:21 UTC on 31 October
    assert listed(capsys, dbarg, "--from", "2021-10-31", "--to", "2021-10-31") == ["Crew-3"]
    # in California that moment is still 30 October
    zoned = ("--zone", "America/Los_Angeles", "list", "--json", "--to", "2021-10-30")
    code, out, _ = run(capsys, *dbarg, *zoned)
    assert code == 0 and "Crew-3" in [m["name"] for m in json.loads(out)]
    assert listed(capsys, dbarg, "--precision", "H2") == ["Crew-5"]
    assert listed(capsys, dbarg, "--upcoming", "--destination", "ISS") == [
        "Crew-3",
        "Soyuz MS-20",
        "Crew-5",
    ]


def test_names_no_mission_has_list_nothing_and_succeed(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    assert listed(capsys, dbarg, "--agency", "Blue Origin") == []
    assert listed(capsys, dbarg, "--vehicle", "Starliner", "--crewed") == []
    code, out, err = run(capsys, *dbarg, "list", "--vehicle", "Starliner")
    assert (code, err) == (0, "")
    assert out == "No mission matches: Starliner\n"


def test_the_next_launch_is_marked_whatever_the_filter(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    code, out, _ = run(capsys, *dbarg, "list", "--agency", "Roscosmos", "--upcoming")
    assert code == 0
    assert "[next launch]" not in out  # Crew-3 is next; Soyuz MS-20 only the next shown
    assert out.startswith("  Soyuz MS-20 ")
    code, out, _ = run(capsys, *dbarg, "list", "--crewed", "--upcoming")
    assert "\u25b6 Crew-3" in out


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--from", "2021-13-01"), "argument --from: not a date: '2021-13-01' (use YYYY-MM-DD"),
        (("--to", "31/12/2021"), "argument --to: not a date: '31/12/2021'"),
        (("--from", "1850-01-01"), "date out of range: '1850-01-01'"),
        (("--status", "Launched"), "unknown status 'Launched'"),
        (("--precision", "Fortnight"), "unknown precision 'Fortnight'"),
        (("--from", "2022-01-01", "--to", "2021-01-01"), "--from 2022-01-01 is after --to"),
    ],
)
def test_what_cannot_be_read_is_exit_2_with_a_clear_message(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    dbarg: list[str],
    args: tuple[str, ...],
    said: str,
) -> None:
    listed(capsys, dbarg)  # the database exists
    before = digest(tmp_path / "cli.db")
    code, out, err = run(capsys, *dbarg, "list", *args)
    assert code == 2
    assert out == ""
    assert said in err
    assert digest(tmp_path / "cli.db") == before


def test_help_documents_the_filters(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--help")
    assert code == 0
    for option in ("--agency", "--vehicle", "--site", "--destination", "--crewed", "--status"):
        assert option in out
    assert "--from DATE" in out and "--to DATE" in out
