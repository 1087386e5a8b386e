"""Synthetic spaceflight at any scale: a Launch Library 2 (2.3) file, or a database, of N launches.

One seeded ``Universe`` (agencies, vehicles, people, launches) feeds both outputs, so the
file that ``tracker import`` reads and the database the window opens hold the same world:

- ``write_ll2(path, n, mode=...)``: a paged 2.3.0 response (``{"count", "results": [...]}``)
  with the fields the importer reads and a few it ignores, as the API writes them in
  detailed mode (1.7 KB a launch) or list mode (0.8 KB, no crews); ``sync_page``: the
  upcoming page a sync fetches;
- ``build_database(path, n, shape=...)``: the app's own schema (``open_database(url, seed=False)``,
  Alembic and all), then one SQLAlchemy Core ``executemany`` per table. The window
  benchmarks therefore do not depend on the importer's speed.

Deterministic: the same ``n`` and ``seed`` give byte-identical files. Launch dates run from
Sputnik (1957-10-04) to 2035, denser in recent years; about 8% are yet to fly (relative to
``REFERENCE``, the "now" the benchmarks use); about 7% are crewed, with 1-4 people drawn from
a pool of about N/10.

    python -m benchmarks.generate ll2 launches.json --n 100000       # detailed mode
    python -m benchmarks.generate ll2-list launches.json --n 100000  # list mode
    python -m benchmarks.generate db missions.db --n 100000
    python -m benchmarks.generate db-stale stale.db --n 100000       # half of the past still Go
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.vocabulary import STATUS_LABELS, LaunchStatus, NetPrecision

API = "https://ll.thespacedevs.com/2.3.0"
REFERENCE = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)  # the benchmarks' "now"
FIRST = dt.datetime(1957, 10, 4, 19, 28, 34, tzinfo=dt.UTC)
LAST = dt.datetime(2035, 12, 31, 23, 59, tzinfo=dt.UTC)
CREWED_SHARE = 0.07
CARGO_SHARE = 0.05  # uncrewed flights that still carry a spacecraft (Progress, Cygnus...)
FUTURE_SHARE = 0.08
SLIP_SHARE = 0.02  # missions with a slip history (database only; LL2 files carry none)

REAL_AGENCIES = [
    ("National Aeronautics and Space Administration", "NASA", "USA"),
    ("Russian Federal Space Agency (ROSCOSMOS)", "RFSA", "RUS"),
    ("SpaceX", "SpX", "USA"),
    ("China Aerospace Science and Technology Corporation", "CASC", "CHN"),
    ("European Space Agency", "ESA", "FRA"),
    ("Japan Aerospace Exploration Agency", "JAXA", "JPN"),
    ("Indian Space Research Organization", "ISRO", "IND"),
    ("Arianespace", "ASA", "FRA"),
    ("United Launch Alliance", "ULA", "USA"),
    ("Rocket Lab", "RL", "NZL"),
    ("Blue Origin", "BO", "USA"),
    ("Boeing", "BA", "USA"),
    ("Northrop Grumman Space Systems", "NGSS", "USA"),
    ("Soviet Space Program", "CCCP", "RUS"),
    ("Canadian Space Agency", "CSA", "CAN"),
    ("Axiom Space", "AX", "USA"),
    ("China Manned Space Agency", "CMSA", "CHN"),
    ("Mitsubishi Heavy Industries", "MHI", "JPN"),
    ("Khrunichev State Research and Production Space Center", "KhSC", "RUS"),
    ("Progress Rocket Space Centre", "PRSC", "RUS"),
]
COUNTRIES = ["USA", "RUS", "CHN", "FRA", "JPN", "IND", "DEU", "ITA", "GBR", "CAN", "NZL", "KOR"]
NATIONALITIES = {
    "USA": "American",
    "RUS": "Russian",
    "CHN": "Chinese",
    "FRA": "French",
    "JPN": "Japanese",
    "IND": "Indian",
    "DEU": "German",
    "ITA": "Italian",
    "GBR": "British",
    "CAN": "Canadian",
    "NZL": "New Zealander",
    "KOR": "South Korean",
}
LAUNCHER_FAMILIES = [
    "Falcon 9", "Soyuz", "Long March", "Atlas", "Delta", "Ariane", "Proton", "Electron",
    "H-II", "PSLV", "GSLV", "Vega", "Titan", "Saturn", "Zenit", "Kosmos", "Rokot", "Dnepr",
    "Angara", "Antares", "Minotaur", "Pegasus", "Kuaizhou", "Ceres", "Zhuque", "Kinetica",
    "Starship", "New Glenn", "Vulcan", "Neutron", "Tsyklon", "Molniya", "Vostok-K", "Thor",
    "Scout", "Epsilon", "Shavit", "Safir", "Naro", "Nuri",
]  # fmt: skip
VARIANTS = ["", "Block 5", "2.1a", "2.1b", "3B", "2D", "401", "551", "Heavy", "M", "II", "IV", "A"]
CREWED_CRAFT = [
    ("Vostok 3KA", 1), ("Voskhod 3KV", 3), ("Mercury", 1), ("Gemini", 2),
    ("Apollo CSM", 3), ("Soyuz 7K-OK", 3), ("Soyuz TMA", 3), ("Soyuz MS", 3),
    ("Space Shuttle Orbiter", 7), ("Shenzhou", 3), ("Crew Dragon 2", 4), ("CST-100 Starliner", 4),
    ("Orion", 4), ("Gaganyaan", 3), ("Mengzhou", 6), ("New Shepard Capsule", 6),
]  # fmt: skip
CARGO_CRAFT = ["Progress MS", "Cargo Dragon 2", "Cygnus", "HTV", "ATV", "Tianzhou", "Dream Chaser"]
CREW_PROGRAMMES = [
    "Crew", "Soyuz MS", "Shenzhou", "Starliner", "Axiom", "Artemis", "Gaganyaan", "Vostok",
    "Voskhod", "Gemini", "Apollo", "STS", "Polaris", "Inspiration", "Mengzhou",
]  # fmt: skip
PAYLOADS = [
    "Starlink Group", "OneWeb", "Cosmos", "Molniya", "GPS IIF", "Progress MS", "Tianzhou",
    "Yaogan", "Iridium NEXT", "Sentinel", "Landsat", "Intelsat", "Transporter", "Beidou",
    "Gonets-M", "Meteor-M", "Resurs-P", "Glonass-M", "Galileo", "Kuiper", "CRS", "NROL",
    "SES", "Eutelsat", "GOES", "NOAA", "TDRS", "Shijian", "Fengyun", "Gaofen", "Jilin-1",
    "Lemur", "Flock", "Cygnus NG", "HTV", "ExPace", "Venus Express", "Mars Orbiter", "Luna",
]  # fmt: skip
ORBITS = [
    "Low Earth Orbit", "Sun-Synchronous Orbit", "Geostationary Transfer Orbit",
    "Medium Earth Orbit", "Polar Orbit", "Geostationary Orbit", "Suborbital",
    "Heliocentric N/A", "Lunar Orbit", "Elliptical Orbit",
]  # fmt: skip
DESTINATIONS = ["International Space Station", "Tiangong Space Station", "Mir", "Salyut 7"]
PADS = [
    ("Space Launch Complex 40", "Cape Canaveral SFS, FL, USA"),
    ("Launch Complex 39A", "Kennedy Space Center, FL, USA"),
    ("31/6", "Baikonur Cosmodrome, Republic of Kazakhstan"),
    ("1/5", "Baikonur Cosmodrome, Republic of Kazakhstan"),
    ("Launch Area 4", "Jiuquan Satellite Launch Center, People's Republic of China"),
    ("LC-3", "Xichang Satellite Launch Center, People's Republic of China"),
    ("ELA-3", "Guiana Space Centre, French Guiana"),
    ("Rocket Lab Launch Complex 1A", "Onenui Station, Mahia Peninsula, New Zealand"),
    ("Second Launch Pad", "Satish Dhawan Space Centre, India"),
    ("Yoshinobu Launch Complex", "Tanegashima, Japan"),
    ("SLC-4E", "Vandenberg SFB, CA, USA"),
    ("43/4", "Plesetsk Cosmodrome, Russian Federation"),
]
FIRST_NAMES = [
    "Yuri", "Valentina", "John", "Sally", "Neil", "Chris", "Peggy", "Raja", "Kayla", "Matthias",
    "Anna", "Oleg", "Yang", "Wang", "Koichi", "Samantha", "Thomas", "Jessica", "Sunita", "Ilan",
    "Sergei", "Mae", "Frank", "Luca", "Tim", "Andreas", "Nicole", "Victor", "Jasmin", "Rakesh",
]  # fmt: skip
LAST_NAMES = [
    "Gagarin", "Tereshkova", "Glenn", "Ride", "Armstrong", "Hadfield", "Whitson", "Chari",
    "Barron", "Maurer", "Kikina", "Kononenko", "Liwei", "Yaping", "Wakata", "Cristoforetti",
    "Pesquet", "Watkins", "Williams", "Ramon", "Krikalev", "Jemison", "Rubio", "Parmitano",
    "Peake", "Mogensen", "Mann", "Glover", "Moghbeli", "Sharma", "Korzun", "Leonov",
]  # fmt: skip
PERSON_STATUSES = ["Active", "Retired", "Deceased", "In-Training"]
ROLES = ["Commander", "Pilot", "Mission Specialist", "Flight Engineer", "Spaceflight Participant"]


@dataclass(frozen=True, slots=True)
class Agency:
    ll2_id: int
    name: str
    abbrev: str
    country: str


@dataclass(frozen=True, slots=True)
class Vehicle:
    ll2_id: int
    name: str
    kind: str  # "launcher" or "spacecraft"
    agency: int  # index into Universe.agencies
    capacity: int | None


@dataclass(frozen=True, slots=True)
class Person:
    ll2_id: int
    name: str
    agency: int
    country: str
    status: str


@dataclass(frozen=True, slots=True)
class Launch:
    ll2_id: str
    name: str  # the mission's name
    status: LaunchStatus
    net: dt.datetime
    precision: NetPrecision
    window: tuple[dt.datetime, dt.datetime] | None
    pad: int
    orbit: str
    operator: int
    launcher: int  # index into Universe.vehicles
    spacecraft: int | None
    capsule: str
    destination: str
    landing: dt.datetime | None
    crew: tuple[tuple[int, str], ...]  # (index into Universe.people, role)
    description: str
    updated: dt.datetime


@dataclass(slots=True)
class Universe:
    agencies: list[Agency] = field(default_factory=list)
    vehicles: list[Vehicle] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    launches: list[Launch] = field(default_factory=list)


# --- the world --------------------------------------------------------------------------------


def _agencies(rng: random.Random, count: int) -> list[Agency]:
    agencies = [Agency(i + 1, n, a, c) for i, (n, a, c) in enumerate(REAL_AGENCIES)]
    words = ["Orbital", "Stellar", "Aerospace", "Launch", "Rocket", "Space", "Celestial", "Astro"]
    kinds = ["Systems", "Industries", "Corporation", "Agency", "Works", "Ventures", "Institute"]
    while len(agencies) < count:
        i = len(agencies) + 1
        name = f"{rng.choice(words)} {rng.choice(kinds)} {i:03d}"
        abbrev = "".join(w[0] for w in name.split()[:2]) + f"{i:03d}"
        agencies.append(Agency(i, name, abbrev, rng.choice(COUNTRIES)))
    return agencies


def _vehicles(rng: random.Random, agencies: int, launchers: int) -> list[Vehicle]:
    vehicles: list[Vehicle] = []
    names: set[str] = set()
    for name, capacity in CREWED_CRAFT:
        vehicles.append(Vehicle(len(vehicles) + 1, name, "spacecraft", rng.randrange(20), capacity))
        names.add(name)
    for name in CARGO_CRAFT:
        vehicles.append(Vehicle(len(vehicles) + 1, name, "spacecraft", rng.randrange(20), None))
        names.add(name)
    n = 0
    while n < launchers:
        family, variant = rng.choice(LAUNCHER_FAMILIES), rng.choice(VARIANTS)
        name = f"{family} {variant}".strip()
        if name in names:
            name = f"{name} {rng.randrange(2, 99)}"
        if name in names:
            continue
        names.add(name)
        vehicles.append(Vehicle(1000 + n, name, "launcher", rng.randrange(agencies), None))
        n += 1
    return vehicles


def _people(rng: random.Random, count: int, agencies: int) -> list[Person]:
    people: list[Person] = []
    names: set[str] = set()
    while len(people) < count:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        suffix = 2
        base = name
        while name in names:
            name = f"{base} {suffix}"
            suffix += 1
        names.add(name)
        country = rng.choice(COUNTRIES)
        status = rng.choices(PERSON_STATUSES, weights=(50, 35, 10, 5))[0]
        people.append(Person(len(people) + 1, name, rng.randrange(agencies), country, status))
    return people


def _net(rng: random.Random) -> dt.datetime:
    """A launch date: recent decades denser; a share of them after REFERENCE."""
    if rng.random() < FUTURE_SHARE:
        span = (LAST - REFERENCE).total_seconds()
        when = REFERENCE + dt.timedelta(seconds=span * rng.random() ** 1.8)
    else:
        span = (REFERENCE - FIRST).total_seconds()
        when = FIRST + dt.timedelta(seconds=span * rng.random() ** 0.55)
    return when.replace(microsecond=0)


def _future_precision(rng: random.Random, net: dt.datetime) -> NetPrecision:
    ahead = net - REFERENCE
    if ahead < dt.timedelta(days=30):
        options = ["Second", "Minute", "Hour", "Day", "Morning", "Afternoon"]
        return NetPrecision(rng.choices(options, weights=(40, 30, 5, 15, 5, 5))[0])
    if ahead < dt.timedelta(days=365):
        choice = rng.choices(["Day", "Week", "Month", "Q"], weights=(15, 10, 45, 30))[0]
    else:
        options = ["Month", "Q", "H", "Year", "Fiscal Year", "Decade"]
        choice = rng.choices(options, weights=(10, 25, 20, 35, 5, 5))[0]
    if choice == "Q":
        return NetPrecision(f"Q{(net.month - 1) // 3 + 1}")
    if choice == "H":
        return NetPrecision(f"H{(net.month - 1) // 6 + 1}")
    return NetPrecision(choice)


def _status(rng: random.Random, net: dt.datetime) -> LaunchStatus:
    if net > REFERENCE:
        return LaunchStatus(rng.choices(["Go", "TBD", "TBC", "Hold"], weights=(15, 55, 25, 5))[0])
    if REFERENCE - net < dt.timedelta(days=7) and rng.random() < 0.3:
        return LaunchStatus.IN_FLIGHT
    if rng.random() < 0.0005:  # a NET passed with no update: "awaiting update"
        return LaunchStatus.TBD
    options = ["Success", "Failure", "Partial Failure", "Deployed"]
    return LaunchStatus(rng.choices(options, weights=(90, 5, 2, 3))[0])


def universe(n: int, seed: int = 1957) -> Universe:
    """The seeded world of ``n`` launches."""
    rng = random.Random(seed)
    world = Universe()
    world.agencies = _agencies(rng, 180)
    world.vehicles = _vehicles(rng, len(world.agencies), 260)
    world.people = _people(rng, max(10, n // 10), len(world.agencies))
    crewed = [i for i, v in enumerate(world.vehicles) if v.capacity]
    cargo = [i for i, v in enumerate(world.vehicles) if v.kind == "spacecraft" and not v.capacity]
    launchers = [i for i, v in enumerate(world.vehicles) if v.kind == "launcher"]
    numbering: dict[str, int] = {}
    for _ in range(n):
        net = _net(rng)
        status = _status(rng, net)
        if net > REFERENCE:
            precision = _future_precision(rng, net)
        else:
            options = ["Second", "Minute", "Hour", "Day", "Month"]
            precision = NetPrecision(rng.choices(options, weights=(60, 30, 3, 5, 2))[0])
        draw = rng.random()
        spacecraft: int | None = None
        capsule, destination, crew = "", "", ()
        landing: dt.datetime | None = None
        if draw < CREWED_SHARE:
            spacecraft = rng.choice(crewed)
            capacity = world.vehicles[spacecraft].capacity or 1
            programme = rng.choice(CREW_PROGRAMMES)
            people = rng.sample(range(len(world.people)), rng.randint(1, min(4, capacity)))
            crew = tuple((p, ROLES[min(seat, len(ROLES) - 1)]) for seat, p in enumerate(people))
            destination = rng.choice(DESTINATIONS)
            capsule = rng.choice(["", "Endurance", "Resilience", "Grace", "Freedom", "Shenzhou"])
            if status.is_final:
                landing = net + dt.timedelta(days=rng.randint(2, 200))
        elif draw < CREWED_SHARE + CARGO_SHARE:
            spacecraft = rng.choice(cargo)
            programme = rng.choice(["Progress MS", "CRS", "Cygnus NG", "Tianzhou", "HTV"])
            destination = rng.choice(DESTINATIONS)
        else:
            programme = rng.choice(PAYLOADS)
        numbering[programme] = numbering.get(programme, 0) + 1
        name = f"{programme}-{numbering[programme]}"
        if programme in ("Starlink Group", "Transporter", "Kuiper"):
            name = f"{programme} {numbering[programme] // 20 + 1}-{numbering[programme] % 20 + 1}"
        window = None
        if precision.rank <= NetPrecision.HOUR.rank:
            window = (net, net + dt.timedelta(minutes=rng.choice((0, 0, 30, 120))))
        launcher = rng.choice(launchers)
        world.launches.append(
            Launch(
                ll2_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                name=name,
                status=status,
                net=net,
                precision=precision,
                window=window,
                pad=rng.randrange(len(PADS)),
                orbit=rng.choice(ORBITS),
                operator=world.vehicles[launcher].agency,
                launcher=launcher,
                spacecraft=spacecraft,
                capsule=capsule,
                destination=destination,
                landing=landing,
                crew=crew,
                description=f"{name}: a {programme} flight on a {world.vehicles[launcher].name}.",
                updated=min(net, REFERENCE) - dt.timedelta(hours=rng.randint(1, 2000)),
            )
        )
    if world.launches and not any(x.net > REFERENCE for x in world.launches):
        # A small world has a launch ahead too, so that a window opened on it shows a next
        # launch as one on 100,000 does (the start-up comparison loads the same things).
        last = world.launches[-1]
        ahead = REFERENCE + dt.timedelta(days=2, minutes=rng.randrange(1440))
        world.launches[-1] = dataclasses.replace(
            last, net=ahead, precision=NetPrecision.MINUTE, status=LaunchStatus.GO,
            window=(ahead, ahead), landing=None,
        )  # fmt: skip
    return world


# --- Launch Library 2 -------------------------------------------------------------------------


def _iso(when: dt.datetime | None) -> str | None:
    return None if when is None else when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _ll2_agency(a: Agency) -> dict[str, Any]:
    return {
        "response_mode": "normal",
        "id": a.ll2_id,
        "url": f"{API}/agencies/{a.ll2_id}/",
        "name": a.name,
        "abbrev": a.abbrev,
        "type": {"id": 1, "name": "Government"},
        "country": [{"id": 1, "name": a.country, "alpha_3_code": a.country}],
    }


def _ll2_person(world: Universe, p: Person) -> dict[str, Any]:
    return {
        "id": p.ll2_id,
        "url": f"{API}/astronauts/{p.ll2_id}/",
        "name": p.name,
        "status": {"id": PERSON_STATUSES.index(p.status) + 1, "name": p.status},
        "agency": _ll2_agency(world.agencies[p.agency]) | {"response_mode": "list"},
        "response_mode": "list",
        "nationality": [
            {
                "id": COUNTRIES.index(p.country) + 1,
                "alpha_3_code": p.country,
                "nationality_name": NATIONALITIES[p.country],
            }
        ],
    }


def _ll2_stage(world: Universe, x: Launch) -> dict[str, Any]:
    assert x.spacecraft is not None
    craft = world.vehicles[x.spacecraft]
    name = f"{craft.name.rsplit(' ', 1)[0]} {x.capsule}" if x.capsule else craft.name
    return {
        "id": int(x.ll2_id[:6], 16),
        "destination": x.destination,
        "mission_end": _iso(x.landing),
        "spacecraft": {
            "response_mode": "normal",
            "id": x.spacecraft + 1,
            "name": name,
            "is_placeholder": False,
            "status": {"id": 1, "name": "Active"},
            "spacecraft_config": {
                "response_mode": "list",
                "id": craft.ll2_id,
                "name": craft.name,
                "agency": _ll2_agency(world.agencies[craft.agency]),
                "crew_capacity": craft.capacity,
            },
        },
        "response_mode": "detailed",
        "launch_crew": [
            {
                "id": seat + 1,
                "role": {"id": ROLES.index(role) + 1, "role": role, "priority": seat},
                "astronaut": _ll2_person(world, world.people[p]),
            }
            for seat, (p, role) in enumerate(x.crew)
        ],
        "onboard_crew": [],
        "landing_crew": [],
    }


def ll2_launch(world: Universe, x: Launch) -> dict[str, Any]:
    """One launch as the 2.3.0 API writes it (trimmed of images, counters and links)."""
    launcher = world.vehicles[x.launcher]
    pad, location = PADS[x.pad]
    status_id = list(LaunchStatus).index(x.status) + 1
    return {
        "id": x.ll2_id,
        "url": f"{API}/launches/{x.ll2_id}/",
        "name": f"{launcher.name} | {x.name}",
        "response_mode": "detailed",
        "slug": x.name.lower().replace(" ", "-"),
        "status": {"id": status_id, "name": STATUS_LABELS[x.status], "abbrev": x.status.value},
        "last_updated": _iso(x.updated),
        "net": _iso(x.net),
        "net_precision": {
            "id": x.precision.rank,
            "name": x.precision.value,
            "abbrev": x.precision.ll2_abbrev,
        },
        "window_end": _iso(x.window[1] if x.window else None),
        "window_start": _iso(x.window[0] if x.window else None),
        "image": None,
        "probability": None,
        "launch_service_provider": _ll2_agency(world.agencies[x.operator]),
        "rocket": {
            "id": 7000 + x.launcher,
            "configuration": {
                "response_mode": "list",
                "id": launcher.ll2_id,
                "url": f"{API}/launcher_configurations/{launcher.ll2_id}/",
                "name": launcher.name,
                "full_name": launcher.name,
                "variant": "",
                "manufacturer": _ll2_agency(world.agencies[launcher.agency]),
            },
            "spacecraft_stage": [_ll2_stage(world, x)] if x.spacecraft is not None else [],
        },
        "mission": {
            "id": zlib.crc32(x.name.encode()) % 10**6,
            "name": x.name,
            "type": "Human Exploration" if x.crew else "Communications",
            "description": x.description,
            "orbit": {"id": ORBITS.index(x.orbit) + 1, "name": x.orbit},
        },
        "pad": {
            "id": x.pad + 1,
            "url": f"{API}/pads/{x.pad + 1}/",
            "name": pad,
            "location": {"response_mode": "normal", "id": x.pad + 100, "name": location},
        },
        "webcast_live": False,
    }


def _ll2_list_agency(a: Agency) -> dict[str, Any]:
    return {"response_mode": "list", "id": a.ll2_id, "name": a.name, "abbrev": a.abbrev}


def ll2_list_launch(world: Universe, x: Launch) -> dict[str, Any]:
    """One launch as the 2.3.0 API writes it with ``mode=list`` (about 0.8 KB): no
    spacecraft stage (no crews), the agencies and the rocket's configuration in brief."""
    launcher = world.vehicles[x.launcher]
    pad, location = PADS[x.pad]
    status_id = list(LaunchStatus).index(x.status) + 1
    return {
        "id": x.ll2_id,
        "url": f"{API}/launches/{x.ll2_id}/",
        "name": f"{launcher.name} | {x.name}",
        "response_mode": "list",
        "status": {"id": status_id, "name": STATUS_LABELS[x.status], "abbrev": x.status.value},
        "last_updated": _iso(x.updated),
        "net": _iso(x.net),
        "net_precision": {
            "id": x.precision.rank,
            "name": x.precision.value,
            "abbrev": x.precision.ll2_abbrev,
        },
        "window_end": _iso(x.window[1] if x.window else None),
        "window_start": _iso(x.window[0] if x.window else None),
        "image": None,
        "launch_service_provider": _ll2_list_agency(world.agencies[x.operator]),
        "rocket": {
            "id": 7000 + x.launcher,
            "configuration": {
                "response_mode": "list",
                "id": launcher.ll2_id,
                "name": launcher.name,
                "full_name": launcher.name,
            },
        },
        "mission": {
            "id": zlib.crc32(x.name.encode()) % 10**6,
            "name": x.name,
            "orbit": {"id": ORBITS.index(x.orbit) + 1, "name": x.orbit},
        },
        "pad": {"id": x.pad + 1, "name": pad, "location": {"id": x.pad + 100, "name": location}},
    }


