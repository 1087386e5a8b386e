"""Records behind the missions: each rule refuses with the database unchanged, deletes of
records in use explain themselves, and every command has an exact inverse for undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
import sqlalchemy as sa

from tests.conftest import REPORT_DAY
from tests.store.backends import content
from tests.store.test_crew_rules import refused
from tracker.errors import ConflictError, NeedsConfirmation, NotFound, ValidationError
from tracker.store.catalog import Catalog, InUse, Kind
from tracker.store.database import Database
from tracker.store.repository import Repository
from tracker.vocabulary import LaunchStatus, NetPrecision, VehicleKind

# Each test that uses a database runs on SQLite and on PostgreSQL (tests/store/conftest.py).
BOTH_BACKENDS = True

UTC = dt.UTC


@pytest.fixture
def catalog(repo: Repository) -> Catalog:
    return Catalog(repo)


def vehicle_id(catalog: Catalog, name: str) -> int:
    return next(v.id for v in catalog.vehicles() if v.name == name)


def agency_id(catalog: Catalog, abbrev: str) -> int:
    return next(a.id for a in catalog.agencies() if a.abbrev == abbrev)


# --- creating ---------------------------------------------------------------------------------


def test_create_each_kind(catalog: Catalog, repo: Repository) -> None:
    esa = agency_id(catalog, "ESA")
    agency = catalog.create_agency("  Canadian Space Agency ", "CSA", "CAN")
    assert catalog.agency(agency).name == "Canadian Space Agency"  # trimmed
    craft = catalog.create_vehicle("Starliner", VehicleKind.SPACECRAFT, None, 7, "2024-06-05")
    assert catalog.vehicle(craft).first_crewed_flight == dt.date(2024, 6, 5)
    person = catalog.create_person("Samantha Cristoforetti", esa, "Italian")
    assert catalog.person(person).agency == "ESA"
    mission = catalog.create_mission(
        "Crew-4",
        dt.datetime(2022, 4, 15, tzinfo=UTC),
        net_precision="Month",
        spacecraft_id=vehicle_id(catalog, "Crew Dragon"),
        status=LaunchStatus.TBD,
    )
    detail = repo.mission(mission)
    assert (detail.spacecraft, detail.net_precision, detail.version) == (
        "Crew Dragon",
        NetPrecision.MONTH,
        1,
    )
    assert repo.find_mission("crew-4") == mission


Action = Callable[[Catalog], object]
NAIVE = dt.datetime(2022, 1, 1)
AWARE = dt.datetime(2022, 1, 1, tzinfo=UTC)

REFUSALS: list[tuple[str, Action, type[Exception], str]] = [
    ("blank person", lambda c: c.create_person("   "), ValidationError, "Name is required"),
    ("long person", lambda c: c.create_person("x" * 201), ValidationError, "too long"),
    ("same person", lambda c: c.create_person("anna KIKINA"), ValidationError,
     "there is already a person named Anna Kikina"),
    ("blank status", lambda c: c.create_person("New One", status=" "), ValidationError,
     "Status is required"),
    ("no such agency", lambda c: c.create_person("New One", 999), NotFound,
     "no agency with id 999"),
    ("same agency", lambda c: c.create_agency("spacex"), ValidationError,
     "there is already an agency named SpaceX"),
    ("long abbrev", lambda c: c.create_agency("CSA", "x" * 300), ValidationError,
     "Abbreviation is too long"),
    ("same vehicle", lambda c: c.create_vehicle("CREW DRAGON", "spacecraft", None, 4),
     ValidationError, "there is already a vehicle named Crew Dragon"),
    ("capacity 0", lambda c: c.create_vehicle("Pod", "spacecraft", None, 0), ValidationError,
     "between 1 and 20"),
    ("capacity 21", lambda c: c.create_vehicle("Pod", "spacecraft", None, 21), ValidationError,
     "between 1 and 20"),
    ("capacity text", lambda c: c.create_vehicle("Pod", "spacecraft", None, "4"),  # type: ignore[arg-type]
     ValidationError, "whole number"),
    ("spacecraft without capacity", lambda c: c.create_vehicle("Pod", "spacecraft"),
     ValidationError, "give its crew capacity"),
    ("bad kind", lambda c: c.create_vehicle("Pod", "balloon", None, 2), ValidationError,
     "Kind must be one of spacecraft, launcher"),
    ("bad date", lambda c: c.create_vehicle("Pod", "spacecraft", None, 2, "2024-13-01"),
     ValidationError, "not a date"),
    ("old date", lambda c: c.create_vehicle("Pod", "spacecraft", None, 2, dt.date(1850, 1, 1)),
     ValidationError, "years 1900 to 2200"),
    ("blank mission", lambda c: c.create_mission("", AWARE), ValidationError, "Name is required"),
    ("same mission", lambda c: c.create_mission("crew-3", AWARE), ValidationError,
     "there is already a mission named Crew-3"),
    ("naive NET", lambda c: c.create_mission("M", NAIVE), ValidationError, "NET needs a time zone"),
    ("NET 1899", lambda c: c.create_mission("M", dt.datetime(1899, 12, 31, tzinfo=UTC)),
     ValidationError, "years 1900 to 2200"),
    ("NET text", lambda c: c.create_mission("M", "soon"), ValidationError, "not a date and time"),
    ("no NET", lambda c: c.create_mission("M", None), ValidationError, "NET is required"),  # type: ignore[arg-type]
    ("window backwards", lambda c: c.create_mission(
        "M", AWARE, window_start=AWARE, window_end=AWARE - dt.timedelta(minutes=1)),
     ValidationError, "closes before it opens"),
    ("landing before NET", lambda c: c.create_mission(
        "M", AWARE, landing=AWARE - dt.timedelta(days=1)), ValidationError,
     "cannot land before its NET"),
    ("launcher as spacecraft", lambda c: c.create_mission(
        "M", AWARE, spacecraft_id=vehicle_id(c, "Falcon 9 Block 5")), ValidationError,
     "Falcon 9 Block 5 is a launcher, not a spacecraft"),
    ("huge description", lambda c: c.create_mission("M", AWARE, description="x" * 20_001),
     ValidationError, "Description is too long"),
    ("bad precision", lambda c: c.create_mission("M", AWARE, net_precision="Fortnight"),
     ValidationError, "NET precision must be one of"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("action", "error", "match"),
    [r[1:] for r in REFUSALS],
    ids=[r[0] for r in REFUSALS],
)
def test_create_rules_refuse_with_nothing_changed(
    catalog: Catalog, db: Database, action: Action, error: type[Exception], match: str
) -> None:
    refused(db, lambda: action(catalog), error, match)


# --- editing ----------------------------------------------------------------------------------


def test_lowering_a_capacity_below_a_pending_crew_names_the_mission(
    catalog: Catalog, db: Database
) -> None:
    dragon = vehicle_id(catalog, "Crew Dragon")
    refused(db, lambda: catalog.update_vehicle(dragon, crew_capacity=3), ValidationError,
            "Crew-3 already has 4 crew on Crew Dragon.*cannot go below 4")  # fmt: skip
    # Crew-5 has two: four and up is fine; flown missions are history, not a constraint
    assert catalog.update_vehicle(dragon, crew_capacity=7) == {"crew_capacity": 4}


def test_a_vehicle_in_use_keeps_its_kind(catalog: Catalog, db: Database) -> None:
    soyuz = vehicle_id(catalog, "Soyuz MS")
    refused(db, lambda: catalog.update_vehicle(soyuz, kind="launcher"), ValidationError,
            "Soyuz MS is the spacecraft of 3 missions .*it must stay a spacecraft")  # fmt: skip


def test_a_smaller_spacecraft_is_refused_for_a_full_crew(
    catalog: Catalog, repo: Repository, db: Database
) -> None:
    crew3 = repo.find_mission("Crew-3")
    soyuz = vehicle_id(catalog, "Soyuz MS")
    refused(db, lambda: catalog.update_mission(crew3, spacecraft_id=soyuz), ValidationError,
            "Crew-3 has 4 crew; Soyuz MS carries 3")  # fmt: skip


def test_editing_a_flown_mission_needs_confirmation(
    catalog: Catalog, repo: Repository, db: Database
) -> None:
    demo2 = repo.find_mission("Demo-2")
    refused(db, lambda: catalog.update_mission(demo2, description="Bob and Doug"),
            NeedsConfirmation, "Demo-2 has already flown")  # fmt: skip
    catalog.update_mission(demo2, description="Bob and Doug", confirm=True)
    assert repo.mission(demo2).description == "Bob and Doug"


def test_a_stale_edit_is_refused(catalog: Catalog, repo: Repository, db: Database) -> None:
    crew5 = repo.find_mission("Crew-5")
    shown = repo.mission(crew5).version
    catalog.update_mission(crew5, destination="Tiangong")  # elsewhere
    refused(db, lambda: catalog.update_mission(crew5, shown, name="Crew 5"), ConflictError,
            "changed elsewhere")  # fmt: skip


def test_renaming_to_another_records_name_is_refused(catalog: Catalog, db: Database) -> None:
    kikina = next(p.id for p in catalog.people() if p.name == "Anna Kikina")
    refused(db, lambda: catalog.update_person(kikina, name="KAYLA BARRON"), ValidationError,
            "already a person named Kayla Barron")  # fmt: skip
    # a change of case of one's own name is no clash
    assert catalog.update_person(kikina, name="ANNA KIKINA") == {"name": "Anna Kikina"}


def test_unknown_fields_are_a_programming_error(catalog: Catalog) -> None:
    with pytest.raises(TypeError, match="has no field colour"):
        catalog.update_agency(1, colour="red")


def test_a_moved_net_is_written_to_the_slip_history_and_undo_takes_it_back(
    catalog: Catalog, repo: Repository, db: Database
) -> None:
    crew3 = repo.find_mission("Crew-3")
    before, detail = content(db), repo.mission(crew3)
    new_net = dt.datetime(2021, 11, 3, 5, 10, tzinfo=UTC)
    edit = catalog.update_mission(
        crew3, detail.version, net=new_net, name="Crew-3 (Endurance)", reason="weather"
    )
    after = repo.mission(crew3)
    assert after.version == detail.version + 1
    assert after.history[-1].previous_net == detail.net
    assert after.history[-1].new_net == new_net
    assert after.history[-1].changed_at == REPORT_DAY
    assert after.history[-1].reason == "weather"
    assert edit.old["net"] == detail.net and edit.change_id is not None
    catalog.revert_mission(edit)
    assert content(db) == before
    redo = catalog.update_mission(crew3, None, reason=edit.reason, **edit.new)
    assert repo.mission(crew3).name == "Crew-3 (Endurance)"
    assert len(repo.mission(crew3).history) == len(after.history)
    catalog.revert_mission(redo)


def test_a_net_moved_alone_takes_its_window_along(catalog: Catalog, repo: Repository) -> None:
    crew5 = repo.find_mission("Crew-5")
    opens = dt.datetime(2022, 7, 1, 10, tzinfo=UTC)
    catalog.update_mission(crew5, window_start=opens, window_end=opens + dt.timedelta(hours=1))
    catalog.update_mission(crew5, net=dt.datetime(2022, 9, 1, tzinfo=UTC), net_precision="Month")
    moved = repo.mission(crew5)
    assert moved.window_start == opens + dt.timedelta(days=62)
    assert moved.history[-1].new_precision is NetPrecision.MONTH


def test_undo_and_redo_of_a_moved_net_keep_an_explicit_window(
    catalog: Catalog, repo: Repository, db: Database
) -> None:
    crew5 = repo.find_mission("Crew-5")
    opens = dt.datetime(2022, 7, 1, 10, tzinfo=UTC)
    window = {"window_start": opens, "window_end": opens + dt.timedelta(hours=1)}
    catalog.update_mission(crew5, **window)
    before = content(db)
    later = dt.datetime(2022, 9, 1, tzinfo=UTC)
    edit = catalog.update_mission(crew5, net=later, **window)  # the dialog sends every field
    assert repo.mission(crew5).window_start == opens
    catalog.revert_mission(edit)
    assert content(db) == before
    redo = catalog.update_mission(crew5, **edit.new)
    assert (repo.mission(crew5).net, repo.mission(crew5).window_start) == (later, opens)
    catalog.revert_mission(redo)
    assert content(db) == before


def test_an_edit_that_changes_nothing_writes_nothing(
    catalog: Catalog, repo: Repository, db: Database
) -> None:
    crew5 = repo.find_mission("Crew-5")
    before = content(db)
    edit = catalog.update_mission(crew5, name=" Crew-5 ", status="TBD")
    assert not edit.changed and content(db) == before


@pytest.mark.parametrize(
    ("kind", "find", "fields"),
    [
        ("agency", lambda c: agency_id(c, "JAXA"), {"name": "JAXA", "country": "Japan"}),
        ("vehicle", lambda c: vehicle_id(c, "Soyuz MS"), {"crew_capacity": 5, "operator_id": None}),
        ("person", lambda c: next(p.id for p in c.people() if p.name == "Anna Kikina"),
         {"nationality": "Russian Federation", "agency_id": None, "status": "Retired"}),
    ],
)  # fmt: skip
def test_update_and_undo_round_trip(
    catalog: Catalog,
    db: Database,
    kind: Any,
    find: Callable[[Catalog], int],
    fields: dict[str, Any],
) -> None:
    record = find(catalog)
    before = content(db)
    old = catalog.update(kind, record, **fields)
    assert content(db) != before
    catalog.update(kind, record, **old)
    assert content(db) == before


# --- deleting ---------------------------------------------------------------------------------

IN_USE: list[tuple[Kind, Callable[[Catalog, Repository], int], str]] = [
    ("vehicle", lambda c, r: vehicle_id(c, "Crew Dragon"),
     "Crew Dragon is used by 6 missions: Demo-2, Crew-1, Crew-2, Inspiration4, Crew-3, …"),
    ("person", lambda c, r: r.find_person("Kayla Barron"),
     "Kayla Barron is on the crew of 1 mission: Crew-3"),
    ("agency", lambda c, r: agency_id(c, "JAXA"),
     "Japan Aerospace Exploration Agency is used by 3 people: .*Koichi Wakata"),
    ("agency", lambda c, r: agency_id(c, "SpaceX"),
     "SpaceX is used by 2 vehicles: .*; 6 missions: Demo-2"),
    ("mission", lambda c, r: r.find_mission("Crew-3"),
     "Crew-3 has 4 crew members: Raja Chari, Thomas Marshburn, Kayla Barron, Matthias Maurer"),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "find", "message"), IN_USE)
def test_deleting_what_is_in_use_explains_and_changes_nothing(
    catalog: Catalog,
    repo: Repository,
    db: Database,
    kind: Kind,
    find: Callable[[Catalog, Repository], int],
    message: str,
) -> None:
    refused(db, lambda: catalog.delete(kind, find(catalog, repo)), InUse, message)


@pytest.mark.parametrize(("kind", "find", "message"), IN_USE)
def test_forced_delete_and_restore_round_trip(
    catalog: Catalog,
    repo: Repository,
    db: Database,
    kind: Kind,
    find: Callable[[Catalog, Repository], int],
    message: str,
) -> None:
    record = find(catalog, repo)
    before = content(db)
    snapshot = catalog.delete(kind, record, force=True)
    assert snapshot.record_id == record
    with pytest.raises(NotFound):
        catalog.delete(kind, record)
    catalog.restore(snapshot)
    assert content(db) == before


def test_a_deleted_mission_comes_back_with_its_links(
    catalog: Catalog, repo: Repository, db: Database
) -> None:
    crew3 = repo.find_mission("Crew-3")
    repo.add_link(crew3, "webcast", "https://example.org/crew-3", "NASA TV")
    before = content(db)
    snapshot = catalog.delete_mission(crew3, force=True)
    catalog.restore(snapshot)
    assert content(db) == before
    assert [k.url for k in repo.mission(crew3).links] == ["https://example.org/crew-3"]


def test_forced_delete_detaches_what_used_it(catalog: Catalog, repo: Repository) -> None:
    crew3 = repo.find_mission("Crew-3")
    version = repo.mission(crew3).version
    catalog.delete_person(repo.find_person("Kayla Barron"), force=True)
    after = repo.mission(crew3)
    assert [(c.name, c.seat) for c in after.crew] == [
        ("Raja Chari", 0), ("Thomas Marshburn", 1), ("Matthias Maurer", 2),
    ]  # fmt: skip
    assert after.version == version + 1
    catalog.delete_vehicle(vehicle_id(catalog, "Crew Dragon"), force=True)
    catalog.delete_agency(agency_id(catalog, "SpaceX"), force=True)
    after = repo.mission(crew3)
    assert (after.spacecraft_id, after.operator_id, after.capacity) == (None, None, None)
    assert after.launcher == "Falcon 9 Block 5"
    assert catalog.vehicle(vehicle_id(catalog, "Falcon 9 Block 5")).operator_id is None


def test_deleting_a_flown_mission_needs_force(
    catalog: Catalog, repo: Repository, db: Database
) -> None:
    flown = catalog.create_mission("Gemini 3", "1965-03-23T14:24:00Z", status="Success")
    refused(db, lambda: catalog.delete_mission(flown), NeedsConfirmation, "already flown")
    catalog.delete_mission(flown, force=True)


def test_restore_refuses_when_its_id_was_reused(catalog: Catalog, db: Database) -> None:
    person = catalog.create_person("Sergey Prokopyev")
    snapshot = catalog.delete_person(person)
    other = catalog.create_person("Dmitry Petelin")  # SQLite hands out the freed id again
    with db.engine.begin() as conn:  # PostgreSQL's sequence does not; an import might
        conn.execute(sa.text("UPDATE person SET id = :p WHERE id = :o"), {"p": person, "o": other})
    refused(db, lambda: catalog.restore(snapshot), ConflictError, "cannot restore Sergey")


def test_a_created_record_comes_back_with_its_id(catalog: Catalog, repo: Repository) -> None:
    person = catalog.create_person("Sergey Prokopyev", agency_id(catalog, "Roscosmos"), "Russian")
    snapshot = catalog.delete_person(person)
    catalog.restore(snapshot)
    assert catalog.person(person).name == "Sergey Prokopyev"


def test_restore_refuses_when_the_name_was_taken_since(catalog: Catalog, db: Database) -> None:
    person = catalog.create_person("Sergey Prokopyev")
    other = catalog.create_person("Dmitry Petelin")
    snapshot = catalog.delete_person(person)
    catalog.update_person(other, name="sergey prokopyev")
    refused(db, lambda: catalog.restore(snapshot), ValidationError,
            "already another person named sergey prokopyev")  # fmt: skip
