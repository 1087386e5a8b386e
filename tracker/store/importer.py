"""Import Launch Library 2 files and archives into the database; export the archive.

Every import is one transaction (``BEGIN IMMEDIATE`` on SQLite): a refused record, an error
or a cancel leaves the database exactly as it was. The file is read and validated in full
before the transaction starts. ``import_file`` opens its own session and returns a plain
report, so a worker thread may call it.

Matching, so that re-importing never duplicates: a launch by its LL2 id, else a mission of
the same name that no import has linked yet (the default data); an agency by LL2 id, else
by name or abbreviation (also the abbreviation in parentheses, "... (ROSCOSMOS)"); a
vehicle by kind and LL2 configuration id, else by name ignoring case and punctuation, also
with a trailing version number ("Crew Dragon 2" is the default data's "Crew Dragon"); a
person by LL2 id, else by name. The first match links the record (its LL2 id is stored).

Hand edits are protected by a three-way comparison, field by field. Each imported record
keeps in ``ll2_snapshot`` the values it was last given by Launch Library 2. On re-import:

- the record still holds the snapshot's value (not edited here): the new value is taken;
- it holds something else (edited by hand) and LL2 still says what it said: kept, quietly;
- both changed: the local value is kept and the conflict is listed in
  ``ImportReport.kept_local_edits`` (it never silently overwrites).

A record never imported before (the default data, or made by hand) has no snapshot: a
mission never edited (``version`` 1) takes LL2's values; otherwise, and for people,
vehicles and agencies, LL2 only fills blank fields and differing values are reported as
kept. Fields a file does not carry (list mode has no crews) are left alone; nothing is
deleted by an import.

A changed NET (or precision) is recorded as a ScheduleChange with the reason "Launch
Library 2 update"; every updated mission gets ``version`` + 1 and ``updated_at`` now.

Roster rules (capacity, overlapping flights) guard hand edits, not history: imported crews
are stored as LL2 lists them (a 7-seat Dragon configuration, a crew overlapping a
hand-entered flight), and a crew larger than its vehicle's capacity is noted in the report.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from tracker.clock import Now
from tracker.errors import ImportCancelled, ValidationError
from tracker.exchange import archive, ll2
from tracker.exchange.archive import canonical, instant
from tracker.store.database import Database
from tracker.store.models import Agency, CrewAssignment, Mission, Person, ScheduleChange, Vehicle
from tracker.store.scheduling import record_slip

LL2_REASON = "Launch Library 2 update"
KINDS = ("missions", "people", "vehicles", "agencies")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


# --- the report ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged + self.skipped


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did, per kind of record, and what it left alone and why."""

    source: str
    missions: Counts = Counts()
    people: Counts = Counts()
    vehicles: Counts = Counts()
    agencies: Counts = Counts()
    skipped_reasons: list[str] = field(default_factory=list)
    kept_local_edits: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(getattr(self, k).added or getattr(self, k).updated for k in KINDS)

    def summary(self) -> str:
        lines = [f"Imported {self.source}:"]
        for kind in KINDS:
            c: Counts = getattr(self, kind)
            lines.append(
                f"  {kind + ':':<10} {c.added} added, {c.updated} updated, "
                f"{c.unchanged} unchanged, {c.skipped} skipped"
            )
        for title, items in (
            ("Skipped", self.skipped_reasons),
            ("Kept local values (Launch Library 2 differs)", self.kept_local_edits),
            ("Notes", self.notes),
        ):
            if items:
                lines.append(f"{title}:")
                lines.extend(f"  - {item}" for item in items)
        return "\n".join(lines)


class _Tally:
    """The mutable side of a report while the import runs."""

    def __init__(self) -> None:
        self.counts = {k: {"added": 0, "updated": 0, "unchanged": 0, "skipped": 0} for k in KINDS}
        self.skipped: list[str] = []
        self.kept: list[str] = []
        self.notes: list[str] = []

    def count(self, kind: str, outcome: str) -> None:
        self.counts[kind][outcome] += 1

    def report(self, source: str) -> ImportReport:
        return ImportReport(
            source=source,
            **{k: Counts(**v) for k, v in self.counts.items()},
            skipped_reasons=list(self.skipped),
            kept_local_edits=list(self.kept),
            notes=list(self.notes),
        )


