"""The store's front door for the command line, the window's service and the tests.

Reads return plain records (``tracker.store.records``); commands take ids and return what
undo needs. Each command is one transaction of the unit of work (``uow.py``), which also
keeps every mission's version; the rules and their messages live in ``tracker.rules``. The
work itself is done by the modules this one composes: ``queries`` (reads), ``crew``
(rosters) and ``scheduling`` (NET moves). The records behind the missions (agencies,
vehicles, people, missions) are edited through ``tracker.store.catalog``.
"""

from __future__ import annotations

import datetime as dt

from tracker.clock import Now
from tracker.mission_columns import MissionColumns
from tracker.store import audit, crew, dataset, mission_links, queries, scheduling
from tracker.store.database import Database
from tracker.store.records import CrewMember, LinkRow, MissionDetail, MissionRow, PersonRow
from tracker.store.uow import UnitOfWork
from tracker.vocabulary import LinkKind, NetPrecision


class Repository:
    """Reads and roster and schedule commands on one database and clock."""

    def __init__(self, db: Database, clock: Now) -> None:
        self.db = db
        self.clock = clock
        self.uow = UnitOfWork(db, clock)

    # --- reads ----------------------------------------------------------------------------

    def missions(self) -> list[MissionRow]:
        """All missions in NET order."""
        return queries.mission_rows(self.uow)

    def mission_columns(self) -> MissionColumns:
        """All missions in NET order, column by column (the window's list, at any size)."""
        return queries.mission_columns(self.uow)

    def data_as_of(self) -> dt.datetime | None:
        return dataset.data_as_of(self.db)

    def mission_count(self) -> int:
        return queries.mission_count(self.uow)

    def first_page(self, now: dt.datetime, recent: int) -> list[MissionRow]:
        """What the window shows first; see ``queries.first_page``."""
        return queries.first_page(self.uow, now, recent)

    def mission_row(self, mission_id: int) -> MissionRow:
        return queries.mission_row(self.uow, mission_id)

    def mission(self, mission_id: int) -> MissionDetail:
        """One mission with its crew (in seat order) and its slip history."""
        return queries.mission(self.uow, mission_id)

    def crews(self) -> dict[int, list[CrewMember]]:
        """Every roster at once, by mission id, in seat order."""
        return queries.crews(self.uow)

    def upcoming(self) -> list[MissionDetail]:
        """Every mission yet to fly, in full (for a calendar), in NET order."""
        return queries.upcoming(self.uow)

    def next_launch(self, now: dt.datetime) -> MissionDetail | None:
        """The next launch by the rule in ``schedule.next_launch``, with its crew."""
        return queries.next_launch(self.uow, now)

    def people(self) -> list[PersonRow]:
        return queries.people(self.uow)

    def find_mission(self, name: str) -> int:
        """A mission's id by exact name, else by the one name that matches ignoring case."""
        return queries.find_mission(self.uow, name)

    def find_person(self, name: str) -> int:
        """A person's id by exact name, else by the one name that matches ignoring case."""
        return queries.find_person(self.uow, name)

    def violations(self) -> list[audit.Violation]:
        """What in the data breaks the roster rules (for ``tracker check``); see ``audit``."""
        return audit.violations(self.uow)

    # --- crew commands --------------------------------------------------------------------

    def add_crew(
        self,
        mission_id: int,
        person_id: int,
        role: str,
        seat: int | None = None,
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> CrewMember:
        """Put a person on a mission (at ``seat``, else last), checking every roster rule."""
        return crew.add(self.uow, mission_id, person_id, role, seat, expected_version, confirm)

    def remove_crew(
        self,
        mission_id: int,
        person_id: int,
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> CrewMember:
        """Take a person off a mission; returns what they were (role, seat) for undo."""
        return crew.remove(self.uow, mission_id, person_id, expected_version, confirm)

    def set_crew_role(
        self,
        mission_id: int,
        person_id: int,
        role: str,
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> str:
        """Change a crew member's role; returns the role it replaced."""
        return crew.set_role(self.uow, mission_id, person_id, role, expected_version, confirm)

    def move_crew(
        self,
        mission_id: int,
        person_id: int,
        seat: int,
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> int:
        """Move a crew member to ``seat`` (0-based), shifting the others; returns the old seat."""
        return crew.move(self.uow, mission_id, person_id, seat, expected_version, confirm)

    # --- schedule commands ----------------------------------------------------------------

    def reschedule(
        self,
        mission_id: int,
        net: dt.datetime,
        precision: NetPrecision,
        reason: str = "",
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> int:
        """Move a mission's NET and record the move (the slip history); returns the change id."""
        return scheduling.reschedule(
            self.uow, mission_id, net, precision, reason, expected_version, confirm
        )

    def undo_reschedule(self, change_id: int, *, expected_version: int | None = None) -> None:
        """Take back a reschedule (only the mission's latest, while its NET is unchanged)."""
        scheduling.undo_reschedule(self.uow, change_id, expected_version)

    # --- links ------------------------------------------------------------------------------

    def add_link(
        self,
        mission_id: int,
        kind: LinkKind | str,
        url: str,
        title: str = "",
        *,
        expected_version: int | None = None,
    ) -> LinkRow:
        """Add a webcast or information link by hand (kept through every re-import)."""
        return mission_links.add(self.uow, mission_id, kind, url, title, expected_version)

    def remove_link(
        self, mission_id: int, url: str, *, expected_version: int | None = None
    ) -> LinkRow:
        """Remove a mission's link; returns what it was, for undo."""
        return mission_links.remove(self.uow, mission_id, url, expected_version)
