"""The one object through which the window reads and changes data.

Widgets never save rows themselves: they call this service (usually from an undo command),
which calls the repository and then announces what changed, so every view refreshes from
the same signals.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from tracker.clock import Clock
from tracker.store.records import CrewMember, MissionDetail, MissionRow, PersonRow
from tracker.store.repository import Repository


class DataService(QObject):
    """Wraps the repository; emits ``missions_changed`` and ``mission_changed(id)``."""

    missions_changed = Signal()
    mission_changed = Signal(int)
    people_changed = Signal()

    def __init__(self, repo: Repository, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.clock = clock

    # --- reads ----------------------------------------------------------------------------

    def missions(self) -> list[MissionRow]:
        return self.repo.missions()

    def mission(self, mission_id: int) -> MissionDetail:
        return self.repo.mission(mission_id)

    def people(self) -> list[PersonRow]:
        return self.repo.people()

    def now(self) -> dt.datetime:
        return self.clock()

    # --- crew commands (each one transaction; errors propagate to the caller) ------------

    def _changed(self, mission_id: int) -> None:
        self.mission_changed.emit(mission_id)
        self.people_changed.emit()

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
        member = self.repo.add_crew(
            mission_id, person_id, role, seat, expected_version=expected_version, confirm=confirm
        )
        self._changed(mission_id)
        return member

    def remove_crew(
        self,
        mission_id: int,
        person_id: int,
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> CrewMember:
        member = self.repo.remove_crew(
            mission_id, person_id, expected_version=expected_version, confirm=confirm
        )
        self._changed(mission_id)
        return member

    def set_crew_role(
        self, mission_id: int, person_id: int, role: str, *, confirm: bool = False
    ) -> str:
        old = self.repo.set_crew_role(mission_id, person_id, role, confirm=confirm)
        self._changed(mission_id)
        return old

    def move_crew(
        self, mission_id: int, person_id: int, seat: int, *, confirm: bool = False
    ) -> int:
        old = self.repo.move_crew(mission_id, person_id, seat, confirm=confirm)
        self._changed(mission_id)
        return old

    def reload(self) -> None:
        """Everything may have changed (an import, another process): refresh all views."""
        self.missions_changed.emit()
        self.people_changed.emit()
