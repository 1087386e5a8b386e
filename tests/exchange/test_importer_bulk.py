"""The importer's bulk path: launches never seen before are written in batches, yet a file
still imports as one transaction, matches what it wrote, and keeps its lookups current."""

from __future__ import annotations

import copy
import datetime as dt
import gc
import json
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from tests.helpers import content
from tracker.errors import ImportCancelled, ValidationError
from tracker.store.database import Database
from tracker.store.importing import import_data, import_file
from tracker.store.importing.ll2_apply import LL2_REASON
from tracker.store.models import CrewAssignment, Mission, Person
from tracker.store.repository import Repository

from .helpers import FIXTURES, IMPORT_DAY, clock

CREW_3 = 0  # the crewed launch in launches_v2.0.0.json


def page(*launches: dict[str, Any]) -> dict[str, Any]:
    return {"count": len(launches), "next": None, "previous": None, "results": list(launches)}


def fixture_launch() -> dict[str, Any]:
    data = json.loads((FIXTURES / "launches_v2.0.0.json").read_text())
    return data["results"][CREW_3]  # type: ignore[no-any-return]


def new_launch(i: int, net: str, crew: list[tuple[int, str]]) -> dict[str, Any]:
    """A crewed launch no database holds yet: mission "Flight <i>", people by (id, name)."""
    x = copy.deepcopy(fixture_launch())
    x["id"] = f"00000000-0000-4000-8000-{i:012d}"
    x["name"] = f"Falcon 9 Block 5 | Flight {i}"
    x["mission"]["name"] = f"Flight {i}"
    x["net"] = x["window_start"] = x["window_end"] = net
    template = x["rocket"]["spacecraft_stage"]["launch_crew"][0]
    members = []
    for seat, (person_id, name) in enumerate(crew):
        member = copy.deepcopy(template)
        member["id"] = seat + 1
        member["astronaut"]["id"] = person_id
        member["astronaut"]["name"] = name
        members.append(member)
    x["rocket"]["spacecraft_stage"]["launch_crew"] = members
    return x


def crew_of(repo: Repository, name: str) -> list[str]:
    return [c.name for c in repo.mission(repo.find_mission(name)).crew]


def test_a_launch_listed_twice_is_written_once_then_updated(db: Database) -> None:
    first = new_launch(1, "2030-01-01T10:00:00Z", [(9001, "Ann One"), (9002, "Bob Two")])
    second = new_launch(1, "2030-02-01T10:00:00Z", [(9002, "Bob Two"), (9003, "Cy Three")])
    report = import_data(db, page(first, second), clock)

    assert (report.missions.added, report.missions.updated) == (1, 1)
    assert report.people.added == 3
    repo = Repository(db, clock)
    flight = repo.mission(repo.find_mission("Flight 1"))
    assert flight.net == dt.datetime(2030, 2, 1, 10, tzinfo=dt.UTC)
    assert flight.version == 2
    assert [(h.previous_net, h.new_net, h.reason) for h in flight.history] == [
        (dt.datetime(2030, 1, 1, 10, tzinfo=dt.UTC), flight.net, LL2_REASON)
    ]
    assert [c.name for c in flight.crew] == ["Bob Two", "Cy Three"]
    with db.session() as s:
        assert len(s.exec(select(Mission).where(Mission.name == "Flight 1")).all()) == 1


def test_more_launches_than_a_batch_match_their_people_and_import_again_unchanged(
    db: Database,
) -> None:
    pool = [(9000 + k, f"Person {k}") for k in range(40)]
    launches = [
        new_launch(i, f"2030-01-01T{i % 24:02d}:00:00Z", [pool[i % 40], pool[(i + 7) % 40]])
        for i in range(4500)  # more than two batches of new launches
    ]
    with db.session() as s:
        assignments = len(s.exec(select(CrewAssignment)).all())
    seen: list[int] = []
    report = import_data(db, page(*launches), clock, progress=lambda d, _t: seen.append(d))

    assert report.missions.added == 4500 and report.people.added == 40
    assert len(seen) <= 102 and seen == sorted(seen) and seen[-1] == 4500
    repo = Repository(db, clock)
    assert crew_of(repo, "Flight 4499") == ["Person 19", "Person 26"]
    with db.session() as s:
        assert len(s.exec(select(Person).where(col(Person.ll2_id).between(9000, 9039))).all()) == 40
        assert len(s.exec(select(CrewAssignment)).all()) == assignments + 9000

    before = content(db)
    again = import_data(db, page(*launches), clock)
    assert again.missions.unchanged == 4500 and not again.changed
    assert content(db) == before


def test_cancel_after_batches_were_written_changes_nothing(db: Database) -> None:
    launches = [new_launch(i, "2030-01-01T00:00:00Z", [(9000 + i, f"P {i}")]) for i in range(4500)]
    before = content(db)
    calls = iter(range(10_000))
    with pytest.raises(ImportCancelled):
        import_data(db, page(*launches), clock, cancelled=lambda: next(calls) >= 4400)
    assert content(db) == before


