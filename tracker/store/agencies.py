"""Agencies: list, create, edit and delete the organisations behind vehicles, people, missions.

Each command is one transaction and leaves the database unchanged when it refuses; a delete
of an agency in use is refused with ``InUse`` unless forced, and then the records that
referred to it lose the reference (its ``Snapshot`` puts them back).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from tracker import rules
from tracker.errors import InUse
from tracker.store.editing import (
    apply,
    check_fields,
    counted,
    listed,
    one,
    row_values,
    unique,
)
from tracker.store.models import Agency, Mission, Person, Vehicle
from tracker.store.records import AgencyRecord, Snapshot
from tracker.store.uow import UnitOfWork, get

FIELDS = frozenset({"name", "abbrev", "country"})


def listing(uow: UnitOfWork) -> list[AgencyRecord]:
    """Every agency by name, with how many records refer to it."""
    uses = (
        select(sa.func.count()).where(Vehicle.operator_id == Agency.id).scalar_subquery()
        + select(sa.func.count()).where(Person.agency_id == Agency.id).scalar_subquery()
        + select(sa.func.count()).where(Mission.operator_id == Agency.id).scalar_subquery()
    )
    query = sa.select(
        col(Agency.id), col(Agency.name), col(Agency.abbrev), col(Agency.country), uses
    ).order_by(col(Agency.name))
    with uow.read() as session:
        return [AgencyRecord(*row) for row in session.execute(query).all()]


def record(uow: UnitOfWork, agency_id: int) -> AgencyRecord:
    return one(listing(uow), agency_id, "agency")


def _clean(session: Session, values: dict[str, Any], own_id: int | None) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    if "name" in values:
        clean["name"] = rules.text(values["name"], "Name")
        unique(session, Agency, clean["name"], "an agency", own_id)
    for key, label in (("abbrev", "Abbreviation"), ("country", "Country")):
        if key in values:
            clean[key] = rules.text(values[key], label, required=False)
    return clean


def create(uow: UnitOfWork, name: str, abbrev: str, country: str) -> int:
    with uow.write() as session:
        clean = _clean(session, {"name": name, "abbrev": abbrev, "country": country}, None)
        agency = Agency(**clean)
        session.add(agency)
        session.flush()
        assert agency.id is not None
        return agency.id


def update(uow: UnitOfWork, agency_id: int, fields: dict[str, Any]) -> dict[str, Any]:
    """Change some of an agency's fields; returns the values they replaced."""
    check_fields(fields, FIELDS, "an agency")
    with uow.write() as session:
        agency = get(session, Agency, agency_id, "agency")
        old = apply(agency, _clean(session, fields, agency_id))
        session.add(agency)
        return old


def delete(uow: UnitOfWork, agency_id: int, force: bool) -> Snapshot:
    """Delete an agency; with ``force``, the records that refer to it lose the reference."""
    with uow.write() as session:
        agency = get(session, Agency, agency_id, "agency")
        vehicles = session.exec(select(Vehicle).where(Vehicle.operator_id == agency_id)).all()
        people = session.exec(select(Person).where(Person.agency_id == agency_id)).all()
        missions = session.exec(
            select(Mission)
            .where(Mission.operator_id == agency_id)
            .order_by(col(Mission.net), col(Mission.name))
        ).all()
        if (vehicles or people or missions) and not force:
            uses = [
                f"{counted(len(rows), single, plural)}: {listed([r.name for r in rows])}"
                for rows, single, plural in (
                    (vehicles, "vehicle", "vehicles"),
                    (people, "person", "people"),
                    (missions, "mission", "missions"),
                )
                if rows
            ]
            raise InUse(f"{agency.name} is used by {'; '.join(uses)}")
        detached: list[tuple[str, int, str, int]] = []
        for table, rows, column in (
            ("vehicle", vehicles, "operator_id"),
            ("person", people, "agency_id"),
            ("mission", missions, "operator_id"),
        ):
            for row in rows:
                assert row.id is not None
                detached.append((table, row.id, column, agency_id))
                setattr(row, column, None)
                session.add(row)
        versions = uow.bump(session, [m.id for m in missions if m.id is not None])
        snapshot = Snapshot(
            kind="agency",
            record_id=agency_id,
            name=agency.name,
            rows=(("agency", row_values(agency)),),
            detached=tuple(detached),
            versions=versions,
        )
        session.flush()
        session.delete(agency)
        return snapshot
