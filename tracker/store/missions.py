"""Missions as records: create, edit (with its exact undo) and delete.

An edit is one transaction: the mission must be the version the caller showed, a mission
that has flown needs confirming, a NET that moves is written to the slip history (and takes
a window not given along), and the result is a ``MissionEdit`` that ``revert`` takes back
exactly. A delete takes the crew and the history with it, into the ``Snapshot``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, col, select

from tracker import places, rules
from tracker.errors import InUse
from tracker.store.crew import roster
from tracker.store.editing import (
    apply,
    check_fields,
    counted,
    listed,
    reference,
    row_values,
    unique,
)
from tracker.store.models import Agency, Mission, MissionLink, Person, ScheduleChange, Vehicle
from tracker.store.records import MissionEdit, Snapshot
from tracker.store.scheduling import record_slip, shift_window
from tracker.store.uow import UnitOfWork, get
from tracker.store.vehicles import reference_of_kind
from tracker.vocabulary import (
    NAME_MAX,
    REASON_MAX,
    TEXT_MAX,
    LandingOutcome,
    LaunchStatus,
    NetPrecision,
    VehicleKind,
)

FIELDS = frozenset(
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
        "landing_outcome",
        "status",
        "status_reason",
        "description",
        "source",
    }
)
WINDOW = frozenset({"window_start", "window_end"})


def _clean(session: Session, values: dict[str, Any], current: Mission | None) -> dict[str, Any]:
    own_id = current.id if current else None
    clean: dict[str, Any] = {}
    if "name" in values:
        clean["name"] = rules.text(values["name"], "Name")
        unique(session, Mission, clean["name"], "a mission", own_id)
    for key, label, limit in (
        ("capsule", "Capsule", NAME_MAX),
        ("launch_site", "Launch site", NAME_MAX),
        ("destination", "Destination", NAME_MAX),
        ("description", "Description", TEXT_MAX),
        ("source", "Source", TEXT_MAX),
        ("status_reason", "Status reason", REASON_MAX),
    ):
        if key in values:
            clean[key] = rules.text(values[key], label, required=False, limit=limit)
    # one spelling per place: the short form is stored, the detail shows the full one
    if "launch_site" in clean:
        clean["launch_site"] = places.site(clean["launch_site"]).short
    if "destination" in clean:
        clean["destination"] = places.destination(clean["destination"]).short
    if "spacecraft_id" in values:
        clean["spacecraft_id"] = reference_of_kind(
            session, values["spacecraft_id"], VehicleKind.SPACECRAFT, "spacecraft"
        )
    if "launcher_id" in values:
        clean["launcher_id"] = reference_of_kind(
            session, values["launcher_id"], VehicleKind.LAUNCHER, "launcher"
        )
    if "operator_id" in values:
        clean["operator_id"] = reference(session, Agency, values["operator_id"], "operator")
    if "net" in values:
        clean["net"] = rules.instant(values["net"], "NET", required=True)
    for key, label in (
        ("window_start", "Window opens"),
        ("window_end", "Window closes"),
        ("landing", "Landing"),
    ):
        if key in values:
            clean[key] = rules.instant(values[key], label)
    if "net_precision" in values:
        clean["net_precision"] = rules.choice(
            NetPrecision, values["net_precision"], "NET precision"
        )
    if "status" in values:
        clean["status"] = rules.choice(LaunchStatus, values["status"], "Status")
    if "landing_outcome" in values:
        outcome = values["landing_outcome"]
        clean["landing_outcome"] = (
            None if outcome in (None, "") else rules.choice(LandingOutcome, outcome, "Outcome")
        )
    _check(session, clean, current)
    return clean


def _check(session: Session, clean: dict[str, Any], current: Mission | None) -> None:
    """Rules across fields, on the mission as it would be after the edit."""

    def value(key: str) -> Any:
        return clean[key] if key in clean else getattr(current, key, None)

    name = value("name")
    window = (value("window_start"), value("window_end"))
    rules.check_mission_times(name, value("net"), window, value("landing"))
    rules.check_mission_end(name, value("status") or LaunchStatus.TBD, value("landing_outcome"))
    if current is not None and clean.get("spacecraft_id"):
        craft = get(session, Vehicle, clean["spacecraft_id"], "spacecraft")
        crew = len(roster(session, current.id or 0))
        rules.check_crew_fits(name, craft.name, craft.crew_capacity, crew)


def create(uow: UnitOfWork, name: str, net: dt.datetime | str, fields: dict[str, Any]) -> int:
    """A new mission (version 1) with any of the other mission fields."""
    check_fields(fields, FIELDS - {"name", "net"}, "a mission")
    with uow.write() as session:
        clean = _clean(session, {"name": name, "net": net, **fields}, None)
        now = uow.clock()
        mission = Mission(**clean, created_at=now, updated_at=now)
        session.add(mission)
        session.flush()
        assert mission.id is not None
        return mission.id


def _edit(
    m: Mission, clean: dict[str, Any], *, window_given: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Set validated fields; a NET that moves takes a window not given along with it.
    Returns the values replaced and the values set."""
    before_net = m.net
    before = {"window_start": m.window_start, "window_end": m.window_end}
    old = apply(m, clean)
    if "net" in old:
        if not window_given:
            shift_window(m, m.net - before_net)
        # Both ends always travel with a moved NET, so that undo and redo (which pass
        # them explicitly) put the window exactly where it was rather than shift it.
        old.update(before)
    return old, {key: getattr(m, key) for key in old}


