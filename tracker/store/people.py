"""People: list, create, edit and delete the astronauts and other crew.

A delete of a person on a crew is refused with ``InUse`` unless forced; then they come off
every crew, the rest close up, and those missions are marked changed (the ``Snapshot`` puts
the person, their places and the seats back).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from tracker import rules
from tracker.errors import InUse
from tracker.store.crew import reseat, roster
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
from tracker.store.models import Agency, CrewAssignment, Mission, Person
from tracker.store.records import PRIVATE, PersonRecord, Snapshot
from tracker.store.uow import UnitOfWork, get

FIELDS = frozenset({"name", "agency_id", "nationality", "status"})


def listing(uow: UnitOfWork) -> list[PersonRecord]:
    """Every person by name, with their agency's id (the editors need it)."""
    missions = (
        select(sa.func.count()).where(CrewAssignment.person_id == Person.id).scalar_subquery()
    )
    query = (
        sa.select(
            col(Person.id),
            col(Person.name),
            col(Person.agency_id),
            sa.func.coalesce(Agency.abbrev, Agency.name, PRIVATE),
            col(Person.nationality),
            col(Person.status),
            missions,
        )
        .outerjoin(Agency, col(Agency.id) == Person.agency_id)
        .order_by(col(Person.name))
    )
    with uow.read() as session:
        return [PersonRecord(*row) for row in session.execute(query).all()]


def record(uow: UnitOfWork, person_id: int) -> PersonRecord:
    return one(listing(uow), person_id, "person")


def _clean(session: Session, values: dict[str, Any], own_id: int | None) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    if "name" in values:
        clean["name"] = rules.text(values["name"], "Name")
        unique(session, Person, clean["name"], "a person", own_id)
    if "agency_id" in values:
        clean["agency_id"] = reference(session, Agency, values["agency_id"], "agency")
    if "nationality" in values:
        clean["nationality"] = rules.text(values["nationality"], "Nationality", required=False)
    if "status" in values:
        clean["status"] = rules.text(values["status"], "Status")
    return clean


def create(uow: UnitOfWork, name: str, agency_id: int | None, nationality: str, status: str) -> int:
    values = {"name": name, "agency_id": agency_id, "nationality": nationality, "status": status}
    with uow.write() as session:
        person = Person(**_clean(session, values, None))
        session.add(person)
        session.flush()
        assert person.id is not None
        return person.id


def update(uow: UnitOfWork, person_id: int, fields: dict[str, Any]) -> dict[str, Any]:
    """Change some of a person's fields; returns the values they replaced."""
    check_fields(fields, FIELDS, "a person")
    with uow.write() as session:
        person = get(session, Person, person_id, "person")
        old = apply(person, _clean(session, fields, person_id))
        session.add(person)
        return old


def delete(uow: UnitOfWork, person_id: int, force: bool) -> Snapshot:
    """Delete a person; with ``force``, they come off every crew (the rest close up)."""
    with uow.write() as session:
        person = get(session, Person, person_id, "person")
        assignments = session.exec(
            select(CrewAssignment, Mission)
            .join(Mission, col(Mission.id) == CrewAssignment.mission_id)
            .where(CrewAssignment.person_id == person_id)
            .order_by(col(Mission.net), col(Mission.name))
        ).all()
        if assignments and not force:
            missions = [m.name for _a, m in assignments]
            crews = "the crew of" if len(missions) == 1 else "the crews of"
            raise InUse(
                f"{person.name} is on {crews} {counted(len(missions), 'mission')}: "
                f"{listed(missions)}"
            )
        rows: list[tuple[str, dict[str, Any]]] = [("person", row_values(person))]
        seats: list[tuple[int, int]] = []
        mission_ids = [m.id for _a, m in assignments if m.id is not None]
        for a, _m in assignments:
            rows.append(("crewassignment", row_values(a)))
            session.delete(a)
        session.flush()
        for mission_id in mission_ids:
            crew = roster(session, mission_id)
            seats += [(a.id, a.seat) for a in crew if a.id is not None]
            reseat(session, crew)
        versions = uow.bump(session, mission_ids)
        session.flush()
        session.delete(person)
        return Snapshot(
            kind="person",
            record_id=person_id,
            name=person.name,
            rows=tuple(rows),
            seats=tuple(seats),
            versions=versions,
        )
