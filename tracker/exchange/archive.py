"""The Mission Tracker archive: every record of a database in one JSON file.

Format ``mission-tracker-archive``, version 1 (UTF-8 JSON, keys sorted, two-space indent)::

    {
      "format": "mission-tracker-archive",
      "format_version": 1,
      "exported_at": "2021-10-27T12:00:00Z",   # informational; not data
      "agencies": [{"ref": 1, "name": ..., "abbrev": ..., "country": ...,
                    "ll2_id": 44 | null, "ll2_snapshot": {...} | null}],
      "vehicles": [{"ref": 1, "name": ..., "kind": "spacecraft" | "launcher",
                    "operator": <agency ref> | null, "crew_capacity": 4 | null,
                    "first_crewed_flight": "2020-05-30" | null,
                    "ll2_id": ..., "ll2_snapshot": ...}],
      "people":   [{"ref": 1, "name": ..., "agency": <agency ref> | null,
                    "nationality": ..., "status": ..., "ll2_id": ..., "ll2_snapshot": ...}],
      "missions": [{"ref": 1, "name": ..., "spacecraft": <vehicle ref> | null, "capsule": ...,
                    "launcher": <vehicle ref> | null, "operator": <agency ref> | null,
                    "launch_site": ..., "destination": ..., "net": <instant>,
                    "net_precision": "Minute", "window_start": <instant> | null,
                    "window_end": ..., "landing": ..., "status": "Go", "description": ...,
                    "source": ..., "ll2_id": "uuid" | null, "ll2_snapshot": ...,
                    "version": 3, "created_at": <instant>, "updated_at": <instant>,
                    "crew": [{"person": <person ref>, "role": "Commander", "seat": 0}],
                    "schedule_changes": [{"previous_net": ..., "previous_precision": ...,
                                          "new_net": ..., "new_precision": ...,
                                          "changed_at": ..., "reason": ...}]}]
    }

Instants are ISO-8601 in UTC with a ``Z`` (microseconds kept when present). ``ref`` numbers
are local to the file (database ids are not kept: they mean nothing in another database);
records are listed in a deterministic order (by name; missions by NET, name, id), so the
same data always gives the same file. ``ll2_snapshot`` is what the record held when last
imported from Launch Library 2 (see ``tracker.store.importing.merge``); keeping it keeps re-imports
after a restore behaving as before.

A later format version adds fields; a reader refuses a version newer than it knows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.errors import ValidationError
from tracker.exchange.fields import Fields
from tracker.exchange.files import write_atomic
from tracker.vocabulary import NAME_MAX, TEXT_MAX, LaunchStatus, NetPrecision, VehicleKind

FORMAT = "mission-tracker-archive"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class ArchivedAgency:
    ref: int
    name: str
    abbrev: str
    country: str
    ll2_id: int | None
    ll2_snapshot: str  # canonical JSON text, "" when never imported


@dataclass(frozen=True, slots=True)
class ArchivedVehicle:
    ref: int
    name: str
    kind: VehicleKind
    operator: int | None
    crew_capacity: int | None
    first_crewed_flight: dt.date | None
    ll2_id: int | None
    ll2_snapshot: str


@dataclass(frozen=True, slots=True)
class ArchivedPerson:
    ref: int
    name: str
    agency: int | None
    nationality: str
    status: str
    ll2_id: int | None
    ll2_snapshot: str


@dataclass(frozen=True, slots=True)
class ArchivedAssignment:
    person: int
    role: str
    seat: int


@dataclass(frozen=True, slots=True)
class ArchivedScheduleChange:
    previous_net: dt.datetime
    previous_precision: NetPrecision
    new_net: dt.datetime
    new_precision: NetPrecision
    changed_at: dt.datetime
    reason: str


@dataclass(frozen=True, slots=True)
class ArchivedMission:
    ref: int
    name: str
    spacecraft: int | None
    capsule: str
    launcher: int | None
    operator: int | None
    launch_site: str
    destination: str
    net: dt.datetime
    net_precision: NetPrecision
    window_start: dt.datetime | None
    window_end: dt.datetime | None
    landing: dt.datetime | None
    status: LaunchStatus
    description: str
    source: str
    ll2_id: str | None
    ll2_snapshot: str
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    crew: tuple[ArchivedAssignment, ...]
    schedule_changes: tuple[ArchivedScheduleChange, ...]


@dataclass(frozen=True, slots=True)
class Archive:
    agencies: tuple[ArchivedAgency, ...]
    vehicles: tuple[ArchivedVehicle, ...]
    people: tuple[ArchivedPerson, ...]
    missions: tuple[ArchivedMission, ...]
    exported_at: dt.datetime | None = None

    @property
    def size(self) -> int:
        return len(self.agencies) + len(self.vehicles) + len(self.people) + len(self.missions)


# --- writing ------------------------------------------------------------------------------


def instant_text(when: dt.datetime) -> str:
    """An instant as the archive and the snapshots write it: ISO-8601 in UTC with a ``Z``."""
    return when.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def _opt_instant_text(when: dt.datetime | None) -> str | None:
    return None if when is None else instant_text(when)


def _snapshot_out(text: str) -> Any:
    return json.loads(text) if text else None


def to_json(archive: Archive) -> dict[str, Any]:
    """The archive as plain JSON data."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": _opt_instant_text(archive.exported_at),
        "agencies": [
            {
                "ref": a.ref,
                "name": a.name,
                "abbrev": a.abbrev,
                "country": a.country,
                "ll2_id": a.ll2_id,
                "ll2_snapshot": _snapshot_out(a.ll2_snapshot),
            }
            for a in archive.agencies
        ],
        "vehicles": [
            {
                "ref": v.ref,
                "name": v.name,
                "kind": v.kind.value,
                "operator": v.operator,
                "crew_capacity": v.crew_capacity,
                "first_crewed_flight": (
                    v.first_crewed_flight.isoformat() if v.first_crewed_flight else None
                ),
                "ll2_id": v.ll2_id,
                "ll2_snapshot": _snapshot_out(v.ll2_snapshot),
            }
            for v in archive.vehicles
        ],
        "people": [
            {
                "ref": p.ref,
                "name": p.name,
                "agency": p.agency,
                "nationality": p.nationality,
                "status": p.status,
                "ll2_id": p.ll2_id,
                "ll2_snapshot": _snapshot_out(p.ll2_snapshot),
            }
            for p in archive.people
        ],
        "missions": [
            {
                "ref": m.ref,
                "name": m.name,
                "spacecraft": m.spacecraft,
                "capsule": m.capsule,
                "launcher": m.launcher,
                "operator": m.operator,
                "launch_site": m.launch_site,
                "destination": m.destination,
                "net": instant_text(m.net),
                "net_precision": m.net_precision.value,
                "window_start": _opt_instant_text(m.window_start),
                "window_end": _opt_instant_text(m.window_end),
                "landing": _opt_instant_text(m.landing),
                "status": m.status.value,
                "description": m.description,
                "source": m.source,
                "ll2_id": m.ll2_id,
                "ll2_snapshot": _snapshot_out(m.ll2_snapshot),
                "version": m.version,
                "created_at": instant_text(m.created_at),
                "updated_at": instant_text(m.updated_at),
                "crew": [{"person": c.person, "role": c.role, "seat": c.seat} for c in m.crew],
                "schedule_changes": [
                    {
                        "previous_net": instant_text(c.previous_net),
                        "previous_precision": c.previous_precision.value,
                        "new_net": instant_text(c.new_net),
                        "new_precision": c.new_precision.value,
                        "changed_at": instant_text(c.changed_at),
                        "reason": c.reason,
                    }
                    for c in m.schedule_changes
                ],
            }
            for m in archive.missions
        ],
    }


