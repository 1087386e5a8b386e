"""Create, edit and delete the records behind the missions: agencies, vehicles, people, missions.

The front door of the record editors; the commands themselves live by kind in
``agencies``, ``vehicles``, ``people`` and ``missions``, with what they share in
``editing``, and run on the repository's unit of work. Each command is one transaction and
leaves the database unchanged when it refuses.

Undo needs exact inverses, so every command returns what it takes to go back: ``update_*``
the values it replaced, ``delete_*`` a ``Snapshot`` of the row and of everything detached or
removed with it, which ``restore`` puts back with the same ids (later undo steps may refer to
them). A deleted record that is still in use is refused with ``InUse``, whose message says
what uses it, unless the caller passes ``force=True`` after asking the user.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from tracker.errors import InUse
from tracker.store import agencies, editing, missions, people, vehicles
from tracker.store.records import (
    KINDS,
    PRIVATE,
    AgencyRecord,
    Kind,
    MissionEdit,
    PersonRecord,
    Snapshot,
    VehicleRecord,
)
from tracker.store.repository import Repository
from tracker.vocabulary import PersonStatus, VehicleKind

__all__ = [
    "KINDS",
    "PRIVATE",
    "AgencyRecord",
    "Catalog",
    "InUse",
    "Kind",
    "MissionEdit",
    "PersonRecord",
    "Snapshot",
    "VehicleRecord",
]


class Catalog:
    """Record commands on a repository's database, clock and transactions."""

    def __init__(self, repo: Repository) -> None:
        self.uow = repo.uow

    # --- reads ----------------------------------------------------------------------------

    def agencies(self) -> list[AgencyRecord]:
        """Every agency by name, with how many records refer to it."""
        return agencies.listing(self.uow)

    def vehicles(self, kind: VehicleKind | None = None) -> list[VehicleRecord]:
        """Vehicles by name (optionally of one kind), with how many missions use each."""
        return vehicles.listing(self.uow, kind)

    def people(self) -> list[PersonRecord]:
        """Every person by name, with their agency's id (the editors need it)."""
        return people.listing(self.uow)

    def agency(self, agency_id: int) -> AgencyRecord:
        return agencies.record(self.uow, agency_id)

    def vehicle(self, vehicle_id: int) -> VehicleRecord:
        return vehicles.record(self.uow, vehicle_id)

    def person(self, person_id: int) -> PersonRecord:
        return people.record(self.uow, person_id)

    # --- agencies -------------------------------------------------------------------------

    def create_agency(self, name: str, abbrev: str = "", country: str = "") -> int:
        return agencies.create(self.uow, name, abbrev, country)

    def update_agency(self, agency_id: int, **fields: Any) -> dict[str, Any]:
        """Change some of an agency's fields; returns the values they replaced."""
        return agencies.update(self.uow, agency_id, fields)

    def delete_agency(self, agency_id: int, *, force: bool = False) -> Snapshot:
        """Delete an agency; with ``force``, the records that refer to it lose the reference."""
        return agencies.delete(self.uow, agency_id, force)

    # --- vehicles -------------------------------------------------------------------------

    def create_vehicle(
        self,
        name: str,
        kind: VehicleKind | str,
        operator_id: int | None = None,
        crew_capacity: int | None = None,
        first_crewed_flight: dt.date | str | None = None,
    ) -> int:
        return vehicles.create(
            self.uow, name, kind, operator_id, crew_capacity, first_crewed_flight
        )

    def update_vehicle(self, vehicle_id: int, **fields: Any) -> dict[str, Any]:
        """Change some of a vehicle's fields; returns the values they replaced."""
        return vehicles.update(self.uow, vehicle_id, fields)

    def delete_vehicle(self, vehicle_id: int, *, force: bool = False) -> Snapshot:
        """Delete a vehicle; with ``force``, missions that use it lose the reference."""
        return vehicles.delete(self.uow, vehicle_id, force)

    # --- people ---------------------------------------------------------------------------

    def create_person(
        self,
        name: str,
        agency_id: int | None = None,
        nationality: str = "",
        status: str = PersonStatus.ACTIVE.value,
    ) -> int:
        return people.create(self.uow, name, agency_id, nationality, status)

    def update_person(self, person_id: int, **fields: Any) -> dict[str, Any]:
        """Change some of a person's fields; returns the values they replaced."""
        return people.update(self.uow, person_id, fields)

    def delete_person(self, person_id: int, *, force: bool = False) -> Snapshot:
        """Delete a person; with ``force``, they come off every crew (the rest close up)."""
        return people.delete(self.uow, person_id, force)

    # --- missions -------------------------------------------------------------------------

    def create_mission(self, name: str, net: dt.datetime | str, **fields: Any) -> int:
        """A new mission (version 1) with any of the other mission fields."""
        return missions.create(self.uow, name, net, fields)

    def update_mission(
        self,
        mission_id: int,
        expected_version: int | None = None,
        *,
        confirm: bool = False,
        reason: str = "",
        **fields: Any,
    ) -> MissionEdit:
        """Edit a mission's fields in one transaction; a moved NET is added to its history."""
        return missions.update(self.uow, mission_id, expected_version, confirm, reason, fields)

    def revert_mission(self, edit: MissionEdit) -> None:
        """Take back ``update_mission`` exactly, unless what it set has changed since."""
        missions.revert(self.uow, edit)

    def delete_mission(self, mission_id: int, *, force: bool = False) -> Snapshot:
        """Delete a mission with its crew and slip history (with a crew or flown: ``force``)."""
        return missions.delete(self.uow, mission_id, force)

    # --- restore and dispatch -------------------------------------------------------------

    def restore(self, snapshot: Snapshot) -> None:
        """Put a deleted record back as it was, with the same ids, in one transaction."""
        editing.restore(self.uow, snapshot)

    def create(self, kind: Kind, /, **values: Any) -> int:
        """``create_<kind>`` by name, for callers that handle every kind alike."""
        if kind == "agency":
            return self.create_agency(**values)
        if kind == "vehicle":
            return self.create_vehicle(**values)
        if kind == "person":
            return self.create_person(**values)
        return self.create_mission(**values)

    def update(
        self, kind: Literal["agency", "vehicle", "person"], record_id: int, /, **values: Any
    ) -> dict[str, Any]:
        """``update_<kind>`` by name (missions have ``update_mission``, with its version)."""
        if kind == "agency":
            return self.update_agency(record_id, **values)
        if kind == "vehicle":
            return self.update_vehicle(record_id, **values)
        return self.update_person(record_id, **values)

    def delete(self, kind: Kind, record_id: int, *, force: bool = False) -> Snapshot:
        """``delete_<kind>`` by name."""
        if kind == "agency":
            return self.delete_agency(record_id, force=force)
        if kind == "vehicle":
            return self.delete_vehicle(record_id, force=force)
        if kind == "person":
            return self.delete_person(record_id, force=force)
        return self.delete_mission(record_id, force=force)
