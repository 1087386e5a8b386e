"""The plain rows of the person, vehicle and agency pages (``tracker.store.profiles``).

Frozen and free of the database, like ``records``: the command line prints them and the
window's page models are given them. Durations are counted as of the moment the page was
read (``as_of``), by the rules of ``tracker.careers``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tracker import careers
from tracker.vocabulary import LandingOutcome, LaunchStatus, NetPrecision, VehicleKind


def outcome_text(status: LaunchStatus, end: LandingOutcome | None) -> str:
    """How a flight went, short: how it ended after a successful launch ('Landed', 'In
    orbit', 'Crew lost'), else the launch status, with the end when there is one."""
    if end is None:
        return status.label
    return end.value if status is LaunchStatus.SUCCESS else f"{status.label} \u00b7 {end.value}"


@dataclass(frozen=True, slots=True)
class PersonFlight:
    """One mission on a person's page: their role on it and their time in space there."""

    mission_id: int
    mission: str
    role: str
    seat: int  # 0-based, as on the roster
    net: dt.datetime
    net_precision: NetPrecision
    landing: dt.datetime | None
    status: LaunchStatus
    landing_outcome: LandingOutcome | None
    spacecraft: str
    stay: careers.Stay | None  # None: never reached space (yet)

    @property
    def outcome(self) -> str:
        return outcome_text(self.status, self.landing_outcome)


@dataclass(frozen=True, slots=True)
class PersonProfile:
    id: int
    name: str
    agency_id: int | None
    agency: str  # abbreviation (or name); "Private" for a person with no agency
    agency_name: str  # the full name; "" for a person with no agency
    nationality: str
    status: str
    image_url: str
    flights: tuple[PersonFlight, ...]  # in NET order, pending ones included
    time_in_space: dt.timedelta
    in_space_now: bool
    as_of: dt.datetime

    @property
    def flown(self) -> tuple[PersonFlight, ...]:
        """The flights that reached space, in NET order."""
        return tuple(f for f in self.flights if f.stay is not None)

    @property
    def first_flight(self) -> PersonFlight | None:
        flown = self.flown
        return flown[0] if flown else None


@dataclass(frozen=True, slots=True)
class VehicleFlight:
    """One mission on a vehicle's page, with how it went and how many it carried."""

    mission_id: int
    mission: str
    net: dt.datetime
    net_precision: NetPrecision
    landing: dt.datetime | None
    status: LaunchStatus
    landing_outcome: LandingOutcome | None
    crew: int
    succeeded: bool | None  # None while not finished (``careers.succeeded``)

    @property
    def outcome(self) -> str:
        return outcome_text(self.status, self.landing_outcome)


@dataclass(frozen=True, slots=True)
class VehicleProfile:
    id: int
    name: str
    kind: VehicleKind
    operator_id: int | None
    operator: str  # abbreviation (or name); "" without an operator
    capacity: int | None
    first_crewed_flight: dt.date | None
    image_url: str
    flights: tuple[VehicleFlight, ...]  # in NET order
    seats_flown: int  # crew seats on flights that launched
    people_carried: int  # distinct people among them
    as_of: dt.datetime

    @property
    def launched(self) -> int:
        return sum(1 for f in self.flights if careers.launched(f.status))

    @property
    def finished(self) -> int:
        return sum(1 for f in self.flights if f.succeeded is not None)

    @property
    def successes(self) -> int:
        return sum(1 for f in self.flights if f.succeeded)

    @property
    def success_rate(self) -> float | None:
        return careers.success_rate(f.succeeded for f in self.flights)


@dataclass(frozen=True, slots=True)
class AgencyMission:
    mission_id: int
    mission: str
    net: dt.datetime
    net_precision: NetPrecision
    status: LaunchStatus
    vehicle: str
    crew: int


@dataclass(frozen=True, slots=True)
class AgencyPerson:
    person_id: int
    name: str
    nationality: str
    status: str
    missions: int


@dataclass(frozen=True, slots=True)
class AgencyVehicle:
    vehicle_id: int
    name: str
    kind: VehicleKind
    capacity: int | None
    missions: int


@dataclass(frozen=True, slots=True)
class AgencyProfile:
    id: int
    name: str
    abbrev: str
    country: str
    image_url: str
    missions: tuple[AgencyMission, ...]  # operated by it, in NET order
    people: tuple[AgencyPerson, ...]  # by name
    vehicles: tuple[AgencyVehicle, ...]  # by name
    as_of: dt.datetime

    @property
    def label(self) -> str:
        """'European Space Agency (ESA)', or the name alone when that is all there is."""
        return f"{self.name} ({self.abbrev})" if self.abbrev not in ("", self.name) else self.name
