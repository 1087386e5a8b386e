"""Launch Library 2 JSON, as the API writes it, read into plain immutable records.

Handles API versions 2.0 to 2.3 and later, in list, normal and detailed modes: a page of
results (``{"count", "results": [...]}``), a bare list, or a single record; records may be
launches, astronauts (list or detail) or spacecraft. The shapes differ by version, and this
module hides that:

- ``rocket.spacecraft_stage`` is an object in 2.0–2.2 and a list in 2.3+;
- an astronaut's ``nationality`` is a string up to 2.2 and a list of countries in 2.3+;
- 2.0/2.1 name statuses briefly (``"Go"``, ``"Success"``) and carry no ``net_precision``:
  it is derived from ``tbddate`` (the date is a guess: Month) and ``tbdtime`` (the time is
  a guess: Day), else from the NET itself (seconds given: Second, else Minute);
- crew roles are objects (``{"role": "Commander"}``) in 2.2+ and plain strings before.

Links, patches, portraits, vehicle pictures, agency logos and status reasons are read by
``ll2_links``; sites and destinations are put in their short form (``tracker.places``).

The records it makes are in ``ll2_data``. A file that cannot be read raises
``ValidationError`` naming the record and the field; a record that breaks a rule the forms
keep is left out and listed in ``Batch.refused``. No database, no Qt here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Any

from tracker import places, rules
from tracker.errors import ValidationError
from tracker.exchange import ll2_links
from tracker.exchange.fields import Fields, RecordRefused, Refusal, Repeats, escaped, kind_of
from tracker.exchange.ll2_data import (
    AgencyData,
    Batch,
    CrewData,
    LaunchData,
    PersonData,
    VehicleData,
)
from tracker.vocabulary import (
    NAME_MAX,
    PRECISION_ABBREVS,
    STATUS_LABELS,
    TEXT_MAX,
    LaunchStatus,
    NetPrecision,
    VehicleKind,
)

# --- vocabularies -------------------------------------------------------------------------

_STATUS_WORDS = {s.value.casefold(): s for s in LaunchStatus} | {
    label.casefold(): s for s, label in STATUS_LABELS.items()
}
_PRECISION_WORDS = (
    {p.value.casefold(): p for p in NetPrecision}
    | {a.casefold(): p for p, a in PRECISION_ABBREVS.items()}
    | {f"quarter {n}": NetPrecision[f"Q{n}"] for n in range(1, 5)}
    | {f"half {n}": NetPrecision[f"H{n}"] for n in range(1, 3)}
)
_VERSION = re.compile(r"/(2\.\d+\.\d+)/")


def _status(rec: Fields) -> LaunchStatus:
    """By abbreviation (2.2+), else by the brief or long name (2.0/2.1)."""
    value = rec.data.get("status")
    words: list[Any] = []
    if type(value) is dict or isinstance(value, Mapping):  # JSON's own: no ABC check
        words = [value.get("abbrev"), value.get("name")]
    elif isinstance(value, str):
        words = [value]
    elif value is None:
        raise rec.fail("status", "missing")
    for word in words:
        if isinstance(word, str) and word.strip().casefold() in _STATUS_WORDS:
            return _STATUS_WORDS[word.strip().casefold()]
    shown = next((w for w in words if isinstance(w, str)), value)
    raise rec.fail("status", f"unknown launch status {shown!r}")


def _precision(rec: Fields, net: dt.datetime) -> NetPrecision:
    """LL2's ``net_precision`` (2.2+), else derived from the 2.0/2.1 TBD flags and the NET."""
    value = rec.data.get("net_precision")
    if value is None:
        if rec.flag("tbddate"):
            return NetPrecision.MONTH
        if rec.flag("tbdtime"):
            return NetPrecision.DAY
        return NetPrecision.SECOND if net.second or net.microsecond else NetPrecision.MINUTE
    words: list[Any] = [value]
    if type(value) is dict or isinstance(value, Mapping):
        words = [value.get("abbrev"), value.get("name"), value.get("id")]
    for word in words:
        if isinstance(word, str) and word.strip().casefold() in _PRECISION_WORDS:
            return _PRECISION_WORDS[word.strip().casefold()]
    for word in words:  # LL2's ids follow the same order as NetPrecision
        if isinstance(word, int) and not isinstance(word, bool) and 0 <= word < len(NetPrecision):
            return list(NetPrecision)[word]
    raise rec.fail("net_precision", f"unknown NET precision {value!r}")


# --- records ------------------------------------------------------------------------------