def dumps(archive: Archive) -> str:
    return json.dumps(to_json(archive), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write(path: Path, archive: Archive) -> None:
    """Write the archive to ``path``, whole or not at all."""
    write_atomic(path, dumps(archive).encode("utf-8"))


# --- reading ------------------------------------------------------------------------------


def is_archive(data: Any) -> bool:
    return isinstance(data, Mapping) and data.get("format") == FORMAT


class _Record(Fields):
    """One archived record: every field is present, null only where the format allows it,
    and text is kept as it was written (only names are trimmed)."""

    def __init__(self, data: Any, label: str) -> None:
        super().__init__(data, label)
        name = self.data.get("name")
        if isinstance(name, str):
            self.label = f'{label} "{name}"'

    def name(self) -> str:
        return self.text("name", required=True) or ""

    def words(self, key: str, *, limit: int = NAME_MAX, required: bool = False) -> str:
        value = self.text(key, limit=limit, required=required, strip=False)
        if value is None:
            raise self.fail(key, "expected text, found null")
        return value

    def number(self, key: str, *, minimum: int | None = None) -> int:
        value = self.integer(key, minimum=minimum)
        if value is None:
            raise self.fail(key, "missing")
        return value

    def moment(self, key: str) -> dt.datetime:
        value = self.instant(key, required=True)
        assert value is not None
        return value

    def snapshot(self) -> str:
        value = self.data.get("ll2_snapshot")
        if value is None:
            return ""
        if not isinstance(value, Mapping):
            raise self.fail("ll2_snapshot", "expected an object or null")
        return canonical(value)

    def ref(self, key: str, known: set[int]) -> int | None:
        value = self.integer(key)
        if value is not None and value not in known:
            raise self.fail(key, f"refers to {value}, which the archive does not hold")
        return value


def canonical(value: Any) -> str:
    """The one JSON text of a value: sorted keys, no spaces (so equal data compare equal)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _list(data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ValidationError(f'archive: "{key}" must be a list')
    return value


def _unique_refs(records: list[Any], what: str, *, names: bool = True) -> None:
    """Refs identify records; names too, except missions' (the database requires the same)."""
    seen: set[int] = set()
    seen_names: set[str] = set()
    for r in records:
        if r.ref in seen:
            raise ValidationError(f'archive {what} "{r.name}", field "ref": {r.ref} is used twice')
        if names and r.name in seen_names:
            raise ValidationError(f'archive {what} "{r.name}", field "name": listed twice')
        seen.add(r.ref)
        seen_names.add(r.name)


def from_json(data: Any) -> Archive:
    """Validate and read an archive; a ``ValidationError`` names the record and the field."""
    if not is_archive(data):
        raise ValidationError(f'not a Mission Tracker archive (no "format": "{FORMAT}")')
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValidationError('archive: "format_version" must be a whole number')
    if version > FORMAT_VERSION:
        raise ValidationError(
            f"this archive is format version {version}, newer than this app reads "
            f"({FORMAT_VERSION}); update the app to import it"
        )
    agencies = []
    for i, item in enumerate(_list(data, "agencies")):
        f = _Record(item, f"archive agencies[{i}]")
        agencies.append(
            ArchivedAgency(
                ref=f.number("ref"),
                name=f.name(),
                abbrev=f.words("abbrev"),
                country=f.words("country"),
                ll2_id=f.integer("ll2_id"),
                ll2_snapshot=f.snapshot(),
            )
        )
    _unique_refs(agencies, "agency")
    agency_refs = {a.ref for a in agencies}
    vehicles = []
    for i, item in enumerate(_list(data, "vehicles")):
        f = _Record(item, f"archive vehicles[{i}]")
        first = f.data.get("first_crewed_flight")
        try:
            first_date = None if first is None else dt.date.fromisoformat(str(first))
        except ValueError:
            raise f.fail("first_crewed_flight", f"not a date: {first!r}") from None
        vehicles.append(
            ArchivedVehicle(
                ref=f.number("ref"),
                name=f.name(),
                kind=f.enum("kind", VehicleKind),
                operator=f.ref("operator", agency_refs),
                crew_capacity=f.integer("crew_capacity", minimum=1),
                first_crewed_flight=first_date,
                ll2_id=f.integer("ll2_id"),
                ll2_snapshot=f.snapshot(),
            )
        )
    _unique_refs(vehicles, "vehicle")
    vehicle_refs = {v.ref for v in vehicles}
    people = []
    for i, item in enumerate(_list(data, "people")):
        f = _Record(item, f"archive people[{i}]")
        people.append(
            ArchivedPerson(
                ref=f.number("ref"),
                name=f.name(),
                agency=f.ref("agency", agency_refs),
                nationality=f.words("nationality"),
                status=f.words("status"),
                ll2_id=f.integer("ll2_id"),
                ll2_snapshot=f.snapshot(),
            )
        )
    _unique_refs(people, "person")
    person_refs = {p.ref for p in people}
    missions = []
    for i, item in enumerate(_list(data, "missions")):
        f = _Record(item, f"archive missions[{i}]")
        crew = []
        for j, c in enumerate(f.items("crew") or []):
            cf = _Record(c, f"{f.label}, crew[{j}]")
            person = cf.ref("person", person_refs)
            if person is None:
                raise cf.fail("person", "missing")
            crew.append(
                ArchivedAssignment(
                    person=person,
                    role=cf.words("role", required=True),
                    seat=cf.number("seat", minimum=0),
                )
            )
        if len({c.person for c in crew}) != len(crew):
            raise f.fail("crew", "the same person is listed twice")
        changes = []
        for j, c in enumerate(f.items("schedule_changes") or []):
            cf = _Record(c, f"{f.label}, schedule_changes[{j}]")
            changes.append(
                ArchivedScheduleChange(
                    previous_net=cf.moment("previous_net"),
                    previous_precision=cf.enum("previous_precision", NetPrecision),
                    new_net=cf.moment("new_net"),
                    new_precision=cf.enum("new_precision", NetPrecision),
                    changed_at=cf.moment("changed_at"),
                    reason=cf.words("reason", limit=TEXT_MAX),
                )
            )
        ll2_id = f.data.get("ll2_id")
        if ll2_id is not None and (not isinstance(ll2_id, str) or not 0 < len(ll2_id) <= 64):
            raise f.fail("ll2_id", "expected text of 1 to 64 characters, or null")
        if ll2_id is not None:
            f.valid("ll2_id", ll2_id)
        missions.append(
            ArchivedMission(
                ref=f.number("ref"),
                name=f.name(),
                spacecraft=f.ref("spacecraft", vehicle_refs),
                capsule=f.words("capsule"),
                launcher=f.ref("launcher", vehicle_refs),
                operator=f.ref("operator", agency_refs),
                launch_site=f.words("launch_site"),
                destination=f.words("destination"),
                net=f.moment("net"),
                net_precision=f.enum("net_precision", NetPrecision),
                window_start=f.instant("window_start"),
                window_end=f.instant("window_end"),
                landing=f.instant("landing"),
                status=f.enum("status", LaunchStatus),
                description=f.words("description", limit=TEXT_MAX),
                source=f.words("source", limit=TEXT_MAX),
                ll2_id=ll2_id,
                ll2_snapshot=f.snapshot(),
                version=f.number("version", minimum=1),
                created_at=f.moment("created_at"),
                updated_at=f.moment("updated_at"),
                crew=tuple(crew),
                schedule_changes=tuple(changes),
            )
        )
    _unique_refs(missions, "mission", names=False)
    exported = data.get("exported_at")
    exported_at = None
    if isinstance(exported, str):
        try:
            exported_at = dt.datetime.fromisoformat(exported)
        except ValueError:
            exported_at = None
    return Archive(
        agencies=tuple(agencies),
        vehicles=tuple(vehicles),
        people=tuple(people),
        missions=tuple(missions),
        exported_at=exported_at,
    )
