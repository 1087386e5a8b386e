"""Reads: the mission list, one mission in full, the people, names looked up.

Each read runs in its own short session or connection and returns plain rows
(``tracker.store.records``); no ORM object leaves here.
The list reads go through Core connections: at 100,000 rows the ORM's row handling and the
per-value type processors took over half the time (benchmarks/README.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import col, select

from tracker import schedule
from tracker.errors import NotFound
from tracker.mission_columns import MissionColumns
from tracker.store.models import (
    Agency,
    CrewAssignment,
    Mission,
    MissionLink,
    Person,
    ScheduleChange,
    Vehicle,
)
from tracker.store.quick_read import AWAITING_FIRST
from tracker.store.records import (
    PRIVATE,
    CrewMember,
    LinkRow,
    MissionDetail,
    MissionRow,
    PersonRow,
    ScheduleEntry,
    link_order,
)
from tracker.store.uow import UnitOfWork, get
from tracker.vocabulary import LaunchStatus, NetPrecision


def crew_member(a: CrewAssignment, p: Person, agency: Agency | None) -> CrewMember:
    """A roster line from its assignment, person and the person's agency."""
    return CrewMember(
        person_id=p.id or 0,
        name=p.name,
        role=a.role,
        seat=a.seat,
        agency=(agency.abbrev or agency.name) if agency else PRIVATE,
        nationality=p.nationality,
    )


LIST_READ_BATCH = 2000  # rows fetched at a time: a big read never holds every result row


def mission_rows(uow: UnitOfWork, where: sa.ColumnElement[bool] | None = None) -> list[MissionRow]:
    """List rows in NET order, all of them or those ``where`` selects."""
    return list(mission_columns(uow, where).rows())


def mission_columns(uow: UnitOfWork, where: sa.ColumnElement[bool] | None = None) -> MissionColumns:
    """The list's missions in NET order, column by column (``tracker.mission_columns``),
    filled as the rows come: raw values, converted there by dictionary lookups instead of
    per-value type processors; the names that repeat are kept once."""
    craft, launcher = aliased(Vehicle), aliased(Vehicle)
    crew_count = (
        select(sa.func.count()).where(CrewAssignment.mission_id == Mission.id).scalar_subquery()
    )
    crew_names = (
        select(sa.func.aggregate_strings(col(Person.name), ", "))
        .select_from(CrewAssignment)
        .join(Person, col(Person.id) == CrewAssignment.person_id)
        .where(CrewAssignment.mission_id == Mission.id)
        .scalar_subquery()
    )
    slips = select(sa.func.count()).where(ScheduleChange.mission_id == Mission.id).scalar_subquery()
    columns: list[Any] = [
        Mission.id,
        Mission.name,
        sa.type_coerce(Mission.status, sa.String()),  # raw: MissionColumns converts it
        sa.type_coerce(Mission.net, sa.String()),
        sa.type_coerce(Mission.net_precision, sa.String()),
        sa.func.coalesce(craft.name, ""),
        sa.func.coalesce(launcher.name, ""),
        sa.func.coalesce(Agency.abbrev, Agency.name, ""),
        Mission.destination,
        crew_count,
        sa.func.coalesce(crew_names, ""),
        slips,
        Mission.version,
        sa.type_coerce(Mission.landing_outcome, sa.String()),
        Mission.launch_site,
    ]
    query = (
        sa.select(*columns)
        .outerjoin(craft, col(craft.id) == Mission.spacecraft_id)
        .outerjoin(launcher, col(launcher.id) == Mission.launcher_id)
        .outerjoin(Agency, col(Agency.id) == Mission.operator_id)
        .order_by(col(Mission.net), col(Mission.name))
    )
    if where is not None:
        query = query.where(where)
    read = MissionColumns()
    with uow.connect() as conn:
        for row in conn.execution_options(yield_per=LIST_READ_BATCH).execute(query):
            read.append_raw(*row)
    return read


def mission_count(uow: UnitOfWork) -> int:
    with uow.read() as session:
        return int(session.execute(sa.select(sa.func.count()).select_from(Mission)).scalar_one())