def update(
    uow: UnitOfWork,
    mission_id: int,
    expected_version: int | None,
    confirm: bool,
    reason: str,
    fields: dict[str, Any],
) -> MissionEdit:
    """Edit a mission's fields in one transaction; a moved NET is added to its history.

    A mission shown at another version than ``expected_version`` is refused; a mission
    that has flown needs ``confirm``. Nothing to change writes nothing (and asks nothing).
    """
    check_fields(fields, FIELDS, "a mission")
    reason = rules.text(reason, "The reason", required=False, limit=REASON_MAX)
    with uow.write() as session:
        m = uow.mission(session, mission_id, expected_version)
        old_version, old_updated = m.version, m.updated_at
        clean = _clean(session, fields, m)
        if not any(getattr(m, key) != value for key, value in clean.items()):
            return MissionEdit(
                mission_id, {}, {}, reason, None, m.version, m.version, m.updated_at, False
            )
        uow.edit(m, confirm, "editing it")
        old, new = _edit(m, clean, window_given=bool(WINDOW & fields.keys()))
        change = None
        if "net" in old or "net_precision" in old:
            previous = (old.get("net", m.net), old.get("net_precision", m.net_precision))
            change = record_slip(session, m, *previous, reason, uow.clock())
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


def revert(uow: UnitOfWork, edit: MissionEdit) -> None:
    """Take back ``update`` exactly: the old values, and its slip entry removed.

    Refused when the fields it set have changed since (another edit would be lost). The
    version goes back too when nothing else touched the mission, so the row is as it was.
    """
    if not edit.changed:
        return
    with uow.write() as session:
        m = uow.mission(session, edit.mission_id)
        rules.check_unchanged(
            m.name, all(getattr(m, key) == value for key, value in edit.new.items())
        )
        _edit(m, _clean(session, edit.old, m), window_given=True)
        if edit.change_id is not None:
            change = session.get(ScheduleChange, edit.change_id)
            if change is not None:
                session.delete(change)
        uow.put_back(m, (edit.mission_id, edit.old_version, edit.old_updated_at), edit.version)


def delete(uow: UnitOfWork, mission_id: int, force: bool) -> Snapshot:
    """Delete a mission with its crew, slip history and links.

    A mission with a crew, or one that has flown, needs ``force``: InUse (or
    NeedsConfirmation) says why.
    """
    with uow.write() as session:
        m = get(session, Mission, mission_id, "mission")
        crew = roster(session, mission_id)
        if crew and not force:
            names = [get(session, Person, a.person_id, "person").name for a in crew]
            raise InUse(f"{m.name} has {counted(len(names), 'crew member')}: {listed(names)}")
        rules.check_may_rewrite(m.name, m.status, "deleting it", force)
        history = session.exec(
            select(ScheduleChange)
            .where(ScheduleChange.mission_id == mission_id)
            .order_by(col(ScheduleChange.id))
        ).all()
        links = session.exec(
            select(MissionLink)
            .where(MissionLink.mission_id == mission_id)
            .order_by(col(MissionLink.id))
        ).all()
        rows: list[tuple[str, dict[str, Any]]] = [("mission", row_values(m))]
        rows += [("crewassignment", row_values(a)) for a in crew]
        rows += [("schedulechange", row_values(h)) for h in history]
        rows += [("missionlink", row_values(k)) for k in links]
        for child in (*crew, *history, *links):
            session.delete(child)
        session.flush()
        session.delete(m)
        return Snapshot(kind="mission", record_id=mission_id, name=m.name, rows=tuple(rows))
