"""Reads for the pages of a person, a vehicle and an agency (``profile_records``).

A page is asked for by id (the window follows a link) or by name (the command line): a name
matches exactly, else the one name that matches ignoring case (an agency also by its
abbreviation); an unknown or ambiguous name is a ``NotFound`` that says which. Times in
space and success rates are counted by ``tracker.careers`` as of the unit of work's clock.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from tracker import careers
from tracker.errors import NotFound
from tracker.store.models import Agency, CrewAssignment, Mission, Person, Vehicle
from tracker.store.profile_records import (
    AgencyMission,
    AgencyPerson,
    AgencyProfile,
    AgencyVehicle,
    PersonFlight,
    PersonProfile,
    VehicleFlight,
    VehicleProfile,
)
from tracker.store.queries import find_person
from tracker.store.records import PRIVATE
from tracker.store.uow import UnitOfWork, get

Key = int | str  # a record's id, or its name as a user typed it


def _image_url(row: Agency | Vehicle | Person) -> str:
    """The record's image address; vehicles and agencies have one from migration 0006 on."""
    return str(getattr(row, "image_url", "") or "")


def _crew_count() -> sa.ScalarSelect[int]:
    return select(sa.func.count()).where(CrewAssignment.mission_id == Mission.id).scalar_subquery()


def _match(rows: list[tuple[int, tuple[str, ...]]], what: str, text: str) -> int:
    """The one row one of whose names is ``text``: exact first, else ignoring case (in
    Python: SQLite's ``lower`` folds ASCII only). Vehicles and agencies are few."""
    wanted = text.strip()
    found = [i for i, names in rows if wanted in names] or [
        i for i, names in rows if wanted.casefold() in {n.casefold() for n in names}
    ]
    if len(found) > 1:
        raise NotFound(f"{what} {text!r} is ambiguous: {len(found)} match")
    if not found:
        raise NotFound(f"no {what} named {text!r}")
    return found[0]


def find_vehicle(uow: UnitOfWork, name: str) -> int:
    """A vehicle's id by exact name, else by the one name that matches ignoring case."""
    with uow.read() as session:
        rows = session.execute(sa.select(col(Vehicle.id), col(Vehicle.name))).all()
    return _match([(int(i), (n,)) for i, n in rows], "vehicle", name)


def find_agency(uow: UnitOfWork, text: str) -> int:
    """An agency's id by its name or abbreviation: exact first, else the one that matches
    ignoring case."""
    with uow.read() as session:
        rows = session.execute(
            sa.select(col(Agency.id), col(Agency.name), col(Agency.abbrev))
        ).all()
    return _match([(int(i), (n, a) if a else (n,)) for i, n, a in rows], "agency", text)


def _id(uow: UnitOfWork, key: Key, find: Callable[[UnitOfWork, str], int]) -> int:
    return key if isinstance(key, int) else find(uow, key)


# --- a person ----------------------------------------------------------------------------


def person(uow: UnitOfWork, key: Key) -> PersonProfile:
    """A person with every mission they are on (pending ones too) and their time in space."""
    person_id = _id(uow, key, find_person)
    now = uow.clock()
    craft = aliased(Vehicle)
    with uow.read() as session:
        p = get(session, Person, person_id, "person")
        agency = session.get(Agency, p.agency_id) if p.agency_id is not None else None
        rows = session.exec(
            select(CrewAssignment, Mission, craft)
            .join(Mission, col(Mission.id) == CrewAssignment.mission_id)
            .outerjoin(craft, col(craft.id) == Mission.spacecraft_id)
            .where(CrewAssignment.person_id == person_id)
            .order_by(col(Mission.net), col(Mission.name))
        ).all()
    flights = tuple(
        PersonFlight(
            mission_id=m.id or 0,
            mission=m.name,
            role=a.role,
            seat=a.seat,
            net=m.net,
            net_precision=m.net_precision,
            landing=m.landing,
            status=m.status,
            landing_outcome=m.landing_outcome,
            spacecraft=v.name if v is not None else "",
            stay=careers.stay(m.status, m.net, m.landing, now),
        )
        for a, m, v in rows
    )
    total = careers.total(f.stay for f in flights)
    return PersonProfile(
        id=person_id,
        name=p.name,
        agency_id=p.agency_id,
        agency=(agency.abbrev or agency.name) if agency else PRIVATE,
        agency_name=agency.name if agency else "",
        nationality=p.nationality,
        status=p.status,
        image_url=_image_url(p),
        flights=flights,
        time_in_space=total.duration,
        in_space_now=total.in_space,
        as_of=now,
    )


