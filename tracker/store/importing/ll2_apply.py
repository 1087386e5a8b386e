"""Apply a parsed Launch Library 2 file (``Batch``) to the database, inside one session.

Records are matched as ``matching`` says and merged field by field as ``merge`` decides, so
hand edits survive re-imports. Fields a file does not carry (list mode has no crews) are left
alone; nothing is deleted by an import.

A changed NET (or precision) is recorded as a ScheduleChange with the reason ``LL2_REASON``;
every updated mission gets ``version`` + 1 and ``updated_at`` now. A launch added by an import
takes its LL2 id as its identity (``uid``). Its links are LL2's (``links``): each import
replaces them, a link added by hand stays. What changed is told to the ``ChangeLog``.

Imported crews are stored as LL2 lists them (a crew overlapping a hand-entered flight is
history, not an error; ``tracker.store.audit`` lists such overlaps), except that a roster
never exceeds its spacecraft's capacity (the database refuses that, see migration 0005): the
members past the last seat are left out and named in the report.
"""

from __future__ import annotations

import datetime as dt
from operator import attrgetter
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from tracker import rules
from tracker.clock import Now
from tracker.errors import ValidationError
from tracker.exchange.ll2_data import Batch, LaunchData
from tracker.identity import new_uid
from tracker.store.importing import links
from tracker.store.importing.bulk import BulkInsert, naive_utc
from tracker.store.importing.changes import ChangeLog
from tracker.store.importing.indexes import SetAside, worth_it
from tracker.store.importing.ll2_refs import Refs
from tracker.store.importing.matching import (
    Known,
    agency_key,
    person_key,
    row_id,
    vehicle_key,
)
from tracker.store.importing.merge import Field, merge, read_snapshot, snapshot_of
from tracker.store.importing.report import Tally, Ticker
from tracker.store.models import CrewAssignment, Mission, MissionLink, Person, Vehicle
from tracker.store.scheduling import record_slip
from tracker.store.server import follow_sequences
from tracker.vocabulary import LinkKind

LL2_REASON = "Launch Library 2 update"
_NEW_MISSION = (
    "id", "name", "spacecraft_id", "capsule", "launcher_id", "operator_id", "launch_site",
    "destination", "net", "net_precision", "window_start", "window_end", "landing", "status",
    "description", "status_reason", "image_url", "source", "ll2_id", "uid", "ll2_snapshot",
)  # fmt: skip
_CREW = ("mission_id", "person_id", "role", "seat")


_TIMES = ("window_start", "window_end", "landing")
_TEXTS = (
    "launch_site", "destination", "description", "capsule", "status_reason", "image_url",
)  # fmt: skip
_times_of, _texts_of = attrgetter(*_TIMES), attrgetter(*_TEXTS)  # one call for each group


def _instant_text(when: dt.datetime) -> str:
    """``archive.instant_text`` (the snapshot's "2026-09-01T12:00:00Z"), the same text made
    in half the time: some 270,000 of them in a file of 100,000 launches."""
    return f"{naive_utc(when).isoformat()}Z"


