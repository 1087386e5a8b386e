"""Importing Launch Library 2 files into a real database: matching, slips, hand edits."""

from __future__ import annotations

import copy
import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from tests.helpers import content
from tracker.errors import ImportCancelled, UserError, ValidationError
from tracker.store.database import Database
from tracker.store.importing import ImportReport, import_data, import_file
from tracker.store.importing.ll2_apply import LL2_REASON
from tracker.store.models import Agency, Mission, Person
from tracker.store.repository import Repository

from .helpers import FIXTURES, IMPORT_DAY, clock, sample, samples

DETAILED = "launches_upcoming_detailed_v2.3.0.json"


def detailed() -> Any:
    return json.loads(sample(DETAILED).read_text())


def write(tmp_path: Path, data: Any, name: str = "edited.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def test_every_sample_imports_and_importing_again_changes_nothing(db: Database) -> None:
    first = [import_file(db, path, clock) for path in samples()]
    assert all(isinstance(r, ImportReport) for r in first)
    assert sum(r.missions.added for r in first) == 6
    after_first = content(db)
    again = [import_file(db, path, clock) for path in samples()]
    assert content(db) == after_first
    assert not any(r.changed for r in again)
    assert all(r.kept_local_edits == [] for r in again)


def test_crew13_crew_lands_in_the_roster(db: Database) -> None:
    import_file(db, sample(DETAILED), clock)
    repo = Repository(db, clock)
    crew13 = repo.mission(repo.find_mission("Crew-13"))
    assert [(c.name, c.role, c.agency, c.nationality) for c in crew13.crew] == [
        ("Jessica Watkins", "Spacecraft Commander", "NASA", "American"),
        ("Joshua Kutryk", "Flight Engineer", "CSA", "Canadian"),
        ("Luke Delaney", "Pilot", "NASA", "American"),
        ("Sergey Teteryatnikov", "Flight Engineer", "Roscosmos", "Russian"),
    ]
    assert crew13.spacecraft == "Crew Dragon" and crew13.capsule == "Grace"  # the default's
    assert crew13.launcher == "Falcon 9 Block 5" and crew13.operator == "SpaceX"
    assert (crew13.destination, crew13.destination_full) == ("ISS", "International Space Station")
    assert crew13.site_full == "Cape Canaveral Space Force Station SLC-40, Florida"
    assert crew13.version == 1 and crew13.history == ()
    with db.session() as s:  # matched by name or abbreviation: no second NASA or Roscosmos
        names = s.exec(select(Agency.name)).all()
    assert len(names) == 7 and "Canadian Space Agency" in names


def test_default_mission_is_matched_by_name_and_its_slip_recorded(db: Database) -> None:
    repo = Repository(db, clock)
    people_before = len(repo.people())
    report = import_file(db, FIXTURES / "launches_v2.0.0.json", clock)
    assert (report.missions.added, report.missions.updated) == (1, 1)
    with db.session() as s:
        assert len(s.exec(select(Mission).where(Mission.name == "Crew-3")).all()) == 1
    crew3 = repo.mission(repo.find_mission("Crew-3"))
    assert crew3.net == dt.datetime(2021, 11, 3, 5, 10, tzinfo=dt.UTC)
    assert crew3.version == 2
    slip = crew3.history[-1]
    assert slip.reason == LL2_REASON and slip.changed_at == IMPORT_DAY
    assert slip.previous_net == dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)
    assert [c.name for c in crew3.crew] == [
        "Raja Chari", "Thomas Marshburn", "Kayla Barron", "Matthias Maurer",
    ]  # fmt: skip
    assert len(repo.people()) == people_before  # matched by name, linked, not duplicated
    progress = repo.mission(repo.find_mission("Progress MS-19"))
    assert progress.operator == "Roscosmos" and progress.launcher == "Soyuz-2.1a"


