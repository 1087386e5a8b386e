"""Create, edit and delete the records behind the missions: agencies, vehicles, people, missions.

The roster rules live in ``repository.py``; these are the rules for the records themselves
(required and unique names, sane lengths, dates that are real instants, capacities a
spacecraft can have). Each command is one transaction on the repository's writer and leaves
the database unchanged when it refuses.

Undo needs exact inverses, so every command returns what it takes to go back: ``update_*``
the values it replaced, ``delete_*`` a ``Snapshot`` of the row and of everything detached or
removed with it, which ``restore`` puts back with the same ids (later undo steps may refer to
them). A deleted record that is still in use is refused with ``InUse``, whose message says
what uses it, unless the caller passes ``force=True`` after asking the user.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col, select

from tracker.clock import parse_instant
from tracker.errors import ConflictError, NeedsConfirmation, NotFound, UserError, ValidationError
from tracker.store.models import Agency, CrewAssignment, Mission, Person, ScheduleChange, Vehicle
from tracker.store.repository import (
    PRIVATE,
    Repository,
    _text,
)
from tracker.store.scheduling import record_slip, shift_window
from tracker.vocabulary import (
    CAPACITY_MAX,
    NAME_MAX,
    REASON_MAX,
    TEXT_MAX,
    YEAR_MAX,
    YEAR_MIN,
    LaunchStatus,
    NetPrecision,
    PersonStatus,
    VehicleKind,
)

Kind = Literal["agency", "vehicle", "person", "mission"]
KINDS: tuple[Kind, ...] = ("agency", "vehicle", "person", "mission")
# How many names an "in use" message lists before it trails off: enough to recognise.
NAMES_SHOWN = 5

AGENCY_FIELDS = frozenset({"name", "abbrev", "country"})
VEHICLE_FIELDS = frozenset({"name", "kind", "operator_id", "crew_capacity", "first_crewed_flight"})
PERSON_FIELDS = frozenset({"name", "agency_id", "nationality", "status"})
MISSION_FIELDS = frozenset(
    {
        "name",
        "spacecraft_id",
        "capsule",
        "launcher_id",
        "operator_id",
        "launch_site",
        "destination",
        "net",
        "net_precision",
        "window_start",
        "window_end",
        "landing",
        "status",
        "description",
        "source",
    }
)

_MODELS: dict[str, type[SQLModel]] = {
    "agency": Agency,
    "vehicle": Vehicle,
    "person": Person,
    "mission": Mission,
    "crewassignment": CrewAssignment,
    "schedulechange": ScheduleChange,
}
Named = Agency | Vehicle | Person | Mission


class InUse(ValidationError):
    """A delete refused because other records use this one; repeat with ``force=True``."""


# --- plain records for the editors ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AgencyRecord:
    id: int
    name: str
    abbrev: str
    country: str
    uses: int  # vehicles, people and missions that refer to it

    @property
    def label(self) -> str:
        return (
            f"{self.name} ({self.abbrev})"
            if self.abbrev and self.abbrev != self.name
            else self.name
        )


@dataclass(frozen=True, slots=True)
class VehicleRecord:
    id: int
    name: str
    kind: VehicleKind
    operator_id: int | None
    operator: str
    crew_capacity: int | None
    first_crewed_flight: dt.date | None
    missions: int


@dataclass(frozen=True, slots=True)
class PersonRecord:
    id: int
    name: str
    agency_id: int | None
    agency: str
    nationality: str
    status: str
    missions: int


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A deleted record and everything that went with it, enough to put it all back.

    ``rows`` are whole rows in the order they must be inserted again; ``detached`` the
    references set to NULL (table, row id, column, old value); ``seats`` the seats of crew
    who stayed on a roster that closed up; ``versions`` the missions whose version the delete
    bumped (id, version before, updated_at before).
    """

    kind: Kind
    record_id: int
    name: str
    rows: tuple[tuple[str, dict[str, Any]], ...]
    detached: tuple[tuple[str, int, str, int], ...] = ()
    seats: tuple[tuple[int, int], ...] = ()
    versions: tuple[tuple[int, int, dt.datetime], ...] = ()


