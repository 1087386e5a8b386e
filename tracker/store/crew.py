"""Roster commands: put people on a mission, take them off, give roles and seats.

Each command is one transaction of the unit of work, claims the mission (a stale version
or an unconfirmed edit of a flown mission is refused) and gathers the facts the roster
rules in ``tracker.rules`` judge: room aboard, one person once, no two flights at once.
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from tracker import rules
from tracker.errors import NotFound
from tracker.store.models import Agency, CrewAssignment, Mission, Person, Vehicle
from tracker.store.queries import crew_member
from tracker.store.records import CrewMember
from tracker.store.uow import UnitOfWork, get, id_fits

ACTION = "changing its crew"


def roster(session: Session, mission_id: int) -> list[CrewAssignment]:
    """A mission's assignments in seat order."""
    return list(
        session.exec(
            select(CrewAssignment)
            .where(CrewAssignment.mission_id == mission_id)
            .order_by(col(CrewAssignment.seat), col(CrewAssignment.id))
        ).all()
    )


def reseat(session: Session, order: list[CrewAssignment]) -> None:
    """Number the seats 0, 1, 2… in ``order``, writing only those that change."""
    for index, a in enumerate(order):
        if a.seat != index:
            a.seat = index
            session.add(a)


def _member(session: Session, a: CrewAssignment, person: Person) -> CrewMember:
    agency = session.get(Agency, person.agency_id) if person.agency_id else None
    return crew_member(a, person, agency)


def _check_can_fly(
    session: Session, m: Mission, person: Person, crew: list[CrewAssignment]
) -> None:
    rules.check_not_on(person.name, m.name, any(a.person_id == person.id for a in crew))
    craft = session.get(Vehicle, m.spacecraft_id) if m.spacecraft_id else None
    if craft is not None:
        rules.check_room(m.name, craft.name, craft.crew_capacity, len(crew))
    others = session.exec(
        select(Mission)
        .join(CrewAssignment, col(CrewAssignment.mission_id) == Mission.id)
        .where(CrewAssignment.person_id == person.id, Mission.id != m.id)
    ).all()
    rules.check_no_overlap(
        person.name,
        m.name,
        rules.flight_span(m.net, m.net_precision, m.landing),
        [(o.name, o.net, o.net_precision, o.landing) for o in others],
    )


def _assignment(session: Session, mission: Mission, person_id: int) -> CrewAssignment:
    if not id_fits(person_id):
        raise NotFound(f"no person with id {person_id}")
    a = session.exec(
        select(CrewAssignment).where(
            CrewAssignment.mission_id == mission.id, CrewAssignment.person_id == person_id
        )
    ).first()
    if a is None:
        person = session.get(Person, person_id)
        raise NotFound(f"{person.name if person else 'that person'} is not on {mission.name}")
    return a


def add(
    uow: UnitOfWork,
    mission_id: int,
    person_id: int,
    role: str,
    seat: int | None,
    expected_version: int | None,
    confirm: bool,
) -> CrewMember:
    """Put a person on a mission (at ``seat``, else last), checking every roster rule."""
    role = rules.text(role, "Role")
    with uow.write() as session:
        m = uow.mission_for_edit(session, mission_id, expected_version, confirm, ACTION)
        person = get(session, Person, person_id, "person")
        crew = roster(session, mission_id)
        _check_can_fly(session, m, person, crew)
        new = CrewAssignment(mission_id=mission_id, person_id=person_id, role=role)
        crew.insert(len(crew) if seat is None else max(0, min(seat, len(crew))), new)
        for index, a in enumerate(crew):
            a.seat = index
            session.add(a)
        return _member(session, new, person)


def remove(
    uow: UnitOfWork,
    mission_id: int,
    person_id: int,
    expected_version: int | None,
    confirm: bool,
) -> CrewMember:
    """Take a person off a mission; returns what they were (role, seat) for undo."""
    with uow.write() as session:
        m = uow.mission_for_edit(session, mission_id, expected_version, confirm, ACTION)
        a = _assignment(session, m, person_id)
        removed = _member(session, a, get(session, Person, person_id, "person"))
        session.delete(a)
        session.flush()
        reseat(session, roster(session, mission_id))
        return removed


def set_role(
    uow: UnitOfWork,
    mission_id: int,
    person_id: int,
    role: str,
    expected_version: int | None,
    confirm: bool,
) -> str:
    """Change a crew member's role; returns the role it replaced."""
    role = rules.text(role, "Role")
    with uow.write() as session:
        m = uow.mission_for_edit(session, mission_id, expected_version, confirm, ACTION)
        a = _assignment(session, m, person_id)
        old, a.role = a.role, role
        session.add(a)
        return old


def move(
    uow: UnitOfWork,
    mission_id: int,
    person_id: int,
    seat: int,
    expected_version: int | None,
    confirm: bool,
) -> int:
    """Move a crew member to ``seat`` (0-based), shifting the others; returns the old seat."""
    with uow.write() as session:
        m = uow.mission_for_edit(session, mission_id, expected_version, confirm, ACTION)
        a = _assignment(session, m, person_id)
        crew = roster(session, mission_id)
        old = crew.index(a)
        crew.pop(old)
        crew.insert(max(0, min(seat, len(crew))), a)
        reseat(session, crew)
        return old
