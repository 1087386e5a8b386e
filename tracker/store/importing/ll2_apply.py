"""Apply a parsed Launch Library 2 file (``ll2.Batch``) to the database, inside one session.

Records are matched as ``matching`` says and merged field by field as ``merge`` decides, so
hand edits survive re-imports. Fields a file does not carry (list mode has no crews) are left
alone; nothing is deleted by an import.

A changed NET (or precision) is recorded as a ScheduleChange with the reason ``LL2_REASON``;
every updated mission gets ``version`` + 1 and ``updated_at`` now.

Roster rules (capacity, overlapping flights) guard hand edits, not history: imported crews
are stored as LL2 lists them (a 7-seat Dragon configuration, a crew overlapping a
hand-entered flight), and a crew larger than its vehicle's capacity is noted in the report.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from tracker.clock import Now
from tracker.exchange import ll2
from tracker.exchange.archive import instant_text
from tracker.store.importing.matching import (
    Known,
    agency_key,
    fold,
    loose,
    name_free,
    person_key,
    row_id,
    vehicle_key,
)
from tracker.store.importing.merge import Field, Merged, first_snapshot, merge, read_snapshot
from tracker.store.importing.report import Tally, Ticker
from tracker.store.models import Agency, CrewAssignment, Mission, Person, Vehicle
from tracker.store.scheduling import record_slip

LL2_REASON = "Launch Library 2 update"


def _iso(when: dt.datetime | None) -> str | None:
    return None if when is None else instant_text(when)


class LL2Apply:
    """Applies one batch; a launch never seen before (the bulk of a first import) is not an
    ORM object: its row and its crew are collected and written with one ``executemany`` per
    ``BATCH`` launches, its id chosen here (the largest id + 1, as SQLite would; the
    transaction holds the write lock)."""

    BATCH = 2000  # new launches collected before they are written

    def __init__(self, session: Session, clock: Now, tally: Tally, ticker: Ticker) -> None:
        self.s, self.t, self.ticker = session, tally, ticker
        self.now = clock()
        self.known = Known(session)
        self.new_missions: list[dict[str, Any]] = []  # rows to insert, in file order
        self.new_crews: list[tuple[int, Person, str, int]] = []  # mission id, person, role, seat
        self.done: dict[tuple[Any, ...], Any] = {}  # records met earlier in this file

    def apply(self, batch: ll2.Batch) -> None:
        self.t.skipped.extend(batch.skipped)
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

    # agencies

    def agency(self, data: ll2.AgencyData | None) -> Agency | None:
        if data is None:
            return None
        key = ("agency", data.ll2_id if data.ll2_id is not None else fold(data.name))
        if key in self.done:
            return self.done[key]  # type: ignore[no-any-return]
        known = self.known
        row = known.find_agency(data)
        incoming = {"name": Field(data.name)}
        if data.abbrev is not None:
            incoming["abbrev"] = Field(data.abbrev)
        if data.country is not None:
            incoming["country"] = Field(data.country)
        if row is None:
            if not name_free(known.agencies, None, data.name):
                row = next(a for a in known.agencies if a.name == data.name)
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
                ll2_snapshot=first_snapshot(incoming),
            )
            self.s.add(row)
            self.s.flush()
            known.add_agency(row)
            self.t.count("agencies", "added")
        else:
            linked = row.ll2_id is None and data.ll2_id is not None
            if linked:
                row.ll2_id = data.ll2_id
            current = {"name": row.name, "abbrev": row.abbrev, "country": row.country}
            merged = self._merge(f"agency {row.name}", current, incoming, row.ll2_snapshot)
            changes = merged.changes
            if "name" in changes and not name_free(known.agencies, row, changes["name"]):
                del changes["name"]
            for name, value in changes.items():
                setattr(row, name, value)
            row.ll2_snapshot = merged.snapshot
            self.s.add(row)
            self.t.count("agencies", "updated" if changes or linked else "unchanged")
        self.done[key] = row
        return row

    # vehicles

    def vehicle(self, data: ll2.VehicleData | None) -> Vehicle | None:
        if data is None:
            return None
        key = ("vehicle", data.kind, data.ll2_id if data.ll2_id is not None else loose(data.name))
        if key in self.done:
            return self.done[key]  # type: ignore[no-any-return]
        known = self.known
        operator = self.agency(data.operator)
        row = known.find_vehicle(data)
        incoming = {"name": Field(data.name)}
        if operator is not None:
            incoming["operator"] = Field(agency_key(operator), operator.id)
        if data.crew_capacity is not None:
            incoming["crew_capacity"] = Field(data.crew_capacity)
        if row is None:
            name = data.name
            if not name_free(known.vehicles, None, name):
                name = f"{data.name} ({data.kind.value})"
            row = Vehicle(
                name=name,
                kind=data.kind,
                operator_id=operator.id if operator else None,
                crew_capacity=data.crew_capacity,
                ll2_id=data.ll2_id,
                ll2_snapshot=first_snapshot(incoming),
            )
            self.s.add(row)
            self.s.flush()
            known.add_vehicle(row)
            self.t.count("vehicles", "added")
        else:
            linked = row.ll2_id is None and data.ll2_id is not None
            if linked:
                row.ll2_id = data.ll2_id
            current = {
                "name": row.name,
                "operator": agency_key(known.agency_by_id.get(row.operator_id)),
                "crew_capacity": row.crew_capacity,
            }
            merged = self._merge(f"vehicle {row.name}", current, incoming, row.ll2_snapshot)
            changes = merged.changes
            if "name" in changes and not name_free(known.vehicles, row, changes["name"]):
                del changes["name"]
            if "operator" in changes:
                row.operator_id = changes.pop("operator")
            for name, value in changes.items():
                setattr(row, name, value)
            row.ll2_snapshot = merged.snapshot
            self.s.add(row)
            self.t.count("vehicles", "updated" if changes or linked else "unchanged")
        self.done[key] = row
        return row

    # people

    def person(self, data: ll2.PersonData) -> Person | None:
        key = ("person", data.ll2_id if data.ll2_id is not None else fold(data.name))
        if key in self.done:
            return self.done[key]  # type: ignore[no-any-return]
        known = self.known
        agency = self.agency(data.agency)
        row = known.find_person(data)
        incoming = {"name": Field(data.name)}
        if agency is not None:
            incoming["agency"] = Field(agency_key(agency), agency.id)
        if data.nationality:
            incoming["nationality"] = Field(data.nationality)
        if data.status:
            incoming["status"] = Field(data.status)
        if row is None:
            if known.person_name_taken(None, data.name):
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
                ll2_snapshot=first_snapshot(incoming),
            )
            self.s.add(row)  # its id comes with the next flush (crews are written after one)
            known.add_person(row)
            self.t.count("people", "added")
        else:
            linked = row.ll2_id is None and data.ll2_id is not None
            if linked and data.ll2_id is not None:  # (the second test is for the type checker)
                known.link_person(row, data.ll2_id)
            current = {
                "name": row.name,
                "agency": agency_key(known.agency_by_id.get(row.agency_id)),
                "nationality": row.nationality,
                "status": row.status,
            }
            merged = self._merge(f"person {row.name}", current, incoming, row.ll2_snapshot)
            changes = merged.changes
            if "name" in changes and known.person_name_taken(row, changes["name"]):
                del changes["name"]
            if "agency" in changes:
                row.agency_id = changes.pop("agency")
            old_name = row.name
            for name, value in changes.items():
                setattr(row, name, value)
            if row.name != old_name:
                known.rename_person(row, old_name)
            row.ll2_snapshot = merged.snapshot
            self.s.add(row)
            self.t.count("people", "updated" if changes or linked else "unchanged")
        self.done[key] = row
        return row

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

        incoming: dict[str, Field] = {
            "name": Field(data.name),
            "status": Field(data.status.value, data.status),
            "net": Field(instant_text(data.net), data.net),
            "net_precision": Field(data.net_precision.value, data.net_precision),
            "source": Field(data.source),
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
                incoming[name] = Field(shown, value)
        if operator is not None:
            incoming["operator"] = Field(agency_key(operator), operator.id)
        if launcher is not None:
            incoming["launcher"] = Field(vehicle_key(launcher), launcher.id)
        if spacecraft is not None:
            incoming["spacecraft"] = Field(vehicle_key(spacecraft), spacecraft.id)
        if crew is not None:
            incoming["crew"] = Field([[person_key(p), role] for p, role in crew], crew)

        row = self._find_mission(data)
        # A file without spacecraft stages (list mode) knows only the orbit: it does not
        # replace a destination an earlier, detailed import took from the spacecraft.
        source_of_destination = "stage" if data.destination_from_stage else "orbit"
        base = read_snapshot(row.ll2_snapshot) if row is not None else None
        if data.crew is None and (base or {}).get("destination_from") == "stage":
            incoming.pop("destination", None)
            source_of_destination = "stage"
        extra = {"destination_from": source_of_destination}
        if row is None:
            self._add_mission(data, incoming, extra, crew)
        else:
            self._update_mission(row, data, incoming, base, extra)

    def _update_mission(
        self, row: Mission, data: ll2.LaunchData, incoming: dict[str, Field],
        base: dict[str, Any] | None, extra: dict[str, Any],
    ) -> None:  # fmt: skip
        self._write_new()  # rows in the order the ORM would have written them
        linked = row.ll2_id is None
        if linked:
            self.known.link_mission(row, data.ll2_id)
        merged = merge(
            f"mission {row.name}",
            self._mission_values(row),
            incoming,
            base,
            trusted=row.version == 1,
            extra=extra,
        )
        self.t.kept.extend(merged.kept)
        changes = merged.changes
        previous = (row.net, row.net_precision)
        for ref in ("operator", "launcher", "spacecraft"):
            if ref in changes:
                setattr(row, f"{ref}_id", changes.pop(ref))
        new_crew = changes.pop("crew", None)
        for name, value in changes.items():
            setattr(row, name, value)
        row.ll2_snapshot = merged.snapshot
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
        self, data: ll2.LaunchData, incoming: dict[str, Field], extra: dict[str, Any],
        crew: list[tuple[Person, str]] | None,
    ) -> None:  # fmt: skip
        """Collect a launch never seen before; ``_write_new`` inserts it."""
        mission_id = self.known.next_mission_id
        self.known.next_mission_id += 1

        def value(name: str, default: Any) -> Any:
            f = incoming.get(name)
            return default if f is None else f.value

        self.new_missions.append(
            {
                "id": mission_id,
                "name": data.name,
                "spacecraft_id": value("spacecraft", None),
                "capsule": value("capsule", ""),
                "launcher_id": value("launcher", None),
                "operator_id": value("operator", None),
                "launch_site": value("launch_site", ""),
                "destination": value("destination", ""),
                "net": data.net,
                "net_precision": data.net_precision,
                "window_start": value("window_start", None),
                "window_end": value("window_end", None),
                "landing": value("landing", None),
                "status": data.status,
                "description": value("description", ""),
                "source": data.source,
                "ll2_id": data.ll2_id,
                "ll2_snapshot": first_snapshot(incoming, extra),
                "version": 1,
                "created_at": self.now,
                "updated_at": self.now,
            }
        )
        self.known.mission_by_ll2[data.ll2_id] = mission_id
        if crew:
            self.known.crew_of[mission_id] = list(crew)
            self.new_crews.extend(
                (mission_id, p, role, seat) for seat, (p, role) in enumerate(crew)
            )
            craft = self.known.vehicle_by_id.get(value("spacecraft", None))
            self._note_capacity(data.name, craft, len(crew))
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
                    {"mission_id": m, "person_id": row_id(p), "role": role, "seat": seat}
                    for m, p, role, seat in self.new_crews
                ],
            )
        self.new_missions, self.new_crews = [], []

    def _find_mission(self, data: ll2.LaunchData) -> Mission | None:
        found = self.known.mission_by_ll2.get(data.ll2_id)
        if isinstance(found, int):  # added earlier in this file: read it back as a row
            self._write_new()
            found = self.s.get(Mission, found)
            assert found is not None
            self.known.mission_by_ll2[data.ll2_id] = found
        if found is not None:
            return found
        same = self.known.unlinked(data.name)
        if len(same) == 1:
            return same[0]
        if len(same) > 1:
            self.t.notes.append(
                f"{data.name}: {len(same)} missions of that name; added the launch as a new one"
            )
        return None

    def _mission_values(self, m: Mission) -> dict[str, Any]:
        """The mission as the snapshot holds it (references by key, times as text)."""
        known = self.known
        return {
            "name": m.name,
            "status": m.status.value,
            "net": instant_text(m.net),
            "net_precision": m.net_precision.value,
            "source": m.source,
            "window_start": _iso(m.window_start),
            "window_end": _iso(m.window_end),
            "landing": _iso(m.landing),
            "launch_site": m.launch_site,
            "destination": m.destination,
            "description": m.description,
            "capsule": m.capsule,
            "operator": agency_key(known.agency_by_id.get(m.operator_id)),
            "launcher": vehicle_key(known.vehicle_by_id.get(m.launcher_id)),
            "spacecraft": vehicle_key(known.vehicle_by_id.get(m.spacecraft_id)),
            "crew": [[person_key(p), role] for p, role in known.crew_of.get(row_id(m), [])],
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
            self.s.add(
                CrewAssignment(mission_id=row_id(m), person_id=row_id(p), role=role, seat=seat)
            )
        self.s.flush()
        self.known.crew_of[row_id(m)] = list(crew)
        self._note_capacity(m.name, self.known.vehicle_by_id.get(m.spacecraft_id), len(crew))

    def _merge(
        self, label: str, current: dict[str, Any], incoming: dict[str, Field], snapshot: str
    ) -> Merged:
        """Merge an agency, vehicle or person: never trusted, so a hand edit always stands."""
        merged = merge(label, current, incoming, read_snapshot(snapshot), trusted=False)
        self.t.kept.extend(merged.kept)
        return merged
