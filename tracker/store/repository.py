"""Queries and commands: the one place that reads and writes the data model.

Each command is one transaction that either does all it says or nothing, and starts with
``BEGIN IMMEDIATE`` on SQLite so that its checks and its writes see the same database (another
writer waits on the busy timeout instead of failing). Rules live here, once, and refuse with
a ``UserError`` whose message the window and the command line show as it is.

Every edit of a mission bumps its ``version``; a caller that passes the version it showed
(``expected_version``) gets ``ConflictError`` instead of overwriting a change made elsewhere.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from tracker import schedule
from tracker.clock import Now
from tracker.errors import ConflictError, NeedsConfirmation, NotFound, ValidationError
from tracker.store.database import Database
from tracker.store.models import Agency, CrewAssignment, Mission, Person, ScheduleChange, Vehicle
from tracker.store.records import CrewMember, MissionDetail, MissionRow, PersonRow, ScheduleEntry
from tracker.store.scheduling import record_slip, shift_window
from tracker.vocabulary import NAME_MAX, REASON_MAX, YEAR_MAX, YEAR_MIN, LaunchStatus, NetPrecision

PRIVATE = "Private"
# A flight whose landing is not known is taken to last this long after the end of its NET
# period: longer than a standard six-month station increment, so a crew member still in
# orbit cannot be booked onto another flight by mistake.
ASSUMED_FLIGHT = dt.timedelta(days=210)
# What a NET may be: the years parse_instant accepts, and a reason short enough to read.


def _text(value: str, what: str, *, required: bool = True, limit: int = NAME_MAX) -> str:
    cleaned = value.strip()
    if required and not cleaned:
        raise ValidationError(f"{what} is required")
    if len(cleaned) > limit:
        raise ValidationError(f"{what} is too long ({len(cleaned)} characters; at most {limit})")
    if _NOT_TEXT.search(cleaned):
        raise ValidationError(f"{what} contains control characters or bytes that are not text")
    return cleaned


# NUL and other controls (SQL's length() stops at a NUL), and lone surrogates (what Python
# makes of command-line bytes that are not UTF-8; SQLite cannot store them). Tab and line
# breaks are text.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def _id_fits(value: int) -> bool:
    """SQLite integers are 64-bit: a bigger id names nothing (and would raise OverflowError)."""
    return -(2**63) <= value < 2**63


def _member(a: CrewAssignment, p: Person, agency: Agency | None) -> CrewMember:
    return CrewMember(
        person_id=p.id or 0,
        name=p.name,
        role=a.role,
        seat=a.seat,
        agency=(agency.abbrev or agency.name) if agency else PRIVATE,
        nationality=p.nationality,
    )


_STATUSES = {s.value: s for s in LaunchStatus}
_PRECISIONS = {p.value: p for p in NetPrecision}


def _utc(value: str | dt.datetime) -> dt.datetime:
    """A stored NET read raw (SQLite gives text, PostgreSQL a datetime) as an aware UTC time."""
    when = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


def _mission_row(
    mission_id: int, name: str, status: str, net: str | dt.datetime, precision: str,
    spacecraft: str, launcher: str, operator: str, destination: str, *rest: Any,
) -> MissionRow:  # fmt: skip
    """A list row from raw column values: dictionary lookups instead of per-value processors.

    Vehicle, operator and destination repeat across thousands of rows: interned, each text
    is kept once (100,000 rows: 48 MB to 29 MB).
    """
    return MissionRow(
        mission_id, name, _STATUSES[status], _utc(net), _PRECISIONS[precision],
        sys.intern(spacecraft), sys.intern(launcher), sys.intern(operator),
        sys.intern(destination), *rest,
    )  # fmt: skip


class Repository:
    """Reads return plain records; commands take ids and return what undo needs."""

    def __init__(self, db: Database, clock: Now) -> None:
        self.db = db
        self.clock = clock
        self._writer = db.engine.execution_options(sqlite_begin="IMMEDIATE")

    # --- sessions -------------------------------------------------------------------------

    def _read(self) -> Session:
        return Session(self.db.engine, expire_on_commit=False)

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One command, one transaction: commit on success, roll back on any error."""
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    # --- queries --------------------------------------------------------------------------

    def _mission_rows(self, where: sa.ColumnElement[bool] | None = None) -> list[MissionRow]:
        craft, launcher = aliased(Vehicle), aliased(Vehicle)
        crew_count = (
            select(sa.func.count()).where(CrewAssignment.mission_id == Mission.id).scalar_subquery()
        )
        crew_names = (
            select(sa.func.group_concat(Person.name, ", "))
            .select_from(CrewAssignment)
            .join(Person, col(Person.id) == CrewAssignment.person_id)
            .where(CrewAssignment.mission_id == Mission.id)
            .scalar_subquery()
        )
        slips = (
            select(sa.func.count()).where(ScheduleChange.mission_id == Mission.id).scalar_subquery()
        )
        columns: list[Any] = [
            Mission.id,
            Mission.name,
            sa.type_coerce(Mission.status, sa.String()),  # raw: _mission_row converts it
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
        # A Core connection, not an ORM session: at 100,000 rows the ORM's row handling and
        # the per-value type processors took over half the time (benchmarks/README.md).
        with self.db.engine.connect() as conn:
            return [_mission_row(*row) for row in conn.execute(query)]

    def missions(self) -> list[MissionRow]:
        """All missions in NET order."""
        return self._mission_rows()

    def mission_count(self) -> int:
        with self._read() as session:
            return int(
                session.execute(sa.select(sa.func.count()).select_from(Mission)).scalar_one()
            )

    def first_page(self, now: dt.datetime, recent: int) -> list[MissionRow]:
        """What the window shows first, in NET order (the rest follows in the background):
        the ``recent`` earliest missions yet to fly whose NET is ahead, every one yet to fly
        whose NET has passed, and the ``recent`` latest others.

        The next launch is among them by construction: it is either the earliest pending
        NET ahead of ``now`` or a pending NET already passed whose period is still open.
        """
        pending = [s.value for s in LaunchStatus if s.is_pending]
        is_pending = col(Mission.status).in_(pending)
        ahead = (
            sa.select(col(Mission.id))
            .where(is_pending, col(Mission.net) >= now)
            .order_by(col(Mission.net))
            .limit(recent)
        )
        latest = (
            sa.select(col(Mission.id))
            .where(col(Mission.status).not_in(pending))
            .order_by(col(Mission.net).desc())
            .limit(recent)
        )
        # One list of ids, not an OR across columns: SQLite answers an OR across two
        # columns by reading all 100,000 rows (227 ms); this reads the ids it needs.
        shown = sa.union_all(
            sa.select(col(Mission.id)).where(is_pending, col(Mission.net) < now),
            sa.select(ahead.subquery().c.id),
            sa.select(latest.subquery().c.id),
        )
        return self._mission_rows(col(Mission.id).in_(shown))

    def mission_row(self, mission_id: int) -> MissionRow:
        rows = self._mission_rows(col(Mission.id) == mission_id)
        if not rows:
            raise NotFound(f"no mission with id {mission_id}")
        return rows[0]

    def mission(self, mission_id: int) -> MissionDetail:
        """One mission with its crew (in seat order) and its slip history."""
        with self._read() as session:
            m = session.get(Mission, mission_id)
            if m is None:
                raise NotFound(f"no mission with id {mission_id}")
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
            history = session.exec(
                select(ScheduleChange)
                .where(ScheduleChange.mission_id == mission_id)
                .order_by(col(ScheduleChange.changed_at), col(ScheduleChange.id))
            ).all()
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
                crew=tuple(_member(a, p, ag) for a, p, ag in crew_rows),
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

    def crews(self) -> dict[int, list[CrewMember]]:
        """Every roster at once, by mission id, in seat order (one query, for listings)."""
        query = (
            select(CrewAssignment, Person, Agency)
            .join(Person, col(Person.id) == CrewAssignment.person_id)
            .outerjoin(Agency, col(Agency.id) == Person.agency_id)
            .order_by(col(CrewAssignment.mission_id), col(CrewAssignment.seat))
        )
        result: dict[int, list[CrewMember]] = {}
        with self._read() as session:
            for a, p, ag in session.exec(query).all():
                result.setdefault(a.mission_id, []).append(_member(a, p, ag))
        return result

    def upcoming(self) -> list[MissionDetail]:
        """Every mission yet to fly, in full (for a calendar), in NET order."""
        return [self.mission(r.id) for r in self.missions() if r.status.is_pending]

    def next_launch(self, now: dt.datetime) -> MissionDetail | None:
        """The next launch by the rule in ``schedule.next_launch``, with its crew."""
        pending = [r for r in self.missions() if r.status.is_pending]
        row = schedule.next_launch(pending, now)
        return None if row is None else self.mission(row.id)

    def people(self) -> list[PersonRow]:
        count = (
            select(sa.func.count()).where(CrewAssignment.person_id == Person.id).scalar_subquery()
        )
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
        with self.db.engine.connect() as conn:  # Core, as _mission_rows: 10,000 people 2x faster
            return [PersonRow(*row) for row in conn.execute(query)]

    def _find(self, model: type[Mission] | type[Person], name: str, what: str) -> int:
        """An id by exact name, else by the one name that matches ignoring case."""
        wanted = name.strip()
        with self._read() as session:
            exact = session.exec(select(model.id).where(model.name == wanted)).all()
            if len(exact) == 1:
                return int(exact[0])  # type: ignore[arg-type]
            folded = session.exec(
                select(model.id, model.name).where(sa.func.lower(model.name) == wanted.lower())
            ).all()
        if len(exact) > 1 or len(folded) > 1:
            raise NotFound(f"{what} {name!r} is ambiguous: {len(folded)} match")
        if not folded:
            raise NotFound(f"no {what} named {name!r}")
        return int(folded[0][0])  # type: ignore[arg-type]

    def find_mission(self, name: str) -> int:
        return self._find(Mission, name, "mission")

    def find_person(self, name: str) -> int:
        return self._find(Person, name, "person")

    # --- crew commands --------------------------------------------------------------------

    def _mission_for_edit(
        self,
        session: Session,
        mission_id: int,
        expected_version: int | None,
        confirm: bool,
        action: str = "changing its crew",
    ) -> Mission:
        """The mission, locked in by a version bump; refuse stale or unconfirmed edits."""
        m = session.get(Mission, mission_id) if _id_fits(mission_id) else None
        if m is None:
            raise NotFound(f"no mission with id {mission_id}")
        if expected_version is not None and m.version != expected_version:
            raise ConflictError(f"{m.name} changed elsewhere \u2014 reloaded")
        if not m.status.is_pending and not confirm:
            raise NeedsConfirmation(
                f"{m.name} has already flown ({m.status.label}); {action} rewrites "
                "history. Confirm to go on."
            )
        m.version += 1
        m.updated_at = self.clock()
        session.add(m)
        return m

    def _flight_span(self, m: Mission) -> tuple[dt.datetime, dt.datetime]:
        end = m.landing or schedule.deadline(m.net, m.net_precision) + ASSUMED_FLIGHT
        return m.net, end

    def _check_can_fly(self, session: Session, m: Mission, person: Person) -> None:
        crew = session.exec(select(CrewAssignment).where(CrewAssignment.mission_id == m.id)).all()
        if any(a.person_id == person.id for a in crew):
            raise ValidationError(f"{person.name} is already on {m.name}")
        craft = session.get(Vehicle, m.spacecraft_id) if m.spacecraft_id else None
        if craft and craft.crew_capacity is not None and len(crew) >= craft.crew_capacity:
            raise ValidationError(
                f"{m.name} is full: {craft.name} carries {craft.crew_capacity} crew"
            )
        start, end = self._flight_span(m)
        others = session.exec(
            select(Mission)
            .join(CrewAssignment, col(CrewAssignment.mission_id) == Mission.id)
            .where(CrewAssignment.person_id == person.id, Mission.id != m.id)
        ).all()
        for other in others:
            o_start, o_end = self._flight_span(other)
            if start < o_end and o_start < end:
                landing = (
                    f"lands {other.landing:%Y-%m-%d}"
                    if other.landing
                    else f"landing not known, counted as {ASSUMED_FLIGHT.days} days after its NET"
                )
                raise ValidationError(
                    f"{person.name} is on {other.name} "
                    f"(NET {schedule.format_net(other.net, other.net_precision)}, {landing}), "
                    f"which overlaps {m.name}"
                )

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
        """Put a person on a mission (at ``seat``, else last), checking every roster rule."""
        role = _text(role, "Role")
        with self._write() as session:
            m = self._mission_for_edit(session, mission_id, expected_version, confirm)
            person = session.get(Person, person_id) if _id_fits(person_id) else None
            if person is None:
                raise NotFound(f"no person with id {person_id}")
            self._check_can_fly(session, m, person)
            crew = list(
                session.exec(
                    select(CrewAssignment)
                    .where(CrewAssignment.mission_id == mission_id)
                    .order_by(col(CrewAssignment.seat), col(CrewAssignment.id))
                ).all()
            )
            position = len(crew) if seat is None else max(0, min(seat, len(crew)))
            new = CrewAssignment(mission_id=mission_id, person_id=person_id, role=role)
            crew.insert(position, new)
            for index, a in enumerate(crew):
                a.seat = index
                session.add(a)
            agency = session.get(Agency, person.agency_id) if person.agency_id else None
            return _member(new, person, agency)

    def _assignment(self, session: Session, mission_id: int, person_id: int) -> CrewAssignment:
        if not _id_fits(person_id):
            raise NotFound(f"no person with id {person_id}")
        a = session.exec(
            select(CrewAssignment).where(
                CrewAssignment.mission_id == mission_id, CrewAssignment.person_id == person_id
            )
        ).first()
        if a is None:
            person = session.get(Person, person_id)
            mission = session.get(Mission, mission_id)
            raise NotFound(
                f"{person.name if person else 'that person'} is not on "
                f"{mission.name if mission else 'that mission'}"
            )
        return a

    def _reseat(self, session: Session, mission_id: int, order: list[CrewAssignment]) -> None:
        for index, a in enumerate(order):
            if a.seat != index:
                a.seat = index
                session.add(a)

    def _crew(self, session: Session, mission_id: int) -> list[CrewAssignment]:
        return list(
            session.exec(
                select(CrewAssignment)
                .where(CrewAssignment.mission_id == mission_id)
                .order_by(col(CrewAssignment.seat), col(CrewAssignment.id))
            ).all()
        )

    def remove_crew(
        self,
        mission_id: int,
        person_id: int,
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> CrewMember:
        """Take a person off a mission; returns what they were (role, seat) for undo."""
        with self._write() as session:
            self._mission_for_edit(session, mission_id, expected_version, confirm)
            a = self._assignment(session, mission_id, person_id)
            person = session.get(Person, person_id)
            assert person is not None
            agency = session.get(Agency, person.agency_id) if person.agency_id else None
            removed = _member(a, person, agency)
            session.delete(a)
            session.flush()
            self._reseat(session, mission_id, self._crew(session, mission_id))
            return removed

    def set_crew_role(
        self,
        mission_id: int,
        person_id: int,
        role: str,
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> str:
        """Change a crew member's role; returns the role it replaced."""
        role = _text(role, "Role")
        with self._write() as session:
            self._mission_for_edit(session, mission_id, expected_version, confirm)
            a = self._assignment(session, mission_id, person_id)
            old, a.role = a.role, role
            session.add(a)
            return old

    def move_crew(
        self,
        mission_id: int,
        person_id: int,
        seat: int,
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> int:
        """Move a crew member to ``seat`` (0-based), shifting the others; returns the old seat."""
        with self._write() as session:
            self._mission_for_edit(session, mission_id, expected_version, confirm)
            a = self._assignment(session, mission_id, person_id)
            crew = self._crew(session, mission_id)
            old = crew.index(a)
            crew.pop(old)
            crew.insert(max(0, min(seat, len(crew))), a)
            self._reseat(session, mission_id, crew)
            return old

    # --- schedule commands ----------------------------------------------------------------

    def reschedule(
        self,
        mission_id: int,
        net: dt.datetime,
        precision: NetPrecision,
        reason: str = "",
        *,
        expected_version: int | None = None,
        confirm: bool = False,
    ) -> int:
        """Move a mission's NET and record the move (the slip history); returns the change id.

        The change and the new NET are written together, so the history never disagrees
        with the NET it explains. A launch window moves with its NET.
        """
        if net.tzinfo is None or net.utcoffset() is None:
            raise ValidationError("the new NET needs a time zone (e.g. 2021-11-03T05:10:00Z)")
        if not YEAR_MIN <= net.astimezone(dt.UTC).year <= YEAR_MAX:
            raise ValidationError(f"the new NET must fall in the years {YEAR_MIN} to {YEAR_MAX}")
        precision = NetPrecision(precision)
        reason = _text(reason, "The reason", required=False, limit=REASON_MAX)
        new_net = net.astimezone(dt.UTC)
        with self._write() as session:
            m = self._mission_for_edit(
                session, mission_id, expected_version, confirm, "changing its NET"
            )
            if m.net == new_net and m.net_precision is precision:
                raise ValidationError(
                    f"{m.name} is already NET {schedule.format_net(new_net, precision)}"
                )
            previous = (m.net, m.net_precision)
            shift_window(m, new_net - m.net)
            m.net, m.net_precision = new_net, precision
            change = record_slip(session, m, *previous, reason, self.clock())
            session.add(m)
            session.flush()
            assert change.id is not None
            return change.id

    def undo_reschedule(self, change_id: int, *, expected_version: int | None = None) -> None:
        """Take back a reschedule: restore the NET it replaced and forget the change.

        Only the mission's latest change can be taken back, and only while the NET is still
        the one it set; anything else would leave a history that does not add up.
        """
        with self._write() as session:
            change = session.get(ScheduleChange, change_id)
            if change is None:
                raise NotFound(f"no schedule change with id {change_id}")
            latest = session.exec(
                select(ScheduleChange.id)
                .where(ScheduleChange.mission_id == change.mission_id)
                .order_by(col(ScheduleChange.id).desc())  # the last written, whatever the clock
                .limit(1)
            ).first()
            m = self._mission_for_edit(
                session, change.mission_id, expected_version, True, "changing its NET"
            )
            if latest != change_id:
                raise ValidationError(
                    f"{m.name} was rescheduled again since; undo the later change first"
                )
            if m.net != change.new_net or m.net_precision is not change.new_precision:
                raise ConflictError(f"{m.name}'s NET changed elsewhere \u2014 reloaded")
            shift_window(m, change.previous_net - m.net)
            m.net, m.net_precision = change.previous_net, change.previous_precision
            session.add(m)
            session.delete(change)
