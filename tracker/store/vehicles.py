"""Vehicles: list, create, edit and delete spacecraft and launchers.

A spacecraft needs a crew capacity; a vehicle that missions use keeps its kind, and its
capacity may not fall below a crew already booked on one of its pending missions. A delete
of a vehicle in use is refused with ``InUse`` unless forced; then its missions lose the
reference (its ``Snapshot`` puts them back).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from tracker import rules
from tracker.errors import InUse, ValidationError
from tracker.store.editing import (
    apply,
    check_fields,
    counted,
    listed,
    one,
    reference,
    row_values,
    unique,
)
from tracker.store.models import Agency, CrewAssignment, Mission, Vehicle
from tracker.store.records import Snapshot, VehicleRecord
from tracker.store.uow import UnitOfWork, get
from tracker.vocabulary import PENDING_STATUSES, VehicleKind

FIELDS = frozenset({"name", "kind", "operator_id", "crew_capacity", "first_crewed_flight"})


def _uses(vehicle_id: Any) -> sa.ColumnElement[bool]:
    """Missions that fly the vehicle, as spacecraft or as launcher."""
    return sa.or_(col(Mission.spacecraft_id) == vehicle_id, col(Mission.launcher_id) == vehicle_id)


def listing(uow: UnitOfWork, kind: VehicleKind | None = None) -> list[VehicleRecord]:
    """Vehicles by name (optionally of one kind), with how many missions use each."""
    missions = select(sa.func.count()).where(_uses(Vehicle.id)).scalar_subquery()
    query = (
        sa.select(
            col(Vehicle.id),
            col(Vehicle.name),
            col(Vehicle.kind),
            col(Vehicle.operator_id),
            sa.func.coalesce(Agency.abbrev, Agency.name, ""),
            col(Vehicle.crew_capacity),
            col(Vehicle.first_crewed_flight),
            missions,
        )
        .outerjoin(Agency, col(Agency.id) == Vehicle.operator_id)
        .order_by(col(Vehicle.name))
    )
    if kind is not None:
        query = query.where(col(Vehicle.kind) == kind)
    with uow.read() as session:
        return [VehicleRecord(*row) for row in session.execute(query).all()]


def record(uow: UnitOfWork, vehicle_id: int) -> VehicleRecord:
    return one(listing(uow), vehicle_id, "vehicle")


def reference_of_kind(session: Session, value: Any, kind: VehicleKind, what: str) -> int | None:
    """A mission's spacecraft or launcher: nothing, or a vehicle of that kind."""
    vehicle_id = reference(session, Vehicle, value, what)
    if vehicle_id is not None:
        v = get(session, Vehicle, vehicle_id, what)
        if v.kind is not kind:
            raise ValidationError(f"{v.name} is a {v.kind.value}, not a {kind.value}")
    return vehicle_id


def _clean(session: Session, values: dict[str, Any], current: Vehicle | None) -> dict[str, Any]:
    own_id = current.id if current else None
    clean: dict[str, Any] = {}
    if "name" in values:
        clean["name"] = rules.text(values["name"], "Name")
        unique(session, Vehicle, clean["name"], "a vehicle", own_id)
    if "kind" in values:
        clean["kind"] = rules.choice(VehicleKind, values["kind"], "Kind")
    if "operator_id" in values:
        clean["operator_id"] = reference(session, Agency, values["operator_id"], "operator")
    if "crew_capacity" in values:
        clean["crew_capacity"] = rules.capacity(values["crew_capacity"])
    if "first_crewed_flight" in values:
        clean["first_crewed_flight"] = rules.date(
            values["first_crewed_flight"], "First crewed flight"
        )
    name = clean.get("name", current.name if current else "")
    kind: VehicleKind = clean.get("kind", current.kind if current else VehicleKind.LAUNCHER)
    capacity = clean.get("crew_capacity", current.crew_capacity if current else None)
    if "kind" in clean or "crew_capacity" in clean:
        rules.check_spacecraft_capacity(name, kind, capacity)
    if current is not None:
        _check_uses(session, current, kind, capacity)
    return clean


