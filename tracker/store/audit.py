"""What in the data breaks the rules the writers keep: for ``tracker check`` to report.

The roster commands refuse these as they happen, and the database refuses a roster over
capacity outright (migration 0005); but data written before those guards, an import that
keeps history as its source tells it (a crew on two flights at once), a capacity lowered
after a flight, or another program can still leave them. Each finding carries the rule's own
message (``tracker.rules``), so it reads as the refusal would have.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa
from sqlmodel import col, select

from tracker import rules, schedule
from tracker.errors import ValidationError
from tracker.store.models import CrewAssignment, Mission, Person, Vehicle
from tracker.store.uow import UnitOfWork

Rule = Literal["overlap", "capacity", "duplicate"]


@dataclass(frozen=True, slots=True)
class Violation:
    """One rule the data breaks: which, in words, and the missions it concerns."""

    rule: Rule
    message: str
    mission_ids: tuple[int, ...]


def violations(uow: UnitOfWork) -> list[Violation]:
    """Every violation, rosters over capacity first, then people on overlapping flights, then
    missions listed twice (same name and NET); each group in a stable order."""
    return [*_over_capacity(uow), *_overlaps(uow), *_duplicates(uow)]


def _over_capacity(uow: UnitOfWork) -> list[Violation]:
    crew = (
        select(CrewAssignment.mission_id, sa.func.count().label("n"))
        .group_by(col(CrewAssignment.mission_id))
        .subquery()
    )
    query = (
        sa.select(
            col(Mission.id),
            col(Mission.name),
            col(Vehicle.name),
            col(Vehicle.crew_capacity),
            crew.c.n,
        )  # fmt: skip
        .join(Vehicle, col(Vehicle.id) == Mission.spacecraft_id)
        .join(crew, crew.c.mission_id == Mission.id)
        .where(col(Vehicle.crew_capacity).is_not(None), crew.c.n > Vehicle.crew_capacity)
        .order_by(col(Mission.net), col(Mission.name))
    )
    found = []
    with uow.read() as session:
        for mission_id, name, craft, seats, count in session.execute(query).all():
            try:
                rules.check_crew_fits(name, craft, seats, count)
            except ValidationError as exc:
                found.append(Violation("capacity", str(exc), (mission_id,)))
    return found


def _overlaps(uow: UnitOfWork) -> list[Violation]:
    query = (
        select(Person.name, Mission)
        .join(CrewAssignment, col(CrewAssignment.person_id) == Person.id)
        .join(Mission, col(Mission.id) == CrewAssignment.mission_id)
        .order_by(col(Person.name), col(Mission.net), col(Mission.id))
    )
    flights: dict[str, list[Mission]] = defaultdict(list)
    with uow.read() as session:
        for person, mission in session.exec(query).all():
            flights[person].append(mission)
    found = []
    for person, missions in flights.items():
        for first, second in itertools.combinations(missions, 2):
            try:
                rules.check_no_overlap(
                    person,
                    second.name,
                    rules.flight_span(second.net, second.net_precision, second.landing),
                    [(first.name, first.net, first.net_precision, first.landing)],
                )
            except ValidationError as exc:
                found.append(Violation("overlap", str(exc), (first.id or 0, second.id or 0)))
    return found


def _duplicates(uow: UnitOfWork) -> list[Violation]:
    twice = (
        select(Mission.name, Mission.net)
        .group_by(col(Mission.name), col(Mission.net))
        .having(sa.func.count() > 1)
        .subquery()
    )
    query = (
        select(Mission)
        .join(twice, sa.and_(twice.c.name == Mission.name, twice.c.net == Mission.net))
        .order_by(col(Mission.net), col(Mission.name), col(Mission.id))
    )
    groups: dict[tuple[str, object], list[tuple[int, str]]] = defaultdict(list)
    with uow.read() as session:
        for m in session.exec(query).all():
            groups[(m.name, m.net)].append((m.id or 0, schedule.format_net(m.net, m.net_precision)))
    return [
        Violation(
            "duplicate",
            f"{len(rows)} missions named {name} with NET {rows[0][1]}: the same mission twice?",
            tuple(mission_id for mission_id, _ in rows),
        )
        for (name, _net), rows in groups.items()
    ]
