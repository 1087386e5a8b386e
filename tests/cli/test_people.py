"""`tracker person add|list|show`, run in-process on real SQLite files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run

NOW = "2021-10-27T12:00:00Z"


@pytest.fixture
def dbarg(tmp_path: Path) -> list[str]:
    return ["--database", str(tmp_path / "cli.db"), "--now", NOW]


def test_a_person_added_can_fly(capsys: pytest.CaptureFixture[str], dbarg: list[str]) -> None:
    """Done when: there is a way to create a person, and then to put them on a crew."""
    code, out, err = run(
        capsys, *dbarg, "person", "add", "Satoshi Furukawa", "--agency", "jaxa",
        "--nationality", "Japanese",
    )  # fmt: skip
    assert code == 0, err
    assert out == "Added Satoshi Furukawa \u00b7 JAXA \u00b7 Japanese \u00b7 Active.\n"
    code, out, err = run(
        capsys, *dbarg, "crew", "add", "Crew-5", "satoshi furukawa", "--role", "mission specialist"
    )
    assert code == 0, err
    code, out, _ = run(capsys, *dbarg, "person", "show", "Satoshi Furukawa")
    assert code == 0
    assert out == (
        "Satoshi Furukawa \u00b7 JAXA \u00b7 Japanese \u00b7 Active\n"
        "  1 flight\n"
        "    Crew-5 \u00b7 NET H2 2022 \u00b7 Mission Specialist (seat 3) \u00b7 To Be Determined\n"
    )


def test_add_with_json_and_without_an_agency(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    code, out, err = run(capsys, *dbarg, "person", "add", "  Jane Doe ", "--json")
    assert code == 0, err
    assert json.loads(out) == {
        "name": "Jane Doe",
        "agency": "Private",
        "nationality": "",
        "status": "Active",
        "flights": [],
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Raja Chari"], "already a person named Raja Chari"),
        (["raja chari"], "already a person named"),
        (["New Person", "--agency", "Nowhere"], "no agency named 'Nowhere'"),
        (["New Person", "--agency", ""], "no agency named ''"),
        ([""], "Name is required"),
        (["x" * 201], "too long"),
        (["Evil\u202eName"], "control characters"),
        (["New Person", "--nationality", "Ame\x1brican"], "control characters"),
    ],
)
def test_add_refuses_in_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], args: list[str], message: str
) -> None:
    _, before, _ = run(capsys, *dbarg, "person", "list", "--json")
    code, out, err = run(capsys, *dbarg, "person", "add", *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err, err
    _, after, _ = run(capsys, *dbarg, "person", "list", "--json")
    assert after == before


def test_list_shows_everyone_with_their_missions(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    code, out, _ = run(capsys, *dbarg, "person", "list")
    assert code == 0
    lines = out.splitlines()
    assert "Raja Chari \u00b7 NASA \u00b7 American \u00b7 1 mission" in lines
    assert "Anna Kikina \u00b7 Roscosmos \u00b7 Russian \u00b7 0 missions" in lines
    _, out, _ = run(capsys, *dbarg, "person", "list", "--json")
    people = json.loads(out)
    assert len(people) == len(lines)
    assert {"name": "Yusaku Maezawa", "agency": "Private", "nationality": "Japanese"}.items() <= (
        next(p for p in people if p["name"] == "Yusaku Maezawa").items()
    )
    assert [p["name"] for p in people] == sorted(p["name"] for p in people)


def test_show_json_lists_each_flight_with_its_role(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    code, out, _ = run(capsys, *dbarg, "person", "show", "vladimir komarov", "--json")
    assert code == 0
    person = json.loads(out)
    assert person["name"] == "Vladimir Komarov" and person["agency"] == "USSR"
    assert person["flights"] == [
        {
            "mission": "Soyuz 1",
            "net": "1967-04-23T00:35:00Z",
            "net_precision": "Second",
            "status": "Success",
            "role": "Commander",
            "seat": 1,
            "spacecraft": "Soyuz 7K-OK",
            "landing": "1967-04-24T03:22:52Z",
            "landing_outcome": "Crew lost",
            "time_in_space_seconds": 96_472,
            "time_in_space_days": 1.117,
            "in_space": False,
        }
    ]


def test_show_someone_who_never_flew_and_someone_unknown(
    capsys: pytest.CaptureFixture[str], dbarg: list[str]
) -> None:
    code, out, _ = run(capsys, *dbarg, "person", "show", "Anna Kikina")
    assert code == 0 and out.splitlines()[1] == "  No flights"
    code, out, err = run(capsys, *dbarg, "person", "show", "Nobody")
    assert code == 2 and out == "" and err == "tracker: no person named 'Nobody'\n"