def first_page(uow: UnitOfWork, now: dt.datetime, recent: int) -> list[MissionRow]:
    """What the window shows first, in NET order (the rest follows in the background),
    bounded whatever the data's shape:

    - the ``recent`` earliest missions yet to fly whose NET is ahead;
    - every one yet to fly whose NET has passed but that may still be on the board (within
      its precision's period and grace: ``on_board_since``);
    - of those yet to fly whose NET has passed for good (awaiting an update), the
      ``recent`` latest and the earliest (the board names the first ``AWAITING_FIRST`` in
      launch order);
    - the ``recent`` latest others.

    The next launch is among them by construction: it is either the earliest pending NET
    ahead of ``now`` or a pending NET already passed whose period is still open. A database
    not updated for years (half of 100,000 launches still Go in the past) keeps its first
    page at a few hundred rows; the board counts every mission awaiting an update once the
    whole list is read. Each status is asked on its own, so that SQLite and PostgreSQL walk
    the index ``mission (status, net)`` in NET order and stop at the rows it needs (the
    latest others too: walking the NET index back from the end would pass every mission
    ahead; PostgreSQL sorted every pending mission ahead for an IN list: 11 ms at 100,000).
    """
    pending = [s.value for s in LaunchStatus if s.is_pending]
    others = [s.value for s in LaunchStatus if not s.is_pending]
    net, status = col(Mission.net), sa.type_coerce(Mission.status, sa.String())
    precision = sa.type_coerce(Mission.net_precision, sa.String())
    windows = [
        sa.and_(precision == p.value, net >= schedule.on_board_since(p, now)) for p in NetPrecision
    ]
    off_board = sa.not_(sa.or_(*windows))
    awaiting = sa.and_(net < now, off_board)

    def each_status(
        where: sa.ColumnElement[bool], order: Any, limit: int, statuses: list[str] = pending
    ) -> sa.Select[Any]:
        """The ``limit`` first ids by ``order`` among the missions of ``statuses`` (pending
        unless said) that ``where`` holds."""
        parts = [
            sa.select(col(Mission.id).label("id"), net.label("net"))
            .where(status == s, where)
            .order_by(order)
            .limit(limit)
            .subquery()
            for s in statuses
        ]
        merged = sa.union_all(*(sa.select(p.c.id, p.c.net) for p in parts)).subquery()
        ordered = merged.c.net.desc() if order is not net else merged.c.net
        return sa.select(sa.select(merged.c.id).order_by(ordered).limit(limit).subquery().c.id)

    earliest = each_status(awaiting, net, AWAITING_FIRST)
    last_named = (
        sa.select(sa.func.max(Mission.net)).where(col(Mission.id).in_(earliest)).scalar_subquery()
    )
    # One list of ids, not an OR across columns: SQLite answers an OR across two
    # columns by reading all 100,000 rows (227 ms); this reads the ids it needs.
    shown = sa.union(
        each_status(net >= now, net, recent),
        each_status(awaiting, net.desc(), recent),
        # ties included; before the last named is before now (one bound: SQLite's index
        # range takes one, and ``net < now`` would walk every stale one)
        each_status(sa.and_(off_board, net <= last_named), net, recent),
        *(
            sa.select(col(Mission.id)).where(status == s, net < now, window)
            for s in pending
            for window in windows
        ),
        each_status(sa.true(), net.desc(), recent, others),
    )  # fmt: skip
    return mission_rows(uow, col(Mission.id).in_(shown))


def mission_row(uow: UnitOfWork, mission_id: int) -> MissionRow:
    rows = mission_rows(uow, col(Mission.id) == mission_id)
    if not rows:
        raise NotFound(f"no mission with id {mission_id}")
    return rows[0]


def mission(uow: UnitOfWork, mission_id: int) -> MissionDetail:
    """One mission with its crew (in seat order) and its slip history."""
    with uow.read() as session:
        m = get(session, Mission, mission_id, "mission")
        craft = session.get(Vehicle, m.spacecraft_id) if m.spacecraft_id else None
        launcher = session.get(Vehicle, m.launcher_id) if m.launcher_id else None
        operator = session.get(Agency, m.operator_id) if m.operator_id else None
        crew_rows = session.exec(
            select(CrewAssignment, Person, Agency)
            .join(Person, col(Person.id) == CrewAssignment.person_id)
            .outerjoin(Agency, col(Agency.id) == Person.agency_id)
            .where(CrewAssignment.mission_id == mission_id)
            .order_by(col(CrewAssignment.seat), col(CrewAssignment.id))
        ).all()
        # in the order the changes were made, then the order they were written
        history = session.exec(
            select(ScheduleChange)
            .where(ScheduleChange.mission_id == mission_id)
            .order_by(col(ScheduleChange.changed_at), col(ScheduleChange.id))
        ).all()
        links = session.exec(select(MissionLink).where(MissionLink.mission_id == mission_id)).all()
        return MissionDetail(
            id=mission_id,
            name=m.name,
            status=m.status,
            net=m.net,
            net_precision=m.net_precision,
            spacecraft=craft.name if craft else "",
            spacecraft_id=m.spacecraft_id,
            capacity=craft.crew_capacity if craft else None,
            capsule=m.capsule,
            launcher=launcher.name if launcher else "",
            launcher_id=m.launcher_id,
            operator=(operator.abbrev or operator.name) if operator else "",
            operator_id=m.operator_id,
            launch_site=m.launch_site,
            destination=m.destination,
            window_start=m.window_start,
            window_end=m.window_end,
            landing=m.landing,
            description=m.description,
            source=m.source,
            version=m.version,
            uid=m.uid,
            landing_outcome=m.landing_outcome,
            status_reason=m.status_reason,
            image_url=m.image_url,
            links=tuple(sorted(map(link_row, links), key=link_order)),
            crew=tuple(crew_member(a, p, ag) for a, p, ag in crew_rows),
            history=tuple(
                ScheduleEntry(
                    previous_net=h.previous_net,
                    previous_precision=h.previous_precision,
                    new_net=h.new_net,
                    new_precision=h.new_precision,
                    changed_at=h.changed_at,
                    reason=h.reason,
                )
                for h in history
            ),
        )