class LL2Apply:
    """Applies one batch; a launch never seen before (the bulk of a first import) is not an
    ORM object: its row and its crew are collected and written with one ``executemany`` per
    ``BATCH`` launches, its id chosen here (the largest id + 1, as SQLite would; the
    transaction holds the write lock, on PostgreSQL a lock on the table, whose id sequence
    is then moved past them)."""

    BATCH = 2000  # new launches collected before they are written

    def __init__(
        self, session: Session, clock: Now, tally: Tally, ticker: Ticker, changes: ChangeLog
    ) -> None:
        self.s, self.t, self.ticker, self.changes = session, tally, ticker, changes
        self.now = clock()
        self.postgresql = session.get_bind().dialect.name == "postgresql"
        if self.postgresql:  # no BEGIN IMMEDIATE there: keep other writers off the ids
            session.execute(sa.text("LOCK TABLE mission IN EXCLUSIVE MODE"))
        self.known = Known(session)
        self.refs = Refs(session, tally, self.known)
        # launches never seen before, in file order, and their links and crews
        stamp = {"version": 1, "created_at": self.now, "updated_at": self.now}
        self.new_missions = BulkInsert(Mission.__table__, _NEW_MISSION, stamp)  # type: ignore[attr-defined]
        self.new_links = BulkInsert(MissionLink.__table__, links.COLUMNS, {"from_ll2": True})  # type: ignore[attr-defined]
        self.new_crews: list[tuple[int, Person, str, int]] = []  # mission id, person, role, seat
        self.crew_rows = BulkInsert(CrewAssignment.__table__, _CREW)  # type: ignore[attr-defined]
        self.defer_indexes = False  # a big import: index and check mission at the end
        self.set_aside: SetAside | None = None

    def apply(self, batch: Batch) -> None:
        self.t.skipped.extend(batch.skipped)
        self.t.refused(batch.refused)
        for v in batch.vehicles:
            self.refs.vehicle(v)
            self.ticker.tick()
        self.known.read_people(p.ll2_id for p in batch.people if p.ll2_id is not None)
        for p in batch.people:
            self.refs.person(p)
            self.ticker.tick()
        launches, size = batch.launches, self.known.CHUNK
        held = self.known.next_mission_id - 1  # about the table's rows, by its largest id
        self.defer_indexes = worth_it(self.s.get_bind().dialect.name, len(launches), held)
        if self.defer_indexes or len(launches) > max(size, held):  # longer than the table
            self.known.hold_every_id()  # (the set-aside identity index is not asked)
        try:
            for start in range(0, len(launches), size):
                self.known.prepare(launches[start : start + size])  # what they may match
                for launch in launches[start : start + size]:
                    self.launch(launch)
                    self.ticker.tick()
            self._write_new()
            if self.set_aside is not None:
                self.s.flush()  # the updated rows too, before they are checked and indexed
                self.set_aside.restore()
        finally:
            if self.set_aside is not None:
                self.set_aside.close()

    # missions

    def launch(self, data: LaunchData) -> None:
        refs = self.refs
        found = (
            ("operator", refs.agency(data.operator)),
            ("launcher", refs.vehicle(data.launcher)),
            ("spacecraft", refs.vehicle(data.spacecraft)),
        )
        crew: list[tuple[Person, str]] | None = None
        if data.crew is not None:
            crew = []
            for member in data.crew:
                p = refs.person(member.person)
                if p is None:
                    self.t.skipped.append(f"{data.name}: crew member {member.person.name} left out")
                elif any(q is p for q, _ in crew):
                    self.t.notes.append(f"{data.name}: {p.name} listed twice; kept once")
                else:
                    crew.append((p, member.role))

        # how the launch refers to each: its key (``shown``) and its id (``value``)
        named = {name: refs.field(ref) for name, ref in found if ref is not None}
        shown = self._shown(data, named, crew)
        row = self._find_mission(data)
        from_stage = "stage" if data.destination_from_stage else "orbit"
        if row is None:
            self._add_mission(data, shown, {"destination_from": from_stage}, named, crew)
            return
        values: dict[str, Any] = {
            "status": data.status,
            "net": data.net,
            "net_precision": data.net_precision,
            "window_start": data.window_start,
            "window_end": data.window_end,
            "landing": data.landing,
            "crew": crew,
        }
        values.update((name, ref.value) for name, ref in named.items())
        incoming = {k: Field(v, values.get(k)) for k, v in shown.items()}
        # A file without spacecraft stages (list mode) knows only the orbit: it does not
        # replace a destination an earlier, detailed import took from the spacecraft.
        base = read_snapshot(row.ll2_snapshot)
        if data.crew is None and (base or {}).get("destination_from") == "stage":
            incoming.pop("destination", None)
            from_stage = "stage"
        self._update_mission(row, data, incoming, base, {"destination_from": from_stage})

    @staticmethod
    def _shown(
        data: LaunchData, named: dict[str, Field], crew: list[tuple[Person, str]] | None
    ) -> dict[str, Any]:
        """What the file says of a launch, in the snapshot's terms (times as text, records by
        key): every field it gives, none it does not."""
        net = _instant_text(data.net)
        shown: dict[str, Any] = {
            "name": data.name,
            "status": data.status.value,
            "net": net,
            "net_precision": data.net_precision.value,
            "source": data.source,
        }
        for name, when in zip(_TIMES, _times_of(data), strict=True):
            if when is not None:  # a window often opens, or closes, at the NET
                shown[name] = net if when == data.net else _instant_text(when)
        for name, text in zip(_TEXTS, _texts_of(data), strict=True):
            if text is not None:
                shown[name] = text
        for name, ref in named.items():
            shown[name] = ref.shown
        if crew is not None:
            shown["crew"] = [[person_key(p), role] for p, role in crew]
        return shown

    def _update_mission(
        self, row: Mission, data: LaunchData, incoming: dict[str, Field],
        base: dict[str, Any] | None, extra: dict[str, Any],
    ) -> None:  # fmt: skip
        self._write_new()  # rows in the order the ORM would have written them
        merged = merge(
            f"mission {row.name}",
            self._mission_values(row),
            incoming,
            base,
            trusted=row.version == 1,
            extra=extra,
        )
        changes = merged.changes
        if not self._times_hold(row, changes):
            return
        self.t.kept.extend(merged.kept)
        linked = row.ll2_id is None
        if linked:
            self.known.link_mission(row, data.ll2_id)
        previous, status = (row.net, row.net_precision), row.status
        crew_before = self._crew_names(row)
        for ref in ("operator", "launcher", "spacecraft"):
            if ref in changes:
                setattr(row, f"{ref}_id", changes.pop(ref))
        new_crew = changes.pop("crew", None)
        for name, value in changes.items():
            setattr(row, name, value)
        row.ll2_snapshot = merged.snapshot
        replaced = links.replace(self.s, row_id(row), data.links)
        changed = bool(changes) or new_crew is not None or linked or replaced.changed
        if changed:
            row.version += 1
            row.updated_at = self.now
        self.s.add(row)
        if (row.net, row.net_precision) != previous:
            record_slip(self.s, row, *previous, LL2_REASON, self.now)
            self.t.slips += 1
        if new_crew is not None:
            self._set_crew(row, new_crew)
        if changed and self.changes.enabled:
            log = self.changes
            log.net(row.uid, row.name, previous, (row.net, row.net_precision))
            log.status(row.uid, row.name, status, row.status)
            log.crew(row.uid, row.name, crew_before, self._crew_names(row))
            webcasts = [k for k in replaced.added if k.kind is LinkKind.WEBCAST]
            log.webcasts(row.uid, row.name, [(k.title, k.url) for k in webcasts])
        self.t.count("missions", "updated" if changed else "unchanged")

    def _times_hold(self, row: Mission, changes: dict[str, Any]) -> bool:
        """The file's times are consistent (``ll2.parse`` checked them), but a time edited
        here and kept may not fit the others: then the launch is left as it is, reported."""
        net, start, end, landing = (
            changes.get(k, getattr(row, k))
            for k in ("net", "window_start", "window_end", "landing")
        )
        try:
            rules.check_mission_times(row.name, net, (start, end), landing)
        except ValidationError as exc:
            self.t.skipped.append(
                f"mission {row.name}: {exc} once merged with the times edited here; not updated"
            )
            self.t.count("missions", "skipped")
            return False
        return True

    def _add_mission(
        self, data: LaunchData, shown: dict[str, Any], extra: dict[str, Any],
        named: dict[str, Field], crew: list[tuple[Person, str]] | None,
    ) -> None:  # fmt: skip
        """Collect a launch never seen before (``shown``: what the file says of it, ``named``
        its operator and vehicles); ``_write_new`` inserts it."""
        known = self.known
        mission_id = known.next_mission_id
        known.next_mission_id += 1
        ids = {name: ref.value for name, ref in named.items()}
        spacecraft, launcher = ids.get("spacecraft"), ids.get("launcher")
        operator = ids.get("operator")
        uid = new_uid() if data.ll2_id in known.mission_uids else data.ll2_id
        self.new_missions.add(
            mission_id, data.name, spacecraft, data.capsule or "", launcher, operator,
            data.launch_site or "", data.destination or "",
            data.net, data.net_precision, data.window_start, data.window_end, data.landing,
            data.status, data.description or "", data.status_reason or "",
            data.image_url or "", data.source, data.ll2_id, uid,
            snapshot_of(shown, extra),
        )  # fmt: skip
        known.mission_by_ll2[data.ll2_id] = mission_id
        known.mission_uids.add(uid)
        for row in links.new_rows(mission_id, data.links):
            self.new_links.add(*row)
        self.changes.new(uid, data.name, (data.net, data.net_precision), data.status)
        if crew:
            crew = self._seated(data.name, known.vehicle_by_id.get(spacecraft), crew)
            known.crew_of[mission_id] = crew
            self.new_crews.extend(
                (mission_id, p, role, seat) for seat, (p, role) in enumerate(crew)
            )
        self.t.count("missions", "added")
        if len(self.new_missions) >= self.BATCH:
            self._write_new()

    def _write_new(self) -> None:
        """Insert the collected launches, their links and crews (one ``executemany`` each)."""
        if not len(self.new_missions):
            return
        conn = self.s.connection()
        if self.defer_indexes and len(self.new_missions) >= self.BATCH:
            self.defer_indexes = False  # many new launches: index and check them at the end
            self.set_aside = SetAside(conn, Mission.__table__)  # type: ignore[attr-defined]
            self.set_aside.drop()
        self.new_missions.write(conn)
        if self.postgresql:  # ids given, not drawn: the sequence must move past them
            follow_sequences(conn, ("mission",))  # the table is locked (``__init__``)
        self.new_links.write(conn)
        if self.new_crews:
            self.s.flush()  # the people added since the last flush get their ids
            for m, p, role, seat in self.new_crews:
                self.crew_rows.add(m, row_id(p), role, seat)
            self.crew_rows.write(conn)
            self.new_crews = []

    def _find_mission(self, data: LaunchData) -> Mission | None:
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
            "net": _instant_text(m.net),
            "net_precision": m.net_precision.value,
            "source": m.source,
            "window_start": None if m.window_start is None else _instant_text(m.window_start),
            "window_end": None if m.window_end is None else _instant_text(m.window_end),
            "landing": None if m.landing is None else _instant_text(m.landing),
            "launch_site": m.launch_site,
            "destination": m.destination,
            "description": m.description,
            "capsule": m.capsule,
            "status_reason": m.status_reason,
            "image_url": m.image_url,
            "operator": agency_key(known.agency_by_id.get(m.operator_id)),
            "launcher": vehicle_key(known.vehicle_by_id.get(m.launcher_id)),
            "spacecraft": vehicle_key(known.vehicle_by_id.get(m.spacecraft_id)),
            "crew": [[person_key(p), role] for p, role in known.crew_of.get(row_id(m), [])],
        }

    def _crew_names(self, m: Mission) -> list[tuple[str, str]]:
        """The roster as (name, role) for the change log; nothing when it is not kept."""
        if not self.changes.enabled:
            return []
        return [(p.name, role) for p, role in self.known.crew_of.get(row_id(m), [])]

    def _seated(
        self, name: str, craft: Vehicle | None, crew: list[tuple[Person, str]]
    ) -> list[tuple[Person, str]]:
        """The crew that fits the spacecraft, in the file's order; the rest named as left out."""
        seats = craft.crew_capacity if craft else None
        if seats is None or len(crew) <= seats:
            return list(crew)
        assert craft is not None
        extra = ", ".join(p.name for p, _role in crew[seats:])
        self.t.skipped.append(
            f"{name}: {len(crew)} crew on {craft.name}, which carries {seats}; left out {extra}"
        )
        return list(crew[:seats])

    def _set_crew(self, m: Mission, crew: list[tuple[Person, str]]) -> None:
        crew = self._seated(m.name, self.known.vehicle_by_id.get(m.spacecraft_id), crew)
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
        self.known.crew_of[row_id(m)] = crew
