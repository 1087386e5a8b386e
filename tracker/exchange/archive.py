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
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from tracker import rules
from tracker.errors import ValidationError
from tracker.exchange.archive_data import (
    Archive,
    ArchivedAgency,
    ArchivedAssignment,
    ArchivedMission,
    ArchivedPerson,
    ArchivedScheduleChange,
    ArchivedVehicle,
)
from tracker.exchange.fields import Fields, RecordRefused, Refusal, escaped
from tracker.exchange.files import write_atomic
from tracker.vocabulary import NAME_MAX, TEXT_MAX, LaunchStatus, NetPrecision, VehicleKind

FORMAT = "mission-tracker-archive"
FORMAT_VERSION = 1

R = TypeVar("R")


# --- writing ------------------------------------------------------------------------------


def instant_text(when: dt.datetime) -> str:
    """An instant as the archive and the snapshots write it: ISO-8601 in UTC with a ``Z``."""
    return when.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def optional_instant_text(when: dt.datetime | None) -> str | None:
    return None if when is None else instant_text(when)


def _snapshot_out(text: str) -> Any:
    return json.loads(text) if text else None


def to_json(archive: Archive) -> dict[str, Any]:
    """The archive as plain JSON data."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": optional_instant_text(archive.exported_at),
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
                "window_start": optional_instant_text(m.window_start),
                "window_end": optional_instant_text(m.window_end),
                "landing": optional_instant_text(m.landing),
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


def canonical(value: Any) -> str:
    """The one JSON text of a value: sorted keys, no spaces (so equal data compare equal)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def from_json(data: Any) -> Archive:
    """Validate and read an archive; a ``ValidationError`` names the record and the field.

    A record that breaks a rule the forms keep (``RecordRefused``) is left out and listed in
    ``Archive.refused``; a reference to it is dropped (a vehicle without its operator, a
    crew without that member) and noted in ``Archive.notes``.
    """
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
    read = _Reader(data)
    agencies = read.each("agencies", _agency)
    vehicles = read.each("vehicles", _vehicle)
    people = read.each("people", _person)
    missions = read.each("missions", _mission)
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
        refused=tuple(read.refused),
        notes=tuple(read.notes),
    )


class _Reader:
    """Reads an archive's lists in order (a record refers only to kinds read before it)."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.refs: dict[str, set[int]] = {}  # kind -> the refs of the records read
        self.gone: dict[str, set[int]] = {}  # kind -> the refs of the records refused
        self.refused: list[Refusal] = []
        self.notes: list[str] = []

    def each(self, kind: str, read: Callable[[_Record], R]) -> list[R]:
        items = self.data.get(kind, [])
        if not isinstance(items, list):
            raise ValidationError(f'archive: "{kind}" must be a list')
        records: list[R] = []
        gone: set[int] = set()
        for i, item in enumerate(items):
            f = _Record(item, f"archive {kind}[{i}]", self)
            try:
                records.append(read(f))
            except RecordRefused as exc:
                self.refused.append(Refusal(kind, f"{exc}; skipped"))
                ref = f.data.get("ref")
                if isinstance(ref, int):
                    gone.add(ref)
                continue
            self.notes.extend(f.notes)
        self.refs[kind] = _unique_refs(records, kind)
        self.gone[kind] = gone
        return records


class _Record(Fields):
    """One archived record: every field is present, null only where the format allows it,
    and text is kept as it was written (only names are trimmed)."""

    def __init__(self, data: Any, label: str, reader: _Reader) -> None:
        super().__init__(data, label)
        self.reader = reader
        self.notes: list[str] = []  # kept only if the record is read whole
        name = self.data.get("name")
        if isinstance(name, str):
            self.label = f'{label} "{escaped(name)}"'

    def part(self, key: str, index: int, item: Any) -> _Record:
        return _Record(item, f"{self.label}, {key}[{index}]", self.reader)

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

    def ref(self, key: str, kind: str) -> int | None:
        """A reference to a record of ``kind``; ``None`` (noted) when that one was refused."""
        value = self.integer(key)
        if value is None or value in self.reader.refs[kind]:
            return value
        if value in self.reader.gone[kind]:
            self.notes.append(
                f'{self.label}, field "{key}": refers to {value}, a record left out; '
                "imported without it"
            )
            return None
        raise self.fail(key, f"refers to {value}, which the archive does not hold")


def _unique_refs(records: list[Any], kind: str) -> set[int]:
    """Refs identify records; names too, except missions' (the database requires the same)."""
    what = {"agencies": "agency", "vehicles": "vehicle", "people": "person"}.get(kind, "mission")
    seen: set[int] = set()
    seen_names: set[str] = set()
    for r in records:
        if r.ref in seen:
            raise ValidationError(f'archive {what} "{r.name}", field "ref": {r.ref} is used twice')
        if kind != "missions" and r.name in seen_names:
            raise ValidationError(f'archive {what} "{r.name}", field "name": listed twice')
        seen.add(r.ref)
        seen_names.add(r.name)
    return seen


