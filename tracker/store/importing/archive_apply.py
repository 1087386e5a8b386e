"""Apply a Mission Tracker archive to the database, inside one session.

Into an empty database the result is the archived database (same versions, times, history).
Matched records (by LL2 id, else by name; missions by LL2 id, else name and NET) fill blank
fields; a matched mission whose archived copy is newer (``updated_at``) takes the archived
fields and roster; differences left in place are reported as kept.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from tracker.clock import Now
from tracker.exchange.archive_data import Archive, ArchivedMission
from tracker.store.importing.matching import row_id
from tracker.store.importing.merge import blank
from tracker.store.importing.report import Tally, Ticker
from tracker.store.models import Agency, CrewAssignment, Mission, Person, ScheduleChange, Vehicle

_ONE = {"agencies": "agency", "vehicles": "vehicle", "people": "person"}


class ArchiveApply:
    """Restores an archive: every record added as it was, or merged with what is there."""

    def __init__(self, session: Session, clock: Now, tally: Tally, ticker: Ticker) -> None:
        self.s, self.t, self.ticker = session, tally, ticker
        self.now = clock()
        # the archive's refs -> this database's ids
        self.agency_ids: dict[int, int] = {}
        self.vehicle_ids: dict[int, int] = {}
        self.person_ids: dict[int, int] = {}

    def apply(self, arc: Archive) -> None:
        self.t.refused(arc.refused)
        self.t.notes.extend(arc.notes)
        for a in arc.agencies:
            values: dict[str, Any] = {
                "name": a.name,
                "abbrev": a.abbrev,
                "country": a.country,
                "ll2_id": a.ll2_id,
                "ll2_snapshot": a.ll2_snapshot,
            }
            row = self._record("agencies", Agency, self._match(Agency, a.ll2_id, a.name), values)
            self.agency_ids[a.ref] = row_id(row)
            self.ticker.tick()
        for v in arc.vehicles:
            values = {
                "name": v.name,
                "kind": v.kind,
                "operator_id": self.agency_ids.get(v.operator) if v.operator else None,
                "crew_capacity": v.crew_capacity,
                "first_crewed_flight": v.first_crewed_flight,
                "ll2_id": v.ll2_id,
                "ll2_snapshot": v.ll2_snapshot,
            }
            match = self._match(Vehicle, v.ll2_id, v.name, v.kind)
            self.vehicle_ids[v.ref] = row_id(self._record("vehicles", Vehicle, match, values))
            self.ticker.tick()
        for p in arc.people:
            values = {
                "name": p.name,
                "agency_id": self.agency_ids.get(p.agency) if p.agency else None,
                "nationality": p.nationality,
                "status": p.status,
                "ll2_id": p.ll2_id,
                "ll2_snapshot": p.ll2_snapshot,
            }
            match = self._match(Person, p.ll2_id, p.name)
            self.person_ids[p.ref] = row_id(self._record("people", Person, match, values))
            self.ticker.tick()
        for m in arc.missions:
            self._mission(m)
            self.ticker.tick()

    def _record(self, kind: str, model: Any, row: Any, values: dict[str, Any]) -> Any:
        """Add an agency, vehicle or person, or fill the blanks of the one it matched."""
        if row is None:
            row = model(**values)
            self.s.add(row)
            self.s.flush()
            self.t.count(kind, "added")
        else:
            self._fill(kind, row, values)
        return row

    def _fill(self, kind: str, row: Any, values: dict[str, Any]) -> None:
        changed = False
        for name, value in values.items():
            cur = getattr(row, name)
            if cur == value or blank(value):
                continue
            if blank(cur):
                setattr(row, name, value)
                changed = True
            else:
                self.t.kept.append(
                    f"{_ONE[kind]} {row.name}: kept "
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

    def _mission(self, m: ArchivedMission) -> None:
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

    def _crew_differs(self, row: Mission, m: ArchivedMission) -> bool:
        have = self.s.exec(
            select(CrewAssignment.person_id, CrewAssignment.role).where(
                CrewAssignment.mission_id == row.id
            )
        ).all()
        want = {(self.person_ids[c.person], c.role) for c in m.crew}
        return set(have) != want

    def _crew_and_history(self, row: Mission, m: ArchivedMission, *, replace: bool) -> None:
        if replace:
            for old in self.s.exec(
                select(CrewAssignment).where(CrewAssignment.mission_id == row.id)
            ).all():
                self.s.delete(old)
            self.s.flush()
        for c in sorted(m.crew, key=lambda c: c.seat):
            self.s.add(
                CrewAssignment(
                    mission_id=row_id(row),
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
                    mission_id=row_id(row),
                    previous_net=h.previous_net,
                    previous_precision=h.previous_precision,
                    new_net=h.new_net,
                    new_precision=h.new_precision,
                    changed_at=h.changed_at,
                    reason=h.reason,
                )
            )
        self.s.flush()
