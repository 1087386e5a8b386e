"""The pages of a person, a vehicle and an agency, read from the default data on a real
SQLite file: time in space, flights and outcomes, lookups by name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPORT_DAY
from tracker.clock import Clock
from tracker.errors import NotFound
from tracker.store import profiles
from tracker.store.catalog import Catalog
from tracker.store.database import open_database
from tracker.store.repository import Repository
from tracker.vocabulary import LandingOutcome, LaunchStatus

DAY = dt.timedelta(days=1)


def still(at: dt.datetime) -> Clock:
    """A simulated clock that stands at ``at``: durations to now are exact."""
    return Clock(at, monotonic=lambda: 0.0)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    r = Repository(open_database(f"sqlite:///{tmp_path / 'pages.db'}"), still(REPORT_DAY))
    yield r
    r.db.dispose()


def test_hurley_flew_demo_2_for_about_64_days(repo: Repository) -> None:
    p = profiles.person(repo.uow, "douglas hurley")
    assert (p.name, p.agency, p.agency_name, p.nationality) == (
        "Douglas Hurley",
        "NASA",
        "National Aeronautics and Space Administration",
        "American",
    )
    [demo2] = p.flights
    assert (demo2.mission, demo2.role, demo2.spacecraft) == (
        "Demo-2",
        "Spacecraft Commander",
        "Crew Dragon",
    )
    assert p.first_flight == demo2 and not p.in_space_now
    # launch 2020-05-30 19:22:45, splashdown 2020-08-02 18:48 UTC: 63.98 days
    days = p.time_in_space / DAY
    assert 63.97 < days < 63.99
    assert p.time_in_space == demo2.landing - demo2.net  # type: ignore[operator]
    assert profiles.person(repo.uow, p.id) == p


def test_crew_dragon_counts_its_flights_and_their_outcomes(repo: Repository) -> None:
    v = profiles.vehicle(repo.uow, "CREW DRAGON")
    assert (v.name, v.operator, v.capacity) == ("Crew Dragon", "SpaceX", 4)
    assert [(f.mission, f.status, f.landing_outcome, f.crew, f.succeeded) for f in v.flights] == [
        ("Demo-2", LaunchStatus.SUCCESS, LandingOutcome.LANDED, 2, True),
        ("Crew-1", LaunchStatus.SUCCESS, LandingOutcome.LANDED, 4, True),
        ("Crew-2", LaunchStatus.SUCCESS, LandingOutcome.IN_ORBIT, 4, True),
        ("Inspiration4", LaunchStatus.SUCCESS, LandingOutcome.LANDED, 4, True),
        ("Crew-3", LaunchStatus.GO, None, 4, None),
        ("Crew-5", LaunchStatus.TBD, None, 2, None),
    ]
    assert (v.launched, v.finished, v.successes, v.success_rate) == (4, 4, 4, 1.0)
    assert (v.seats_flown, v.people_carried) == (14, 14)
    # the launcher flew the same missions
    falcon = profiles.vehicle(repo.uow, "Falcon 9 Block 5")
    assert [f.mission for f in falcon.flights] == [f.mission for f in v.flights]


def test_a_crew_lost_on_landing_is_a_failed_flight(repo: Repository) -> None:
    v = profiles.vehicle(repo.uow, "Soyuz 7K-OK")
    assert [(f.mission, f.succeeded) for f in v.flights] == [("Soyuz 1", False)]
    assert v.success_rate == 0.0
    komarov = profiles.person(repo.uow, "Vladimir Komarov")
    assert komarov.time_in_space == dt.timedelta(days=1, hours=2, minutes=47, seconds=52)


def test_a_flight_still_in_orbit_counts_up_to_now_and_says_so(repo: Repository) -> None:
    p = profiles.person(repo.uow, "Thomas Pesquet")
    [crew2] = p.flights
    assert crew2.landing is None and crew2.stay is not None and crew2.stay.in_space
    assert p.in_space_now and p.time_in_space == REPORT_DAY - crew2.net
    week_later = Repository(repo.db, still(REPORT_DAY + 7 * DAY))
    assert profiles.person(week_later.uow, p.id).time_in_space == p.time_in_space + 7 * DAY


def test_a_mission_in_flight_counts_its_crew_in_space(repo: Repository) -> None:
    crew3 = repo.find_mission("Crew-3")
    Catalog(repo).update_mission(crew3, status=LaunchStatus.IN_FLIGHT, confirm=True)
    after = Repository(repo.db, still(dt.datetime(2021, 11, 1, 6, 21, tzinfo=dt.UTC)))
    maurer = profiles.person(after.uow, "Matthias Maurer")
    assert maurer.in_space_now and maurer.time_in_space == DAY
    assert maurer.first_flight is not None and maurer.first_flight.mission == "Crew-3"
    before = profiles.person(repo.uow, "Matthias Maurer")  # the clock before its NET
    assert before.first_flight is None and not before.in_space_now
    assert before.time_in_space == dt.timedelta(0)


def test_someone_who_has_not_flown(repo: Repository) -> None:
    p = profiles.person(repo.uow, "Anna Kikina")
    assert p.flights == () and p.first_flight is None
    assert p.time_in_space == dt.timedelta(0) and not p.in_space_now
    pending = profiles.person(repo.uow, "Nicole Mann")
    assert [f.mission for f in pending.flights] == ["Crew-5"] and pending.flown == ()


def test_esa_has_its_people_and_spacex_its_missions_and_vehicles(repo: Repository) -> None:
    esa = profiles.agency(repo.uow, "esa")
    assert esa.label == "European Space Agency (ESA)" and esa.country == "(Europe)"
    assert [(p.name, p.missions) for p in esa.people] == [
        ("Matthias Maurer", 1),
        ("Thomas Pesquet", 1),
    ]
    assert esa.missions == () and esa.vehicles == ()
    assert profiles.agency(repo.uow, "European space agency").id == esa.id
    spacex = profiles.agency(repo.uow, "SpaceX")
    assert len(spacex.missions) == 6 and spacex.people == ()
    assert [(v.name, v.missions) for v in spacex.vehicles] == [
        ("Crew Dragon", 6),
        ("Falcon 9 Block 5", 6),
    ]
    assert spacex.missions[0].mission == "Demo-2" and spacex.missions[0].crew == 2


@pytest.mark.parametrize(
    ("read", "name", "message"),
    [
        (profiles.person, "Nobody", "no person named 'Nobody'"),
        (profiles.vehicle, "Starship", "no vehicle named 'Starship'"),
        (profiles.agency, "CNSA", "no agency named 'CNSA'"),
        (profiles.person, 10**6, "no person with id 1000000"),
    ],
)
def test_an_unknown_name_is_refused_clearly(
    repo: Repository, read: object, name: str | int, message: str
) -> None:
    with pytest.raises(NotFound, match=message):
        read(repo.uow, name)  # type: ignore[operator]


def test_an_abbreviation_two_agencies_share_is_ambiguous(repo: Repository) -> None:
    Catalog(repo).create_agency("Empire Space Authority", "ESA")
    with pytest.raises(NotFound, match="agency 'ESA' is ambiguous: 2 match"):
        profiles.agency(repo.uow, "ESA")
    assert profiles.agency(repo.uow, "Empire Space Authority").abbrev == "ESA"