def _agency(f: _Record) -> ArchivedAgency:
    return ArchivedAgency(
        ref=f.number("ref"),
        name=f.name(),
        abbrev=f.words("abbrev"),
        country=f.words("country"),
        ll2_id=f.integer("ll2_id"),
        ll2_snapshot=f.snapshot(),
    )


def _vehicle(f: _Record) -> ArchivedVehicle:
    first = f.data.get("first_crewed_flight")
    try:
        first_date = None if first is None else dt.date.fromisoformat(str(first))
    except ValueError:
        raise f.fail("first_crewed_flight", f"not a date: {first!r}") from None
    return ArchivedVehicle(
        ref=f.number("ref"),
        name=f.name(),
        kind=f.enum("kind", VehicleKind),
        operator=f.ref("operator", "agencies"),
        crew_capacity=f.integer("crew_capacity", minimum=1),
        first_crewed_flight=first_date,
        ll2_id=f.integer("ll2_id"),
        ll2_snapshot=f.snapshot(),
    )


def _person(f: _Record) -> ArchivedPerson:
    return ArchivedPerson(
        ref=f.number("ref"),
        name=f.name(),
        agency=f.ref("agency", "agencies"),
        nationality=f.words("nationality"),
        status=f.words("status"),
        ll2_id=f.integer("ll2_id"),
        ll2_snapshot=f.snapshot(),
    )


def _assignment(f: _Record) -> ArchivedAssignment | None:
    """A crew member, or ``None`` when the person was left out (noted on ``f``)."""
    person = f.ref("person", "people")
    if person is None and not f.notes:
        raise f.fail("person", "missing")
    role = f.words("role", required=True)
    seat = f.number("seat", minimum=0)
    return None if person is None else ArchivedAssignment(person=person, role=role, seat=seat)


def _change(f: _Record) -> ArchivedScheduleChange:
    return ArchivedScheduleChange(
        previous_net=f.moment("previous_net"),
        previous_precision=f.enum("previous_precision", NetPrecision),
        new_net=f.moment("new_net"),
        new_precision=f.enum("new_precision", NetPrecision),
        changed_at=f.moment("changed_at"),
        reason=f.words("reason", limit=TEXT_MAX),
    )


def _mission(f: _Record) -> ArchivedMission:
    crew = []
    for j, item in enumerate(f.items("crew") or []):
        part = f.part("crew", j, item)
        member = _assignment(part)
        f.notes.extend(part.notes)
        if member is not None:
            crew.append(member)
    if len({c.person for c in crew}) != len(crew):
        raise f.fail("crew", "the same person is listed twice")
    changes = [
        _change(f.part("schedule_changes", j, c))
        for j, c in enumerate(f.items("schedule_changes") or [])
    ]
    ll2_id = f.data.get("ll2_id")
    if ll2_id is not None and (not isinstance(ll2_id, str) or not 0 < len(ll2_id) <= 64):
        raise f.fail("ll2_id", "expected text of 1 to 64 characters, or null")
    if ll2_id is not None:
        f.valid("ll2_id", ll2_id)
    name, net, landing = f.name(), f.moment("net"), f.instant("landing")
    window = (f.instant("window_start"), f.instant("window_end"))
    f.keep(rules.check_mission_times, name, net, window, landing)
    return ArchivedMission(
        ref=f.number("ref"),
        name=name,
        spacecraft=f.ref("spacecraft", "vehicles"),
        capsule=f.words("capsule"),
        launcher=f.ref("launcher", "vehicles"),
        operator=f.ref("operator", "agencies"),
        launch_site=f.words("launch_site"),
        destination=f.words("destination"),
        net=net,
        net_precision=f.enum("net_precision", NetPrecision),
        window_start=window[0],
        window_end=window[1],
        landing=landing,
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
