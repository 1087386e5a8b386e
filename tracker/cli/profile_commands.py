"""``tracker vehicle show`` and ``tracker agency show``, and the person page's formats that
``tracker person show`` (``tracker.cli.people``) prints: the pages the window shows, as
text and as JSON.

The JSON keys are an interface scripts rely on: snake_case, times as ISO-8601 UTC, durations
twice, in whole seconds (``*_seconds``) and in days to three decimals (``*_days``).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from tracker import careers, schedule
from tracker.cli.commands import EXIT_OK, Context
from tracker.cli.output import emit, emit_json, iso_z
from tracker.vocabulary import NetPrecision

if TYPE_CHECKING:
    from tracker.cli.parser import AddParser
    from tracker.store.profile_records import (
        AgencyProfile,
        PersonFlight,
        PersonProfile,
        VehicleProfile,
    )

SEP = " \u00b7 "


def add_parsers(add: AddParser) -> None:
    vehicle = add("vehicle", help="show a vehicle's page: its flights and how they went")
    sub = vehicle.add_subparsers(dest="vehicle_command", metavar="ACTION", required=True)
    p = sub.add_parser(
        "show",
        help="a vehicle's flights, outcomes, success rate and the crew it carried",
        description="Success rate: successful flights over finished ones (a crew lost on the "
        "way home is a failure). Crew carried: seats on flights that launched, and the "
        "different people in them.",
    )
    p.add_argument("name", help="vehicle name (exact, or unambiguous ignoring case)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=cmd_vehicle_show)

    agency = add("agency", help="show an agency's page: its missions, people and vehicles")
    sub = agency.add_subparsers(dest="agency_command", metavar="ACTION", required=True)
    p = sub.add_parser("show", help="the missions an agency operates, its people and vehicles")
    p.add_argument("name", help="name or abbreviation (exact, or unambiguous ignoring case)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=cmd_agency_show)


def _when(value: dt.datetime | None) -> str | None:
    return None if value is None else iso_z(value)


def _duration(prefix: str, delta: dt.timedelta | None) -> dict[str, Any]:
    """``{prefix}_seconds`` and ``{prefix}_days`` (both None when there is no duration)."""
    return {
        f"{prefix}_seconds": None if delta is None else int(delta.total_seconds()),
        f"{prefix}_days": None if delta is None else careers.days(delta),
    }


# --- a person ----------------------------------------------------------------------------


def person_flight_json(f: PersonFlight) -> dict[str, Any]:
    return {
        "mission": f.mission,
        "net": iso_z(f.net),
        "net_precision": f.net_precision.value,
        "status": f.status.value,
        "role": f.role,
        "seat": f.seat + 1,
        "spacecraft": f.spacecraft,
        "landing": _when(f.landing),
        "landing_outcome": None if f.landing_outcome is None else f.landing_outcome.value,
        **_duration("time_in_space", None if f.stay is None else f.stay.duration),
        "in_space": f.stay is not None and f.stay.in_space,
    }


def person_profile_json(p: PersonProfile) -> dict[str, Any]:
    first = p.first_flight
    return {
        "name": p.name,
        "agency": p.agency,
        "agency_name": p.agency_name,
        "nationality": p.nationality,
        "status": p.status,
        "image_url": p.image_url,
        "flights": [person_flight_json(f) for f in p.flights],
        "flights_flown": len(p.flown),
        "first_flight": None
        if first is None
        else {"mission": first.mission, "net": iso_z(first.net)},
        **_duration("time_in_space", p.time_in_space),
        "in_space_now": p.in_space_now,
        "as_of": iso_z(p.as_of),
    }


def person_flight_line(f: PersonFlight, zone: schedule.Zone) -> str:
    """E.g. 'Demo-2 · NET 2020-05-30 19:22:45 UTC · Spacecraft Commander (seat 1) · Landed ·
    63 days 4 h 37 min in space' ('… in space so far' while up there)."""
    net = schedule.format_net(f.net, f.net_precision, zone)
    parts = [f.mission, f"NET {net}", f"{f.role} (seat {f.seat + 1})", f.outcome]
    if f.stay is not None:
        so_far = " so far" if f.stay.in_space else ""
        parts.append(f"{schedule.format_duration(f.stay.duration)} in space{so_far}")
    return SEP.join(parts)


def person_summary(p: PersonProfile, zone: schedule.Zone) -> list[str]:
    """The lines under the flights: the total time in space and the first flight (none for
    someone who has not flown)."""
    first = p.first_flight
    if first is None:
        return []
    total = f"{schedule.format_duration(p.time_in_space)} ({careers.days(p.time_in_space)} days)"
    if p.in_space_now:
        total += (
            f", in space now: counted to {schedule.format_net(p.as_of, NetPrecision.MINUTE, zone)}"
        )
    day = schedule.format_net(first.net, NetPrecision.DAY, zone)
    return [f"  Time in space: {total}", f"  First flight: {first.mission}, {day}"]