def _agency(rec: Fields | None, notes: list[str]) -> AgencyData | None:
    if rec is None:
        return None
    country: str | None = None
    countries = rec.data.get("country")
    if isinstance(countries, list):  # 2.3+: a list of country objects
        codes = [c.get("alpha_3_code") for c in countries if isinstance(c, Mapping)]
        country = rec.valid("country", ",".join(c for c in codes if isinstance(c, str) and c))
        country = country[:NAME_MAX]
    elif rec.has("country_code"):
        country = rec.text("country_code")
    return AgencyData(
        ll2_id=rec.integer("id"),
        name=rec.text("name", required=True) or "",
        abbrev=rec.text("abbrev"),
        country=country,
        image_url=ll2_links.agency_logo(rec, notes),
    )


def _nationality(rec: Fields) -> str | None:
    value = rec.data.get("nationality")
    if value is None or isinstance(value, str):
        return rec.text("nationality")
    if isinstance(value, list):  # 2.3+: countries
        names = []
        for country in value:
            if isinstance(country, Mapping):
                name = country.get("nationality_name") or country.get("name")
                if isinstance(name, str) and name.strip():
                    names.append(name.strip())
        return rec.valid("nationality", ", ".join(names)[:NAME_MAX])
    raise rec.fail("nationality", f"expected text or a list, found {kind_of(value)}")


def _named_status(rec: Fields) -> str | None:
    value = rec.data.get("status")
    if isinstance(value, Mapping):
        name = value.get("name")
        if isinstance(name, str) and name.strip():
            return rec.valid("status", name.strip()[:NAME_MAX])
        return None
    return rec.text("status")


def person(rec: Fields, notes: list[str]) -> PersonData:
    """An astronaut; what had to be left out of the record goes to ``notes``."""
    return PersonData(
        ll2_id=rec.integer("id"),
        name=rec.text("name", required=True) or "",
        agency=_agency(rec.child("agency"), notes),
        nationality=_nationality(rec),
        status=_named_status(rec),
        image_url=ll2_links.portrait(rec, notes),
    )


def _launcher(config: Fields, notes: list[str]) -> VehicleData:
    """A rocket's ``configuration``."""
    name = config.text("full_name") or config.text("name", required=True) or ""
    maker = config.child("manufacturer")
    return VehicleData(
        ll2_id=config.integer("id"),
        name=name,
        kind=VehicleKind.LAUNCHER,
        operator=_agency(maker, notes),
        crew_capacity=None,
        image_url=ll2_links.vehicle_image(config, notes),
    )


def _spacecraft_config(config: Fields, notes: list[str]) -> VehicleData:
    capacity = config.integer("crew_capacity")
    if capacity is None and isinstance(config.data.get("capability"), int):
        capacity = config.integer("capability")
    if capacity is not None and capacity < 1:
        capacity = None  # LL2 writes 0 for uncrewed craft; the schema wants >= 1 or nothing
    return VehicleData(
        ll2_id=config.integer("id"),
        name=config.text("name", required=True) or "",
        kind=VehicleKind.SPACECRAFT,
        operator=_agency(config.child("agency"), notes),
        crew_capacity=capacity,
        image_url=ll2_links.vehicle_image(config, notes),
    )


def _capsule(craft: Fields, config: VehicleData) -> str:
    """The capsule's own name: "Crew Dragon Grace" of config "Crew Dragon 2" is "Grace".

    The configuration's name, less a trailing version number, is cut off the front when the
    craft's name starts with it word for word; otherwise ("Soyuz MS-21") the name is whole.
    """
    if craft.flag("is_placeholder"):
        return ""
    name = craft.text("name") or ""
    words, base = name.split(), config.name.split()
    if base and base[-1].isdigit():
        base = base[:-1]
    if base and len(words) > len(base) and words[: len(base)] == base:
        return " ".join(words[len(base) :])
    return name


def _stages(rocket: Fields | None) -> list[Fields] | None:
    if rocket is None or "spacecraft_stage" not in rocket.data:
        return None
    value = rocket.data["spacecraft_stage"]
    if value is None:
        return []
    if isinstance(value, Mapping):  # 2.0-2.2
        value = [value]
    if not isinstance(value, list):
        raise rocket.fail(
            "spacecraft_stage", f"expected an object or a list, found {kind_of(value)}"
        )
    return [rocket.entry("spacecraft_stage", i, v) for i, v in enumerate(value)]