class _Ticker:
    """Progress at most every ~1% of records, and the cancel check at every record."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total, self.done = total, 0
        self.step = max(1, total // 100)
        self.progress, self.cancelled = progress, cancelled
        if progress is not None:
            progress(0, total)

    def tick(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled("import cancelled; nothing was changed")
        self.done += 1
        if self.progress is not None and (self.done % self.step == 0 or self.done == self.total):
            self.progress(self.done, self.total)


# --- helpers ------------------------------------------------------------------------------


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector out of an import's way.

    Reading a large file makes millions of long-lived objects (the JSON, the parsed
    records), and every full pass of the collector walks all of them: at 100,000 launches,
    13 passes took a quarter of the import. Reference counting still frees what the import
    drops; the collector resumes (if it was on) when the import ends, however it ends.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _id(row: Mission | Person) -> int:
    """The primary key of a flushed row."""
    assert row.id is not None
    return row.id


def _fold(name: str) -> str:
    return name.strip().casefold()


def _norm(name: str) -> str:
    """Name for loose vehicle matching: no case, spaces or punctuation ("Soyuz-2.1a")."""
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def _iso(when: dt.datetime | None) -> str | None:
    return None if when is None else instant(when)


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == []


def _agency_key(a: Agency | None) -> str | None:
    if a is None:
        return None
    return f"ll2:{a.ll2_id}" if a.ll2_id is not None else f"name:{a.name}"


def _vehicle_key(v: Vehicle | None) -> str | None:
    if v is None:
        return None
    return f"ll2:{v.kind.value}:{v.ll2_id}" if v.ll2_id is not None else f"name:{v.name}"


def _person_key(p: Person) -> str:
    return f"ll2:{p.ll2_id}" if p.ll2_id is not None else f"name:{p.name}"


class _Field:
    """One value as compared (canonical, JSON-able) and as written (ORM value)."""

    __slots__ = ("shown", "value")

    def __init__(self, shown: Any, value: Any = None) -> None:
        self.shown = shown
        self.value = shown if value is None else value


# --- Launch Library 2 ---------------------------------------------------------------------


class _LL2Merger:
    """Applies a parsed ``ll2.Batch`` inside one session; see the module docstring.

    Linear in the size of the file and the database: people and missions are found through
    dictionaries built once and kept up to date as records are added, linked or renamed
    (agencies and vehicles are a few hundred, met once each, and found by a scan). A launch
    never seen before (the bulk of a first import) is not an ORM object: its row and its
    crew are collected and written with one ``executemany`` per ``BATCH`` launches, its id
    chosen here (the largest id + 1, as SQLite would; the transaction holds the write lock).
    """

    BATCH = 2000  # new launches collected before they are written

    def __init__(self, session: Session, clock: Now, tally: _Tally, ticker: _Ticker) -> None:
        self.s, self.clock, self.t, self.ticker = session, clock, tally, ticker
        self.now = clock()
        self.agencies = list(session.exec(select(Agency)).all())
        self.vehicles = list(session.exec(select(Vehicle)).all())
        self.agency_by_id = {a.id: a for a in self.agencies}
        self.vehicle_by_id = {v.id: v for v in self.vehicles}
        # people, in database order (the first of several matches wins, as before)
        self.person_by_ll2: dict[int, Person] = {}
        self.people_by_name: dict[str, list[Person]] = {}
        self.people_by_fold: dict[str, list[Person]] = {}
        self.person_rank: dict[int, int] = {}  # id(person) -> its place in that order
        person_by_id: dict[int | None, Person] = {}
        for p in session.exec(select(Person).order_by(col(Person.id))).all():
            self._index_person(p)
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
        # missions: linked ones by LL2 id (a row, or the id of a row written in bulk here),
        # the others by name and folded name, until an import links them
        self.mission_by_ll2: dict[str, Mission | int] = {}
        self.unlinked_by_name: dict[str, list[Mission]] = {}
        self.unlinked_by_fold: dict[str, list[Mission]] = {}
        for m in session.exec(select(Mission).order_by(col(Mission.id))).all():
            if m.ll2_id is not None:
                self.mission_by_ll2[m.ll2_id] = m
            else:
                self.unlinked_by_name.setdefault(m.name, []).append(m)
                self.unlinked_by_fold.setdefault(_fold(m.name), []).append(m)
        top = session.exec(select(sa.func.max(Mission.id))).one()
        self.next_mission_id = (top or 0) + 1
        self.new_missions: list[dict[str, Any]] = []  # rows to insert, in file order
        self.new_crews: list[tuple[int, Person, str, int]] = []  # mission id, person, role, seat
        self.done: dict[tuple[Any, ...], Any] = {}  # records met earlier in this file

    def _index_person(self, p: Person) -> None:
        """Register a person (database order, then as added) in the lookup dictionaries."""
        self.person_rank[id(p)] = len(self.person_rank)
        if p.ll2_id is not None:
            self.person_by_ll2[p.ll2_id] = p
        self.people_by_name.setdefault(p.name, []).append(p)
        self.people_by_fold.setdefault(_fold(p.name), []).append(p)

    def _rename_person(self, p: Person, old: str) -> None:
        """Move a renamed person in the name indexes, keeping each list in person order."""
        for index, before, after in (
            (self.people_by_name, old, p.name),
            (self.people_by_fold, _fold(old), _fold(p.name)),
        ):
            if before == after:
                continue
            index[before] = [q for q in index[before] if q is not p]
            same = index.setdefault(after, [])
            same.append(p)
            same.sort(key=lambda q: self.person_rank[id(q)])

    # three-way merge, shared by every kind
    def _merge(
        self, label: str, current: dict[str, Any], incoming: dict[str, _Field], snapshot: str,
        *, trusted: bool, extra: dict[str, Any] | None = None,
    ) -> tuple[dict[str, Any], str]:  # fmt: skip
        """The fields to write (name -> ORM value) and the new snapshot text."""
        base = json.loads(snapshot) if snapshot else None
        changes: dict[str, Any] = {}
        for name, new in incoming.items():
            cur = current[name]
            if new.shown == cur:
                continue
            if base is None or name not in base:
                take = (trusted and base is None) or _blank(cur)
            elif base[name] == cur:
                take = True
            else:
                take = False
                if base[name] == new.shown:
                    continue  # edited here, unchanged there: the edit stands
            if take:
                changes[name] = new.value
            else:
                self.t.kept.append(
                    f"{label}: kept {name.replace('_', ' ')} {_show(cur)} "
                    f"(Launch Library 2: {_show(new.shown)})"
                )
        merged = dict(base or {})
        merged.update({k: f.shown for k, f in incoming.items()})
        merged.update(extra or {})
        return changes, canonical(merged)

    def _free_name(self, rows: Iterable[Any], row: Any, name: str) -> bool:
        return not any(r is not row and r.name == name for r in rows)

    # agencies
    def agency(self, data: ll2.AgencyData | None) -> Agency | None:
        if data is None:
            return None
        key = ("agency", data.ll2_id if data.ll2_id is not None else _fold(data.name))
        if key in self.done:
            return self.done[key]  # type: ignore[no-any-return]
        row = self._find_agency(data)
        incoming = {"name": _Field(data.name)}
        if data.abbrev is not None:
            incoming["abbrev"] = _Field(data.abbrev)
        if data.country is not None:
            incoming["country"] = _Field(data.country)
        if row is None:
            if not self._free_name(self.agencies, None, data.name):
                row = next(a for a in self.agencies if a.name == data.name)
                self.t.notes.append(
                    f"agency {data.name}: Launch Library 2 id {data.ll2_id} differs from the "
                    f"one already linked ({row.ll2_id}); used the existing record"
                )
                self.done[key] = row
                return row
            row = Agency(
                name=data.name,
                abbrev=data.abbrev or "",
                country=data.country or "",
                ll2_id=data.ll2_id,
                ll2_snapshot=canonical({k: f.shown for k, f in incoming.items()}),
            )
            self.s.add(row)
            self.s.flush()
            self.agencies.append(row)
            self.agency_by_id[row.id] = row
            self.t.count("agencies", "added")
        else:
            linked = row.ll2_id is None and data.ll2_id is not None
            if linked:
                row.ll2_id = data.ll2_id
            current = {"name": row.name, "abbrev": row.abbrev, "country": row.country}
            changes, snap = self._merge(
                f"agency {row.name}", current, incoming, row.ll2_snapshot, trusted=False
            )
            if "name" in changes and not self._free_name(self.agencies, row, changes["name"]):
                del changes["name"]
            for name, value in changes.items():
                setattr(row, name, value)
            row.ll2_snapshot = snap
            self.s.add(row)
            self.t.count("agencies", "updated" if changes or linked else "unchanged")
        self.done[key] = row
        return row

    def _find_agency(self, data: ll2.AgencyData) -> Agency | None:
        if data.ll2_id is not None:
            for a in self.agencies:
                if a.ll2_id == data.ll2_id:
                    return a
        free = [a for a in self.agencies if a.ll2_id is None or data.ll2_id is None]
        wanted = {_fold(data.name)}
        if data.abbrev:
            wanted.add(_fold(data.abbrev))
        inner = re.search(r"\(([^)]+)\)\s*$", data.name)
        if inner:
            wanted.add(_fold(inner.group(1)))
        for field_name in ("name", "abbrev"):
            for a in free:
                value = getattr(a, field_name)
                if value and _fold(value) in wanted:
                    return a
        return None

    # vehicles
    def vehicle(self, data: ll2.VehicleData | None) -> Vehicle | None:
        if data is None:
            return None
        key = ("vehicle", data.kind, data.ll2_id if data.ll2_id is not None else _norm(data.name))
        if key in self.done:
            return self.done[key]  # type: ignore[no-any-return]
        operator = self.agency(data.operator)
        row = self._find_vehicle(data)
        incoming = {"name": _Field(data.name)}
        if operator is not None:
            incoming["operator"] = _Field(_agency_key(operator), operator.id)
        if data.crew_capacity is not None:
            incoming["crew_capacity"] = _Field(data.crew_capacity)
        if row is None:
            name = data.name
            if not self._free_name(self.vehicles, None, name):
                name = f"{data.name} ({data.kind.value})"
            row = Vehicle(
                name=name,
                kind=data.kind,
                operator_id=operator.id if operator else None,
                crew_capacity=data.crew_capacity,
                ll2_id=data.ll2_id,
                ll2_snapshot=canonical({k: f.shown for k, f in incoming.items()}),
            )
            self.s.add(row)
            self.s.flush()
            self.vehicles.append(row)
            self.vehicle_by_id[row.id] = row
            self.t.count("vehicles", "added")
        else:
            linked = row.ll2_id is None and data.ll2_id is not None
            if linked:
                row.ll2_id = data.ll2_id
            current = {
                "name": row.name,
                "operator": _agency_key(self.agency_by_id.get(row.operator_id)),
                "crew_capacity": row.crew_capacity,
            }
            changes, snap = self._merge(
                f"vehicle {row.name}", current, incoming, row.ll2_snapshot, trusted=False
            )
            if "name" in changes and not self._free_name(self.vehicles, row, changes["name"]):
                del changes["name"]
            if "operator" in changes:
                row.operator_id = changes.pop("operator")
            for name, value in changes.items():
                setattr(row, name, value)
            row.ll2_snapshot = snap
            self.s.add(row)
            self.t.count("vehicles", "updated" if changes or linked else "unchanged")
        self.done[key] = row
        return row

    def _find_vehicle(self, data: ll2.VehicleData) -> Vehicle | None:
        same = [v for v in self.vehicles if v.kind == data.kind]
        if data.ll2_id is not None:
            for v in same:
                if v.ll2_id == data.ll2_id:
                    return v
        free = [v for v in same if v.ll2_id is None or data.ll2_id is None]
        wanted = _norm(data.name)
        for v in free:
            if _norm(v.name) == wanted:
                return v
        for v in free:  # "Crew Dragon 2" is a version of "Crew Dragon"
            base = _norm(v.name)
            if base and wanted.startswith(base) and wanted[len(base) :].isdigit():
                return v
        return None

    # people
    def person(self, data: ll2.PersonData) -> Person | None:
        key = ("person", data.ll2_id if data.ll2_id is not None else _fold(data.name))
        if key in self.done:
            return self.done[key]  # type: ignore[no-any-return]
        agency = self.agency(data.agency)
        row = self._find_person(data)
        incoming = {"name": _Field(data.name)}
        if agency is not None:
            incoming["agency"] = _Field(_agency_key(agency), agency.id)
        if data.nationality:
            incoming["nationality"] = _Field(data.nationality)
        if data.status:
            incoming["status"] = _Field(data.status)
        if row is None:
            if self.people_by_name.get(data.name):
                self.t.skipped.append(
                    f"person {data.name} (Launch Library 2 id {data.ll2_id}): another person "
                    "of that name is already linked to a different Launch Library 2 id"
                )
                self.t.count("people", "skipped")
                self.done[key] = None
                return None
            row = Person(
                name=data.name,
                agency_id=agency.id if agency else None,
                nationality=data.nationality or "",
                status=data.status or "Active",
                ll2_id=data.ll2_id,
                ll2_snapshot=canonical({k: f.shown for k, f in incoming.items()}),
            )
            self.s.add(row)  # its id comes with the next flush (crews are written after one)
            self._index_person(row)
            self.t.count("people", "added")
        else:
            linked = row.ll2_id is None and data.ll2_id is not None
            if linked and data.ll2_id is not None:  # (the second test is for the type checker)
                row.ll2_id = data.ll2_id
                self.person_by_ll2[data.ll2_id] = row
            current = {
                "name": row.name,
                "agency": _agency_key(self.agency_by_id.get(row.agency_id)),
                "nationality": row.nationality,
                "status": row.status,
            }
            changes, snap = self._merge(
                f"person {row.name}", current, incoming, row.ll2_snapshot, trusted=False
            )
            if "name" in changes and any(
                r is not row for r in self.people_by_name.get(changes["name"], ())
            ):
                del changes["name"]
            if "agency" in changes:
                row.agency_id = changes.pop("agency")
            old_name = row.name
            for name, value in changes.items():
                setattr(row, name, value)
            if row.name != old_name:
                self._rename_person(row, old_name)
            row.ll2_snapshot = snap
            self.s.add(row)
            self.t.count("people", "updated" if changes or linked else "unchanged")
        self.done[key] = row
        return row

    def _find_person(self, data: ll2.PersonData) -> Person | None:
        if data.ll2_id is not None:
            found = self.person_by_ll2.get(data.ll2_id)
            if found is not None:
                return found
        for p in self.people_by_fold.get(_fold(data.name), ()):
            if p.ll2_id is None or data.ll2_id is None:
                return p
        return None

    # missions
    def launch(self, data: ll2.LaunchData) -> None:
        operator = self.agency(data.operator)
        launcher = self.vehicle(data.launcher)
        spacecraft = self.vehicle(data.spacecraft)
        crew: list[tuple[Person, str]] | None = None
        if data.crew is not None:
            crew = []
            for member in data.crew:
                p = self.person(member.person)
                if p is None:
                    self.t.skipped.append(f"{data.name}: crew member {member.person.name} left out")
                elif any(q is p for q, _ in crew):
                    self.t.notes.append(f"{data.name}: {p.name} listed twice; kept once")
                else:
                    crew.append((p, member.role))

        incoming: dict[str, _Field] = {
            "name": _Field(data.name),
            "status": _Field(data.status.value, data.status),
            "net": _Field(instant(data.net), data.net),
            "net_precision": _Field(data.net_precision.value, data.net_precision),
            "source": _Field(data.source),
        }
        optional = {
            "window_start": (_iso(data.window_start), data.window_start),
            "window_end": (_iso(data.window_end), data.window_end),
            "landing": (_iso(data.landing), data.landing),
            "launch_site": (data.launch_site, data.launch_site),
            "destination": (data.destination, data.destination),
            "description": (data.description, data.description),
            "capsule": (data.capsule, data.capsule),
        }
        for name, (shown, value) in optional.items():
            if shown is not None:
                incoming[name] = _Field(shown, value)
        if operator is not None:
            incoming["operator"] = _Field(_agency_key(operator), operator.id)
        if launcher is not None:
            incoming["launcher"] = _Field(_vehicle_key(launcher), launcher.id)
        if spacecraft is not None:
            incoming["spacecraft"] = _Field(_vehicle_key(spacecraft), spacecraft.id)
        if crew is not None:
            incoming["crew"] = _Field([[_person_key(p), role] for p, role in crew], crew)

        row = self._find_mission(data)
        # A file without spacecraft stages (list mode) knows only the orbit: it does not
        # replace a destination an earlier, detailed import took from the spacecraft.
        source_of_destination = "stage" if data.destination_from_stage else "orbit"
        base = json.loads(row.ll2_snapshot) if row is not None and row.ll2_snapshot else {}
        if data.crew is None and base.get("destination_from") == "stage":
            incoming.pop("destination", None)
            source_of_destination = "stage"
        extra = {"destination_from": source_of_destination}
        if row is None:
            self._add_mission(data, incoming, extra, operator, launcher, spacecraft, crew)
            return

        self._write_new()  # rows in the order the ORM would have written them
        linked = row.ll2_id is None
        if linked:
            self._link(row, data.ll2_id)
        current = self._mission_values(row)
        changes, snap = self._merge(
            f"mission {row.name}",
            current,
            incoming,
            row.ll2_snapshot,
            trusted=row.version == 1,
            extra=extra,
        )
        previous = (row.net, row.net_precision)
        for ref in ("operator", "launcher", "spacecraft"):
            if ref in changes:
                setattr(row, f"{ref}_id", changes.pop(ref))
        new_crew = changes.pop("crew", None)
        for name, value in changes.items():
            setattr(row, name, value)
        row.ll2_snapshot = snap
        changed = bool(changes) or new_crew is not None or linked
        if changed:
            row.version += 1
            row.updated_at = self.now
        self.s.add(row)
        if (row.net, row.net_precision) != previous:
            record_slip(self.s, row, *previous, LL2_REASON, self.now)
        if new_crew is not None:
            self._set_crew(row, new_crew)
        self.t.count("missions", "updated" if changed else "unchanged")

    def _add_mission(
        self, data: ll2.LaunchData, incoming: dict[str, _Field], extra: dict[str, Any],
        operator: Agency | None, launcher: Vehicle | None, spacecraft: Vehicle | None,
        crew: list[tuple[Person, str]] | None,
    ) -> None:  # fmt: skip
        """Collect a launch never seen before; ``_write_new`` inserts it."""
        mission_id = self.next_mission_id
        self.next_mission_id += 1

        def optional(name: str, default: Any) -> Any:
            f = incoming.get(name)
            return default if f is None else f.value

        self.new_missions.append(
            {
                "id": mission_id,
                "name": data.name,
                "spacecraft_id": spacecraft.id if spacecraft else None,
                "capsule": optional("capsule", ""),
                "launcher_id": launcher.id if launcher else None,
                "operator_id": operator.id if operator else None,
                "launch_site": optional("launch_site", ""),
                "destination": optional("destination", ""),
                "net": data.net,
                "net_precision": data.net_precision,
                "window_start": optional("window_start", None),
                "window_end": optional("window_end", None),
                "landing": optional("landing", None),
                "status": data.status,
                "description": optional("description", ""),
                "source": data.source,
                "ll2_id": data.ll2_id,
                "ll2_snapshot": canonical({k: f.shown for k, f in incoming.items()} | extra),
                "version": 1,
                "created_at": self.now,
                "updated_at": self.now,
            }
        )
        self.mission_by_ll2[data.ll2_id] = mission_id
        if crew:
            self.crew_of[mission_id] = list(crew)
            self.new_crews.extend(
                (mission_id, p, role, seat) for seat, (p, role) in enumerate(crew)
            )
            self._note_capacity(data.name, spacecraft, len(crew))
        self.t.count("missions", "added")
        if len(self.new_missions) >= self.BATCH:
            self._write_new()

    def _write_new(self) -> None:
        """Insert the collected launches and their crews (one ``executemany`` each)."""
        if not self.new_missions:
            return
        conn = self.s.connection()
        conn.execute(sa.insert(Mission), self.new_missions)
        if self.new_crews:
            self.s.flush()  # the people added since the last flush get their ids
            conn.execute(
                sa.insert(CrewAssignment),
                [
                    {"mission_id": m, "person_id": _id(p), "role": role, "seat": seat}
                    for m, p, role, seat in self.new_crews
                ],
            )
        self.new_missions, self.new_crews = [], []

    def _link(self, row: Mission, ll2_id: str) -> None:
        """A mission matched by name now answers to its LL2 id only."""
        row.ll2_id = ll2_id
        self.mission_by_ll2[ll2_id] = row
        for index, key in (
            (self.unlinked_by_name, row.name),
            (self.unlinked_by_fold, _fold(row.name)),
        ):
            index[key] = [m for m in index[key] if m is not row]

    def _find_mission(self, data: ll2.LaunchData) -> Mission | None:
        found = self.mission_by_ll2.get(data.ll2_id)
        if isinstance(found, int):  # added earlier in this file: read it back as a row
            self._write_new()
            found = self.s.get(Mission, found)
            assert found is not None
            self.mission_by_ll2[data.ll2_id] = found
        if found is not None:
            return found
        same = self.unlinked_by_name.get(data.name) or self.unlinked_by_fold.get(
            _fold(data.name), []
        )
        if len(same) == 1:
            return same[0]
        if len(same) > 1:
            self.t.notes.append(
                f"{data.name}: {len(same)} missions of that name; added the launch as a new one"
            )
        return None

    def _mission_values(self, m: Mission) -> dict[str, Any]:
        return {
            "name": m.name,
            "status": m.status.value,
            "net": instant(m.net),
            "net_precision": m.net_precision.value,
            "source": m.source,
            "window_start": _iso(m.window_start),
            "window_end": _iso(m.window_end),
            "landing": _iso(m.landing),
            "launch_site": m.launch_site,
            "destination": m.destination,
            "description": m.description,
            "capsule": m.capsule,
            "operator": _agency_key(self.agency_by_id.get(m.operator_id)),
            "launcher": _vehicle_key(self.vehicle_by_id.get(m.launcher_id)),
            "spacecraft": _vehicle_key(self.vehicle_by_id.get(m.spacecraft_id)),
            "crew": [[_person_key(p), role] for p, role in self.crew_of.get(_id(m), [])],
        }

    def _note_capacity(self, name: str, craft: Vehicle | None, size: int) -> None:
        if craft and craft.crew_capacity is not None and size > craft.crew_capacity:
            self.t.notes.append(
                f"{name}: {size} crew on {craft.name}, which carries "
                f"{craft.crew_capacity}; imported as Launch Library 2 lists them"
            )

    def _set_crew(self, m: Mission, crew: list[tuple[Person, str]]) -> None:
        for old in self.s.exec(
            select(CrewAssignment).where(CrewAssignment.mission_id == m.id)
        ).all():
            self.s.delete(old)
        self.s.flush()
        for seat, (p, role) in enumerate(crew):
            self.s.add(CrewAssignment(mission_id=_id(m), person_id=_id(p), role=role, seat=seat))
        self.s.flush()
        self.crew_of[_id(m)] = list(crew)
        self._note_capacity(m.name, self.vehicle_by_id.get(m.spacecraft_id), len(crew))

    def apply(self, batch: ll2.Batch) -> None:
        for text in batch.skipped:
            self.t.skipped.append(text)
        for v in batch.vehicles:
            self.vehicle(v)
            self.ticker.tick()
        for p in batch.people:
            self.person(p)
            self.ticker.tick()
        for launch in batch.launches:
            self.launch(launch)
            self.ticker.tick()
        self._write_new()


def _show(value: Any) -> str:
    if isinstance(value, list):
        return f"a roster of {len(value)}"
    if isinstance(value, str):
        return repr(value.split(":", 1)[1]) if value.startswith(("ll2:", "name:")) else repr(value)
    return repr(value)


# --- archives -----------------------------------------------------------------------------


class _ArchiveMerger:
    """Restores an archive: every record added as it was, or merged with what is there.

    Into an empty database the result is the archived database (same versions, times,
    history). Matched records (by LL2 id, else by name; missions by LL2 id, else name and
    NET) fill blank fields; a matched mission whose archived copy is newer (``updated_at``)
    takes the archived fields and roster; differences left in place are reported as kept.
    """

    def __init__(self, session: Session, clock: Now, tally: _Tally, ticker: _Ticker) -> None:
        self.s, self.clock, self.t, self.ticker = session, clock, tally, ticker
        self.now = clock()
        self.agency_ids: dict[int, int] = {}
        self.vehicle_ids: dict[int, int] = {}
        self.person_ids: dict[int, int] = {}

    def _fill(self, kind: str, row: Any, values: dict[str, Any]) -> None:
        changed = False
        for name, value in values.items():
            cur = getattr(row, name)
            if cur == value or _blank(value):
                continue
            if _blank(cur):
                setattr(row, name, value)
                changed = True
            else:
                self.t.kept.append(
                    f"{kind[:-1] if kind != 'people' else 'person'} {row.name}: kept "
                    f"{name.replace('_', ' ')} {cur!r} (archive: {value!r})"
                )
        self.s.add(row)
        self.t.count(kind, "updated" if changed else "unchanged")

    def _match(self, model: Any, ll2_id: Any, name: str, kind: Any = None) -> Any:
        if ll2_id is not None:
            q = select(model).where(model.ll2_id == ll2_id)
            if kind is not None:
                q = q.where(model.kind == kind)
            row = self.s.exec(q).first()
            if row is not None:
                return row
        return self.s.exec(select(model).where(model.name == name)).first()

    def apply(self, arc: archive.Archive) -> None:
        for a in arc.agencies:
            row = self._match(Agency, a.ll2_id, a.name)
            values: dict[str, Any] = {
                "name": a.name,
                "abbrev": a.abbrev,
                "country": a.country,
                "ll2_id": a.ll2_id,
                "ll2_snapshot": a.ll2_snapshot,
            }
            if row is None:
                row = Agency(**values)
                self.s.add(row)
                self.s.flush()
                self.t.count("agencies", "added")
            else:
                self._fill("agencies", row, values)
            self.agency_ids[a.ref] = row.id
            self.ticker.tick()
        for v in arc.vehicles:
            row = self._match(Vehicle, v.ll2_id, v.name, v.kind)
            values = {
                "name": v.name,
                "kind": v.kind,
                "operator_id": self.agency_ids.get(v.operator) if v.operator else None,
                "crew_capacity": v.crew_capacity,
                "first_crewed_flight": v.first_crewed_flight,
                "ll2_id": v.ll2_id,
                "ll2_snapshot": v.ll2_snapshot,
            }
            if row is None:
                row = Vehicle(**values)
                self.s.add(row)
                self.s.flush()
                self.t.count("vehicles", "added")
            else:
                self._fill("vehicles", row, values)
            self.vehicle_ids[v.ref] = row.id
            self.ticker.tick()
        for p in arc.people:
            row = self._match(Person, p.ll2_id, p.name)
            values = {
                "name": p.name,
                "agency_id": self.agency_ids.get(p.agency) if p.agency else None,
                "nationality": p.nationality,
                "status": p.status,
                "ll2_id": p.ll2_id,
                "ll2_snapshot": p.ll2_snapshot,
            }
            if row is None:
                row = Person(**values)
                self.s.add(row)
                self.s.flush()
                self.t.count("people", "added")
            else:
                self._fill("people", row, values)
            self.person_ids[p.ref] = row.id
            self.ticker.tick()
        for m in arc.missions:
            self._mission(m)
            self.ticker.tick()

    def _mission(self, m: archive.MissionRecord) -> None:
        row = None
        if m.ll2_id is not None:
            row = self.s.exec(select(Mission).where(Mission.ll2_id == m.ll2_id)).first()
        if row is None:
            row = self.s.exec(
                select(Mission).where(Mission.name == m.name, Mission.net == m.net)
            ).first()
        values: dict[str, Any] = {
            "name": m.name,
            "spacecraft_id": self.vehicle_ids.get(m.spacecraft) if m.spacecraft else None,
            "capsule": m.capsule,
            "launcher_id": self.vehicle_ids.get(m.launcher) if m.launcher else None,
            "operator_id": self.agency_ids.get(m.operator) if m.operator else None,
            "launch_site": m.launch_site,
            "destination": m.destination,
            "net": m.net,
            "net_precision": m.net_precision,
            "window_start": m.window_start,
            "window_end": m.window_end,
            "landing": m.landing,
            "status": m.status,
            "description": m.description,
            "source": m.source,
            "ll2_id": m.ll2_id,
            "ll2_snapshot": m.ll2_snapshot,
        }
        if row is None:
            row = Mission(
                **values, version=m.version, created_at=m.created_at, updated_at=m.updated_at
            )
            self.s.add(row)
            self.s.flush()
            self._crew_and_history(row, m, replace=False)
            self.t.count("missions", "added")
            return
        differs = any(getattr(row, k) != v for k, v in values.items())
        if m.updated_at > row.updated_at and (differs or self._crew_differs(row, m)):
            for k, v in values.items():
                setattr(row, k, v)
            row.version += 1
            row.updated_at = self.now
            self.s.add(row)
            self._crew_and_history(row, m, replace=True)
            self.t.count("missions", "updated")
        else:
            if differs:
                self.t.kept.append(
                    f"mission {row.name}: kept the copy here (the archived one is not newer)"
                )
            self.t.count("missions", "unchanged")

    def _crew_differs(self, row: Mission, m: archive.MissionRecord) -> bool:
        have = self.s.exec(
            select(CrewAssignment.person_id, CrewAssignment.role).where(
                CrewAssignment.mission_id == row.id
            )
        ).all()
        want = {(self.person_ids[c.person], c.role) for c in m.crew}
        return set(have) != want

    def _crew_and_history(self, row: Mission, m: archive.MissionRecord, *, replace: bool) -> None:
        if replace:
            for old in self.s.exec(
                select(CrewAssignment).where(CrewAssignment.mission_id == row.id)
            ).all():
                self.s.delete(old)
            self.s.flush()
        for c in sorted(m.crew, key=lambda c: c.seat):
            self.s.add(
                CrewAssignment(
                    mission_id=_id(row),
                    person_id=self.person_ids[c.person],
                    role=c.role,
                    seat=c.seat,
                )
            )
        known = {
            (h.previous_net, h.new_net, h.changed_at)
            for h in self.s.exec(
                select(ScheduleChange).where(ScheduleChange.mission_id == row.id)
            ).all()
        }
        for h in m.schedule_changes:
            if (h.previous_net, h.new_net, h.changed_at) in known:
                continue
            self.s.add(
                ScheduleChange(
                    mission_id=row.id,  # type: ignore[arg-type]
                    previous_net=h.previous_net,
                    previous_precision=h.previous_precision,
                    new_net=h.new_net,
                    new_precision=h.new_precision,
                    changed_at=h.changed_at,
                    reason=h.reason,
                )
            )
        self.s.flush()


# --- entry points -------------------------------------------------------------------------


def import_file(
    db: Database,
    path: Path,
    clock: Now,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import a Launch Library 2 file or an archive, all or nothing; see the module docs."""
    with _collector_paused():
        data = ll2.read_json(Path(path))
        return import_data(
            db, data, clock, name=Path(path).name, progress=progress, cancelled=cancelled
        )