def test_a_person_renamed_by_the_source_frees_the_old_name(db: Database) -> None:
    import_data(db, page(new_launch(1, "2030-01-01T00:00:00Z", [(9001, "Ann One")])), clock)
    renamed = new_launch(1, "2030-01-01T00:00:00Z", [(9001, "Ann One-Smith")])
    newcomer = new_launch(2, "2030-03-01T00:00:00Z", [(9002, "Ann One")])
    report = import_data(db, page(renamed, newcomer), clock)

    assert (report.people.added, report.people.updated, report.people.skipped) == (1, 1, 0)
    repo = Repository(db, clock)
    assert crew_of(repo, "Flight 1") == ["Ann One-Smith"]
    assert crew_of(repo, "Flight 2") == ["Ann One"]
    with db.session() as s:
        assert s.exec(select(Person.ll2_id).where(Person.name == "Ann One")).one() == 9002


def test_a_default_mission_is_matched_by_name_once_then_by_its_id(db: Database) -> None:
    crew3 = fixture_launch()  # the default data's Crew-3, not linked yet
    later = copy.deepcopy(crew3)
    later["net"] = "2021-11-11T02:03:00Z"
    other = copy.deepcopy(crew3)  # another LL2 launch of that name: Crew-3 is linked now
    other["id"] = "00000000-0000-4000-8000-000000000042"
    report = import_data(db, page(crew3, later, other), clock)

    assert (report.missions.added, report.missions.updated) == (1, 2)
    with db.session() as s:
        rows = s.exec(select(Mission).where(Mission.name == "Crew-3")).all()
    assert sorted(m.ll2_id or "" for m in rows) == sorted([crew3["id"], other["id"]])
    linked = next(m for m in rows if m.ll2_id == crew3["id"])
    assert linked.net == dt.datetime(2021, 11, 11, 2, 3, tzinfo=dt.UTC)
    assert linked.updated_at == IMPORT_DAY


def test_instants_are_written_as_sqlalchemy_writes_them() -> None:
    """The bulk insert's own converter for instants on SQLite writes SQLAlchemy's text."""
    from sqlalchemy.dialects import sqlite

    from tracker.store.importing.bulk import BulkInsert, _naive_utc_text

    table = Mission.__table__  # type: ignore[attr-defined]
    dialect = sqlite.dialect()
    theirs = table.c.net.type.dialect_impl(dialect).bind_processor(dialect)
    assert BulkInsert(table, ["net"])._converter("net", dialect) is _naive_utc_text
    zones = [dt.UTC, dt.timezone(dt.timedelta(hours=-7, minutes=-30)), dt.timezone.max]
    for zone in zones:
        for when in (
            dt.datetime(1900, 1, 1, tzinfo=zone),
            dt.datetime(1961, 4, 12, 6, 7, 3, 999_999, tzinfo=zone),
            dt.datetime(2200, 12, 31, 23, 59, 59, 1, tzinfo=zone),
        ):
            assert _naive_utc_text(when) == theirs(when)
    with pytest.raises(ValueError, match="naive"):
        _naive_utc_text(dt.datetime(2026, 1, 1))


def test_snapshot_instants_are_written_as_the_archive_writes_them() -> None:
    """The importer's own text of an instant for snapshots is the archive's."""
    from tracker.exchange.archive import instant_text
    from tracker.store.importing.ll2_apply import _instant_text

    zones = [dt.UTC, dt.timezone(dt.timedelta(hours=5, minutes=45)), dt.timezone.min]
    for zone in zones:
        for when in (
            dt.datetime(1900, 1, 1, tzinfo=zone),
            dt.datetime(1957, 10, 4, 19, 28, 34, 120, tzinfo=zone),
            dt.datetime(2200, 12, 31, 23, 59, 59, 999_999, tzinfo=zone),
        ):
            assert _instant_text(when) == instant_text(when)


@pytest.mark.parametrize("was_on", [True, False])
def test_an_import_pauses_the_collector_and_leaves_it_as_it_was(
    db: Database, tmp_path: Path, was_on: bool
) -> None:
    """The collector is off while a file is applied, and as it was after, whether the import
    ends well or the file is refused."""
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_text(json.dumps(page(new_launch(1, "2030-01-01T00:00:00Z", []))))
    bad.write_text(json.dumps(page(new_launch(2, "soon", []))))
    seen: list[bool] = []
    (gc.enable if was_on else gc.disable)()
    try:
        import_file(db, good, clock, progress=lambda _d, _t: seen.append(gc.isenabled()))
        assert gc.isenabled() is was_on
        with pytest.raises(ValidationError, match="not a date and time"):
            import_file(db, bad, clock)
        assert gc.isenabled() is was_on
    finally:
        gc.enable()
    assert seen and not any(seen)
