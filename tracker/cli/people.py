"""``tracker person add|list|show``: the people who fly, from the command line.

A person is created through the record catalog, so the rules the window's editor keeps
(a unique name, plain text, a known agency) hold here too; ``show`` prints their page
(``tracker.store.profiles``): flights with the role on each, time in space, first flight.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tracker.cli.commands import EXIT_OK, Context
from tracker.cli.output import emit, emit_json
from tracker.cli.profile_commands import person_flight_line, person_profile_json, person_summary

if TYPE_CHECKING:
    from tracker.store.profile_records import PersonProfile
    from tracker.store.records import PersonRecord


def person_json(p: PersonRecord) -> dict[str, Any]:
    """A person just added (``person show --json`` prints the whole page)."""
    return {
        "name": p.name,
        "agency": p.agency,
        "nationality": p.nationality,
        "status": p.status,
        "flights": [],
    }


def person_line(p: PersonRecord | PersonProfile) -> str:
    """E.g. 'Raja Chari · NASA · American · Active'."""
    return " \u00b7 ".join(part for part in (p.name, p.agency, p.nationality, p.status) if part)


def cmd_person_add(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.store.catalog import Catalog
    from tracker.store.profiles import find_agency

    catalog = Catalog(ctx.repo)
    agency_id = None if args.agency is None else find_agency(ctx.repo.uow, args.agency)
    person_id = catalog.create_person(args.name, agency_id, args.nationality or "")
    person = catalog.person(person_id)
    if args.json:
        emit_json(person_json(person))
    else:
        emit(f"Added {person_line(person)}.")
    return EXIT_OK


def cmd_person_list(args: argparse.Namespace, ctx: Context) -> int:
    people = ctx.repo.people()
    if args.json:
        emit_json(
            [
                {
                    "name": p.name,
                    "agency": p.agency,
                    "nationality": p.nationality,
                    "status": p.status,
                    "missions": p.missions,
                }
                for p in people
            ],
            indent=2,
        )
        return EXIT_OK
    for p in people:
        count = f"{p.missions} mission{'s' if p.missions != 1 else ''}"
        emit(" \u00b7 ".join(part for part in (p.name, p.agency, p.nationality, count) if part))
    return EXIT_OK


def cmd_person_show(args: argparse.Namespace, ctx: Context) -> int:
    """The person's page (``tracker.store.profiles``): flights with roles, time in space."""
    from tracker.store import profiles

    person = profiles.person(ctx.repo.uow, args.name)
    if args.json:
        emit_json(person_profile_json(person))
        return EXIT_OK
    emit(person_line(person))
    flights = person.flights
    emit(
        f"  {len(flights)} flight{'s' if len(flights) != 1 else ''}" if flights else "  No flights"
    )
    for f in flights:
        emit(f"    {person_flight_line(f, ctx.zone)}")
    for line in person_summary(person, ctx.zone):
        emit(line)
    return EXIT_OK
