"""Plain, immutable rows the repository returns: safe to keep, compare and pass to Qt.

ORM objects never leave a session; these do. They satisfy ``schedule.Scheduled``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from tracker.vocabulary import LaunchStatus, NetPrecision


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
class MissionDetail:
    """Everything the detail view shows of one mission."""

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

    @property
    def vehicle(self) -> str:
        return self.spacecraft or self.launcher


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    name: str
    agency: str
    nationality: str
    status: str
    missions: int