def _crew(stage: Fields, notes: list[str]) -> list[CrewData]:
    crew = []
    for i, item in enumerate(stage.items("launch_crew") or []):
        entry = stage.entry("launch_crew", i, item)
        astronaut = entry.child("astronaut")
        if astronaut is None:
            raise entry.fail("astronaut", "missing")
        role_value = entry.data.get("role")
        if isinstance(role_value, Mapping):
            role = entry.child("role")
            role_text = role.text("role", required=True) if role else None
        else:
            role_text = entry.text("role", required=True)
        crew.append(CrewData(person=person(astronaut, notes), role=role_text or ""))
    return crew


def _at_net_or(rec: Fields, key: str, net_text: str, net: dt.datetime) -> dt.datetime | None:
    """A window's start or end: the NET when the file writes the NET's text there (most
    windows open at the NET, many close at it), else read as the NET was."""
    if rec.data.get(key) == net_text:
        return net
    return rec.instant(key, assume_utc=True)


def launch(data: Any, label: str, version: str, repeats: Repeats | None = None) -> LaunchData:
    """One launch; ``repeats``: the records read so far in the same file."""
    repeats = repeats or Repeats()
    rec = Fields(data, label)
    full_name = rec.text("name", required=True) or ""
    rec.label = f'launch "{full_name}" ({label})'
    ll2_id = rec.data.get("id")
    if isinstance(ll2_id, int) and not isinstance(ll2_id, bool):
        ll2_id = str(ll2_id)
    if not isinstance(ll2_id, str) or not ll2_id.strip() or len(ll2_id) > 64:
        raise rec.fail("id", f"expected the launch's id, found {kind_of(ll2_id)}")
    rec.valid("id", ll2_id)
    mission = rec.child("mission")
    name = mission.text("name") if mission else None
    if not name:
        name = full_name.split("|", 1)[1].strip() if "|" in full_name else full_name
        name = name or full_name
    net = rec.instant("net", required=True, assume_utc=True)
    assert net is not None
    net_text = rec.data["net"]
    status = _status(rec)
    precision = _precision(rec, net)

    pad = rec.child("pad")
    site: str | None = None
    if pad is not None:
        location = pad.child("location")
        parts = [pad.text("name"), location.text("name") if location else None]
        site = ", ".join(filter(None, parts))[:NAME_MAX]

    orbit: str | None = None
    if mission is not None:
        value = mission.data.get("orbit")
        if type(value) is dict or isinstance(value, Mapping):
            orbit = (mission.child("orbit") or rec).text("name")
        elif value is not None:
            orbit = mission.text("orbit")

    rocket = rec.child("rocket")
    stages = _stages(rocket)
    spacecraft: VehicleData | None = None
    capsule: str | None = None
    destination = orbit
    from_stage = False
    landing: dt.datetime | None = None
    crew: tuple[CrewData, ...] | None = None
    notes: list[str] = []
    if stages is not None:
        members: list[CrewData] = []
        for stage in stages:
            craft = stage.child("spacecraft")
            config = None
            if craft is not None:
                config = craft.child("spacecraft_config") or craft.child("configuration")
            if config is not None and spacecraft is None:
                spacecraft = _spacecraft_config(config, notes)
                capsule = _capsule(craft, spacecraft) if craft else ""
                destination = stage.text("destination") or orbit
                from_stage = destination != orbit
                landing = stage.instant("mission_end", assume_utc=True)
            members.extend(_crew(stage, notes))
        crew = tuple(members)

    updated = rec.text("last_updated", limit=64)
    source = f"Launch Library 2 ({version})" + (f", updated {updated}" if updated else "")
    window = (
        _at_net_or(rec, "window_start", net_text, net),
        _at_net_or(rec, "window_end", net_text, net),
    )
    rec.keep(rules.check_mission_times, name, net, window, landing)
    return LaunchData(
        ll2_id=ll2_id.strip(),
        name=name,
        status=status,
        net=net,
        net_precision=precision,
        window_start=window[0],
        window_end=window[1],
        launch_site=None if site is None else places.site(site).short,
        destination=None if destination is None else places.destination(destination).short,
        destination_from_stage=from_stage,
        description=mission.text("description", limit=TEXT_MAX) if mission else None,
        source=source,
        operator=repeats.read(rec, "launch_service_provider", notes, _agency),
        launcher=repeats.read(rocket, "configuration", notes, _launcher),
        spacecraft=spacecraft,
        capsule=capsule,
        landing=landing,
        crew=crew,
        status_reason=ll2_links.status_reason(rec),
        image_url=ll2_links.patch(rec, notes),
        links=ll2_links.links(rec, notes),
        notes=tuple(notes),
    )


