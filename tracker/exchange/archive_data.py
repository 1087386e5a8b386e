"""What a Mission Tracker archive holds, as plain immutable records (see ``archive``).

``ref`` numbers are local to the file; references between records use them. ``uid`` is the
record's identity that travels (``tracker.identity``); ``None`` in a version 1 archive, which
had none. Fields added in version 2 default to what a version 1 archive means by leaving them
out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tracker.exchange.fields import Refusal
from tracker.vocabulary import LandingOutcome, LaunchStatus, LinkKind, NetPrecision, VehicleKind


@dataclass(frozen=True, slots=True)
class ArchivedAgency:
    ref: int
    name: str
    abbrev: str
    country: str
    ll2_id: int | None
    ll2_snapshot: str  # canonical JSON text, "" when never imported
    uid: str | None = None
    image_url: str = ""


@dataclass(frozen=True, slots=True)
class ArchivedVehicle:
    ref: int
    name: str
    kind: VehicleKind
    operator: int | None
    crew_capacity: int | None
    first_crewed_flight: dt.date | None
    ll2_id: int | None
    ll2_snapshot: str
    uid: str | None = None
    image_url: str = ""


@dataclass(frozen=True, slots=True)
class ArchivedPerson:
    ref: int
    name: str
    agency: int | None
    nationality: str
    status: str
    ll2_id: int | None
    ll2_snapshot: str
    uid: str | None = None
    image_url: str = ""


@dataclass(frozen=True, slots=True)
class ArchivedAssignment:
    person: int
    role: str
    seat: int


@dataclass(frozen=True, slots=True)
class ArchivedScheduleChange:
    previous_net: dt.datetime
    previous_precision: NetPrecision
    new_net: dt.datetime
    new_precision: NetPrecision
    changed_at: dt.datetime
    reason: str


@dataclass(frozen=True, slots=True)
class ArchivedLink:
    kind: LinkKind
    url: str
    title: str
    priority: int
    live: bool
    from_ll2: bool


@dataclass(frozen=True, slots=True)
class ArchivedMission:
    ref: int
    name: str
    spacecraft: int | None
    capsule: str
    launcher: int | None
    operator: int | None
    launch_site: str
    destination: str
    net: dt.datetime
    net_precision: NetPrecision
    window_start: dt.datetime | None
    window_end: dt.datetime | None
    landing: dt.datetime | None
    status: LaunchStatus
    description: str
    source: str
    ll2_id: str | None
    ll2_snapshot: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    crew: tuple[ArchivedAssignment, ...]
    schedule_changes: tuple[ArchivedScheduleChange, ...]
    uid: str | None = None
    landing_outcome: LandingOutcome | None = None
    status_reason: str = ""
    image_url: str = ""
    links: tuple[ArchivedLink, ...] = ()


@dataclass(frozen=True, slots=True)
class Archive:
    agencies: tuple[ArchivedAgency, ...]
    vehicles: tuple[ArchivedVehicle, ...]
    people: tuple[ArchivedPerson, ...]
    missions: tuple[ArchivedMission, ...]
    exported_at: dt.datetime | None = None
    data_as_of: dt.datetime | None = None  # when the archived data was last current
    refused: tuple[Refusal, ...] = ()  # records left out: they break a rule the forms keep
    notes: tuple[str, ...] = ()  # references to those, dropped

    @property
    def size(self) -> int:
        return len(self.agencies) + len(self.vehicles) + len(self.people) + len(self.missions)
