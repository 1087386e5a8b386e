"""What the record commands (agencies, vehicles, people, missions) share.

Names unique per kind, references that must name a record, the fields a command may set,
the values an edit replaced (undo needs them), the "in use" wording, and putting a deleted
record back from its ``Snapshot`` with the same ids (later undo steps may refer to them).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, select

from tracker.errors import ConflictError, NotFound, ValidationError
from tracker.store.models import (
    Agency,
    CrewAssignment,
    Mission,
    MissionLink,
    Person,
    ScheduleChange,
    Vehicle,
)
from tracker.store.records import KINDS, AgencyRecord, PersonRecord, Snapshot, VehicleRecord
from tracker.store.uow import UnitOfWork, get

# How many names an "in use" message lists before it trails off: enough to recognise.
NAMES_SHOWN = 5

MODELS: dict[str, type[SQLModel]] = {
    "agency": Agency,
    "vehicle": Vehicle,
    "person": Person,
    "mission": Mission,
    "crewassignment": CrewAssignment,
    "schedulechange": ScheduleChange,
    "missionlink": MissionLink,
}
Named = Agency | Vehicle | Person | Mission
R = TypeVar("R", AgencyRecord, VehicleRecord, PersonRecord)


# --- wording ----------------------------------------------------------------------------


def listed(names: Sequence[str]) -> str:
    """The first few names, and an ellipsis when there are more."""
    shown = ", ".join(names[:NAMES_SHOWN])
    return shown + (", \u2026" if len(names) > NAMES_SHOWN else "")


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """``1 mission``, ``3 missions``."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


# --- checks -----------------------------------------------------------------------------


def check_fields(fields: Iterable[str], allowed: frozenset[str], what: str) -> None:
    """An unknown field is a programming error, not the user's."""
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise TypeError(f"{what} has no field {', '.join(unknown)}")


def unique(session: Session, model: type[Named], name: str, what: str, own_id: int | None) -> None:
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


def reference(
    session: Session, model: type[Agency] | type[Vehicle], value: Any, what: str
) -> int | None:
    """An id chosen for a reference: nothing, or a record that exists."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{what} must be chosen from the list")
    get(session, model, value, what)
    return value


# --- rows -------------------------------------------------------------------------------


def apply(obj: Any, clean: dict[str, Any]) -> dict[str, Any]:
    """Set the values that differ; return the ones they replaced."""
    old: dict[str, Any] = {}
    for name, value in clean.items():
        if getattr(obj, name) != value:
            old[name] = getattr(obj, name)
            setattr(obj, name, value)
    return old


def row_values(obj: SQLModel) -> dict[str, Any]:
    """Every column of a row, as a snapshot keeps it."""
    return {c.name: getattr(obj, c.name) for c in obj.__table__.columns}  # type: ignore[attr-defined]


def one(records: Sequence[R], record_id: int, what: str) -> R:
    """The record with ``record_id`` from a listing, or ``NotFound``."""
    for r in records:
        if r.id == record_id:
            return r
    raise NotFound(f"no {what} with id {record_id}")


# --- restore ----------------------------------------------------------------------------


def restore(uow: UnitOfWork, snapshot: Snapshot) -> None:
    """Put a deleted record back as it was, with the same ids, in one transaction."""
    try:
        with uow.write() as session:
            _restore(uow, session, snapshot)
    except sa.exc.IntegrityError as exc:
        raise ConflictError(
            f"cannot restore {snapshot.name}: the data changed since it was deleted"
        ) from exc


def _restore(uow: UnitOfWork, session: Session, snapshot: Snapshot) -> None:
    for table, values in snapshot.rows:
        model = MODELS[table]
        if session.get(model, values["id"]) is not None:
            raise ConflictError(
                f"cannot restore {snapshot.name}: a record created since has taken its place"
            )
        if table in KINDS:
            unique(session, model, values["name"], f"another {table}", None)  # type: ignore[arg-type]
        if table == "crewassignment" and session.get(Mission, values["mission_id"]) is None:
            raise ConflictError(
                f"cannot restore {snapshot.name}'s crew place: that mission is gone"
            )
        session.add(model(**values))
        session.flush()
    for table, row_id, column, value in snapshot.detached:
        row = session.get(MODELS[table], row_id)
        if row is not None and getattr(row, column) is None:
            setattr(row, column, value)
            session.add(row)
    for assignment_id, seat in snapshot.seats:
        a = session.get(CrewAssignment, assignment_id)
        if a is not None:
            a.seat = seat
            session.add(a)
    for before in snapshot.versions:
        m = session.get(Mission, before[0])
        if m is not None:
            uow.put_back(m, before, before[1] + 1)  # untouched since the delete: as it was