# --- a vehicle ---------------------------------------------------------------------------


def vehicle_profile_json(v: VehicleProfile) -> dict[str, Any]:
    return {
        "name": v.name,
        "kind": v.kind.value,
        "operator": v.operator,
        "capacity": v.capacity,
        "first_crewed_flight": None
        if v.first_crewed_flight is None
        else v.first_crewed_flight.isoformat(),
        "image_url": v.image_url,
        "flights": [
            {
                "mission": f.mission,
                "net": iso_z(f.net),
                "net_precision": f.net_precision.value,
                "status": f.status.value,
                "landing": _when(f.landing),
                "landing_outcome": None if f.landing_outcome is None else f.landing_outcome.value,
                "crew": f.crew,
                "succeeded": f.succeeded,
            }
            for f in v.flights
        ],
        "launched": v.launched,
        "finished": v.finished,
        "successes": v.successes,
        "success_rate": v.success_rate,
        "seats_flown": v.seats_flown,
        "people_carried": v.people_carried,
        "as_of": iso_z(v.as_of),
    }


def rate_text(v: VehicleProfile) -> str:
    """'4 of 4 finished flights succeeded (100%)', or that none has finished."""
    if v.success_rate is None:
        return "no finished flights yet"
    return f"{v.successes} of {v.finished} finished flights succeeded ({v.success_rate:.0%})"


def cmd_vehicle_show(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.store import profiles

    v = profiles.vehicle(ctx.repo.uow, args.name)
    if args.json:
        emit_json(vehicle_profile_json(v))
        return EXIT_OK
    capacity = f"capacity {v.capacity}" if v.capacity else ""
    emit(SEP.join(part for part in (v.name, v.kind.value, v.operator, capacity) if part))
    if v.first_crewed_flight is not None:
        emit(f"  First crewed flight: {v.first_crewed_flight.isoformat()}")
    emit(f"  Success rate: {rate_text(v)}")
    emit(f"  Crew carried: {v.seats_flown} seats, {v.people_carried} people")
    emit(f"  {_count(len(v.flights), 'flight')}" if v.flights else "  No flights")
    for f in v.flights:
        net = schedule.format_net(f.net, f.net_precision, ctx.zone)
        crew = f"crew {f.crew}" if f.crew else "uncrewed"
        emit(_item(f.mission, f"NET {net}", f.outcome, crew))
    return EXIT_OK


# --- an agency ---------------------------------------------------------------------------


def agency_profile_json(a: AgencyProfile) -> dict[str, Any]:
    return {
        "name": a.name,
        "abbreviation": a.abbrev,
        "country": a.country,
        "image_url": a.image_url,
        "missions": [
            {
                "mission": m.mission,
                "net": iso_z(m.net),
                "net_precision": m.net_precision.value,
                "status": m.status.value,
                "vehicle": m.vehicle,
                "crew": m.crew,
            }
            for m in a.missions
        ],
        "people": [
            {
                "name": p.name,
                "nationality": p.nationality,
                "status": p.status,
                "missions": p.missions,
            }
            for p in a.people
        ],
        "vehicles": [
            {"name": v.name, "kind": v.kind.value, "capacity": v.capacity, "missions": v.missions}
            for v in a.vehicles
        ],
        "as_of": iso_z(a.as_of),
    }


def _item(*parts: str) -> str:
    """One indented line of a listing: its non-empty parts joined."""
    return "    " + SEP.join(part for part in parts if part)


def _count(n: int, single: str, plural: str = "") -> str:
    return f"{n} {single if n == 1 else plural or single + 's'}"


def cmd_agency_show(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.store import profiles

    a = profiles.agency(ctx.repo.uow, args.name)
    if args.json:
        emit_json(agency_profile_json(a))
        return EXIT_OK
    emit(SEP.join(part for part in (a.label, a.country) if part))
    emit(f"  {_count(len(a.missions), 'mission')} operated" if a.missions else "  No missions")
    for m in a.missions:
        net = schedule.format_net(m.net, m.net_precision, ctx.zone)
        emit(_item(m.mission, m.vehicle, f"NET {net}", m.status.label))
    emit(f"  {_count(len(a.people), 'person', 'people')}" if a.people else "  No people")
    for p in a.people:
        emit(_item(p.name, p.nationality, _count(p.missions, "mission")))
    emit(f"  {_count(len(a.vehicles), 'vehicle')}" if a.vehicles else "  No vehicles")
    for v in a.vehicles:
        emit(_item(v.name, v.kind.value, _count(v.missions, "mission")))
    return EXIT_OK