def _check_uses(session: Session, v: Vehicle, kind: VehicleKind, capacity: int | None) -> None:
    """A new kind or a lower capacity must not strand the missions that use the vehicle."""
    if kind is not v.kind:
        column = Mission.spacecraft_id if v.kind is VehicleKind.SPACECRAFT else Mission.launcher_id
        users = session.exec(
            select(Mission.name)
            .where(col(column) == v.id)
            .order_by(col(Mission.net), col(Mission.name))
        ).all()
        if users:
            raise ValidationError(
                f"{v.name} is the {v.kind.value} of {counted(len(users), 'mission')} "
                f"({listed(users)}); it must stay a {v.kind.value}"
            )
    if capacity is not None and (v.crew_capacity is None or capacity < v.crew_capacity):
        crew = (
            select(Mission.name, sa.func.count(col(CrewAssignment.id)))
            .join(CrewAssignment, col(CrewAssignment.mission_id) == Mission.id)
            .where(
                Mission.spacecraft_id == v.id,
                col(Mission.status).in_([s.value for s in PENDING_STATUSES]),
            )
            .group_by(col(Mission.id), col(Mission.name))
            .having(sa.func.count(col(CrewAssignment.id)) > capacity)
            .order_by(col(Mission.name))
        )
        rules.check_capacity_fits(v.name, [(name, count) for name, count in session.exec(crew)])


def create(
    uow: UnitOfWork,
    name: str,
    kind: VehicleKind | str,
    operator_id: int | None,
    crew_capacity: int | None,
    first_crewed_flight: dt.date | str | None,
) -> int:
    values = {
        "name": name,
        "kind": kind,
        "operator_id": operator_id,
        "crew_capacity": crew_capacity,
        "first_crewed_flight": first_crewed_flight,
    }
    with uow.write() as session:
        vehicle = Vehicle(**_clean(session, values, None))
        session.add(vehicle)
        session.flush()
        assert vehicle.id is not None
        return vehicle.id


def update(uow: UnitOfWork, vehicle_id: int, fields: dict[str, Any]) -> dict[str, Any]:
    """Change some of a vehicle's fields; returns the values they replaced."""
    check_fields(fields, FIELDS, "a vehicle")
    with uow.write() as session:
        vehicle = get(session, Vehicle, vehicle_id, "vehicle")
        old = apply(vehicle, _clean(session, fields, vehicle))
        session.add(vehicle)
        return old


def delete(uow: UnitOfWork, vehicle_id: int, force: bool) -> Snapshot:
    """Delete a vehicle; with ``force``, missions that use it lose the reference."""
    with uow.write() as session:
        vehicle = get(session, Vehicle, vehicle_id, "vehicle")
        missions = session.exec(
            select(Mission).where(_uses(vehicle_id)).order_by(col(Mission.net), col(Mission.name))
        ).all()
        if missions and not force:
            raise InUse(
                f"{vehicle.name} is used by {counted(len(missions), 'mission')}: "
                f"{listed([m.name for m in missions])}"
            )
        detached: list[tuple[str, int, str, int]] = []
        for m in missions:
            assert m.id is not None
            for column in ("spacecraft_id", "launcher_id"):
                if getattr(m, column) == vehicle_id:
                    detached.append(("mission", m.id, column, vehicle_id))
                    setattr(m, column, None)
            session.add(m)
        versions = uow.bump(session, [m.id for m in missions if m.id is not None])
        snapshot = Snapshot(
            kind="vehicle",
            record_id=vehicle_id,
            name=vehicle.name,
            rows=(("vehicle", row_values(vehicle)),),
            detached=tuple(detached),
            versions=versions,
        )
        session.flush()
        session.delete(vehicle)
        return snapshot