def test_hand_edits_are_kept_and_reported_while_source_changes_apply(
    db: Database, tmp_path: Path
) -> None:
    import_file(db, sample(DETAILED), clock)
    repo = Repository(db, clock)
    crew13 = repo.find_mission("Crew-13")
    repo.remove_crew(crew13, repo.find_person("Joshua Kutryk"))  # a hand edit of the roster
    with db.session() as s:  # and of the description, which LL2 will not change
        m = s.get(Mission, crew13)
        assert m is not None
        m.description = "My notes."
        s.add(m)
        s.commit()
    version = repo.mission(crew13).version

    data = detailed()
    launch = data["results"][0]
    launch["net"] = "2026-10-02T14:48:00Z"
    launch["net_precision"] = {"id": 1, "name": "Minute", "abbrev": "MIN"}
    crew = launch["rocket"]["spacecraft_stage"][0]["launch_crew"]
    crew[0]["role"]["role"] = "Commander"
    report = import_file(db, write(tmp_path, data), clock)

    after = repo.mission(crew13)
    assert after.net == dt.datetime(2026, 10, 2, 14, 48, tzinfo=dt.UTC)
    assert after.net_precision.value == "Minute"
    assert after.history[-1].reason == LL2_REASON
    assert [c.name for c in after.crew] == ["Jessica Watkins", "Luke Delaney",
                                            "Sergey Teteryatnikov"]  # fmt: skip
    assert after.description == "My notes."  # edited here, unchanged there: no report
    assert after.version == version + 1 and report.missions.updated == 1
    assert len(report.kept_local_edits) == 1
    assert "mission Crew-13: kept crew" in report.kept_local_edits[0]
    assert "mission Crew-13" in report.summary()


def test_a_file_without_crews_leaves_imported_crews_alone(db: Database, tmp_path: Path) -> None:
    import_file(db, sample(DETAILED), clock)
    data = detailed()
    for launch in data["results"]:
        del launch["rocket"]["spacecraft_stage"]  # what list mode looks like
    before = content(db)
    report = import_file(db, write(tmp_path, data), clock)
    assert content(db) == before and not report.changed


def test_a_crew_larger_than_the_capacity_keeps_the_seats_and_names_who_was_left_out(
    db: Database, tmp_path: Path
) -> None:
    data = detailed()
    crew = data["results"][0]["rocket"]["spacecraft_stage"][0]["launch_crew"]
    extra = copy.deepcopy(crew[1])
    extra["astronaut"]["id"] = 99999
    extra["astronaut"]["name"] = "Extra Astronaut"
    crew.append(extra)
    path = write(tmp_path, data)
    report = import_file(db, path, clock)
    repo = Repository(db, clock)
    seated = repo.mission(repo.find_mission("Crew-13")).crew
    assert len(seated) == 4 and "Extra Astronaut" not in {c.name for c in seated}
    assert (
        "Crew-13: 5 crew on Crew Dragon, which carries 4; left out Extra Astronaut"
        in report.skipped_reasons
    )
    before = content(db)
    again = import_file(db, path, clock)  # the file has not changed: nothing to do
    assert content(db) == before and not again.changed and not again.kept_local_edits


def test_progress_is_reported_and_cancel_changes_nothing(db: Database) -> None:
    seen: list[tuple[int, int]] = []
    import_file(db, sample(DETAILED), clock, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    before = content(db)
    calls = iter(range(100))
    with pytest.raises(ImportCancelled):
        import_file(db, FIXTURES / "launches_v2.0.0.json", clock,
                    cancelled=lambda: next(calls) >= 1)  # fmt: skip
    assert content(db) == before


def test_refusals_leave_the_database_unchanged(db: Database, tmp_path: Path) -> None:
    before = content(db)
    bad = tmp_path / "bad.json"
    bad.write_text('{"results": [')
    with pytest.raises(UserError, match="not a JSON file"):
        import_file(db, bad, clock)
    with pytest.raises(UserError, match="neither a Launch Library 2"):
        import_data(db, {"hello": "world"}, clock)
    data = json.loads((FIXTURES / "launches_v2.0.0.json").read_text())
    data["results"][1]["net"] = "next week"  # the first record is valid, the second not
    with pytest.raises(ValidationError, match=r'"Soyuz 2.1a \| Progress MS-19".*field "net"'):
        import_data(db, data, clock)
    assert content(db) == before


def test_import_runs_on_a_worker_thread(db: Database) -> None:
    result: list[object] = []
    path = sample(DETAILED)  # skips here, on the test's thread, where the samples are absent
    worker = threading.Thread(target=lambda: result.append(import_file(db, path, clock)))
    worker.start()
    worker.join()
    assert isinstance(result[0], ImportReport) and result[0].missions.added == 5
    with db.session() as s:
        assert s.exec(select(Person).where(Person.name == "Luke Delaney")).one()
