"""Export the whole database as a Mission Tracker archive (``tracker.exchange.archive``).

One read of every table, in a deterministic order, so the same data always gives the same
file; the file is written whole or not at all. ``tracker.store.importing`` reads it back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlmodel import Session, col, select

from tracker.exchange import archive
from tracker.exchange.archive_data import (
    Archive,
    ArchivedAgency,
    ArchivedAssignment,
    ArchivedLink,
    ArchivedMission,
    ArchivedPerson,
    ArchivedScheduleChange,
    ArchivedVehicle,
)
from tracker.exchange.files import guard_output, write_atomic
from tracker.store import dataset
from tracker.store.database import Database
from tracker.store.models import (
    Agency,
    CrewAssignment,
    Mission,
    MissionLink,
    Person,
    ScheduleChange,
    Vehicle,
)
from tracker.store.records import link_order
from tracker.store.safety import database_files


def build_archive(db: Database, exported_at: dt.datetime | None = None) -> Archive:
    """The whole database as an ``Archive``, in a deterministic order (one read)."""
    with Session(db.engine) as s:
        agencies = sorted(s.exec(select(Agency)).all(), key=lambda a: (a.name, a.id or 0))
        vehicles = sorted(s.exec(select(Vehicle)).all(), key=lambda v: (v.name, v.id or 0))
        people = sorted(s.exec(select(Person)).all(), key=lambda p: (p.name, p.id or 0))
        missions = sorted(s.exec(select(Mission)).all(), key=lambda m: (m.net, m.name, m.uid))
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
        links: dict[int, list[MissionLink]] = {}
        for k in sorted(s.exec(select(MissionLink)).all(), key=link_order):
            links.setdefault(k.mission_id, []).append(k)
        as_of = dataset.instant(dataset.facts_in(s).get(dataset.DATA_AS_OF))
    a_ref = {a.id: i for i, a in enumerate(agencies, 1)}
    v_ref = {v.id: i for i, v in enumerate(vehicles, 1)}
    p_ref = {p.id: i for i, p in enumerate(people, 1)}
    return Archive(
        exported_at=exported_at,
        data_as_of=as_of,
        agencies=tuple(
            ArchivedAgency(
                ref=a_ref[a.id],
                uid=a.uid,
                name=a.name,
                abbrev=a.abbrev,
                country=a.country,
                image_url=a.image_url,
                ll2_id=a.ll2_id,
                ll2_snapshot=a.ll2_snapshot,
            )
            for a in agencies
        ),
        vehicles=tuple(
            ArchivedVehicle(
                ref=v_ref[v.id],
                uid=v.uid,
                name=v.name,
                kind=v.kind,
                operator=a_ref.get(v.operator_id),
                crew_capacity=v.crew_capacity,
                first_crewed_flight=v.first_crewed_flight,
                image_url=v.image_url,
                ll2_id=v.ll2_id,
                ll2_snapshot=v.ll2_snapshot,
            )
            for v in vehicles
        ),
        people=tuple(
            ArchivedPerson(
                ref=p_ref[p.id],
                uid=p.uid,
                name=p.name,
                agency=a_ref.get(p.agency_id),
                nationality=p.nationality,
                status=p.status,
                image_url=p.image_url,
                ll2_id=p.ll2_id,
                ll2_snapshot=p.ll2_snapshot,
            )
            for p in people
        ),
        missions=tuple(
            ArchivedMission(
                ref=i,
                uid=m.uid,
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
                landing_outcome=m.landing_outcome,
                status=m.status,
                status_reason=m.status_reason,
                description=m.description,
                source=m.source,
                image_url=m.image_url,
                ll2_id=m.ll2_id,
                ll2_snapshot=m.ll2_snapshot,
                version=m.version,
                created_at=m.created_at,
                updated_at=m.updated_at,
                crew=tuple(
                    ArchivedAssignment(person=p_ref[c.person_id], role=c.role, seat=c.seat)
                    for c in crews.get(m.id or 0, [])
                ),
                schedule_changes=tuple(
                    ArchivedScheduleChange(
                        previous_net=h.previous_net,
                        previous_precision=h.previous_precision,
                        new_net=h.new_net,
                        new_precision=h.new_precision,
                        changed_at=h.changed_at,
                        reason=h.reason,
                    )
                    for h in changes.get(m.id or 0, [])
                ),
                links=tuple(
                    ArchivedLink(
                        kind=k.kind,
                        url=k.url,
                        title=k.title,
                        priority=k.priority,
                        live=k.live,
                        from_ll2=k.from_ll2,
                    )
                    for k in links.get(m.id or 0, [])
                ),
            )
            for i, m in enumerate(missions, 1)
        ),
    )


def export_archive(db: Database, path: Path) -> int:
    """Write the whole database to ``path`` as an archive (atomically); records written.

    Refused (``UserError``, nothing written) when ``path`` is the database, one of its side
    files or backups, or another name for one of them.
    """
    protect = database_files(db.path)
    guard_output(Path(path), protect)  # before reading the whole database for nothing
    data = build_archive(db, exported_at=dt.datetime.now(dt.UTC))
    write_atomic(Path(path), archive.dumps(data).encode("utf-8"), protect=protect)
    return data.size