def link_row(k: MissionLink) -> LinkRow:
    return LinkRow(k.kind, k.url, k.title, k.priority, k.live, k.from_ll2)


def crews(uow: UnitOfWork) -> dict[int, list[CrewMember]]:
    """Every roster at once, by mission id, in seat order (one query, for listings)."""
    query = (
        select(CrewAssignment, Person, Agency)
        .join(Person, col(Person.id) == CrewAssignment.person_id)
        .outerjoin(Agency, col(Agency.id) == Person.agency_id)
        .order_by(col(CrewAssignment.mission_id), col(CrewAssignment.seat))
    )
    result: dict[int, list[CrewMember]] = {}
    with uow.read() as session:
        for a, p, ag in session.exec(query).all():
            result.setdefault(a.mission_id, []).append(crew_member(a, p, ag))
    return result


def upcoming(uow: UnitOfWork) -> list[MissionDetail]:
    """Every mission yet to fly, in full (for a calendar), in NET order."""
    return [mission(uow, r.id) for r in mission_rows(uow) if r.status.is_pending]


def next_launch(uow: UnitOfWork, now: dt.datetime) -> MissionDetail | None:
    """The launch on the board by the rule in ``schedule.next_launch`` (through T−0 and in
    flight within its grace period), with its crew."""
    row = schedule.next_launch(first_page(uow, now, 1), now)  # the first page holds it
    return None if row is None else mission(uow, row.id)


def people(uow: UnitOfWork) -> list[PersonRow]:
    """Every person by name, with their agency and how many missions they are on."""
    count = select(sa.func.count()).where(CrewAssignment.person_id == Person.id).scalar_subquery()
    columns: list[Any] = [
        Person.id,
        Person.name,
        sa.func.coalesce(Agency.abbrev, Agency.name, PRIVATE),
        Person.nationality,
        Person.status,
        count,
    ]
    query = (
        sa.select(*columns)
        .outerjoin(Agency, col(Agency.id) == Person.agency_id)
        .order_by(col(Person.name))
    )
    with uow.connect() as conn:  # Core, as mission_rows: 10,000 people 2x faster
        return [PersonRow(*row) for row in conn.execute(query)]


def find_mission(uow: UnitOfWork, name: str) -> int:
    return _find(uow, Mission, name, "mission")


def find_person(uow: UnitOfWork, name: str) -> int:
    return _find(uow, Person, name, "person")


def _find(uow: UnitOfWork, model: type[Mission] | type[Person], name: str, what: str) -> int:
    """An id by exact name, else by the one name that matches ignoring case.

    Case is folded here, not by the database: SQLite's ``lower`` knows only ASCII and
    PostgreSQL's follows the server's locale, so either would match "Łukasz" differently.
    """
    wanted = name.strip()
    with uow.read() as session:
        exact = session.exec(select(model.id).where(model.name == wanted)).all()
        if len(exact) == 1:
            return int(exact[0])  # type: ignore[arg-type]
        names = session.exec(select(model.id, model.name)).all()
    folded = [i for i, n in names if n.casefold() == wanted.casefold()]
    if len(exact) > 1 or len(folded) > 1:
        raise NotFound(f"{what} {name!r} is ambiguous: {len(folded)} match")
    if not folded:
        raise NotFound(f"no {what} named {name!r}")
    return int(folded[0])  # type: ignore[arg-type]
