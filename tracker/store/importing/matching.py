"""How a Launch Library 2 record finds the row it is, so that re-importing never duplicates.

A launch by its LL2 id, else a mission of the same name that no import has linked yet (the
default data); an agency by LL2 id, else by name or abbreviation (also the abbreviation in
parentheses, "... (ROSCOSMOS)"); a vehicle by kind and LL2 configuration id, else by name
ignoring case and punctuation, also with a trailing version number ("Crew Dragon 2" is the
default data's "Crew Dragon"); a person by LL2 id, else by name. The first match links the
record (its LL2 id is stored).

Linear in the size of the file, not of the database: missions and people are read by the
LL2 ids a batch of launches names (``Known.prepare``), a query per few hundred, and found
through dictionaries kept up to date as records are added, linked or renamed (agencies and
vehicles are a few hundred, met once each, and found by a scan).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, col, select

from tracker.exchange.ll2_data import AgencyData, LaunchData, PersonData, VehicleData
from tracker.store.models import Agency, CrewAssignment, Mission, Person, Vehicle

T = TypeVar("T")


def _chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


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
    """The rows an import matches against, read as it needs them and kept current as it
    writes.

    Agencies and vehicles (a few hundred) are read at once. Missions are read a batch of
    launches at a time, by the launches' LL2 ids (``prepare``), with their crews; only the
    missions no import has linked yet (the default data, those made by hand) are read at
    once, to be found by name. People are read by LL2 id with the launches that name them;
    a person to be found by name has every name read once (ids and names, not rows). So a
    sync of 300 launches reads about 300 missions whether the database holds 10 or 100,000.
    """

    CHUNK = 500  # ids per ``IN`` list: well under every database's limit on parameters

    def __init__(self, session: Session) -> None:
        self.s = session
        self.agencies = list(session.exec(select(Agency)).all())
        self.vehicles = list(session.exec(select(Vehicle)).all())
        self.agency_by_id = {a.id: a for a in self.agencies}
        self.vehicle_by_id = {v.id: v for v in self.vehicles}
        # people: those read so far, by LL2 id; every name once a name must be matched
        self.person_by_ll2: dict[int, Person] = {}
        self._ll2_read: set[int] = set()  # LL2 ids looked up (found or not)
        self._names: dict[str, list[Person | int]] | None = None  # name -> people, by rank
        self._folds: dict[str, list[Person | int]] = {}  # folded name -> the same
        self._added = 0  # people added by this import: they rank after the database's
        self.person_rank: dict[int, tuple[int, int]] = {}  # id(person) -> its rank
        # every mission's crew read so far, in seat order; kept current as crews are written
        self.crew_of: dict[int, list[tuple[Person, str]]] = {}
        # missions: linked ones by LL2 id (a row, or the id of a row written in bulk), the
        # others by name and folded name, until an import links them
        self.mission_by_ll2: dict[str, Mission | int] = {}
        self.unlinked_by_name: dict[str, list[Mission]] = {}
        self.unlinked_by_fold: dict[str, list[Mission]] = {}
        self.mission_uids: set[str] = set()  # taken, of the ids prepared and those added
        self._every_ll2: dict[str, int] | None = None  # every LL2 id, once held (a big file)
        unlinked = session.exec(
            select(Mission).where(col(Mission.ll2_id).is_(None)).order_by(col(Mission.id))
        ).all()
        for m in unlinked:
            self.unlinked_by_name.setdefault(m.name, []).append(m)
            self.unlinked_by_fold.setdefault(fold(m.name), []).append(m)
        self._read_crews([row_id(m) for m in unlinked])
        top = session.exec(select(sa.func.max(Mission.id))).one()
        self.next_mission_id = (top or 0) + 1

    def prepare(self, launches: Sequence[LaunchData]) -> None:
        """Read what ``launches`` may match: the missions of their LL2 ids (and crews), which
        of those ids are taken as identities, and the people their crews name by LL2 id."""
        wanted = [x.ll2_id for x in launches if x.ll2_id not in self.mission_by_ll2]
        found: list[int] = []
        if self._every_ll2 is None:
            linked = []
            for ids in _chunks(wanted, self.CHUNK):
                # one plain query for both (most launches of a big file are new: no rows)
                linked.extend(self._ids_near(ids))
        else:
            linked = [self._every_ll2[i] for i in wanted if i in self._every_ll2]
        for some in _chunks(linked, self.CHUNK):
            for m in self.s.exec(select(Mission).where(col(Mission.id).in_(some))).all():
                assert m.ll2_id is not None
                self.mission_by_ll2[m.ll2_id] = m
                found.append(row_id(m))
        self._read_crews(found)
        named = {
            member.person.ll2_id
            for x in launches
            for member in x.crew or ()
            if member.person.ll2_id is not None
        }
        self.read_people(named)

    def hold_every_id(self) -> None:
        """Read every mission's LL2 id and identity at once (a file bigger than the table:
        one read instead of a query per ``CHUNK`` launches); ``prepare`` then asks only for
        the rows it finds."""
        table = Mission.__table__  # type: ignore[attr-defined]
        every = self.s.connection().execute(sa.select(table.c.id, table.c.ll2_id, table.c.uid))
        self._every_ll2 = {}
        for mission_id, ll2_id, uid in every:
            self.mission_uids.add(uid)
            if ll2_id is not None:
                self._every_ll2[ll2_id] = mission_id

    def _ids_near(self, ids: Sequence[str]) -> list[int]:
        """The missions of these LL2 ids; the identities among them are noted as taken."""
        table = Mission.__table__  # type: ignore[attr-defined]
        near = sa.select(table.c.id, table.c.ll2_id, table.c.uid).where(
            sa.or_(table.c.ll2_id.in_(ids), table.c.uid.in_(ids))
        )
        chunk, linked = set(ids), []
        for mission_id, ll2_id, uid in self.s.connection().execute(near):
            self.mission_uids.add(uid)
            if ll2_id in chunk:
                linked.append(mission_id)
        return linked

    def _read_crews(self, missions: Sequence[int]) -> None:
        for ids in _chunks(missions, self.CHUNK):
            rows = self.s.exec(
                select(CrewAssignment.mission_id, CrewAssignment.person_id, CrewAssignment.role)
                .where(col(CrewAssignment.mission_id).in_(ids))
                .order_by(col(CrewAssignment.seat), col(CrewAssignment.id))
            ).all()
            people = self._people_by_id({person_id for _, person_id, _ in rows})
            for mission_id, person_id, role in rows:
                self.crew_of.setdefault(mission_id, []).append((people[person_id], role))

    # agencies and vehicles

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

    def read_people(self, ll2_ids: Iterable[int]) -> None:
        """Read the people of these LL2 ids not looked up yet (one query per ``CHUNK``)."""
        wanted = [i for i in ll2_ids if i not in self._ll2_read]
        self._ll2_read.update(wanted)
        for ids in _chunks(wanted, self.CHUNK):
            for p in self.s.exec(select(Person).where(col(Person.ll2_id).in_(ids))).all():
                self._seen(p)

    def _seen(self, p: Person) -> Person:
        """A person row read from the database: known by LL2 id and by rank from now on."""
        if id(p) not in self.person_rank:
            self.person_rank[id(p)] = (0, row_id(p))
            if p.ll2_id is not None:
                self.person_by_ll2.setdefault(p.ll2_id, p)
        return p

    def _people_by_id(self, ids: Iterable[int]) -> dict[int, Person]:
        found: dict[int, Person] = {}
        for chunk in _chunks(list(ids), self.CHUNK):
            for p in self.s.exec(select(Person).where(col(Person.id).in_(chunk))).all():
                found[row_id(p)] = self._seen(p)
        return found

    def _by_name(self, index: dict[str, list[Person | int]], key: str) -> list[Person]:
        """The people under ``key`` in a name index, read as rows, in rank order."""
        entries = index.get(key, [])
        ids = [e for e in entries if isinstance(e, int)]
        if ids:
            read = self._people_by_id(ids)
            entries[:] = [read[e] if isinstance(e, int) else e for e in entries]
        return [e for e in entries if not isinstance(e, int)]

    def _name_index(self) -> dict[str, list[Person | int]]:
        """Every person's name, read once (ids and names: a name is matched only when a
        person is not found by LL2 id), with the people added since."""
        if self._names is None:
            self._names = {}
            rows = self.s.exec(select(Person.id, Person.name).order_by(col(Person.id))).all()
            for person_id, name in rows:
                assert person_id is not None
                self._names.setdefault(name, []).append(person_id)
                self._folds.setdefault(fold(name), []).append(person_id)
        return self._names

    def add_person(self, p: Person) -> None:
        """Register a person this import adds (after every database row in rank)."""
        self._name_index()
        self._added += 1
        self.person_rank[id(p)] = (1, self._added)
        if p.ll2_id is not None:
            self.person_by_ll2[p.ll2_id] = p
        assert self._names is not None
        self._names.setdefault(p.name, []).append(p)
        self._folds.setdefault(fold(p.name), []).append(p)

    def link_person(self, p: Person, ll2_id: int) -> None:
        p.ll2_id = ll2_id
        self.person_by_ll2[ll2_id] = p

    def rename_person(self, p: Person, old: str) -> None:
        """Move a renamed person in the name indexes, keeping each list in person order."""
        names = self._name_index()
        for index, before, after in (
            (names, old, p.name),
            (self._folds, fold(old), fold(p.name)),
        ):
            if before == after:
                continue
            self._by_name(index, before)
            index[before] = [q for q in index[before] if q is not p]
            same = index.setdefault(after, [])
            self._by_name(index, after)
            same.append(p)
            same.sort(key=lambda q: self.person_rank[id(q)])

    def person_name_taken(self, p: Person | None, name: str) -> bool:
        names = self._name_index()
        return any(q is not p for q in self._by_name(names, name))

    def find_person(self, data: PersonData) -> Person | None:
        if data.ll2_id is not None:
            self.read_people((data.ll2_id,))
            found = self.person_by_ll2.get(data.ll2_id)
            if found is not None:
                return found
        self._name_index()
        for p in self._by_name(self._folds, fold(data.name)):
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
