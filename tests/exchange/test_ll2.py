"""Parsing Launch Library 2 JSON of each version's shape, and refusing what is malformed."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest

from tracker.errors import ValidationError
from tracker.exchange import ll2
from tracker.vocabulary import LaunchStatus, NetPrecision, VehicleKind

from .helpers import FIXTURES, sample


def load(path: Any) -> Any:
    return json.loads(path.read_text())


def test_v23_detailed_page_gives_crew13_with_its_crew() -> None:
    batch = ll2.parse(load(sample("launches_upcoming_detailed_v2.3.0.json")))
    assert batch.version == "2.3.0"
    assert [launch.name for launch in batch.launches][:2] == ["Crew-13", "Starlink Group 15-25"]
    crew13 = batch.launches[0]
    assert crew13.status is LaunchStatus.GO and crew13.net_precision is NetPrecision.SECOND
    assert crew13.net == dt.datetime(2026, 10, 1, 15, 10, 6, tzinfo=dt.UTC)
    assert crew13.spacecraft is not None and crew13.spacecraft.kind is VehicleKind.SPACECRAFT
    assert (crew13.spacecraft.name, crew13.spacecraft.crew_capacity) == ("Crew Dragon 2", 4)
    assert crew13.capsule == "Grace"
    assert crew13.destination == "ISS"  # one spelling per place (tracker.places)
    assert crew13.launch_site == "CCSFS SLC-40"
    assert crew13.launcher is not None and crew13.launcher.name == "Falcon 9 Block 5"
    assert crew13.crew is not None
    first = crew13.crew[0]
    assert (first.person.name, first.role, first.person.nationality) == (
        "Jessica Watkins", "Spacecraft Commander", "American",
    )  # fmt: skip
    assert first.person.agency is not None and first.person.agency.abbrev == "NASA"
    precisions = [launch.net_precision for launch in batch.launches]
    assert precisions == [
        NetPrecision.SECOND, NetPrecision.MINUTE, NetPrecision.MONTH, NetPrecision.Q4,
        NetPrecision.YEAR,
    ]  # fmt: skip


def test_v22_normal_mode_has_no_crew_and_no_precision() -> None:
    batch = ll2.parse(load(sample("launches_upcoming_v2.2.0.json")))
    (launch,) = batch.launches
    assert batch.version == "2.2.0"
    assert launch.name == "Starlink 20" and launch.status is LaunchStatus.GO
    assert launch.net_precision is NetPrecision.MINUTE  # derived: a NET given to the minute
    assert launch.crew is None and launch.spacecraft is None  # not given, not "no crew"
    assert launch.launch_site == "CCSFS SLC-40"  # "Space Launch Complex 40, Cape Canaveral, …"
    assert launch.destination == "LEO"  # "Low Earth Orbit"


def test_v21_astronaut_detail_is_a_person_and_its_flights_are_reported() -> None:
    batch = ll2.parse(load(sample("astronaut_detail_v2.1.0.json")))
    (person,) = batch.people
    assert (person.name, person.nationality, person.status) == (
        "Michael Collins", "American", "Deceased",
    )  # fmt: skip
    assert batch.launches == () and "2 flight(s)" in batch.skipped[0]


def test_v22_spacecraft_list_gives_a_spacecraft_vehicle() -> None:
    batch = ll2.parse(load(sample("spacecraft_v2.2.0.json")))
    (vehicle,) = batch.vehicles
    assert (vehicle.name, vehicle.kind, vehicle.ll2_id) == (
        "Crew Dragon 2", VehicleKind.SPACECRAFT, 6,
    )  # fmt: skip


def test_v20_brief_statuses_string_roles_and_derived_precision() -> None:
    batch = ll2.parse(load(FIXTURES / "launches_v2.0.0.json"))
    crew3, progress = batch.launches
    assert batch.version == "2.0.0"
    assert crew3.status is LaunchStatus.GO and crew3.net_precision is NetPrecision.MINUTE
    assert crew3.spacecraft is not None and crew3.capsule == "Endurance"
    assert crew3.crew is not None and [c.role for c in crew3.crew][:2] == ["Commander", "Pilot"]
    assert crew3.destination == "ISS"
    assert progress.status is LaunchStatus.TBD
    assert progress.net_precision is NetPrecision.MONTH  # tbddate: the date is a guess
    assert progress.name == "Progress MS-19"  # no mission object: the part after "|"
    assert progress.crew is None


def test_v21_single_launch_with_role_objects_and_tbdtime() -> None:
    batch = ll2.parse(load(FIXTURES / "launch_v2.1.0.json"))
    (launch,) = batch.launches
    assert launch.net_precision is NetPrecision.DAY  # tbdtime: the time is a guess
    assert launch.crew is not None and [c.role for c in launch.crew] == [
        "Commander", "Flight Engineer", "Flight Engineer",
    ]  # fmt: skip
    assert launch.capsule == "Soyuz MS-21"  # not "Soyuz MS" + a name: kept whole
    assert launch.destination == "ISS"
    assert launch.launch_site == "Baikonur Site 31/6"  # "31/6, Baikonur Cosmodrome, …"


def test_nationality_list_of_23_and_string_of_22_read_the_same() -> None:
    as_list = {"id": 1, "name": "A", "nationality": [{"nationality_name": "Canadian"}]}
    as_text = {"id": 1, "name": "A", "nationality": "Canadian"}
    assert ll2.parse(as_list).people[0].nationality == "Canadian"
    assert ll2.parse(as_text).people[0].nationality == "Canadian"


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("net",), "soon", r'launch "Falcon 9 Block 5 \| Crew-13" \(results\[0\]\), field "net"'),
        (("status",), {"abbrev": "Maybe"}, r'field "status": unknown launch status'),
        (("name",), 42, r'results\[0\], field "name": expected text'),
        (("id",), None, r'field "id"'),
        (("net_precision",), {"abbrev": "??"}, r'field "net_precision"'),
        (("rocket", "spacecraft_stage"), "x", r'field "spacecraft_stage"'),
        (("launch_service_provider", "id"), 2**70, r'provider", field "id": number out of range'),
    ],
)
def test_malformed_records_are_refused_naming_record_and_field(
    path: tuple[str, ...], value: Any, message: str
) -> None:
    data = copy.deepcopy(load(sample("launches_upcoming_detailed_v2.3.0.json")))
    target = data["results"][0]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ValidationError, match=message):
        ll2.parse(data)


def test_a_spacecraft_without_its_configuration_is_refused_naming_it() -> None:
    record = {"id": 1, "name": "Endurance", "spacecraft_config": None}
    with pytest.raises(
        ValidationError, match=r'spacecraft "Endurance".*"spacecraft_config": missing'
    ):
        ll2.parse(record)
