"""What a Launch Library 2 file holds, as plain immutable records (``ll2.parse`` makes them).

A field the record does not carry (list mode has no crews) is ``None``: "not given", which
the importer must not confuse with "empty".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from tracker.exchange.fields import Refusal
from tracker.vocabulary import LaunchStatus, LinkKind, NetPrecision, VehicleKind


@dataclass(frozen=True, slots=True)
class AgencyData:
    ll2_id: int | None
    name: str
    abbrev: str | None  # None: not given (list mode of 2.2)
    country: str | None
    image_url: str | None = None  # its logo's web address


@dataclass(frozen=True, slots=True)
class VehicleData:
    ll2_id: int | None  # a launcher or spacecraft *configuration* id
    name: str
    kind: VehicleKind
    operator: AgencyData | None
    crew_capacity: int | None
    image_url: str | None = None  # a picture's web address


@dataclass(frozen=True, slots=True)
class PersonData:
    ll2_id: int | None
    name: str
    agency: AgencyData | None
    nationality: str | None
    status: str | None
    image_url: str | None = None  # a portrait's web address


@dataclass(frozen=True, slots=True)
class CrewData:
    person: PersonData
    role: str


@dataclass(frozen=True, slots=True)
class LinkData:
    """A webcast (``vid_urls``) or information link (``info_urls``), as LL2 ranks it."""

    kind: LinkKind
    url: str
    title: str
    priority: int  # lower first
    live: bool


class LaunchData(NamedTuple):
    """One launch. A named tuple, not a frozen dataclass like the others: made once per
    launch (100,000 in a big file), it is built in a third of the time, as immutable."""

    ll2_id: str
    name: str
    status: LaunchStatus
    net: dt.datetime
    net_precision: NetPrecision
    window_start: dt.datetime | None
    window_end: dt.datetime | None
    launch_site: str | None
    destination: str | None
    destination_from_stage: bool  # the spacecraft's destination, not just the mission's orbit
    description: str | None
    source: str
    operator: AgencyData | None
    launcher: VehicleData | None
    spacecraft: VehicleData | None  # None with crew None: the record has no spacecraft stage
    capsule: str | None
    landing: dt.datetime | None
    crew: tuple[CrewData, ...] | None  # None: not given; () a flight without crew
    status_reason: str | None = None  # why it holds or failed ("" none); None: not given
    image_url: str | None = None  # the mission patch's web address
    links: dict[LinkKind, tuple[LinkData, ...]] | None = None  # by the kinds the file gives
    notes: tuple[str, ...] = ()  # what was left out of the record (an address that is none)


@dataclass(frozen=True, slots=True)
class Batch:
    """Everything read from one file, in file order."""

    version: str  # e.g. "2.3.0", or "2.x" when the file does not say
    launches: tuple[LaunchData, ...]
    people: tuple[PersonData, ...]
    vehicles: tuple[VehicleData, ...]
    skipped: tuple[str, ...]  # why records were left out
    refused: tuple[Refusal, ...] = ()  # records that break a rule the forms keep

    @property
    def size(self) -> int:
        return len(self.launches) + len(self.people) + len(self.vehicles)