def import_data(
    db: Database,
    data: Any,
    clock: Now,
    *,
    name: str = "data",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import already-parsed JSON (the body of ``import_file``)."""
    with _collector_paused():
        return _import(db, data, clock, name, progress, cancelled)


def _import(
    db: Database,
    data: Any,
    clock: Now,
    name: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> ImportReport:
    batch: ll2.Batch | None = None
    arc: archive.Archive | None = None
    if archive.is_archive(data):
        arc = archive.from_json(data)
        source, total = f"{name} (Mission Tracker archive)", arc.size
    elif ll2.looks_like_ll2(data):
        batch = ll2.parse(data)
        source, total = f"{name} (Launch Library 2, API {batch.version})", batch.size
    else:
        raise ValidationError(
            f"{name} is neither a Launch Library 2 response nor a Mission Tracker archive; "
            "nothing was imported"
        )
    tally = _Tally()
    ticker = _Ticker(total, progress, cancelled)
    writer = db.engine.execution_options(sqlite_begin="IMMEDIATE")
    try:
        with Session(writer, expire_on_commit=False) as session, session.begin():
            if batch is not None:
                _LL2Merger(session, clock, tally, ticker).apply(batch)
            else:
                assert arc is not None
                _ArchiveMerger(session, clock, tally, ticker).apply(arc)
            if cancelled is not None and cancelled():
                raise ImportCancelled("import cancelled; nothing was changed")
    except sa.exc.IntegrityError as exc:
        raise ValidationError(
            f"{name}: a record conflicts with the database ({exc.orig}); nothing was imported"
        ) from None
    return tally.report(source)


def build_archive(db: Database, exported_at: dt.datetime | None = None) -> archive.Archive:
    """The whole database as an ``Archive``, in a deterministic order (one read)."""
    with Session(db.engine) as s:
        agencies = sorted(s.exec(select(Agency)).all(), key=lambda a: (a.name, a.id or 0))
        vehicles = sorted(s.exec(select(Vehicle)).all(), key=lambda v: (v.name, v.id or 0))
        people = sorted(s.exec(select(Person)).all(), key=lambda p: (p.name, p.id or 0))
        missions = sorted(s.exec(select(Mission)).all(), key=lambda m: (m.net, m.name, m.id or 0))
        crews: dict[int, list[CrewAssignment]] = {}
        for c in s.exec(
            select(CrewAssignment).order_by(col(CrewAssignment.seat), col(CrewAssignment.id))
        ).all():
            crews.setdefault(c.mission_id, []).append(c)
        changes: dict[int, list[ScheduleChange]] = {}
        for h in s.exec(
            select(ScheduleChange).order_by(col(ScheduleChange.changed_at), col(ScheduleChange.id))
        ).all():
            changes.setdefault(h.mission_id, []).append(h)
    a_ref = {a.id: i for i, a in enumerate(agencies, 1)}
    v_ref = {v.id: i for i, v in enumerate(vehicles, 1)}
    p_ref = {p.id: i for i, p in enumerate(people, 1)}
    return archive.Archive(
        exported_at=exported_at,
        agencies=tuple(
            archive.AgencyRecord(
                ref=a_ref[a.id],
                name=a.name,
                abbrev=a.abbrev,
                country=a.country,
                ll2_id=a.ll2_id,
                ll2_snapshot=a.ll2_snapshot,
            )
            for a in agencies
        ),
        vehicles=tuple(
            archive.VehicleRecord(
                ref=v_ref[v.id],
                name=v.name,
                kind=v.kind,
                operator=a_ref.get(v.operator_id),
                crew_capacity=v.crew_capacity,
                first_crewed_flight=v.first_crewed_flight,
                ll2_id=v.ll2_id,
                ll2_snapshot=v.ll2_snapshot,
            )
            for v in vehicles
        ),
        people=tuple(
            archive.PersonRecord(
                ref=p_ref[p.id],
                name=p.name,
                agency=a_ref.get(p.agency_id),
                nationality=p.nationality,
                status=p.status,
                ll2_id=p.ll2_id,
                ll2_snapshot=p.ll2_snapshot,
            )
            for p in people
        ),
        missions=tuple(
            archive.MissionRecord(
                ref=i,
                name=m.name,
                spacecraft=v_ref.get(m.spacecraft_id),
                capsule=m.capsule,
                launcher=v_ref.get(m.launcher_id),
                operator=a_ref.get(m.operator_id),
                launch_site=m.launch_site,
                destination=m.destination,
                net=m.net,
                net_precision=m.net_precision,
                window_start=m.window_start,
                window_end=m.window_end,
                landing=m.landing,
                status=m.status,
                description=m.description,
                source=m.source,
                ll2_id=m.ll2_id,
                ll2_snapshot=m.ll2_snapshot,
                version=m.version,
                created_at=m.created_at,
                updated_at=m.updated_at,
                crew=tuple(
                    archive.CrewRecord(person=p_ref[c.person_id], role=c.role, seat=c.seat)
                    for c in crews.get(m.id or 0, [])
                ),
                schedule_changes=tuple(
                    archive.ChangeRecord(
                        previous_net=h.previous_net,
                        previous_precision=h.previous_precision,
                        new_net=h.new_net,
                        new_precision=h.new_precision,
                        changed_at=h.changed_at,
                        reason=h.reason,
                    )
                    for h in changes.get(m.id or 0, [])
                ),
            )
            for i, m in enumerate(missions, 1)
        ),
    )


def export_archive(db: Database, path: Path) -> int:
    """Write the whole database to ``path`` as an archive (atomically); records written."""
    data = build_archive(db, exported_at=dt.datetime.now(dt.UTC))
    archive.write(Path(path), data)
    return data.size
