"""Identities travel: an archive imported into another database matches on them, never on a
name (issue 14: "An archive imported into another database duplicates missions")."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tests.conftest import REPORT_DAY
from tests.helpers import run
from tracker.identity import default_uid
from tracker.store.database import Database, open_database
from tracker.store.export import export_archive
from tracker.store.importing import import_data, import_file
from tracker.store.repository import Repository
from tracker.vocabulary import NetPrecision

from .helpers import clock, sample

NOV3 = dt.datetime(2021, 11, 3, 5, 10, tzinfo=dt.UTC)
CREW3 = ["Raja Chari", "Thomas Marshburn", "Kayla Barron", "Matthias Maurer"]


def report_day() -> dt.datetime:
    return REPORT_DAY


def _fresh(tmp_path: Path, name: str) -> Database:
    return open_database(f"sqlite:///{tmp_path / name}")


def _rescheduled_archive(tmp_path: Path) -> Path:
    """Database A: the default data with Crew-3 moved to 3 November, exported."""
    a = _fresh(tmp_path, "a.db")
    repo = Repository(a, report_day)
    repo.reschedule(repo.find_mission("Crew-3"), NOV3, NetPrecision.MINUTE, "weather")
    path = tmp_path / "a.json"
    export_archive(a, path)
    a.dispose()
    return path


def _one_crew3(db: Database) -> None:
    """Exactly one Crew-3, with its seeded slip and the reschedule, and its four crew once."""
    repo = Repository(db, report_day)
    assert [r.name for r in repo.missions()].count("Crew-3") == 1
    crew3 = repo.mission(repo.find_mission("Crew-3"))  # not "ambiguous: 2 match"
    assert crew3.uid == default_uid("mission", "Crew-3") and crew3.net == NOV3
    assert [(h.new_net, h.reason) for h in crew3.history] == [
        (dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC), "Spacecraft processing"),
        (NOV3, "weather"),
    ]
    assert [c.name for c in crew3.crew] == CREW3
    with db.engine.connect() as conn:
        seats = conn.execute(sa.text("SELECT count(*) FROM crewassignment")).scalar()
    assert seats == 30  # the default data's rosters, each member once


def test_a_rescheduled_mission_imported_into_a_fresh_database_is_one_mission(
    tmp_path: Path,
) -> None:
    path = _rescheduled_archive(tmp_path)
    b = _fresh(tmp_path, "b.db")
    report = import_file(b, path, clock)
    assert (report.missions.added, report.missions.updated) == (0, 1)
    _one_crew3(b)
    again = import_file(b, path, clock)  # and importing it again changes nothing
    assert not again.changed
    _one_crew3(b)
    b.dispose()


def test_the_issue_round_trip_on_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    a = ["--database", str(tmp_path / "a.db"), "--now", "2021-10-27T12:00:00Z"]
    b = ["--database", str(tmp_path / "new.db"), "--now", "2021-10-27T12:00:00Z"]
    archive = tmp_path / "a.json"
    assert run(capsys, *a, "reschedule", "Crew-3", "2021-11-03T05:10:00Z").status == 0
    assert run(capsys, *a, "export", archive).status == 0
    assert run(capsys, *b, "import", archive).status == 0
    shown = run(capsys, *b, "crew", "show", "Crew-3")
    assert shown.status == 0, shown.err
    assert all(shown.out.count(name) == 1 for name in CREW3)
    history = run(capsys, *b, "history", "Crew-3")
    assert history.status == 0 and "2 changes" in history.out


def _as_version_1(path: Path) -> dict[str, Any]:
    """The archive as the first format wrote it: no identities, ends, links or data age."""
    data = json.loads(path.read_text())
    data["format_version"] = 1
    data.pop("data_as_of")
    for kind in ("agencies", "vehicles", "people", "missions"):
        for record in data[kind]:
            for key in ("uid", "image_url", "landing_outcome", "status_reason", "links"):
                record.pop(key, None)
    return data  # type: ignore[no-any-return]


def test_a_version_1_archive_matches_the_identities_its_records_were_given(
    tmp_path: Path,
) -> None:
    old = _as_version_1(_rescheduled_archive(tmp_path))
    b = _fresh(tmp_path, "b.db")
    report = import_data(b, old, clock)
    assert report.missions.added == 0 and report.people.added == 0
    _one_crew3(b)
    b.dispose()


def test_a_version_1_archive_still_imports_into_an_empty_database(tmp_path: Path) -> None:
    old = _as_version_1(_rescheduled_archive(tmp_path))
    empty = open_database(f"sqlite:///{tmp_path / 'empty.db'}", seed=False)
    report = import_data(empty, old, clock)
    assert report.missions.added == 10 and not report.skipped_reasons
    _one_crew3(empty)  # given the identities the default data has everywhere
    empty.dispose()


def test_identity_wins_over_name_and_a_mission_with_one_never_matches_by_name(
    tmp_path: Path,
) -> None:
    path = _rescheduled_archive(tmp_path)
    data = json.loads(path.read_text())
    crew3 = next(m for m in data["missions"] if m["name"] == "Crew-3")
    crew3["name"] = "Crew-3 (USCV-3)"  # renamed there: still the same mission here
    crew3["updated_at"] = "2030-01-01T00:00:00Z"
    twin = dict(crew3, uid="11111111-2222-3333-4444-555555555555", ref=999, crew=[])
    twin["name"], twin["schedule_changes"] = "Crew-5", []  # a name here, but another mission
    data["missions"].append(twin)
    b = _fresh(tmp_path, "b.db")
    report = import_data(b, data, clock)
    assert (report.missions.added, report.missions.updated) == (1, 1)
    repo = Repository(b, report_day)
    renamed = repo.mission(repo.find_mission("Crew-3 (USCV-3)"))
    assert renamed.uid == default_uid("mission", "Crew-3") and len(renamed.crew) == 4
    assert [r.name for r in repo.missions()].count("Crew-5") == 2
    b.dispose()


def test_a_launch_from_launch_library_2_is_known_by_its_id(db: Database) -> None:
    import_file(db, sample("launches_upcoming_detailed_v2.3.0.json"), clock)
    with db.engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT name, uid, ll2_id FROM mission WHERE ll2_id IS NOT NULL")
        ).all()
        people = conn.execute(
            sa.text("SELECT uid FROM person WHERE name = 'Jessica Watkins'")
        ).scalar()
    added = {name: (uid, ll2) for name, uid, ll2 in rows if name != "Crew-13"}
    assert len(added) == 4 and all(uid == ll2 for uid, ll2 in added.values())  # bulk insert
    crew13 = next(uid for name, uid, _ in rows if name == "Crew-13")
    assert crew13 != default_uid("mission", "Crew-13")  # Crew-13 is not in the default data
    assert people is not None and len(people) == 36  # a new UUID; the LL2 id still links it
