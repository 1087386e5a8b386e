"""The one object through which the window reads and changes data.

Widgets never save rows themselves: they call this service (usually from an undo command),
which calls the repository and then announces what changed, so every view refreshes from
the same signals.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from tracker.clock import Clock
from tracker.store.records import CrewMember, MissionDetail, MissionRow, PersonRow
from tracker.store.repository import Repository
from tracker.vocabulary import NetPrecision

if TYPE_CHECKING:  # the records catalog loads when first used, not at start-up
    from tracker.store.catalog import (
        AgencyRecord,
        Catalog,
        Kind,
        MissionEdit,
        PersonRecord,
        Snapshot,
        VehicleRecord,
    )


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

    # --- records: agencies, vehicles, people, missions (tracker.store.catalog) -------------

    @property
    def catalog(self) -> Catalog:
        from tracker.store.catalog import Catalog

        return Catalog(self.repo)  # stateless: the repository is its only state

    def agencies(self) -> list[AgencyRecord]:
        return self.catalog.agencies()

    def vehicles(self) -> list[VehicleRecord]:
        return self.catalog.vehicles()

    def person_records(self) -> list[PersonRecord]:
        return self.catalog.people()

    def create_record(self, kind: Kind, /, **values: Any) -> int:
        record_id = self.catalog.create(kind, **values)
        self.reload()
        return record_id

    def update_record(self, kind: Kind, record_id: int, /, **values: Any) -> dict[str, Any]:
        """Agencies, vehicles, people (missions: ``update_mission``); names show everywhere."""
        assert kind != "mission"
        old = self.catalog.update(kind, record_id, **values)
        self.reload()
        return old

    def update_mission(
        self,
        mission_id: int,
        expected_version: int | None = None,
        *,
        confirm: bool = False,
        reason: str = "",
        **values: Any,
    ) -> MissionEdit:
        edit = self.catalog.update_mission(
            mission_id, expected_version, confirm=confirm, reason=reason, **values
        )
        self.mission_changed.emit(mission_id)
        return edit

    def revert_mission(self, edit: MissionEdit) -> None:
        self.catalog.revert_mission(edit)
        self.mission_changed.emit(edit.mission_id)

    def delete_record(self, kind: Kind, record_id: int, *, force: bool = False) -> Snapshot:
        snapshot = self.catalog.delete(kind, record_id, force=force)
        self.reload()
        return snapshot

    def restore_record(self, snapshot: Snapshot) -> None:
        self.catalog.restore(snapshot)
        self.reload()

    def reschedule(
        self,
        mission_id: int,
        net: dt.datetime,
        precision: NetPrecision,
        reason: str,
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> int:
        change = self.repo.reschedule(
            mission_id,
            net,
            precision,
            reason,
            expected_version=expected_version,
            confirm=confirm,
        )
        self.mission_changed.emit(mission_id)
        return change

    def undo_reschedule(self, mission_id: int, change_id: int) -> None:
        self.repo.undo_reschedule(change_id)
        self.mission_changed.emit(mission_id)

    def reload(self) -> None:
        """Everything may have changed (an import, another process): refresh all views."""
        self.missions_changed.emit()
        self.people_changed.emit()
