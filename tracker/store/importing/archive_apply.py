"""Apply a Mission Tracker archive to the database, inside one session.

Into an empty database the result is the archived database (same identities, versions,
times, history, links). A record finds its row by its identity (``uid``) first, then by its
LL2 id; agencies, vehicles and people, whose names are unique, then by name. A record from a
version 1 archive, which carried no identity, is found by the identity such a record was
given when identities came (``identity.legacy_uid``), else as before: by LL2 id, else by name
(missions: name and NET). Never by a name alone for a mission that has an identity: two
databases' Crew-3 are one mission because they are one identity, whatever their NETs.

Matched records fill blank fields; a matched mission whose archived copy is newer
(``updated_at``, then ``version``) takes the archived fields, roster and links, and gains the
schedule changes it lacks; differences left in place are reported as kept. A roster never
exceeds its spacecraft's capacity (the database refuses it): the members past the last seat
are left out, named in the report. The archive's ``data_as_of`` moves the database's forward, never
back.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from tracker.clock import Now
from tracker.exchange.archive_data import Archive, ArchivedAssignment, ArchivedMission
from tracker.identity import legacy_uid, new_uid
from tracker.store import dataset
from tracker.store.importing.changes import ChangeLog
from tracker.store.importing.matching import row_id
from tracker.store.importing.merge import blank
from tracker.store.importing.report import Tally, Ticker
from tracker.store.models import (
    Agency,
    CrewAssignment,
    Mission,
    MissionLink,
    Person,
    ScheduleChange,
    Vehicle,
)
from tracker.vocabulary import LinkKind

_ONE = {"agencies": "agency", "vehicles": "vehicle", "people": "person"}
_MODEL_KIND = {Agency: "agency", Vehicle: "vehicle", Person: "person", Mission: "mission"}


class ArchiveApply:
    """Restores an archive: every record added as it was, or merged with what is there."""

    def __init__(
        self, session: Session, clock: Now, tally: Tally, ticker: Ticker, changes: ChangeLog
    ) -> None:
        self.s, self.t, self.ticker, self.changes = session, tally, ticker, changes
        self.now = clock()
        # the archive's refs -> this database's ids
        self.agency_ids: dict[int, int] = {}
        self.vehicle_ids: dict[int, int] = {}
        self.person_ids: dict[int, int] = {}
        self.matched: set[tuple[str, int]] = set()  # rows an archive record already took

    def apply(self, arc: Archive) -> None:
        self.t.refused(arc.refused)
        self.t.notes.extend(arc.notes)
        for a in arc.agencies:
            values: dict[str, Any] = {
                "name": a.name,
                "abbrev": a.abbrev,
                "country": a.country,
                "image_url": a.image_url,
                "ll2_id": a.ll2_id,
                "ll2_snapshot": a.ll2_snapshot,
            }
            row = self._record("agencies", Agency, a.uid, values)
            self.agency_ids[a.ref] = row_id(row)
            self.ticker.tick()
        for v in arc.vehicles:
            values = {
                "name": v.name,
                "kind": v.kind,
                "operator_id": self.agency_ids.get(v.operator) if v.operator else None,
                "crew_capacity": v.crew_capacity,
                "first_crewed_flight": v.first_crewed_flight,
                "image_url": v.image_url,
                "ll2_id": v.ll2_id,
                "ll2_snapshot": v.ll2_snapshot,
            }
            self.vehicle_ids[v.ref] = row_id(self._record("vehicles", Vehicle, v.uid, values))
            self.ticker.tick()
        for p in arc.people:
            values = {
                "name": p.name,
                "agency_id": self.agency_ids.get(p.agency) if p.agency else None,
                "nationality": p.nationality,
                "status": p.status,
                "image_url": p.image_url,
                "ll2_id": p.ll2_id,
                "ll2_snapshot": p.ll2_snapshot,
            }
            self.person_ids[p.ref] = row_id(self._record("people", Person, p.uid, values))
            self.ticker.tick()
        for m in arc.missions:
            self._mission(m)
            self.ticker.tick()
        self._data_as_of(arc)

    def _data_as_of(self, arc: Archive) -> None:
        here = dataset.instant(dataset.facts_in(self.s).get(dataset.DATA_AS_OF))
        if arc.data_as_of is not None and (here is None or arc.data_as_of > here):
            dataset.set_facts_in(self.s, {dataset.DATA_AS_OF: arc.data_as_of.isoformat()})

    # --- finding a record's row ---------------------------------------------------------

    def _by(self, model: Any, *conditions: Any) -> Any:
        for row in self.s.exec(select(model).where(*conditions).order_by(col(model.id))).all():
            if (_MODEL_KIND[model], row.id) not in self.matched:
                return row
        return None

    def _find(self, model: Any, uid: str | None, values: dict[str, Any]) -> Any:
        """The row an archived record is: see the module docstring for the order."""
        name, ll2_id = values["name"], values.get("ll2_id")
        kind = _MODEL_KIND[model]
        found = self._by(model, model.uid == (uid or legacy_uid(kind, name, ll2_id)))
        if found is None and ll2_id is not None:
            same = [model.ll2_id == ll2_id]
            if model is Vehicle:
                same.append(Vehicle.kind == values["kind"])
            found = self._by(model, *same)
        if found is None and model is not Mission:
            found = self._by(model, model.name == name)
        if found is None and model is Mission and uid is None:
            found = self._by(Mission, Mission.name == name, Mission.net == values["net"])
        if found is not None:
            self.matched.add((kind, found.id))
        return found

    def _new_uid(self, model: Any, uid: str | None, values: dict[str, Any]) -> str:
        """The archived identity; for a version 1 record, the one it would have been given,
        unless another record holds it already."""
        if uid is not None:
            return uid
        wanted = legacy_uid(_MODEL_KIND[model], values["name"], values.get("ll2_id"))
        taken = self.s.exec(select(model.id).where(model.uid == wanted)).first()
        return new_uid() if taken is not None else wanted

    # --- agencies, vehicles, people ---------------------------------------------------------

    def _record(self, kind: str, model: Any, uid: str | None, values: dict[str, Any]) -> Any:
        """Add an agency, vehicle or person, or fill the blanks of the one it matched."""
        row = self._find(model, uid, values)
        if row is None:
            row = model(**values, uid=self._new_uid(model, uid, values))
            self.s.add(row)
            self.s.flush()
            self.matched.add((_MODEL_KIND[model], row.id))
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

    # --- missions ---------------------------------------------------------------------------

    def _mission(self, m: ArchivedMission) -> None:
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
            "landing_outcome": m.landing_outcome,
            "status": m.status,
            "status_reason": m.status_reason,
            "description": m.description,
            "source": m.source,
            "image_url": m.image_url,
            "ll2_id": m.ll2_id,
            "ll2_snapshot": m.ll2_snapshot,
        }
        row = self._find(Mission, m.uid, values)
        if row is None:
            row = Mission(
                **values,
                uid=self._new_uid(Mission, m.uid, values),
                version=m.version,
                created_at=m.created_at,
                updated_at=m.updated_at,
            )
            self.s.add(row)
            self.s.flush()
            self.matched.add(("mission", row_id(row)))
            self._crew(row, self._seated(row, m.crew, row.spacecraft_id))
            self._history(row, m)
            self._links(row, m)
            self.changes.new(row.uid, row.name, (row.net, row.net_precision), row.status)
            self.t.count("missions", "added")
            return
        differs = any(getattr(row, k) != v for k, v in values.items())
        crew = self._seated(row, m.crew, values["spacecraft_id"])
        roster = self._roster(row)
        taken = differs or roster != crew or self._link_set(row) != _archived_links(m)
        # newer: changed later, or at the same moment but more times (a stopped clock)
        if (m.updated_at, m.version) > (row.updated_at, row.version) and taken:
            before = (row.net, row.net_precision), row.status
            for k, v in values.items():
                setattr(row, k, v)
            row.version += 1
            row.updated_at = self.now
            self.s.add(row)
            self.s.flush()
            self._crew(row, crew, replace=True)
            self._history(row, m)
            self._links(row, m, replace=True)
            self._note_changes(row, before, roster, crew)
            self.t.count("missions", "updated")
        else:
            if taken:
                self.t.kept.append(
                    f"mission {row.name}: kept the copy here (the archived one is not newer)"
                )
            self.t.count("missions", "unchanged")

    def _note_changes(
        self,
        row: Mission,
        before: tuple[tuple[Any, Any], Any],
        roster: list[tuple[int, str]],
        crew: list[tuple[int, str]],
    ) -> None:
        net, status = before
        self.changes.net(row.uid, row.name, net, (row.net, row.net_precision))
        self.changes.status(row.uid, row.name, status, row.status)
        names = {
            p.id: p.name
            for p in self.s.exec(
                select(Person).where(col(Person.id).in_([p for p, _ in roster + crew]))
            ).all()
        }
        self.changes.crew(
            row.uid,
            row.name,
            [(names[p], r) for p, r in roster],
            [(names[p], r) for p, r in crew],
        )

    def _roster(self, row: Mission) -> list[tuple[int, str]]:
        return [
            (a.person_id, a.role)
            for a in self.s.exec(
                select(CrewAssignment)
                .where(CrewAssignment.mission_id == row.id)
                .order_by(col(CrewAssignment.seat), col(CrewAssignment.id))
            ).all()
        ]

    def _seated(
        self, row: Mission, crew: tuple[ArchivedAssignment, ...], craft_id: int | None
    ) -> list[tuple[int, str]]:
        """The archived roster as (person id, role) in seat order, cut to the seats of the
        spacecraft ``craft_id`` (those left out named in the report)."""
        members = [(self.person_ids[c.person], c.role) for c in sorted(crew, key=lambda c: c.seat)]
        craft = self.s.get(Vehicle, craft_id) if craft_id is not None else None
        seats = craft.crew_capacity if craft else None
        if craft is None or seats is None or len(members) <= seats:
            return members
        extra = [self.s.get(Person, p) for p, _ in members[seats:]]
        self.t.skipped.append(
            f"{row.name}: {len(members)} crew on {craft.name}, which carries {seats}; left out "
            + ", ".join(p.name for p in extra if p is not None)
        )
        return members[:seats]

    def _crew(self, row: Mission, crew: list[tuple[int, str]], *, replace: bool = False) -> None:
        if replace:
            for old in self.s.exec(
                select(CrewAssignment).where(CrewAssignment.mission_id == row.id)
            ).all():
                self.s.delete(old)
            self.s.flush()
        for seat, (person_id, role) in enumerate(crew):
            self.s.add(
                CrewAssignment(mission_id=row_id(row), person_id=person_id, role=role, seat=seat)
            )
        self.s.flush()

    def _history(self, row: Mission, m: ArchivedMission) -> None:
        """Add the archived schedule changes the mission lacks, in the order they were made."""
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

    def _link_set(self, row: Mission) -> set[tuple[Any, ...]]:
        return {
            (k.kind, k.url, k.title, k.priority, k.live, k.from_ll2)
            for k in self.s.exec(select(MissionLink).where(MissionLink.mission_id == row.id)).all()
        }

    def _links(self, row: Mission, m: ArchivedMission, *, replace: bool = False) -> None:
        had: dict[str, MissionLink] = {}
        if replace:
            for old in self.s.exec(
                select(MissionLink).where(MissionLink.mission_id == row.id)
            ).all():
                had[old.url] = old
                self.s.delete(old)
            self.s.flush()
        for k in m.links:
            self.s.add(
                MissionLink(
                    mission_id=row_id(row),
                    kind=k.kind,
                    url=k.url,
                    title=k.title,
                    priority=k.priority,
                    live=k.live,
                    from_ll2=k.from_ll2,
                )
            )
        added = [(k.title, k.url) for k in m.links if k.kind is LinkKind.WEBCAST]
        if replace:
            self.changes.webcasts(row.uid, row.name, [t for t in added if t[1] not in had])
        self.s.flush()


def _archived_links(m: ArchivedMission) -> set[tuple[Any, ...]]:
    return {(k.kind, k.url, k.title, k.priority, k.live, k.from_ll2) for k in m.links}