@dataclass(frozen=True, slots=True)
class MissionEdit:
    """What ``update_mission`` changed: ``revert_mission`` takes it back exactly."""

    mission_id: int
    old: dict[str, Any]
    new: dict[str, Any]
    reason: str
    change_id: int | None  # the ScheduleChange written when the NET moved
    version: int  # the mission's version after the edit
    old_version: int
    old_updated_at: dt.datetime
    changed: bool = field(default=True)


# --- value checks ---------------------------------------------------------------------------


def _names(names: Sequence[str]) -> str:
    shown = ", ".join(names[:NAMES_SHOWN])
    return shown + (", \u2026" if len(names) > NAMES_SHOWN else "")


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def _check_fields(fields: Iterable[str], allowed: frozenset[str], what: str) -> None:
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise TypeError(f"{what} has no field {', '.join(unknown)}")


def _str(value: Any, what: str, *, required: bool = False, limit: int = NAME_MAX) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be text")
    return _text(value, what, required=required, limit=limit)


def _instant(value: Any, what: str, *, required: bool = False) -> dt.datetime | None:
    """An aware instant in the years the app accepts, as UTC; text is read as ISO-8601."""
    if value is None or value == "":
        if required:
            raise ValidationError(f"{what} is required")
        return None
    if isinstance(value, str):
        try:
            return parse_instant(value)
        except UserError as exc:
            raise ValidationError(f"{what}: {exc}") from None
    if not isinstance(value, dt.datetime):
        raise ValidationError(f"{what} must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(f"{what} needs a time zone")
    if not YEAR_MIN <= value.astimezone(dt.UTC).year <= YEAR_MAX:
        raise ValidationError(f"{what} must fall in the years {YEAR_MIN} to {YEAR_MAX}")
    return value.astimezone(dt.UTC)


def _date(value: Any, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(f"{what}: not a date: {value!r} (use 2020-05-30)") from None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(f"{what} must be a date")
    if not YEAR_MIN <= value.year <= YEAR_MAX:
        raise ValidationError(f"{what} must fall in the years {YEAR_MIN} to {YEAR_MAX}")
    return value


def _choice(enum: type[Any], value: Any, what: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ValidationError(f"{what} must be one of {allowed} (not {value!r})") from None


def _capacity(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("Crew capacity must be a whole number")
    if not 1 <= value <= CAPACITY_MAX:
        raise ValidationError(f"Crew capacity must be between 1 and {CAPACITY_MAX} (not {value})")
    return value


R = TypeVar("R", AgencyRecord, VehicleRecord, PersonRecord)


def _one(records: Sequence[R], record_id: int, what: str) -> R:
    for r in records:
        if r.id == record_id:
            return r
    raise NotFound(f"no {what} with id {record_id}")


def _row(obj: SQLModel) -> dict[str, Any]:
    return {c.name: getattr(obj, c.name) for c in obj.__table__.columns}  # type: ignore[attr-defined]


class Catalog:
    """Record commands on a repository's database, clock and transactions."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    # --- reads ----------------------------------------------------------------------------

    def agencies(self) -> list[AgencyRecord]:
        """Every agency by name, with how many records refer to it."""
        uses = (
            select(sa.func.count()).where(Vehicle.operator_id == Agency.id).scalar_subquery()
            + select(sa.func.count()).where(Person.agency_id == Agency.id).scalar_subquery()
            + select(sa.func.count()).where(Mission.operator_id == Agency.id).scalar_subquery()
        )
        query = sa.select(
            col(Agency.id), col(Agency.name), col(Agency.abbrev), col(Agency.country), uses
        ).order_by(col(Agency.name))
        with self.repo._read() as session:
            return [AgencyRecord(*row) for row in session.execute(query).all()]

    def vehicles(self, kind: VehicleKind | None = None) -> list[VehicleRecord]:
        """Vehicles by name (optionally of one kind), with how many missions use each."""
        missions = (
            select(sa.func.count())
            .where(
                sa.or_(
                    col(Mission.spacecraft_id) == Vehicle.id, col(Mission.launcher_id) == Vehicle.id
                )
            )
            .scalar_subquery()
        )
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
        with self.repo._read() as session:
            return [VehicleRecord(*row) for row in session.execute(query).all()]

    def people(self) -> list[PersonRecord]:
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
        with self.repo._read() as session:
            return [PersonRecord(*row) for row in session.execute(query).all()]

    def agency(self, agency_id: int) -> AgencyRecord:
        return _one(self.agencies(), agency_id, "agency")

    def vehicle(self, vehicle_id: int) -> VehicleRecord:
        return _one(self.vehicles(), vehicle_id, "vehicle")

    def person(self, person_id: int) -> PersonRecord:
        return _one(self.people(), person_id, "person")

    # --- shared checks --------------------------------------------------------------------

    @staticmethod
    def _get(session: Session, model: type[Any], record_id: int, what: str) -> Any:
        row = session.get(model, record_id)
        if row is None:
            raise NotFound(f"no {what} with id {record_id}")
        return row

    @staticmethod
    def _unique(
        session: Session, model: type[Named], name: str, what: str, own_id: int | None
    ) -> None:
        """Names are unique per kind ignoring case (casefold: SQLite's lower() is ASCII only).

        A record keeping its own name is not checked, so most edits skip the scan of names.
        """
        current = session.get(model, own_id) if own_id is not None else None
        if getattr(current, "name", None) == name:
            return
        wanted = name.casefold()
        for other_id, other in session.exec(select(model.id, model.name)).all():
            if other_id != own_id and other.casefold() == wanted:
                raise ValidationError(f"there is already {what} named {other}")

    def _ref(
        self, session: Session, model: type[Agency] | type[Vehicle], value: Any, what: str
    ) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"{what} must be chosen from the list")
        self._get(session, model, value, what)
        return value

    def _vehicle_ref(
        self, session: Session, value: Any, kind: VehicleKind, what: str
    ) -> int | None:
        vehicle_id = self._ref(session, Vehicle, value, what)
        if vehicle_id is not None:
            v = session.get(Vehicle, vehicle_id)
            assert v is not None
            if v.kind is not kind:
                raise ValidationError(f"{v.name} is a {v.kind.value}, not a {kind.value}")
        return vehicle_id

    @staticmethod
    def _apply(obj: Any, clean: dict[str, Any]) -> dict[str, Any]:
        """Set the values that differ; return the ones they replaced."""
        old: dict[str, Any] = {}
        for name, value in clean.items():
            if getattr(obj, name) != value:
                old[name] = getattr(obj, name)
                setattr(obj, name, value)
        return old

    def _bump(
        self, session: Session, mission_ids: Iterable[int]
    ) -> tuple[tuple[int, int, dt.datetime], ...]:
        """Mark missions changed (their rosters or references moved); return their old versions."""
        before = []
        for mission_id in sorted(set(mission_ids)):
            m = session.get(Mission, mission_id)
            assert m is not None
            before.append((mission_id, m.version, m.updated_at))
            m.version += 1
            m.updated_at = self.repo.clock()
            session.add(m)
        return tuple(before)

    @staticmethod
    def _mission_names(session: Session, where: sa.ColumnElement[bool]) -> list[str]:
        return list(
            session.exec(
                select(Mission.name).where(where).order_by(col(Mission.net), col(Mission.name))
            ).all()
        )

    # --- agencies -------------------------------------------------------------------------

    def _clean_agency(
        self, session: Session, values: dict[str, Any], own_id: int | None
    ) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        if "name" in values:
            clean["name"] = _str(values["name"], "Name", required=True)
            self._unique(session, Agency, clean["name"], "an agency", own_id)
        for key, label in (("abbrev", "Abbreviation"), ("country", "Country")):
            if key in values:
                clean[key] = _str(values[key], label)
        return clean

    def create_agency(self, name: str, abbrev: str = "", country: str = "") -> int:
        with self.repo._write() as session:
            clean = self._clean_agency(
                session, {"name": name, "abbrev": abbrev, "country": country}, None
            )
            agency = Agency(**clean)
            session.add(agency)
            session.flush()
            assert agency.id is not None
            return agency.id

    def update_agency(self, agency_id: int, **fields: Any) -> dict[str, Any]:
        """Change some of an agency's fields; returns the values they replaced."""
        _check_fields(fields, AGENCY_FIELDS, "an agency")
        with self.repo._write() as session:
            agency = self._get(session, Agency, agency_id, "agency")
            old = self._apply(agency, self._clean_agency(session, fields, agency_id))
            session.add(agency)
            return old

    def delete_agency(self, agency_id: int, *, force: bool = False) -> Snapshot:
        """Delete an agency; with ``force``, the records that refer to it lose the reference."""
        with self.repo._write() as session:
            agency = self._get(session, Agency, agency_id, "agency")
            vehicles = session.exec(select(Vehicle).where(Vehicle.operator_id == agency_id)).all()
            people = session.exec(select(Person).where(Person.agency_id == agency_id)).all()
            missions = session.exec(
                select(Mission)
                .where(Mission.operator_id == agency_id)
                .order_by(col(Mission.net), col(Mission.name))
            ).all()
            if (vehicles or people or missions) and not force:
                uses = [
                    f"{_count(len(rows), one, many)}: {_names([r.name for r in rows])}"
                    for rows, one, many in (
                        (vehicles, "vehicle", "vehicles"),
                        (people, "person", "people"),
                        (missions, "mission", "missions"),
                    )
                    if rows
                ]
                raise InUse(f"{agency.name} is used by {'; '.join(uses)}")
            detached = [("vehicle", v.id, "operator_id", agency_id) for v in vehicles]
            detached += [("person", p.id, "agency_id", agency_id) for p in people]
            detached += [("mission", m.id, "operator_id", agency_id) for m in missions]
            for row in (*vehicles, *people, *missions):
                setattr(row, "agency_id" if isinstance(row, Person) else "operator_id", None)
                session.add(row)
            versions = self._bump(session, [m.id for m in missions if m.id is not None])
            snapshot = Snapshot(
                kind="agency",
                record_id=agency_id,
                name=agency.name,
                rows=(("agency", _row(agency)),),
                detached=tuple(detached),  # type: ignore[arg-type]
                versions=versions,
            )
            session.flush()
            session.delete(agency)
            return snapshot

    # --- vehicles -------------------------------------------------------------------------

    def _clean_vehicle(
        self, session: Session, values: dict[str, Any], current: Vehicle | None
    ) -> dict[str, Any]:
        own_id = current.id if current else None
        clean: dict[str, Any] = {}
        if "name" in values:
            clean["name"] = _str(values["name"], "Name", required=True)
            self._unique(session, Vehicle, clean["name"], "a vehicle", own_id)
        if "kind" in values:
            clean["kind"] = _choice(VehicleKind, values["kind"], "Kind")
        if "operator_id" in values:
            clean["operator_id"] = self._ref(session, Agency, values["operator_id"], "operator")
        if "crew_capacity" in values:
            clean["crew_capacity"] = _capacity(values["crew_capacity"])
        if "first_crewed_flight" in values:
            clean["first_crewed_flight"] = _date(
                values["first_crewed_flight"], "First crewed flight"
            )
        name = clean.get("name", current.name if current else "")
        kind: VehicleKind = clean.get("kind", current.kind if current else VehicleKind.LAUNCHER)
        capacity = clean.get("crew_capacity", current.crew_capacity if current else None)
        if ("kind" in clean or "crew_capacity" in clean) and (
            kind is VehicleKind.SPACECRAFT and capacity is None
        ):
            raise ValidationError(f"{name} is a spacecraft: give its crew capacity (1 to 20)")
        if current is not None:
            self._check_vehicle_uses(session, current, kind, capacity)
        return clean

    def _check_vehicle_uses(
        self, session: Session, v: Vehicle, kind: VehicleKind, capacity: int | None
    ) -> None:
        """A new kind or a lower capacity must not strand the missions that use the vehicle."""
        if kind is not v.kind:
            column = (
                Mission.spacecraft_id if v.kind is VehicleKind.SPACECRAFT else Mission.launcher_id
            )
            users = self._mission_names(session, col(column) == v.id)
            if users:
                raise ValidationError(
                    f"{v.name} is the {v.kind.value} of {_count(len(users), 'mission')} "
                    f"({_names(users)}); it must stay a {v.kind.value}"
                )
        if capacity is not None and (v.crew_capacity is None or capacity < v.crew_capacity):
            crew = (
                select(Mission.name, sa.func.count(col(CrewAssignment.id)))
                .join(CrewAssignment, col(CrewAssignment.mission_id) == Mission.id)
                .where(
                    Mission.spacecraft_id == v.id,
                    col(Mission.status).in_([s.value for s in LaunchStatus if s.is_pending]),
                )
                .group_by(col(Mission.id), col(Mission.name))
                .having(sa.func.count(col(CrewAssignment.id)) > capacity)
                .order_by(col(Mission.name))
            )
            over = session.exec(crew).all()
            if over:
                name, count = over[0]
                more = f" (and {_count(len(over) - 1, 'other mission')})" if len(over) > 1 else ""
                raise ValidationError(
                    f"{name} already has {count} crew on {v.name}{more}: "
                    f"its capacity cannot go below {count}"
                )

    def create_vehicle(
        self,
        name: str,
        kind: VehicleKind | str,
        operator_id: int | None = None,
        crew_capacity: int | None = None,
        first_crewed_flight: dt.date | str | None = None,
    ) -> int:
        values = {
            "name": name,
            "kind": kind,
            "operator_id": operator_id,
            "crew_capacity": crew_capacity,
            "first_crewed_flight": first_crewed_flight,
        }
        with self.repo._write() as session:
            vehicle = Vehicle(**self._clean_vehicle(session, values, None))
            session.add(vehicle)
            session.flush()
            assert vehicle.id is not None
            return vehicle.id

    def update_vehicle(self, vehicle_id: int, **fields: Any) -> dict[str, Any]:
        """Change some of a vehicle's fields; returns the values they replaced."""
        _check_fields(fields, VEHICLE_FIELDS, "a vehicle")
        with self.repo._write() as session:
            vehicle = self._get(session, Vehicle, vehicle_id, "vehicle")
            old = self._apply(vehicle, self._clean_vehicle(session, fields, vehicle))
            session.add(vehicle)
            return old

    def delete_vehicle(self, vehicle_id: int, *, force: bool = False) -> Snapshot:
        """Delete a vehicle; with ``force``, missions that use it lose the reference."""
        with self.repo._write() as session:
            vehicle = self._get(session, Vehicle, vehicle_id, "vehicle")
            missions = session.exec(
                select(Mission)
                .where(
                    sa.or_(
                        col(Mission.spacecraft_id) == vehicle_id,
                        col(Mission.launcher_id) == vehicle_id,
                    )
                )
                .order_by(col(Mission.net), col(Mission.name))
            ).all()
            if missions and not force:
                raise InUse(
                    f"{vehicle.name} is used by {_count(len(missions), 'mission')}: "
                    f"{_names([m.name for m in missions])}"
                )
            detached: list[tuple[str, int, str, int]] = []
            for m in missions:
                assert m.id is not None
                for column in ("spacecraft_id", "launcher_id"):
                    if getattr(m, column) == vehicle_id:
                        detached.append(("mission", m.id, column, vehicle_id))
                        setattr(m, column, None)
                session.add(m)
            versions = self._bump(session, [m.id for m in missions if m.id is not None])
            snapshot = Snapshot(
                kind="vehicle",
                record_id=vehicle_id,
                name=vehicle.name,
                rows=(("vehicle", _row(vehicle)),),
                detached=tuple(detached),
                versions=versions,
            )
            session.flush()
            session.delete(vehicle)
            return snapshot

    # --- people ---------------------------------------------------------------------------

    def _clean_person(
        self, session: Session, values: dict[str, Any], own_id: int | None
    ) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        if "name" in values:
            clean["name"] = _str(values["name"], "Name", required=True)
            self._unique(session, Person, clean["name"], "a person", own_id)
        if "agency_id" in values:
            clean["agency_id"] = self._ref(session, Agency, values["agency_id"], "agency")
        if "nationality" in values:
            clean["nationality"] = _str(values["nationality"], "Nationality")
        if "status" in values:
            clean["status"] = _str(values["status"], "Status", required=True)
        return clean

    def create_person(
        self,
        name: str,
        agency_id: int | None = None,
        nationality: str = "",
        status: str = PersonStatus.ACTIVE.value,
    ) -> int:
        values = {
            "name": name,
            "agency_id": agency_id,
            "nationality": nationality,
            "status": status,
        }
        with self.repo._write() as session:
            person = Person(**self._clean_person(session, values, None))
            session.add(person)
            session.flush()
            assert person.id is not None
            return person.id

    def update_person(self, person_id: int, **fields: Any) -> dict[str, Any]:
        """Change some of a person's fields; returns the values they replaced."""
        _check_fields(fields, PERSON_FIELDS, "a person")
        with self.repo._write() as session:
            person = self._get(session, Person, person_id, "person")
            old = self._apply(person, self._clean_person(session, fields, person_id))
            session.add(person)
            return old

    def delete_person(self, person_id: int, *, force: bool = False) -> Snapshot:
        """Delete a person; with ``force``, they come off every crew (the rest close up)."""
        with self.repo._write() as session:
            person = self._get(session, Person, person_id, "person")
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
                    f"{person.name} is on {crews} {_count(len(missions), 'mission')}: "
                    f"{_names(missions)}"
                )
            rows: list[tuple[str, dict[str, Any]]] = [("person", _row(person))]
            seats: list[tuple[int, int]] = []
            mission_ids = [m.id for _a, m in assignments if m.id is not None]
            for a, _m in assignments:
                rows.append(("crewassignment", _row(a)))
                session.delete(a)
            session.flush()
            for mission_id in mission_ids:
                crew = self.repo._crew(session, mission_id)
                seats += [(a.id, a.seat) for a in crew if a.id is not None]
                self.repo._reseat(session, mission_id, crew)
            versions = self._bump(session, mission_ids)
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

    # --- missions -------------------------------------------------------------------------

    def _clean_mission(
        self, session: Session, values: dict[str, Any], current: Mission | None
    ) -> dict[str, Any]:
        own_id = current.id if current else None
        clean: dict[str, Any] = {}
        if "name" in values:
            clean["name"] = _str(values["name"], "Name", required=True)
            self._unique(session, Mission, clean["name"], "a mission", own_id)
        for key, label in (
            ("capsule", "Capsule"),
            ("launch_site", "Launch site"),
            ("destination", "Destination"),
        ):
            if key in values:
                clean[key] = _str(values[key], label)
        for key, label in (("description", "Description"), ("source", "Source")):
            if key in values:
                clean[key] = _str(values[key], label, limit=TEXT_MAX)
        if "spacecraft_id" in values:
            clean["spacecraft_id"] = self._vehicle_ref(
                session, values["spacecraft_id"], VehicleKind.SPACECRAFT, "spacecraft"
            )
        if "launcher_id" in values:
            clean["launcher_id"] = self._vehicle_ref(
                session, values["launcher_id"], VehicleKind.LAUNCHER, "launcher"
            )
        if "operator_id" in values:
            clean["operator_id"] = self._ref(session, Agency, values["operator_id"], "operator")
        if "net" in values:
            clean["net"] = _instant(values["net"], "NET", required=True)
        for key, label in (
            ("window_start", "Window opens"),
            ("window_end", "Window closes"),
            ("landing", "Landing"),
        ):
            if key in values:
                clean[key] = _instant(values[key], label)
        if "net_precision" in values:
            clean["net_precision"] = _choice(NetPrecision, values["net_precision"], "NET precision")
        if "status" in values:
            clean["status"] = _choice(LaunchStatus, values["status"], "Status")
        self._check_mission(session, clean, current)
        return clean

    def _check_mission(
        self, session: Session, clean: dict[str, Any], current: Mission | None
    ) -> None:
        """Rules across fields, on the mission as it would be after the edit."""

        def value(key: str) -> Any:
            return clean[key] if key in clean else getattr(current, key, None)

        name, net = value("name"), value("net")
        start, end, landing = value("window_start"), value("window_end"), value("landing")
        if start is not None and end is not None and end < start:
            raise ValidationError(f"{name}'s launch window closes before it opens")
        if landing is not None and net is not None and landing < net:
            raise ValidationError(f"{name} cannot land before its NET")
        if current is not None and "spacecraft_id" in clean and clean["spacecraft_id"]:
            craft = session.get(Vehicle, clean["spacecraft_id"])
            crew = len(self.repo._crew(session, current.id or 0))
            if craft and craft.crew_capacity is not None and crew > craft.crew_capacity:
                raise ValidationError(
                    f"{name} has {crew} crew; {craft.name} carries {craft.crew_capacity}"
                )

    def create_mission(self, name: str, net: dt.datetime | str, **fields: Any) -> int:
        """A new mission (version 1) with any of the other mission fields."""
        _check_fields(fields, MISSION_FIELDS - {"name", "net"}, "a mission")
        with self.repo._write() as session:
            clean = self._clean_mission(session, {"name": name, "net": net, **fields}, None)
            now = self.repo.clock()
            mission = Mission(**clean, created_at=now, updated_at=now)
            session.add(mission)
            session.flush()
            assert mission.id is not None
            return mission.id

    def _edit_mission(
        self, session: Session, m: Mission, clean: dict[str, Any], *, window_given: bool
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """Set validated fields; a NET that moves takes a window not given along with it."""
        before_net = m.net
        before = {"window_start": m.window_start, "window_end": m.window_end}
        old = self._apply(m, clean)
        if "net" in old:
            if not window_given:
                shift_window(m, m.net - before_net)
            # Both ends always travel with a moved NET, so that undo and redo (which pass
            # them explicitly) put the window exactly where it was rather than shift it.
            old.update(before)
        new = {key: getattr(m, key) for key in old}
        return old, new

    def _record_slip(
        self, session: Session, m: Mission, old: dict[str, Any], reason: str
    ) -> ScheduleChange | None:
        """The slip history entry for an edit that moved the NET or its precision.

        Written in the edit's own transaction, so the history never disagrees with the NET.
        """
        if "net" not in old and "net_precision" not in old:
            return None
        return record_slip(
            session,
            m,
            old.get("net", m.net),
            old.get("net_precision", m.net_precision),
            reason,
            self.repo.clock(),
        )

    def update_mission(
        self,
        mission_id: int,
        expected_version: int | None = None,
        *,
        confirm: bool = False,
        reason: str = "",
        **fields: Any,
    ) -> MissionEdit:
        """Edit a mission's fields in one transaction; a moved NET is added to its history.

        ``expected_version`` refuses an edit of a mission changed elsewhere since it was
        shown; a mission that has flown needs ``confirm``. Nothing to change writes nothing.
        """
        _check_fields(fields, MISSION_FIELDS, "a mission")
        reason = _str(reason, "The reason", limit=REASON_MAX)
        with self.repo._write() as session:
            m = self._get(session, Mission, mission_id, "mission")
            old_version, old_updated = m.version, m.updated_at
            if expected_version is not None and m.version != expected_version:
                raise ConflictError(f"{m.name} changed elsewhere \u2014 reloaded")
            clean = self._clean_mission(session, fields, m)
            if not any(getattr(m, key) != value for key, value in clean.items()):
                return MissionEdit(
                    mission_id, {}, {}, reason, None, m.version, m.version, m.updated_at, False
                )
            self.repo._mission_for_edit(session, mission_id, None, confirm, "editing it")
            window_given = bool({"window_start", "window_end"} & fields.keys())
            old, new = self._edit_mission(session, m, clean, window_given=window_given)
            change = self._record_slip(session, m, old, reason)
            session.add(m)
            session.flush()
            return MissionEdit(
                mission_id=mission_id,
                old=old,
                new=new,
                reason=reason,
                change_id=change.id if change else None,
                version=m.version,
                old_version=old_version,
                old_updated_at=old_updated,
            )

    def revert_mission(self, edit: MissionEdit) -> None:
        """Take back ``update_mission`` exactly: the old values, and its slip entry removed.

        Refused when the fields it set have changed since (another edit would be lost). The
        version goes back too when nothing else touched the mission, so the row is as it was.
        """
        if not edit.changed:
            return
        with self.repo._write() as session:
            m = self._get(session, Mission, edit.mission_id, "mission")
            if any(getattr(m, key) != value for key, value in edit.new.items()):
                raise ConflictError(f"{m.name} changed elsewhere \u2014 reloaded")
            untouched = m.version == edit.version
            clean = self._clean_mission(session, edit.old, m)
            self._edit_mission(session, m, clean, window_given=True)
            if edit.change_id is not None:
                change = session.get(ScheduleChange, edit.change_id)
                if change is not None:
                    session.delete(change)
            if untouched:
                m.version, m.updated_at = edit.old_version, edit.old_updated_at
            else:
                m.version += 1
                m.updated_at = self.repo.clock()
            session.add(m)

    def delete_mission(self, mission_id: int, *, force: bool = False) -> Snapshot:
        """Delete a mission with its crew and slip history.

        A mission with a crew, or one that has flown, needs ``force``: InUse (or
        NeedsConfirmation) says why.
        """
        with self.repo._write() as session:
            m = self._get(session, Mission, mission_id, "mission")
            crew = self.repo._crew(session, mission_id)
            if crew and not force:
                names = [
                    p.name for a in crew if (p := session.get(Person, a.person_id)) is not None
                ]
                raise InUse(f"{m.name} has {_count(len(names), 'crew member')}: {_names(names)}")
            if not m.status.is_pending and not force:
                raise NeedsConfirmation(
                    f"{m.name} has already flown ({m.status.label}); deleting it rewrites "
                    "history. Confirm to go on."
                )
            history = session.exec(
                select(ScheduleChange)
                .where(ScheduleChange.mission_id == mission_id)
                .order_by(col(ScheduleChange.id))
            ).all()
            rows: list[tuple[str, dict[str, Any]]] = [("mission", _row(m))]
            rows += [("crewassignment", _row(a)) for a in crew]
            rows += [("schedulechange", _row(h)) for h in history]
            for child in (*crew, *history):
                session.delete(child)
            session.flush()
            session.delete(m)
            return Snapshot(kind="mission", record_id=mission_id, name=m.name, rows=tuple(rows))

    # --- restore and dispatch -------------------------------------------------------------

    def restore(self, snapshot: Snapshot) -> None:
        """Put a deleted record back as it was, with the same ids, in one transaction."""
        try:
            with self.repo._write() as session:
                self._restore(session, snapshot)
        except sa.exc.IntegrityError as exc:
            raise ConflictError(
                f"cannot restore {snapshot.name}: the data changed since it was deleted"
            ) from exc

    def _restore(self, session: Session, snapshot: Snapshot) -> None:
        for table, values in snapshot.rows:
            model = _MODELS[table]
            if session.get(model, values["id"]) is not None:
                raise ConflictError(
                    f"cannot restore {snapshot.name}: a record created since has taken its place"
                )
            if table in KINDS:
                name = values["name"]
                self._unique(
                    session,
                    model,  # type: ignore[arg-type]
                    name,
                    f"another {table}",
                    None,
                )
            if table == "crewassignment" and session.get(Mission, values["mission_id"]) is None:
                raise ConflictError(
                    f"cannot restore {snapshot.name}'s crew place: that mission is gone"
                )
            session.add(model(**values))
            session.flush()
        for table, row_id, column, value in snapshot.detached:
            row = session.get(_MODELS[table], row_id)
            if row is not None and getattr(row, column) is None:
                setattr(row, column, value)
                session.add(row)
        for assignment_id, seat in snapshot.seats:
            a = session.get(CrewAssignment, assignment_id)
            if a is not None:
                a.seat = seat
                session.add(a)
        for mission_id, version, updated_at in snapshot.versions:
            m = session.get(Mission, mission_id)
            if m is None:
                continue
            if m.version == version + 1:  # untouched since the delete: back as it was
                m.version, m.updated_at = version, updated_at
            else:
                m.version += 1
                m.updated_at = self.repo.clock()
            session.add(m)

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
        if kind == "agency":
            return self.delete_agency(record_id, force=force)
        if kind == "vehicle":
            return self.delete_vehicle(record_id, force=force)
        if kind == "person":
            return self.delete_person(record_id, force=force)
        return self.delete_mission(record_id, force=force)
