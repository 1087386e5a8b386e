"""`tracker person|vehicle|agency show [--json]`: the pages from the command line, run
in-process on real SQLite files with the default data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run

NOW = "2021-10-27T12:00:00Z"


@pytest.fixture
def dbarg(tmp_path: Path) -> list[str]:
    return ["--database", str(tmp_path / "cli.db"), "--now", NOW]


def test_hurley_json_lists_demo_2_with_about_64_days(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    """Done when: `tracker person show "Douglas Hurley" --json` lists Demo-2 with about 64
    days in space (63.98: launch 2020-05-30 19:22:45, splashdown 2020-08-02 18:48 UTC)."""
    code, out, err = run(capsys, *dbarg, "person", "show", "Douglas Hurley", "--json")
    assert code == 0, err
    page = json.loads(out)
    assert [(f["mission"], f["role"]) for f in page["flights"]] == [
        ("Demo-2", "Spacecraft Commander")
    ]
    [demo2] = page["flights"]
    assert demo2["landing"] == "2020-08-02T18:48:00Z" and demo2["in_space"] is False
    assert 63.97 < page["time_in_space_days"] < 63.99
    assert page["time_in_space_seconds"] == demo2["time_in_space_seconds"] == 5_527_515
    assert page["time_in_space_days"] == round(5_527_515 / 86_400, 3)
    assert page["first_flight"] == {"mission": "Demo-2", "net": "2020-05-30T19:22:45Z"}
    assert page["in_space_now"] is False and page["flights_flown"] == 1
    assert (page["agency"], page["agency_name"], page["nationality"]) == (
        "NASA",
        "National Aeronautics and Space Administration",
        "American",
    )
    assert page["as_of"] == NOW
    assert all(key == key.lower() and " " not in key for key in page)


def test_person_text_says_time_in_space_and_who_is_up_now(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    code, out, _ = run(capsys, *dbarg, "person", "show", "thomas pesquet")
    assert code == 0
    assert out.splitlines()[2:] == [
        "    Crew-2 \u00b7 NET 2021-04-23 09:49 UTC \u00b7 Mission Specialist (seat 4) \u00b7 "
        "In orbit \u00b7 187 days 2 h 11 min in space so far",
        "  Time in space: 187 days 2 h 11 min (187.091 days), in space now: counted to "
        "2021-10-27 12:00 UTC",
        "  First flight: Crew-2, 2021-04-23",
    ]
    _, out, _ = run(capsys, *dbarg, "person", "show", "Thomas Pesquet", "--json")
    assert json.loads(out)["in_space_now"] is True


def test_vehicle_show(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    code, out, err = run(capsys, *dbarg, "vehicle", "show", "crew dragon", "--json")
    assert code == 0, err
    page = json.loads(out)
    assert (page["name"], page["kind"], page["operator"], page["capacity"]) == (
        "Crew Dragon",
        "spacecraft",
        "SpaceX",
        4,
    )
    assert [f["mission"] for f in page["flights"]] == [
        "Demo-2", "Crew-1", "Crew-2", "Inspiration4", "Crew-3", "Crew-5",
    ]  # fmt: skip
    assert [f["succeeded"] for f in page["flights"]] == [True] * 4 + [None] * 2
    assert (page["finished"], page["successes"], page["success_rate"]) == (4, 4, 1.0)
    assert (page["seats_flown"], page["people_carried"]) == (14, 14)
    code, out, _ = run(capsys, *dbarg, "vehicle", "show", "Soyuz 7K-OK")
    assert code == 0
    assert out.splitlines() == [
        "Soyuz 7K-OK \u00b7 spacecraft \u00b7 USSR \u00b7 capacity 3",
        "  First crewed flight: 1967-04-23",
        "  Success rate: 0 of 1 finished flights succeeded (0%)",
        "  Crew carried: 1 seats, 1 people",
        "  1 flight",
        "    Soyuz 1 \u00b7 NET 1967-04-23 00:35:00 UTC \u00b7 Crew lost \u00b7 crew 1",
    ]


def test_agency_show(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    code, out, _ = run(capsys, *dbarg, "agency", "show", "esa")
    assert code == 0
    assert out.splitlines() == [
        "European Space Agency (ESA) \u00b7 (Europe)",
        "  No missions",
        "  2 people",
        "    Matthias Maurer \u00b7 German \u00b7 1 mission",
        "    Thomas Pesquet \u00b7 French \u00b7 1 mission",
        "  No vehicles",
    ]
    code, out, _ = run(capsys, *dbarg, "agency", "show", "SpaceX", "--json")
    page = json.loads(out)
    assert page["abbreviation"] == "SpaceX" and page["people"] == []
    assert [v["name"] for v in page["vehicles"]] == ["Crew Dragon", "Falcon 9 Block 5"]
    assert page["missions"][0] == {
        "mission": "Demo-2",
        "net": "2020-05-30T19:22:45Z",
        "net_precision": "Second",
        "status": "Success",
        "vehicle": "Crew Dragon",
        "crew": 2,
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["person", "show", "Nobody"], "no person named 'Nobody'"),
        (["vehicle", "show", "Starship", "--json"], "no vehicle named 'Starship'"),
        (["agency", "show", "CNSA"], "no agency named 'CNSA'"),
    ],
)
def test_an_unknown_name_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, *dbarg, *args)
    assert code == 2 and out == ""
    assert err == f"tracker: {message}\n"