# --- a vehicle ---------------------------------------------------------------------------


def vehicle(uow: UnitOfWork, key: Key) -> VehicleProfile:
    """A vehicle with every mission that uses it (as spacecraft or launcher), how each went,
    and the crew it carried."""
    vehicle_id = _id(uow, key, find_vehicle)
    uses = sa.or_(col(Mission.spacecraft_id) == vehicle_id, col(Mission.launcher_id) == vehicle_id)
    with uow.read() as session:
        v = get(session, Vehicle, vehicle_id, "vehicle")
        operator = session.get(Agency, v.operator_id) if v.operator_id is not None else None
        rows = session.execute(
            sa.select(Mission, _crew_count())
            .where(uses)
            .order_by(col(Mission.net), col(Mission.name))
        ).all()
        flown = [m.id for m, _n in rows if careers.launched(m.status)]
        people = _distinct_crew(session, flown)
    flights = tuple(
        VehicleFlight(
            mission_id=m.id or 0,
            mission=m.name,
            net=m.net,
            net_precision=m.net_precision,
            landing=m.landing,
            status=m.status,
            landing_outcome=m.landing_outcome,
            crew=int(n),
            succeeded=careers.succeeded(m.status, m.landing_outcome),
        )
        for m, n in rows
    )
    return VehicleProfile(
        id=vehicle_id,
        name=v.name,
        kind=v.kind,
        operator_id=v.operator_id,
        operator=(operator.abbrev or operator.name) if operator else "",
        capacity=v.crew_capacity,
        first_crewed_flight=v.first_crewed_flight,
        image_url=_image_url(v),
        flights=flights,
        seats_flown=sum(f.crew for f in flights if careers.launched(f.status)),
        people_carried=people,
        as_of=uow.clock(),
    )


def _distinct_crew(session: Session, mission_ids: list[int | None]) -> int:
    if not mission_ids:
        return 0
    query = sa.select(sa.func.count(sa.distinct(col(CrewAssignment.person_id)))).where(
        col(CrewAssignment.mission_id).in_(mission_ids)
    )
    return int(session.execute(query).scalar_one())


# --- an agency ---------------------------------------------------------------------------


def agency(uow: UnitOfWork, key: Key) -> AgencyProfile:
    """An agency with the missions it operates, its people and its vehicles."""
    agency_id = _id(uow, key, find_agency)
    craft, launcher = aliased(Vehicle), aliased(Vehicle)
    person_missions = (
        select(sa.func.count()).where(CrewAssignment.person_id == Person.id).scalar_subquery()
    )
    vehicle_missions = (
        select(sa.func.count())
        .where(
            sa.or_(col(Mission.spacecraft_id) == Vehicle.id, col(Mission.launcher_id) == Vehicle.id)
        )
        .scalar_subquery()
    )
    with uow.read() as session:
        a = get(session, Agency, agency_id, "agency")
        missions = session.execute(
            sa.select(
                col(Mission.id),
                col(Mission.name),
                col(Mission.net),
                col(Mission.net_precision),
                col(Mission.status),
                sa.func.coalesce(craft.name, launcher.name, ""),
                _crew_count(),
            )
            .outerjoin(craft, col(craft.id) == Mission.spacecraft_id)
            .outerjoin(launcher, col(launcher.id) == Mission.launcher_id)
            .where(col(Mission.operator_id) == agency_id)
            .order_by(col(Mission.net), col(Mission.name))
        ).all()
        people = session.execute(
            sa.select(
                col(Person.id),
                col(Person.name),
                col(Person.nationality),
                col(Person.status),
                person_missions,
            )
            .where(col(Person.agency_id) == agency_id)
            .order_by(col(Person.name))
        ).all()
        vehicles = session.execute(
            sa.select(
                col(Vehicle.id),
                col(Vehicle.name),
                col(Vehicle.kind),
                col(Vehicle.crew_capacity),
                vehicle_missions,
            )
            .where(col(Vehicle.operator_id) == agency_id)
            .order_by(col(Vehicle.name))
        ).all()
    return AgencyProfile(
        id=agency_id,
        name=a.name,
        abbrev=a.abbrev,
        country=a.country,
        image_url=_image_url(a),
        missions=tuple(AgencyMission(*row) for row in missions),
        people=tuple(AgencyPerson(*row) for row in people),
        vehicles=tuple(AgencyVehicle(*row) for row in vehicles),
        as_of=uow.clock(),
    )