# --- files --------------------------------------------------------------------------------


def _version_of(data: Any) -> str:
    """The API version from the first ``url`` found; 2.3+ when only ``response_mode`` says."""

    def urls(value: Any, depth: int = 0) -> Iterator[str]:
        if depth > 3:
            return
        if isinstance(value, Mapping):
            for key in ("url", "next"):
                if isinstance(value.get(key), str):
                    yield value[key]
            for key in ("results",):
                if isinstance(value.get(key), list) and value[key]:
                    yield from urls(value[key][0], depth + 1)
        elif isinstance(value, list) and value:
            yield from urls(value[0], depth + 1)

    for url in urls(data):
        match = _VERSION.search(url)
        if match:
            return match.group(1)
    first = data["results"][0] if isinstance(data, Mapping) and data.get("results") else data
    if isinstance(first, Mapping) and "response_mode" in first:
        return "2.3+"
    return "2.x"


def _record_kind(item: Mapping[str, Any]) -> str | None:
    if "net" in item and ("rocket" in item or "status" in item or "mission" in item):
        return "launch"
    if "spacecraft_config" in item:
        return "spacecraft"
    if "nationality" in item or "flights" in item or "first_flight" in item:
        return "astronaut"
    return None


def looks_like_ll2(data: Any) -> bool:
    """Whether parsed JSON has the shape of a Launch Library 2 response."""
    items = _records(data)
    return items is not None and any(isinstance(i, Mapping) and _record_kind(i) for i in items[:20])


def _records(data: Any) -> list[Any] | None:
    if isinstance(data, Mapping) and isinstance(data.get("results"), list):
        return list(data["results"])
    if isinstance(data, list):
        return data
    if isinstance(data, Mapping):
        return [data]
    return None


def parse(data: Any) -> Batch:
    """Read parsed JSON (a page, a list or one record) into a ``Batch``."""
    items = _records(data)
    if items is None:
        raise ValidationError("not a Launch Library 2 response: expected a JSON object")
    version = _version_of(data)
    launches: list[LaunchData] = []
    people: list[PersonData] = []
    vehicles: list[VehicleData] = []
    skipped: list[str] = []
    refused: list[Refusal] = []
    paged = isinstance(data, Mapping) and "results" in data
    repeats = Repeats()
    for index, item in enumerate(items):
        label = f"results[{index}]" if paged else ("record" if len(items) == 1 else f"[{index}]")
        if type(item) is not dict and not isinstance(item, Mapping):
            raise ValidationError(f"{label}: expected a JSON object, found {kind_of(item)}")
        kind = _record_kind(item)
        try:
            if kind == "launch":
                launches.append(launch(item, label, version, repeats))
                skipped.extend(launches[-1].notes)
            elif kind == "astronaut":
                people.append(_astronaut(item, label, skipped))
            elif kind == "spacecraft":
                vehicles.append(_spacecraft(item, label, skipped))
            else:
                name = item.get("name")
                shown = f" ({escaped(name)})" if isinstance(name, str) else ""
                skipped.append(f"{label}{shown}: not a launch, astronaut or spacecraft")
        except RecordRefused as exc:
            kinds = {"launch": "missions", "astronaut": "people", "spacecraft": "vehicles"}
            refused.append(Refusal(kinds[str(kind)], f"{exc}; skipped"))
    return Batch(
        version=version,
        launches=tuple(launches),
        people=tuple(people),
        vehicles=tuple(vehicles),
        skipped=tuple(skipped),
        refused=tuple(refused),
    )


def _astronaut(item: Mapping[str, Any], label: str, skipped: list[str]) -> PersonData:
    rec = Fields(item, label)
    rec.label = f'astronaut "{rec.text("name", required=True)}" ({label})'
    found = person(rec, skipped)
    flights = rec.items("flights") or []
    if flights:
        skipped.append(
            f"{found.name}: {len(flights)} flight(s) listed on the astronaut "
            "record were not imported (they carry no crews; import the launches)"
        )
    return found


def _spacecraft(item: Mapping[str, Any], label: str, skipped: list[str]) -> VehicleData:
    rec = Fields(item, label)
    rec.label = f'spacecraft "{rec.text("name", required=True)}" ({label})'
    config = rec.child("spacecraft_config")
    if config is None:
        raise rec.fail("spacecraft_config", "missing")
    return _spacecraft_config(config, skipped)