def ll2_page(world: Universe, mode: str = "detailed") -> dict[str, Any]:
    one = ll2_list_launch if mode == "list" else ll2_launch
    return {
        "count": len(world.launches),
        "next": None,
        "previous": None,
        "results": [one(world, x) for x in world.launches],
    }


def write_ll2(path: Path, n: int, seed: int = 1957, mode: str = "detailed") -> Path:
    """A Launch Library 2 2.3.0 file of ``n`` launches, in ``detailed`` or ``list`` mode."""
    path.write_text(json.dumps(ll2_page(universe(n, seed), mode), separators=(",", ":")))
    return path


def sync_page(n: int, size: int = 300, seed: int = 1957, moved: bool = True) -> dict[str, Any]:
    """What a sync fetches from ``launches/upcoming/`` (detailed): the ``size`` launches of
    the world of ``n`` that follow ``REFERENCE``; ``moved``: a third of them moved a day and
    a tenth gone from TBD to Go since the world was made (else as the world has them)."""
    world = universe(n, seed)
    ahead = sorted((x for x in world.launches if x.net > REFERENCE), key=lambda x: x.net)[:size]
    rng = random.Random(seed + 2)
    page = []
    for x in ahead:
        if not moved:
            page.append(ll2_launch(world, x))
            continue
        if rng.random() < 1 / 3:
            later = x.net + dt.timedelta(days=1)
            window = (later, later + (x.window[1] - x.window[0])) if x.window else None
            x = dataclasses.replace(x, net=later, window=window)
        if x.status is LaunchStatus.TBD and rng.random() < 0.1:
            x = dataclasses.replace(x, status=LaunchStatus.GO)
        page.append(ll2_launch(world, dataclasses.replace(x, updated=REFERENCE)))
    return {"count": len(page), "next": None, "previous": None, "results": page}


