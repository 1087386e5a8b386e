"""The words of the data: Launch Library 2's statuses, precisions and roles, and the limits.

Standard library only, so that the pure core (schedule, board, rules, reminders) and the
command line's quick paths load without SQLAlchemy or Qt. The tables in
``tracker.store.models`` use these enums; nothing here knows about storage.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

NAME_MAX = 200
TEXT_MAX = 20_000
REASON_MAX = 2000
URL_MAX = 2000
# Dates a user or a file may give: wide enough for history and plans, narrow enough to
# refuse typos such as year 20221 (which Qt and SQLite would both accept).
YEAR_MIN, YEAR_MAX = 1900, 2200
CAPACITY_MAX = 20


class LaunchStatus(StrEnum):
    """Launch Library 2 launch statuses, by their abbreviation."""

    GO = "Go"
    TBD = "TBD"
    TBC = "TBC"
    HOLD = "Hold"
    IN_FLIGHT = "In Flight"
    SUCCESS = "Success"
    FAILURE = "Failure"
    PARTIAL_FAILURE = "Partial Failure"
    DEPLOYED = "Deployed"

    @property
    def is_pending(self) -> bool:
        """Yet to lift off: a candidate for the next launch."""
        return self in PENDING_STATUSES

    @property
    def is_final(self) -> bool:
        return self in FINAL_STATUSES

    @property
    def label(self) -> str:
        """The long name Launch Library 2 gives the status."""
        return STATUS_LABELS[self]


PENDING_STATUSES = frozenset(
    {LaunchStatus.GO, LaunchStatus.TBD, LaunchStatus.TBC, LaunchStatus.HOLD}
)
FINAL_STATUSES = frozenset(
    {
        LaunchStatus.SUCCESS,
        LaunchStatus.FAILURE,
        LaunchStatus.PARTIAL_FAILURE,
        LaunchStatus.DEPLOYED,
    }
)
STATUS_LABELS = {
    LaunchStatus.GO: "Go for Launch",
    LaunchStatus.TBD: "To Be Determined",
    LaunchStatus.TBC: "To Be Confirmed",
    LaunchStatus.HOLD: "On Hold",
    LaunchStatus.IN_FLIGHT: "Launch in Flight",
    LaunchStatus.SUCCESS: "Launch Successful",
    LaunchStatus.FAILURE: "Launch Failure",
    LaunchStatus.PARTIAL_FAILURE: "Launch was a Partial Failure",
    LaunchStatus.DEPLOYED: "Payload Deployed",
}


class NetPrecision(StrEnum):
    """Launch Library 2 NET precisions, finest first (the declaration order is the rank)."""

    SECOND = "Second"
    MINUTE = "Minute"
    HOUR = "Hour"
    MORNING = "Morning"
    AFTERNOON = "Afternoon"
    DAY = "Day"
    WEEK = "Week"
    MONTH = "Month"
    Q1 = "Q1"
    Q2 = "Q2"
    Q3 = "Q3"
    Q4 = "Q4"
    H1 = "H1"
    H2 = "H2"
    YEAR = "Year"
    FISCAL_YEAR = "Fiscal Year"
    DECADE = "Decade"

    @property
    def rank(self) -> int:
        """0 for Second, rising as the precision coarsens."""
        return PRECISION_RANK[self]

    @property
    def ll2_abbrev(self) -> str:
        return PRECISION_ABBREVS[self]


PRECISION_RANK = {p: i for i, p in enumerate(NetPrecision)}
PRECISION_ABBREVS = {
    NetPrecision.SECOND: "SEC",
    NetPrecision.MINUTE: "MIN",
    NetPrecision.HOUR: "HR",
    NetPrecision.MORNING: "AM",
    NetPrecision.AFTERNOON: "PM",
    NetPrecision.DAY: "D",
    NetPrecision.WEEK: "W",
    NetPrecision.MONTH: "M",
    NetPrecision.Q1: "Q1",
    NetPrecision.Q2: "Q2",
    NetPrecision.Q3: "Q3",
    NetPrecision.Q4: "Q4",
    NetPrecision.H1: "H1",
    NetPrecision.H2: "H2",
    NetPrecision.YEAR: "Y",
    NetPrecision.FISCAL_YEAR: "FY",
    NetPrecision.DECADE: "DEC",
}


class CrewRole(StrEnum):
    """The crew roles Launch Library 2 uses most; the column accepts any of its others too."""

    COMMANDER = "Commander"
    PILOT = "Pilot"
    MISSION_SPECIALIST = "Mission Specialist"
    FLIGHT_ENGINEER = "Flight Engineer"
    SPACEFLIGHT_PARTICIPANT = "Spaceflight Participant"
    SPACECRAFT_COMMANDER = "Spacecraft Commander"
    JOINT_OPERATIONS_COMMANDER = "Joint Operations Commander"
    PAYLOAD_SPECIALIST = "Payload Specialist"
    MEDICAL_OFFICER = "Medical Officer"
    TOURIST = "Tourist"


class VehicleKind(StrEnum):
    SPACECRAFT = "spacecraft"
    LAUNCHER = "launcher"


class PersonStatus(StrEnum):
    """Launch Library 2 astronaut statuses (the common ones; others import as text)."""

    ACTIVE = "Active"
    RETIRED = "Retired"
    DECEASED = "Deceased"
    IN_TRAINING = "In-Training"
    LOST_IN_FLIGHT = "Lost In Flight"


class LandingOutcome(StrEnum):
    """How a crewed flight ended, or that it had not yet: a mission has an end as well as a
    launch (Soyuz 1 launched successfully and lost its crew at landing)."""

    LANDED = "Landed"
    CREW_LOST = "Crew lost"
    IN_ORBIT = "In orbit"


class LinkKind(StrEnum):
    """A mission's links, as Launch Library 2 lists them (``vid_urls``, ``info_urls``)."""

    WEBCAST = "webcast"
    INFO = "info"


# The moment the default data describes: its source, a news report of 27 October 2021.
DEFAULT_DATA_AS_OF = dt.datetime(2021, 10, 27, 12, 0, tzinfo=dt.UTC)
