"""The default dataset: the world as the news report of 2021-10-27 saw it.

Every row comes from ``shared/seed/FACTS.md``; places are stored in their short form
(``tracker.places``), as every writer stores them. "V" in a source marks a fact checked against
public records, "M" one that rests on memory, so a user can tell them apart. Loaded once,
into a new database, in the same transaction as the schema that holds it.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from tracker import places
from tracker.identity import default_uid
from tracker.store.models import (
    Agency,
    CrewAssignment,
    DatasetInfo,
    Mission,
    Person,
    ScheduleChange,
    Vehicle,
)
from tracker.vocabulary import (
    DEFAULT_DATA_AS_OF,
    LandingOutcome,
    LaunchStatus,
    NetPrecision,
    VehicleKind,
)

# Soyuz 1 launched successfully; its crew was lost at landing (FACTS.md).
CREW_LOST = {"Soyuz 1"}
REPORT = "News report 2021-10-27"


def _t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


AGENCIES = [
    ("National Aeronautics and Space Administration", "NASA", "USA"),
    ("Roscosmos State Corporation for Space Activities", "Roscosmos", "RUS"),
    ("SpaceX", "SpaceX", "USA"),
    ("European Space Agency", "ESA", "(Europe)"),
    ("Japan Aerospace Exploration Agency", "JAXA", "JPN"),
    ("Soviet Space Program", "USSR", "SUN"),
]

# name, kind, operator, capacity, first crewed flight
VEHICLES = [
    ("Crew Dragon", VehicleKind.SPACECRAFT, "SpaceX", 4, dt.date(2020, 5, 30)),
    ("Soyuz MS", VehicleKind.SPACECRAFT, "Roscosmos", 3, dt.date(2016, 7, 7)),
    ("Soyuz 7K-OK", VehicleKind.SPACECRAFT, "USSR", 3, dt.date(1967, 4, 23)),
    ("Falcon 9 Block 5", VehicleKind.LAUNCHER, "SpaceX", None, None),
    ("Soyuz-2.1a", VehicleKind.LAUNCHER, "Roscosmos", None, None),
    ("Soyuz (11A511)", VehicleKind.LAUNCHER, "USSR", None, None),
]

KSC = "Kennedy Space Center LC-39A, Florida"
BAIKONUR_31 = "Baikonur Cosmodrome Site 31/6, Kazakhstan"

# name, spacecraft, capsule, launcher, operator, site, destination, NET, precision, status,
# landing, description, source
MISSIONS = [
    (
        "Soyuz 1",
        "Soyuz 7K-OK",
        "",
        "Soyuz (11A511)",
        "USSR",
        "Baikonur Cosmodrome Site 1/5, Kazakhstan",
        "Earth orbit",
        _t("1967-04-23 00:35:00"),
        NetPrecision.SECOND,
        LaunchStatus.SUCCESS,
        _t("1967-04-24 03:22:52"),
        "The first crewed Soyuz flight. The launch succeeded; Vladimir Komarov died when the "
        "parachute failed on landing.",
        f"{REPORT} (the article's 1967); launch, landing and site (V)",
    ),
    (
        "Demo-2",
        "Crew Dragon",
        "Endeavour",
        "Falcon 9 Block 5",
        "SpaceX",
        KSC,
        "ISS",
        _t("2020-05-30 19:22:45"),
        NetPrecision.SECOND,
        LaunchStatus.SUCCESS,
        _t("2020-08-02 18:48:00"),
        "Crew Dragon's first crewed flight test; the first crewed orbital launch from the "
        "United States since 2011.",
        "NASA release; launch and landing date (V); splashdown 18:48 UTC, launch site (M)",
    ),
    (
        "Crew-1",
        "Crew Dragon",
        "Resilience",
        "Falcon 9 Block 5",
        "SpaceX",
        KSC,
        "ISS",
        _t("2020-11-16 00:27:17"),
        NetPrecision.SECOND,
        LaunchStatus.SUCCESS,
        _t("2021-05-02 00:00:00"),
        "The first operational Crew Dragon rotation flight to the International Space Station.",
        "NASA release; launch and landing date (V); launch site (M)",
    ),
    (
        "Soyuz MS-18",
        "Soyuz MS",
        "",
        "Soyuz-2.1a",
        "Roscosmos",
        BAIKONUR_31,
        "ISS",
        _t("2021-04-09 07:42:00"),
        NetPrecision.MINUTE,
        LaunchStatus.SUCCESS,
        _t("2021-10-17 00:00:00"),
        "Carried Mark Vande Hei on the seat NASA paid Roscosmos about $90 million for "
        '(the article\'s "last year").',
        f"{REPORT} (Roscosmos seat); Roscosmos and NASA releases; launch, landing, seat (V); "
        "launch site (M)",
    ),
    (
        "Crew-2",
        "Crew Dragon",
        "Endeavour",
        "Falcon 9 Block 5",
        "SpaceX",
        KSC,
        "ISS",
        _t("2021-04-23 09:49:00"),
        NetPrecision.MINUTE,
        LaunchStatus.SUCCESS,
        None,
        "Second operational Crew Dragon flight; on 2021-10-27 its crew was still aboard the ISS.",
        "NASA release; launch (V); launch site (M)",
    ),
    (
        "Inspiration4",
        "Crew Dragon",
        "Resilience",
        "Falcon 9 Block 5",
        "SpaceX",
        KSC,
        "Earth orbit (free flight)",
        _t("2021-09-16 00:02:00"),
        NetPrecision.MINUTE,
        LaunchStatus.SUCCESS,
        _t("2021-09-18 00:00:00"),
        "The first all-private crew in orbit: a three-day free flight without docking.",
        "SpaceX release; launch and landing date (V); launch site (M)",
    ),
    (
        "Soyuz MS-19",
        "Soyuz MS",
        "",
        "Soyuz-2.1a",
        "Roscosmos",
        BAIKONUR_31,
        "ISS",
        _t("2021-10-05 08:55:02"),
        NetPrecision.SECOND,
        LaunchStatus.SUCCESS,
        None,
        'Carried a film crew for the film "The Challenge".',
        f"{REPORT} (Roscosmos); Roscosmos release; launch (V); launch site (M)",
    ),
    (
        "Crew-3",
        "Crew Dragon",
        "Endurance",
        "Falcon 9 Block 5",
        "SpaceX",
        KSC,
        "ISS",
        _t("2021-10-31 06:21:00"),
        NetPrecision.MINUTE,
        LaunchStatus.GO,
        None,
        "Third operational Crew Dragon rotation flight. Moved from 30 October to 31 October "
        "for spacecraft processing.",
        f"{REPORT} (Crew Dragon); NASA release; NET and slip (V); launch site (M)",
    ),
    (
        "Soyuz MS-20",
        "Soyuz MS",
        "",
        "Soyuz-2.1a",
        "Roscosmos",
        BAIKONUR_31,
        "ISS",
        _t("2021-12-08 00:00:00"),
        NetPrecision.DAY,
        LaunchStatus.TBC,
        None,
        "A short visiting flight carrying two spaceflight participants to the ISS.",
        f"{REPORT} (Roscosmos); Roscosmos release; the day (V); launch site (M)",
    ),
    (
        "Crew-5",
        "Crew Dragon",
        "",
        "Falcon 9 Block 5",
        "SpaceX",
        KSC,
        "ISS",
        _t("2022-07-01 00:00:00"),
        NetPrecision.H2,
        LaunchStatus.TBD,
        None,
        "Planned for the second half of 2022. NASA named its commander and pilot on "
        "2021-10-06; two seats were open, and Roscosmos wanted one.",
        f"{REPORT} (Crew Dragon, Roscosmos seat); NASA release of 2021-10-06 (V)",
    ),
]

# mission, person, role, agency abbreviation (None: a private crew), nationality
CREWS = [
    ("Soyuz 1", "Vladimir Komarov", "Commander", "USSR", "Soviet"),
    ("Demo-2", "Douglas Hurley", "Spacecraft Commander", "NASA", "American"),
    ("Demo-2", "Robert Behnken", "Joint Operations Commander", "NASA", "American"),
    ("Crew-1", "Michael Hopkins", "Commander", "NASA", "American"),
    ("Crew-1", "Victor Glover", "Pilot", "NASA", "American"),
    ("Crew-1", "Shannon Walker", "Mission Specialist", "NASA", "American"),
    ("Crew-1", "Soichi Noguchi", "Mission Specialist", "JAXA", "Japanese"),
    ("Soyuz MS-18", "Oleg Novitskiy", "Commander", "Roscosmos", "Russian"),
    ("Soyuz MS-18", "Pyotr Dubrov", "Flight Engineer", "Roscosmos", "Russian"),
    ("Soyuz MS-18", "Mark Vande Hei", "Flight Engineer", "NASA", "American"),
    ("Crew-2", "Shane Kimbrough", "Commander", "NASA", "American"),
    ("Crew-2", "Megan McArthur", "Pilot", "NASA", "American"),
    ("Crew-2", "Akihiko Hoshide", "Mission Specialist", "JAXA", "Japanese"),
    ("Crew-2", "Thomas Pesquet", "Mission Specialist", "ESA", "French"),
    ("Inspiration4", "Jared Isaacman", "Commander", None, "American"),
    ("Inspiration4", "Sian Proctor", "Pilot", None, "American"),
    ("Inspiration4", "Hayley Arceneaux", "Medical Officer", None, "American"),
    ("Inspiration4", "Christopher Sembroski", "Mission Specialist", None, "American"),
    ("Soyuz MS-19", "Anton Shkaplerov", "Commander", "Roscosmos", "Russian"),
    ("Soyuz MS-19", "Klim Shipenko", "Spaceflight Participant", "Roscosmos", "Russian"),
    ("Soyuz MS-19", "Yulia Peresild", "Spaceflight Participant", "Roscosmos", "Russian"),
    ("Crew-3", "Raja Chari", "Commander", "NASA", "American"),
    ("Crew-3", "Thomas Marshburn", "Pilot", "NASA", "American"),
    ("Crew-3", "Kayla Barron", "Mission Specialist", "NASA", "American"),
    ("Crew-3", "Matthias Maurer", "Mission Specialist", "ESA", "German"),
    ("Soyuz MS-20", "Alexander Misurkin", "Commander", "Roscosmos", "Russian"),
    ("Soyuz MS-20", "Yusaku Maezawa", "Spaceflight Participant", None, "Japanese"),
    ("Soyuz MS-20", "Yozo Hirano", "Spaceflight Participant", None, "Japanese"),
    ("Crew-5", "Nicole Mann", "Commander", "NASA", "American"),
    ("Crew-5", "Josh Cassada", "Pilot", "NASA", "American"),
]

# People in the database with no seat yet (they joined Crew-5 in July 2022).
UNASSIGNED = [
    ("Anna Kikina", "Roscosmos", "Russian"),
    ("Koichi Wakata", "JAXA", "Japanese"),
]

DECEASED = {"Vladimir Komarov"}

# Crew-3's slip known on 2021-10-27: 30 Oct 06:43 -> 31 Oct 06:21, decided on 19 October.
CREW3_SLIP = (
    _t("2021-10-30 06:43:00"),
    _t("2021-10-19 00:00:00"),
    "Spacecraft processing",
)


def load_default_data(session: Session) -> None:
    """Add every row of the default dataset to ``session`` (the caller commits)."""
    session.add(DatasetInfo(key="data_as_of", value=DEFAULT_DATA_AS_OF.isoformat()))
    agencies = {
        abbrev: Agency(uid=default_uid("agency", n), name=n, abbrev=abbrev, country=c)
        for n, abbrev, c in AGENCIES
    }
    session.add_all(agencies.values())
    session.flush()
    by_name = {a.name: a for a in agencies.values()} | agencies
    vehicles = {
        name: Vehicle(
            uid=default_uid("vehicle", name),
            name=name,
            kind=kind,
            operator_id=by_name[op].id,
            crew_capacity=capacity,
            first_crewed_flight=first,
        )
        for name, kind, op, capacity, first in VEHICLES
    }
    session.add_all(vehicles.values())
    session.flush()

    missions: dict[str, Mission] = {}
    for (name, craft, capsule, launcher, op, site, dest, net, precision, status, landing,
         description, source) in MISSIONS:  # fmt: skip
        missions[name] = Mission(
            uid=default_uid("mission", name),
            name=name,
            spacecraft_id=vehicles[craft].id,
            capsule=capsule,
            launcher_id=vehicles[launcher].id,
            operator_id=by_name[op].id,
            launch_site=places.site(site).short,
            destination=places.destination(dest).short,
            net=net,
            net_precision=precision,
            status=status,
            landing=landing,
            landing_outcome=_outcome(name, status, landing),
            description=description,
            source=source,
            created_at=DEFAULT_DATA_AS_OF,
            updated_at=DEFAULT_DATA_AS_OF,
        )
    session.add_all(missions.values())

    people: dict[str, Person] = {}
    for _mission, person, _role, agency, nationality in CREWS:
        people[person] = _person(person, agency, nationality, agencies)
    for person, agency, nationality in UNASSIGNED:
        people[person] = _person(person, agency, nationality, agencies)
    session.add_all(people.values())
    session.flush()

    seats: dict[str, int] = {}
    for mission, person, role, _agency, _nationality in CREWS:
        seat = seats.get(mission, 0)
        seats[mission] = seat + 1
        session.add(
            CrewAssignment(
                mission_id=_id(missions[mission]),
                person_id=_id(people[person]),
                role=role,
                seat=seat,
            )
        )

    previous, decided, reason = CREW3_SLIP
    crew3 = missions["Crew-3"]
    assert crew3.id is not None  # flushed above
    session.add(
        ScheduleChange(
            mission_id=crew3.id,
            previous_net=previous,
            previous_precision=NetPrecision.MINUTE,
            new_net=crew3.net,
            new_precision=crew3.net_precision,
            changed_at=decided,
            reason=reason,
        )
    )


def _id(row: Mission | Person) -> int:
    assert row.id is not None, "flushed before use"
    return row.id


def _outcome(name: str, status: LaunchStatus, landing: dt.datetime | None) -> LandingOutcome | None:
    """How a flown mission ended, as of the default data's day: still up when no landing."""
    if status.is_pending:
        return None
    if name in CREW_LOST:
        return LandingOutcome.CREW_LOST
    return LandingOutcome.LANDED if landing is not None else LandingOutcome.IN_ORBIT


def _person(name: str, agency: str | None, nationality: str, agencies: dict[str, Agency]) -> Person:
    return Person(
        uid=default_uid("person", name),
        name=name,
        agency_id=agencies[agency].id if agency else None,
        nationality=nationality,
        status="Deceased" if name in DECEASED else "Active",
    )
