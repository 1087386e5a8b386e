"""How a Launch Library 2 record finds the row it is, so that re-importing never duplicates.

A launch by its LL2 id, else a mission of the same name that no import has linked yet (the
default data); an agency by LL2 id, else by name or abbreviation (also the abbreviation in
parentheses, "... (ROSCOSMOS)"); a vehicle by kind and LL2 configuration id, else by name
ignoring case and punctuation, also with a trailing version number ("Crew Dragon 2" is the
default data's "Crew Dragon"); a person by LL2 id, else by name. The first match links the
record (its LL2 id is stored).

Linear in the size of the file and the database: people and missions are found through
dictionaries built once and kept up to date as records are added, linked or renamed
(agencies and vehicles are a few hundred, met once each, and found by a scan).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from tracker.exchange.ll2_data import AgencyData, PersonData, VehicleData
from tracker.store.models import Agency, CrewAssignment, Mission, Person, Vehicle


def fold(name: str) -> str:
    return name.strip().casefold()


def loose(name: str) -> str:
    """Name for loose vehicle matching: no case, spaces or punctuation ("Soyuz-2.1a")."""
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def row_id(row: Agency | Vehicle | Mission | Person) -> int:
    """The primary key of a flushed row."""
    assert row.id is not None
    return row.id


# How a snapshot refers to another record: by LL2 id when it has one, else by name.


def agency_key(a: Agency | None) -> str | None:
    if a is None:
        return None
    return f"ll2:{a.ll2_id}" if a.ll2_id is not None else f"name:{a.name}"


def vehicle_key(v: Vehicle | None) -> str | None:
    if v is None:
        return None
    return f"ll2:{v.kind.value}:{v.ll2_id}" if v.ll2_id is not None else f"name:{v.name}"


def person_key(p: Person) -> str:
    return f"ll2:{p.ll2_id}" if p.ll2_id is not None else f"name:{p.name}"


def name_free(rows: Iterable[Any], row: Any, name: str) -> bool:
    """No row but ``row`` already has ``name`` (names are unique per table)."""
    return not any(r is not row and r.name == name for r in rows)


class Known:
    """The rows an import matches against, read once and kept current as it writes."""

    def __init__(self, session: Session) -> None:
        self.agencies = list(session.exec(select(Agency)).all())
        self.vehicles = list(session.exec(select(Vehicle)).all())
        self.agency_by_id = {a.id: a for a in self.agencies}
        self.vehicle_by_id = {v.id: v for v in self.vehicles}
        # people, in database order (the first of several matches wins)
        self.person_by_ll2: dict[int, Person] = {}
        self.people_by_name: dict[str, list[Person]] = {}
        self.people_by_fold: dict[str, list[Person]] = {}
        self.person_rank: dict[int, int] = {}  # id(person) -> its place in that order
        person_by_id: dict[int | None, Person] = {}
        for p in session.exec(select(Person).order_by(col(Person.id))).all():
            self.add_person(p)
            person_by_id[p.id] = p
        # every mission's crew in seat order, read once (a query per launch, each with its
        # autoflush, made re-importing a large file slow); kept current as crews are written
        self.crew_of: dict[int, list[tuple[Person, str]]] = {}
        for mission_id, person_id, role in session.exec(
            select(
                CrewAssignment.mission_id, CrewAssignment.person_id, CrewAssignment.role
            ).order_by(col(CrewAssignment.seat), col(CrewAssignment.id))
        ).all():
            self.crew_of.setdefault(mission_id, []).append((person_by_id[person_id], role))
        # missions: linked ones by LL2 id (a row, or the id of a row written in bulk), the
        # others by name and folded name, until an import links them
        self.mission_by_ll2: dict[str, Mission | int] = {}
        self.unlinked_by_name: dict[str, list[Mission]] = {}
        self.unlinked_by_fold: dict[str, list[Mission]] = {}
        self.mission_uids: set[str] = set()  # taken: a launch added takes its LL2 id if free
        for m in session.exec(select(Mission).order_by(col(Mission.id))).all():
            self.mission_uids.add(m.uid)
            if m.ll2_id is not None:
                self.mission_by_ll2[m.ll2_id] = m
            else:
                self.unlinked_by_name.setdefault(m.name, []).append(m)
                self.unlinked_by_fold.setdefault(fold(m.name), []).append(m)
        top = session.exec(select(sa.func.max(Mission.id))).one()
        self.next_mission_id = (top or 0) + 1

    # agencies and vehicles

    def add_agency(self, a: Agency) -> None:
        self.agencies.append(a)
        self.agency_by_id[a.id] = a

    def add_vehicle(self, v: Vehicle) -> None:
        self.vehicles.append(v)
        self.vehicle_by_id[v.id] = v

    def find_agency(self, data: AgencyData) -> Agency | None:
        if data.ll2_id is not None:
            for a in self.agencies:
                if a.ll2_id == data.ll2_id:
                    return a
        free = [a for a in self.agencies if a.ll2_id is None or data.ll2_id is None]
        wanted = {fold(data.name)}
        if data.abbrev:
            wanted.add(fold(data.abbrev))
        inner = re.search(r"\(([^)]+)\)\s*$", data.name)
        if inner:
            wanted.add(fold(inner.group(1)))
        for field_name in ("name", "abbrev"):
            for a in free:
                value = getattr(a, field_name)
                if value and fold(value) in wanted:
                    return a
        return None

    def find_vehicle(self, data: VehicleData) -> Vehicle | None:
        same = [v for v in self.vehicles if v.kind == data.kind]
        if data.ll2_id is not None:
            for v in same:
                if v.ll2_id == data.ll2_id:
                    return v
        free = [v for v in same if v.ll2_id is None or data.ll2_id is None]
        wanted = loose(data.name)
        for v in free:
            if loose(v.name) == wanted:
                return v
        for v in free:  # "Crew Dragon 2" is a version of "Crew Dragon"
            base = loose(v.name)
            if base and wanted.startswith(base) and wanted[len(base) :].isdigit():
                return v
        return None

    # people

    def add_person(self, p: Person) -> None:
        """Register a person (database order, then as added) in the lookup dictionaries."""
        self.person_rank[id(p)] = len(self.person_rank)
        if p.ll2_id is not None:
            self.person_by_ll2[p.ll2_id] = p
        self.people_by_name.setdefault(p.name, []).append(p)
        self.people_by_fold.setdefault(fold(p.name), []).append(p)

    def link_person(self, p: Person, ll2_id: int) -> None:
        p.ll2_id = ll2_id
        self.person_by_ll2[ll2_id] = p

    def rename_person(self, p: Person, old: str) -> None:
        """Move a renamed person in the name indexes, keeping each list in person order."""
        for index, before, after in (
            (self.people_by_name, old, p.name),
            (self.people_by_fold, fold(old), fold(p.name)),
        ):
            if before == after:
                continue
            index[before] = [q for q in index[before] if q is not p]
            same = index.setdefault(after, [])
            same.append(p)
            same.sort(key=lambda q: self.person_rank[id(q)])

    def person_name_taken(self, p: Person | None, name: str) -> bool:
        return any(q is not p for q in self.people_by_name.get(name, ()))

    def find_person(self, data: PersonData) -> Person | None:
        if data.ll2_id is not None:
            found = self.person_by_ll2.get(data.ll2_id)
            if found is not None:
                return found
        for p in self.people_by_fold.get(fold(data.name), ()):
            if p.ll2_id is None or data.ll2_id is None:
                return p
        return None

    # missions

    def link_mission(self, m: Mission, ll2_id: str) -> None:
        """A mission matched by name now answers to its LL2 id only."""
        m.ll2_id = ll2_id
        self.mission_by_ll2[ll2_id] = m
        for index, key in (
            (self.unlinked_by_name, m.name),
            (self.unlinked_by_fold, fold(m.name)),
        ):
            index[key] = [x for x in index[key] if x is not m]

    def unlinked(self, name: str) -> list[Mission]:
        """The missions no import has linked that a launch of this name may be."""
        return self.unlinked_by_name.get(name) or self.unlinked_by_fold.get(fold(name), [])
