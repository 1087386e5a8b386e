"""The statistics' one read: a few grouped queries in one transaction, folded by ``stats``.

SQL does the counting (launches by year, status and crewed-or-not; by agency; by vehicle),
so 100,000 missions come back as a few hundred rows; only people's flights and the NET
changes come back row by row, since time in space and slips follow rules of ours
(``tracker.statistics_math``, ``schedule.total_slip``). The same statements run on SQLite
and PostgreSQL (``extract`` is ``strftime`` on one and ``EXTRACT`` on the other).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased
from sqlmodel import col

from tracker import stats
from tracker.store.database import Database
from tracker.store.models import Agency, CrewAssignment, Mission, Person, ScheduleChange, Vehicle
from tracker.vocabulary import LaunchStatus

_PENDING = [s.value for s in LaunchStatus if s.is_pending]


def read(db: Database, now: dt.datetime) -> stats.Statistics:
    """Every chart's numbers as the database holds them at ``now`` (one read transaction,
    so the charts agree with each other)."""
    with db.engine.connect() as conn, conn.begin():
        groups = _year_groups(conn)
        people, flown = stats.time_in_space(_flights(conn), now)
        slipped, moved = stats.slips(_net_changes(conn))
        return stats.Statistics(
            as_of=now,
            per_year=stats.per_year(groups),
            by_agency=stats.ranked(_by_agency(conn)),
            by_vehicle=stats.ranked(_by_vehicle(conn)),
            crewed_per_year=stats.crewed_per_year(groups),
            time_in_space=people,
            people_flown=flown,
            slips=slipped,
            missions_slipped=moved,
        )


def _year_groups(conn: Connection) -> list[stats.YearGroup]:
    year = sa.extract("year", col(Mission.net))
    crewed = sa.exists().where(col(CrewAssignment.mission_id) == col(Mission.id))
    crewed_flag = sa.case((crewed, 1), else_=0)
    status = col(Mission.status)
    query = sa.select(year, status, crewed_flag, sa.func.count()).group_by(
        year, status, crewed_flag
    )
    return [stats.YearGroup(int(y), s, bool(c), int(n)) for y, s, c, n in conn.execute(query)]


def _by_agency(conn: Connection) -> list[tuple[str | None, int]]:
    """Launches by operator, named as the detail names it: its abbreviation, else its name."""
    name = sa.func.coalesce(sa.func.nullif(Agency.abbrev, ""), Agency.name)
    query = (
        sa.select(name, sa.func.count())
        .select_from(Mission)
        .outerjoin(Agency, col(Agency.id) == Mission.operator_id)
        .group_by(name)
    )
    return [(n, int(c)) for n, c in conn.execute(query)]


def _by_vehicle(conn: Connection) -> list[tuple[str | None, int]]:
    """Launches by vehicle as the list names it: the spacecraft, else the launcher."""
    craft, launcher = aliased(Vehicle), aliased(Vehicle)
    name = sa.func.coalesce(craft.name, launcher.name)
    query = (
        sa.select(name, sa.func.count())
        .select_from(Mission)
        .outerjoin(craft, col(craft.id) == Mission.spacecraft_id)
        .outerjoin(launcher, col(launcher.id) == Mission.launcher_id)
        .group_by(name)
    )
    return [(n, int(c)) for n, c in conn.execute(query)]


def _flights(conn: Connection) -> list[stats.Flight]:
    """Everyone's flights that have left the pad."""
    query = (
        sa.select(
            col(CrewAssignment.person_id),
            col(Person.name),
            col(Mission.net),
            col(Mission.landing),
            col(Mission.status),
        )
        .select_from(CrewAssignment)
        .join(Person, col(Person.id) == CrewAssignment.person_id)
        .join(Mission, col(Mission.id) == CrewAssignment.mission_id)
        .where(col(Mission.status).not_in(_PENDING))
    )
    return [
        stats.Flight(int(pid), name, net, landing, status)
        for pid, name, net, landing, status in conn.execute(query)
    ]


def _net_changes(conn: Connection) -> list[stats.NetChange]:
    """Every NET change, grouped by mission, in the order its slip history lists them."""
    query = (
        sa.select(
            col(ScheduleChange.mission_id),
            col(Mission.name),
            col(Mission.status),
            col(ScheduleChange.previous_net),
            col(ScheduleChange.new_net),
        )
        .join(Mission, col(Mission.id) == ScheduleChange.mission_id)
        .order_by(
            col(ScheduleChange.mission_id),
            col(ScheduleChange.changed_at),
            col(ScheduleChange.id),
        )
    )
    return [
        stats.NetChange(int(mid), name, status, previous, new)
        for mid, name, status, previous, new in conn.execute(query)
    ]
