"""Imports keep the rules the forms keep: text is plain text, times are in order, and what
is read is bounded. A record that breaks a rule is skipped and reported; the rest imports.
A file that cannot be read at all changes nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from tests.helpers import LL2_SAMPLES, content, refused, run
from tracker.errors import UserError
from tracker.exchange import inputs
from tracker.rules import has_control_characters
from tracker.store.database import Database, open_database
from tracker.store.export import export_archive
from tracker.store.importing import ImportReport, import_data, import_file
from tracker.store.importing.report import KINDS
from tracker.store.models import Mission
from tracker.store.repository import Repository

from .helpers import clock

DETAILED = LL2_SAMPLES / "launches_upcoming_detailed_v2.3.0.json"
CREW_13 = "Falcon 9 Block 5 | Crew-13"
NOT_TEXT = {
    "\x00": "U+0000",  # NUL
    "\x07": "U+0007",  # bell
    "\x0b": "U+000B",  # vertical tab
    "\x1b": "U+001B",  # escape: starts a terminal control sequence
    "\x1f": "U+001F",  # unit separator: str.strip() would remove it
    "\x7f": "U+007F",  # delete
    "\x9b": "U+009B",  # C1 control sequence introducer
    "\u202e": "U+202E",  # right-to-left override
    "\u202a": "U+202A",  # left-to-right embedding
    "\u2066": "U+2066",  # left-to-right isolate
    "\u2069": "U+2069",  # pop directional isolate
    "\u200f": "U+200F",  # right-to-left mark
    "\u061c": "U+061C",  # Arabic letter mark
}
# Where Crew-13's texts are in the detailed 2.3.0 response.
TEXTS = {
    "launch name": ("name",),
    "mission name": ("mission", "name"),
    "description": ("mission", "description"),
    "orbit": ("mission", "orbit", "name"),
    "pad": ("pad", "name"),
    "site": ("pad", "location", "name"),
    "destination": ("rocket", "spacecraft_stage", 0, "destination"),
    "capsule": ("rocket", "spacecraft_stage", 0, "spacecraft", "name"),
    "launcher": ("rocket", "configuration", "full_name"),
    "operator": ("launch_service_provider", "name"),
    "astronaut": ("rocket", "spacecraft_stage", 0, "launch_crew", 1, "astronaut", "name"),
    "role": ("rocket", "spacecraft_stage", 0, "launch_crew", 0, "role", "role"),
    "agency of a crew member": (
        "rocket", "spacecraft_stage", 0, "launch_crew", 2, "astronaut", "agency", "name",
    ),
}  # fmt: skip


def detailed() -> Any:
    return json.loads(DETAILED.read_text())


def crew13(data: Any) -> Any:
    (launch,) = [x for x in data["results"] if x["name"] == CREW_13]
    return launch


def put(record: Any, path: tuple[Any, ...], change: Any) -> None:
    """Set the value at ``path``; ``change`` is the new value or a function of the old."""
    for key in path[:-1]:
        record = record[key]
    record[path[-1]] = change(record[path[-1]]) if callable(change) else change


def missions(db: Database) -> set[str]:
    with db.session() as s:
        return set(s.exec(select(Mission.name)).all())


def assert_plain(report: ImportReport) -> None:
    """The report quotes what it refused without carrying it to a terminal or a window."""
    assert not has_control_characters(report.summary())


# --- text is plain text ---------------------------------------------------------------------

CASES = [(where, list(NOT_TEXT)[i % len(NOT_TEXT)]) for i, where in enumerate(TEXTS)]
CASES += [("mission name", char) for char in NOT_TEXT]


@pytest.mark.parametrize(("where", "char"), CASES)
def test_a_launch_with_text_that_is_not_plain_is_skipped_and_the_rest_imports(
    db: Database, where: str, char: str
) -> None:
    data = detailed()
    put(crew13(data), TEXTS[where], lambda old: f"{old[:3]}{char}{old[3:]}")
    before = missions(db)
    report = import_data(db, data, clock, name="hostile.json")

    assert (report.missions.added, report.missions.skipped) == (4, 1)
    assert missions(db) - before == {
        "Starlink Group 15-25", "Griffin Mission One", "Flight 15", "Cygnus CRS-2 NG-22",
    }  # fmt: skip
    (reason,) = [r for r in report.skipped_reasons if NOT_TEXT[char] in r]
    assert "results[0]" in reason and "not plain text" in reason and "skipped" in reason
    assert_plain(report)


def test_text_that_is_not_plain_is_refused_in_astronaut_and_spacecraft_records(
    db: Database,
) -> None:
    astronaut = {"id": 7, "name": "Ann\u202eOne", "nationality": "Canadian"}
    spacecraft = {"id": 8, "name": "X", "spacecraft_config": {"id": 9, "name": "Craft\x1b[2J"}}
    report = import_data(
        db, [astronaut, spacecraft, {"id": 10, "name": "Bo", "flights": []}], clock
    )
    assert (report.people.added, report.people.skipped, report.vehicles.skipped) == (1, 1, 1)
    assert any("U+202E" in r and 'field "name"' in r for r in report.skipped_reasons)
    assert any("U+001B" in r for r in report.skipped_reasons)
    assert_plain(report)


@pytest.mark.parametrize(
    "text",
    [
        "<img src=/dev/zero>",
        "<b>bold</b> & <i>italic</i>",
        "<script>alert(1)</script>",
        '<a href="file:///etc/passwd">link</a>',
        "&lt;escaped&gt; &amp; &#x202E;",
        "Crew-13\ttabbed\r\nand on two lines",
    ],
)
def test_markup_and_line_breaks_import_as_literal_text(db: Database, text: str) -> None:
    data = detailed()
    put(crew13(data), ("mission", "name"), text)
    put(crew13(data), ("mission", "description"), text)
    report = import_data(db, data, clock)
    assert report.missions.added == 5 and report.missions.skipped == 0
    with db.session() as s:
        imported = s.exec(select(Mission).where(Mission.name == text.strip())).one()
    assert imported.description == text.strip()


def test_a_file_whose_every_launch_is_refused_changes_nothing(db: Database) -> None:
    data = detailed()
    for launch in data["results"]:
        launch["name"] += "\u2066"
    before = content(db)
    report = import_data(db, data, clock)
    assert report.missions.skipped == 5 and not report.changed
    assert content(db) == before


# --- times in order -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("window_end", "2026-10-01T15:10:05Z", "Crew-13's launch window closes before it opens"),
        ("window_start", "2026-10-02T00:00:00Z", "Crew-13's launch window closes before it opens"),
        ("mission_end", "2026-10-01T15:00:00Z", "Crew-13 cannot land before its NET"),
        ("mission_end", "1999-01-01T00:00:00Z", "Crew-13 cannot land before its NET"),
    ],
)
def test_times_out_of_order_refuse_that_launch(
    db: Database, field: str, value: str, message: str
) -> None:
    data = detailed()
    where = ("rocket", "spacecraft_stage", 0, field) if field == "mission_end" else (field,)
    put(crew13(data), where, value)
    report = import_data(db, data, clock)
    assert (report.missions.added, report.missions.skipped) == (4, 1)
    (reason,) = report.skipped_reasons
    assert reason.startswith('launch "Falcon 9 Block 5 | Crew-13" (results[0]): ')
    assert message in reason
    assert "Crew-13" not in missions(db)


def test_times_in_order_with_a_landing_import(db: Database) -> None:
    data = detailed()
    put(crew13(data), ("rocket", "spacecraft_stage", 0, "mission_end"), "2027-03-01T12:00:00Z")
    assert import_data(db, data, clock).missions.added == 5
    repo = Repository(db, clock)
    assert repo.mission(repo.find_mission("Crew-13")).landing == dt.datetime(
        2027, 3, 1, 12, tzinfo=dt.UTC
    )


def test_an_update_that_would_put_times_out_of_order_with_a_hand_edit_is_not_applied(
    db: Database,
) -> None:
    import_data(db, detailed(), clock)
    with db.session() as s:  # a hand edit: the window closes at 16:00
        m = s.exec(select(Mission).where(Mission.name == "Crew-13")).one()
        m.window_end = dt.datetime(2026, 10, 1, 16, tzinfo=dt.UTC)
        m.version += 1
        s.add(m)
        s.commit()
    before = content(db)
    data = detailed()  # the source moves the launch to 17:00, after the edited close
    for key in ("net", "window_start", "window_end"):
        put(crew13(data), (key,), "2026-10-01T17:00:00Z")
    report = import_data(db, data, clock)

    assert report.missions.skipped == 1 and report.missions.unchanged == 4
    assert report.skipped_reasons == [
        "mission Crew-13: Crew-13's launch window closes before it opens once merged with "
        "the times edited here; not updated"
    ]
    assert content(db) == before


# --- archives -------------------------------------------------------------------------------


def archived(db: Database, tmp_path: Path) -> dict[str, Any]:
    export_archive(db, tmp_path / "a.json")
    return json.loads((tmp_path / "a.json").read_text())  # type: ignore[no-any-return]


def by_name(records: list[dict[str, Any]], name: str) -> dict[str, Any]:
    (record,) = [r for r in records if r["name"] == name]
    return record


@pytest.mark.parametrize("char", ["\u202e", "\x1b", "\x00", "\u200f"])
def test_an_archived_person_with_text_that_is_not_plain_is_left_out_of_crews(
    db: Database, tmp_path: Path, char: str
) -> None:
    data = archived(db, tmp_path)
    person = by_name(data["people"], "Kayla Barron")
    person["nationality"] = f"Ameri{char}can"
    empty = open_database(f"sqlite:///{tmp_path / 'empty.db'}", seed=False)
    report = import_data(empty, data, clock, name="a.json")

    assert report.people.skipped == 1 and report.people.added == len(data["people"]) - 1
    assert report.missions.added == len(data["missions"])
    assert any('"Kayla Barron", field "nationality"' in r for r in report.skipped_reasons)
    assert any('field "person": refers to' in n and "left out" in n for n in report.notes)
    restored = Repository(empty, clock)
    crew3 = restored.mission(restored.find_mission("Crew-3"))
    assert [c.name for c in crew3.crew] == ["Raja Chari", "Thomas Marshburn", "Matthias Maurer"]
    assert_plain(report)
    empty.dispose()


def test_an_archived_agency_refused_leaves_its_records_without_it(
    db: Database, tmp_path: Path
) -> None:
    data = archived(db, tmp_path)
    agency = by_name(data["agencies"], "SpaceX")
    agency["name"] = "SpaceX\u202e"
    users = [r for r in data["vehicles"] if r["operator"] == agency["ref"]]
    users += [r for r in data["people"] if r["agency"] == agency["ref"]]
    empty = open_database(f"sqlite:///{tmp_path / 'empty.db'}", seed=False)
    report = import_data(empty, data, clock, name="a.json")

    assert report.agencies.skipped == 1 and users
    assert report.vehicles.added == len(data["vehicles"])
    assert sum("left out; imported without it" in n for n in report.notes) >= len(users)
    assert any("archive agencies[" in r and '"SpaceX<U+202E>"' in r for r in report.skipped_reasons)
    assert_plain(report)
    empty.dispose()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"description": "Notes\x07"}, r'field "description": contains U\+0007'),
        ({"launch_site": "\u202eA93 dap"}, r'field "launch_site": contains U\+202E'),
        ({"destination": "ISS\x85"}, r'field "destination": contains U\+0085'),
        ({"window_start": "2021-10-31T07:00:00Z", "window_end": "2021-10-31T06:00:00Z"},
         "Crew-3's launch window closes before it opens"),
        ({"landing": "2021-10-30T00:00:00Z"}, "Crew-3 cannot land before its NET"),
    ],
)  # fmt: skip
def test_an_archived_mission_that_breaks_a_rule_is_skipped(
    db: Database, tmp_path: Path, changes: dict[str, str], message: str
) -> None:
    data = archived(db, tmp_path)
    by_name(data["missions"], "Crew-3").update(changes)
    empty = open_database(f"sqlite:///{tmp_path / 'empty.db'}", seed=False)
    report = import_data(empty, data, clock, name="a.json")

    assert report.missions.skipped == 1
    assert report.missions.added == len(data["missions"]) - 1
    (reason,) = report.skipped_reasons
    assert reason.startswith("archive missions[") and '"Crew-3"' in reason
    assert re.search(message, reason)
    assert "Crew-3" not in missions(empty)
    empty.dispose()


def test_markup_in_an_archive_round_trips_literally(db: Database, tmp_path: Path) -> None:
    data = archived(db, tmp_path)
    crew3 = by_name(data["missions"], "Crew-3")
    crew3["description"] = "<img src=/dev/zero> & <b>bold</b>\n second line "
    empty = open_database(f"sqlite:///{tmp_path / 'empty.db'}", seed=False)
    assert import_data(empty, data, clock).missions.skipped == 0
    restored = Repository(empty, clock)
    assert restored.mission(restored.find_mission("Crew-3")).description == crew3["description"]
    empty.dispose()


# --- what is read is bounded ----------------------------------------------------------------


def test_a_file_larger_than_the_limit_is_refused_unread(db: Database, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as f:  # sparse: nothing is written, nothing could be read in time
        f.truncate(inputs.MAX_INPUT_BYTES + 1)
    refused(db, lambda: import_file(db, big, clock), UserError, r"big\.json is larger than 256 MB")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused_without_reading_it(db: Database, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} not on this system")
    refused(db, lambda: import_file(db, Path(device), clock), UserError, "device, pipe or socket")


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(db: Database, tmp_path: Path) -> None:
    pipe = tmp_path / "launches.json"
    os.mkfifo(pipe)
    refused(db, lambda: import_file(db, pipe, clock), UserError, "device, pipe or socket")


def test_a_folder_is_refused(db: Database, tmp_path: Path) -> None:
    refused(db, lambda: import_file(db, tmp_path, clock), UserError, "it is a folder")


def test_the_read_stops_at_the_limit_even_when_the_size_said_less(tmp_path: Path) -> None:
    status = Path("/proc/self/status")  # a regular file whose size reads as 0
    if not status.exists() or status.stat().st_size != 0:
        pytest.skip("no /proc file that understates its size")
    with pytest.raises(UserError, match="larger than 16 bytes"):
        inputs.read_json(status, limit=16)
    exact = tmp_path / "exact.json"
    exact.write_text('{"a": 1}')
    assert inputs.read_json(exact, limit=8) == {"a": 1}
    with pytest.raises(UserError, match="larger than 7 bytes"):
        inputs.read_json(exact, limit=7)


def test_the_command_line_refuses_endless_input_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    database = tmp_path / "t.db"
    assert run(capsys, "--database", database, "list").status == 0
    db = open_database(f"sqlite:///{database}", seed=False)
    before = content(db)
    db.dispose()
    ran = run(capsys, "--database", database, "import", "/dev/zero")
    assert ran.status == 2 and ran.err.count("\n") == 1 and "not a file" in ran.err
    db = open_database(f"sqlite:///{database}", seed=False)
    assert content(db) == before
    db.dispose()


def test_real_data_keeps_the_rules(db: Database) -> None:
    """The rules cost real data nothing: no sample has a record they refuse."""
    for path in sorted(LL2_SAMPLES.glob("*.json")):
        report = import_file(db, path, clock)
        assert not any(getattr(report, k).skipped for k in KINDS), report.summary()
