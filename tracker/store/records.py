"""Plain, immutable rows the store returns: safe to keep, compare and pass to Qt.

ORM objects never leave a session; these do. The mission rows satisfy
``schedule.Scheduled``; the records and snapshots are what the record editors show and
what their undo needs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from tracker import places, schedule
from tracker.vocabulary import LandingOutcome, LaunchStatus, LinkKind, NetPrecision, VehicleKind

# The agency shown for a person who belongs to none.
PRIVATE = "Private"

Kind = Literal["agency", "vehicle", "person", "mission"]
KINDS: tuple[Kind, ...] = ("agency", "vehicle", "person", "mission")


@dataclass(frozen=True, slots=True)
class MissionRow:
    """One line of the mission list."""

    id: int
    name: str
    status: LaunchStatus
    net: dt.datetime
    net_precision: NetPrecision
    spacecraft: str
    launcher: str
    operator: str
    destination: str
    crew_count: int
    crew_names: str
    slips: int
    version: int
    landing_outcome: LandingOutcome | None = None  # how the flight ended, if it has
    launch_site: str = ""  # short form (tracker.places), for the list's site filter

    @property
    def vehicle(self) -> str:
        return self.spacecraft or self.launcher


@dataclass(frozen=True, slots=True)
class CrewMember:
    person_id: int
    name: str
    role: str
    seat: int
    agency: str  # abbreviation; "Private" for a person with no agency
    nationality: str


@dataclass(frozen=True, slots=True)
class ScheduleEntry:
    previous_net: dt.datetime
    previous_precision: NetPrecision
    new_net: dt.datetime
    new_precision: NetPrecision
    changed_at: dt.datetime
    reason: str


@dataclass(frozen=True, slots=True)
class LinkRow:
    """A webcast or information link of a mission (``from_ll2``: Launch Library 2's, replaced
    by each import of the launch; else added by hand and kept)."""

    kind: LinkKind
    url: str
    title: str
    priority: int
    live: bool
    from_ll2: bool


class Ranked(Protocol):
    """What orders a link: a ``LinkRow`` or the stored link."""

    @property
    def kind(self) -> LinkKind: ...
    @property
    def priority(self) -> int: ...
    @property
    def url(self) -> str: ...


def link_order(link: Ranked) -> tuple[int, int, str]:
    """Webcasts first, then information; each by Launch Library 2's priority."""
    return (0 if link.kind is LinkKind.WEBCAST else 1, link.priority, link.url)


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One change a sync or an import brought (``tracker.store.dataset``)."""

    id: int
    at: dt.datetime
    mission_uid: str
    mission_name: str
    kind: str  # new, net, status, crew, webcast
    detail: str


@dataclass(frozen=True, slots=True)
class MissionDetail:
    """Everything the detail view shows of one mission.

    ``history`` is in the order the changes were made (then written); ``links`` by kind
    (webcasts first), then priority. Places are stored short; ``site_full`` and
    ``destination_full`` are the long forms (``tracker.places``).
    """

    id: int
    name: str
    status: LaunchStatus
    net: dt.datetime
    net_precision: NetPrecision
    spacecraft: str
    spacecraft_id: int | None
    capacity: int | None
    capsule: str
    launcher: str
    launcher_id: int | None
    operator: str
    operator_id: int | None
    launch_site: str
    destination: str
    window_start: dt.datetime | None
    window_end: dt.datetime | None
    landing: dt.datetime | None
    description: str
    source: str
    version: int
    crew: tuple[CrewMember, ...] = ()
    history: tuple[ScheduleEntry, ...] = field(default=())
    uid: str = ""
    landing_outcome: LandingOutcome | None = None
    status_reason: str = ""
    image_url: str = ""
    links: tuple[LinkRow, ...] = ()

    @property
    def vehicle(self) -> str:
        return self.spacecraft or self.launcher

    @property
    def site_full(self) -> str:
        return places.site(self.launch_site).full

    @property
    def destination_full(self) -> str:
        return places.destination(self.destination).full

    @property
    def total_slip(self) -> dt.timedelta:
        """How far the NET has moved in all: from the NET before the first change on record
        to the NET now (zero without a history): ``schedule.total_slip``, the one rule."""
        return schedule.total_slip(self.history)


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    name: str
    agency: str
    nationality: str
    status: str
    missions: int


# --- the records behind the missions, for the editors ---------------------------------------


@dataclass(frozen=True, slots=True)
class AgencyRecord:
    id: int
    name: str
    abbrev: str
    country: str
    uses: int  # vehicles, people and missions that refer to it

    @property
    def label(self) -> str:
        return (
            f"{self.name} ({self.abbrev})"
            if self.abbrev and self.abbrev != self.name
            else self.name
        )


@dataclass(frozen=True, slots=True)
class VehicleRecord:
    id: int
    name: str
    kind: VehicleKind
    operator_id: int | None
    operator: str
    crew_capacity: int | None
    first_crewed_flight: dt.date | None
    missions: int


@dataclass(frozen=True, slots=True)
class PersonRecord:
    id: int
    name: str
    agency_id: int | None
    agency: str
    nationality: str
    status: str
    missions: int


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A deleted record and everything that went with it, enough to put it all back.

    ``rows`` are whole rows in the order they must be inserted again; ``detached`` the
    references set to NULL (table, row id, column, old value); ``seats`` the seats of crew
    who stayed on a roster that closed up; ``versions`` the missions whose version the delete
    bumped (id, version before, updated_at before).
    """

    kind: Kind
    record_id: int
    name: str
    rows: tuple[tuple[str, dict[str, Any]], ...]
    detached: tuple[tuple[str, int, str, int], ...] = ()
    seats: tuple[tuple[int, int], ...] = ()
    versions: tuple[tuple[int, int, dt.datetime], ...] = ()


@dataclass(frozen=True, slots=True)
class MissionEdit:
    """What ``update_mission`` changed: ``revert_mission`` takes it back exactly."""

    mission_id: int
    old: dict[str, Any]
    new: dict[str, Any]
    reason: str
    change_id: int | None  # the ScheduleChange written when the NET moved
    version: int  # the mission's version after the edit
    old_version: int
    old_updated_at: dt.datetime
    changed: bool = field(default=True)