# --- the database -----------------------------------------------------------------------------


def stale(world: Universe, seed: int = 1957) -> Universe:
    """The same world in a database nobody updated for years: half of the launches that
    have flown still read Go, with no outcome (the stale-data shape of the first page)."""
    rng = random.Random(seed + 3)
    launches = [
        dataclasses.replace(x, status=LaunchStatus.GO, landing=None)
        if x.net < REFERENCE and rng.random() < 0.5
        else x
        for x in world.launches
    ]
    return Universe(world.agencies, world.vehicles, world.people, launches)


def build_database(path: Path, n: int, seed: int = 1957, shape: str = "realistic") -> Path:
    """A SQLite file of ``n`` missions (``fill``)."""
    if path.exists():
        path.unlink()
    fill(f"sqlite:///{path}", n, seed, shape)
    return path


def fill(url: str, n: int, seed: int = 1957, shape: str = "realistic") -> None:
    """An empty database at ``url`` given ``n`` missions on the app's schema, in bulk.

    The schema comes from the app's own path (``open_database`` with Alembic); the rows go in
    as one executemany per table in one transaction, so 100,000 missions take seconds (on
    PostgreSQL the id sequences are then moved past them). ``shape`` ``stale``: half of what
    has flown still Go (``stale``).
    """
    from tracker.store import models as m
    from tracker.store.database import open_database
    from tracker.store.server import follow_sequences

    db = open_database(url, seed=False)
    world = universe(n, seed)
    if shape == "stale":
        world = stale(world, seed)
    made = REFERENCE - dt.timedelta(days=30)
    rng = random.Random(seed + 1)
    with db.engine.begin() as conn:
        conn.execute(
            m.Agency.__table__.insert(),  # type: ignore[attr-defined]
            [
                {"id": i + 1, "name": a.name, "abbrev": a.abbrev, "country": a.country,
                 "ll2_id": a.ll2_id, "ll2_snapshot": ""}
                for i, a in enumerate(world.agencies)
            ],
        )  # fmt: skip
        conn.execute(
            m.Vehicle.__table__.insert(),  # type: ignore[attr-defined]
            [
                {"id": i + 1, "name": v.name, "kind": m.VehicleKind(v.kind),
                 "operator_id": v.agency + 1, "crew_capacity": v.capacity,
                 "first_crewed_flight": None, "ll2_id": v.ll2_id, "ll2_snapshot": ""}
                for i, v in enumerate(world.vehicles)
            ],
        )  # fmt: skip
        conn.execute(
            m.Person.__table__.insert(),  # type: ignore[attr-defined]
            [
                {"id": i + 1, "name": p.name, "agency_id": p.agency + 1,
                 "nationality": NATIONALITIES[p.country], "status": p.status,
                 "ll2_id": p.ll2_id, "ll2_snapshot": ""}
                for i, p in enumerate(world.people)
            ],
        )  # fmt: skip
        conn.execute(
            m.Mission.__table__.insert(),  # type: ignore[attr-defined]
            [
                {
                    "id": i + 1,
                    "name": x.name,
                    "spacecraft_id": None if x.spacecraft is None else x.spacecraft + 1,
                    "capsule": x.capsule,
                    "launcher_id": x.launcher + 1,
                    "operator_id": x.operator + 1,
                    "launch_site": ", ".join(PADS[x.pad]),
                    "destination": x.destination or x.orbit,
                    "net": x.net,
                    "net_precision": x.precision,
                    "window_start": x.window[0] if x.window else None,
                    "window_end": x.window[1] if x.window else None,
                    "landing": x.landing,
                    "status": x.status,
                    "description": x.description,
                    "source": "Synthetic (benchmarks/generate.py)",
                    "ll2_id": x.ll2_id,
                    "ll2_snapshot": "",
                    "version": 1,
                    "created_at": made,
                    "updated_at": made,
                }
                for i, x in enumerate(world.launches)
            ],
        )
        crew = [
            {"mission_id": i + 1, "person_id": p + 1, "role": role, "seat": seat}
            for i, x in enumerate(world.launches)
            for seat, (p, role) in enumerate(x.crew)
        ]
        if crew:
            conn.execute(m.CrewAssignment.__table__.insert(), crew)  # type: ignore[attr-defined]
        slips = []
        for i, x in enumerate(world.launches):
            if rng.random() < SLIP_SHARE:
                previous = x.net - dt.timedelta(days=rng.randint(1, 90))
                slips.append(
                    {
                        "mission_id": i + 1,
                        "previous_net": previous,
                        "previous_precision": x.precision,
                        "new_net": x.net,
                        "new_precision": x.precision,
                        "changed_at": min(previous, REFERENCE),
                        "reason": "Synthetic slip",
                    }
                )
        if slips:
            conn.execute(m.ScheduleChange.__table__.insert(), slips)  # type: ignore[attr-defined]
        if conn.dialect.name == "postgresql":
            follow_sequences(conn)
    if db.engine.dialect.name == "postgresql":
        # The planner's statistics, as autovacuum gathers them within a minute of a bulk load:
        # measured at once without them, the first page was planned for 23 rows a status.
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")
    db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "what",
        choices=("ll2", "ll2-list", "db", "db-stale"),
        help="a Launch Library 2 file (detailed or list mode) or a database (or a stale one)",
    )
    parser.add_argument("path", type=Path)
    parser.add_argument("--n", type=int, default=100_000, help="launches (default 100000)")
    parser.add_argument("--seed", type=int, default=1957)
    args = parser.parse_args(argv)
    if args.what.startswith("ll2"):
        write_ll2(args.path, args.n, args.seed, "list" if args.what == "ll2-list" else "detailed")
    else:
        build_database(args.path, args.n, args.seed, "stale" if args.what == "db-stale" else "")
    print(args.path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
