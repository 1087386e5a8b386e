"""Reading a Mission Tracker archive's records (the format is described in ``archive``).

Every field is checked as it is read; a record that breaks a rule the forms keep is left
out (``Refusal``) and the references to it dropped, noted; a file that is not what it claims
is refused whole (``ValidationError``). Places are read into their short form
(``tracker.places``); a web address that is not one is left out, noted.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from tracker import places, rules
from tracker.errors import ValidationError
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
from tracker.exchange.fields import Fields, RecordRefused, Refusal, escaped
from tracker.vocabulary import (
    NAME_MAX,
    REASON_MAX,
    TEXT_MAX,
    URL_MAX,
    LandingOutcome,
    LaunchStatus,
    LinkKind,
    NetPrecision,
    VehicleKind,
)

UID_MAX = 64

R = TypeVar("R")


# made once: ``json.dumps`` with options builds an encoder a call (a snapshot a launch)
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical(value: Any) -> str:
    """The one JSON text of a value: sorted keys, no spaces (so equal data compare equal)."""
    return _CANONICAL.encode(value)


def records(data: Mapping[str, Any]) -> Archive:
    """Every record of an archive whose format and version were checked (``archive``)."""
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
        data_as_of=Fields(data, "archive").instant("data_as_of"),
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

    def uid(self) -> str | None:
        """The record's identity; ``None`` in a version 1 archive."""
        value = self.text("uid", limit=UID_MAX)
        if value is not None and not value:
            raise self.fail("uid", "empty")
        return value

    def later(self, key: str, *, limit: int) -> str:
        """Text a version 1 archive did not have: absent reads as empty."""
        value = self.text(key, limit=limit, strip=False)
        return value or ""

    def address(self, key: str, value: str | None = None) -> str:
        """A web address (version 2); one that is not (``file:``, ``javascript:``) is left
        out, noted, and the record imported without it."""
        url = self.later(key, limit=URL_MAX) if value is None else value
        if not url:
            return ""
        try:
            return rules.web_address(url, "the address")
        except ValidationError as exc:
            self.notes.append(f'{self.label}, field "{key}": {exc}; imported without it')
            return ""

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
    """Refs and identities name one record each; names too, except missions' (the database
    requires the same)."""
    what = {"agencies": "agency", "vehicles": "vehicle", "people": "person"}.get(kind, "mission")
    seen: set[int] = set()
    seen_names: set[str] = set()
    seen_uids: set[str] = set()
    for r in records:
        if r.ref in seen:
            raise ValidationError(f'archive {what} "{r.name}", field "ref": {r.ref} is used twice')
        if kind != "missions" and r.name in seen_names:
            raise ValidationError(f'archive {what} "{r.name}", field "name": listed twice')
        if r.uid is not None and r.uid in seen_uids:
            raise ValidationError(f'archive {what} "{r.name}", field "uid": listed twice')
        seen.add(r.ref)
        seen_names.add(r.name)
        if r.uid is not None:
            seen_uids.add(r.uid)
    return seen


def _agency(f: _Record) -> ArchivedAgency:
    return ArchivedAgency(
        ref=f.number("ref"),
        uid=f.uid(),
        name=f.name(),
        abbrev=f.words("abbrev"),
        country=f.words("country"),
        image_url=f.address("image_url"),
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
        uid=f.uid(),
        name=f.name(),
        kind=f.enum("kind", VehicleKind),
        operator=f.ref("operator", "agencies"),
        crew_capacity=f.integer("crew_capacity", minimum=1),
        first_crewed_flight=first_date,
        image_url=f.address("image_url"),
        ll2_id=f.integer("ll2_id"),
        ll2_snapshot=f.snapshot(),
    )


def _person(f: _Record) -> ArchivedPerson:
    return ArchivedPerson(
        ref=f.number("ref"),
        uid=f.uid(),
        name=f.name(),
        agency=f.ref("agency", "agencies"),
        nationality=f.words("nationality"),
        status=f.words("status"),
        image_url=f.address("image_url"),
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


def _links(f: _Record) -> tuple[ArchivedLink, ...]:
    """A mission's links (version 2), one per address; a link to something not on the web
    is left out, noted."""
    links: dict[str, ArchivedLink] = {}
    for j, item in enumerate(f.items("links") or []):
        part = f.part("links", j, item)
        url = part.address("url", part.words("url", limit=URL_MAX, required=True))
        f.notes.extend(part.notes)
        if url and url not in links:
            priority = part.integer("priority")
            links[url] = ArchivedLink(
                kind=part.enum("kind", LinkKind),
                url=url,
                title=part.later("title", limit=NAME_MAX),
                priority=0 if priority is None else priority,
                live=part.flag("live"),
                from_ll2=part.flag("from_ll2"),
            )
    return tuple(links.values())


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
    outcome = f.data.get("landing_outcome")
    return ArchivedMission(
        ref=f.number("ref"),
        uid=f.uid(),
        name=name,
        spacecraft=f.ref("spacecraft", "vehicles"),
        capsule=f.words("capsule"),
        launcher=f.ref("launcher", "vehicles"),
        operator=f.ref("operator", "agencies"),
        launch_site=places.site(f.words("launch_site")).short,
        destination=places.destination(f.words("destination")).short,
        net=net,
        net_precision=f.enum("net_precision", NetPrecision),
        window_start=window[0],
        window_end=window[1],
        landing=landing,
        landing_outcome=None if outcome is None else f.enum("landing_outcome", LandingOutcome),
        status=f.enum("status", LaunchStatus),
        status_reason=f.later("status_reason", limit=REASON_MAX),
        description=f.words("description", limit=TEXT_MAX),
        source=f.words("source", limit=TEXT_MAX),
        image_url=f.address("image_url"),
        ll2_id=ll2_id,
        ll2_snapshot=f.snapshot(),
        version=f.number("version", minimum=1),
        created_at=f.moment("created_at"),
        updated_at=f.moment("updated_at"),
        crew=tuple(crew),
        schedule_changes=tuple(changes),
        links=_links(f),
    )
