"""``tracker person add|list|show``: the people who fly, from the command line.

A person is created through the record catalog, so the rules the window's editor keeps
(a unique name, plain text, a known agency) hold here too; ``show`` lists their flights with
the role on each.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from tracker import schedule
from tracker.cli.commands import EXIT_OK, Context
from tracker.cli.output import emit, emit_json, iso_z
from tracker.errors import NotFound

if TYPE_CHECKING:
    from tracker.store.records import AgencyRecord, CrewMember, MissionRow, PersonRecord

Flight = tuple["MissionRow", "CrewMember"]


def find_agency(agencies: list[AgencyRecord], text: str) -> AgencyRecord:
    """An agency by its name or abbreviation: exact first, else the one that matches
    ignoring case."""
    wanted = text.strip()
    exact = [a for a in agencies if wanted in {a.name, a.abbrev} - {""}]
    found = exact or [
        a for a in agencies if wanted.casefold() in {a.name.casefold(), a.abbrev.casefold()} - {""}
    ]
    if len(found) > 1:
        raise NotFound(f"agency {text!r} is ambiguous: {len(found)} match")
    if not found:
        raise NotFound(f"no agency named {text!r}")
    return found[0]


def flights(ctx: Context, person_id: int) -> list[Flight]:
    """The missions the person is on, in NET order, with their place on each crew."""
    crews = ctx.repo.crews()
    return [
        (row, member)
        for row in ctx.repo.missions()
        for member in crews.get(row.id, [])
        if member.person_id == person_id
    ]


def person_json(p: PersonRecord, flown: list[Flight]) -> dict[str, Any]:
    return {
        "name": p.name,
        "agency": p.agency,
        "nationality": p.nationality,
        "status": p.status,
        "flights": [
            {
                "mission": m.name,
                "net": iso_z(m.net),
                "net_precision": m.net_precision.value,
                "status": m.status.value,
                "role": c.role,
                "seat": c.seat + 1,
            }
            for m, c in flown
        ],
    }


def person_line(p: PersonRecord) -> str:
    """E.g. 'Raja Chari · NASA · American · Active'."""
    return " \u00b7 ".join(part for part in (p.name, p.agency, p.nationality, p.status) if part)


def cmd_person_add(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.store.catalog import Catalog

    catalog = Catalog(ctx.repo)
    agency = None if args.agency is None else find_agency(catalog.agencies(), args.agency)
    person_id = catalog.create_person(
        args.name, None if agency is None else agency.id, args.nationality or ""
    )
    person = catalog.person(person_id)
    if args.json:
        emit_json(person_json(person, []))
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
    from tracker.store.catalog import Catalog

    person = Catalog(ctx.repo).person(ctx.repo.find_person(args.name))
    flown = flights(ctx, person.id)
    if args.json:
        emit_json(person_json(person, flown))
        return EXIT_OK
    emit(person_line(person))
    emit(f"  {len(flown)} flight{'s' if len(flown) != 1 else ''}" if flown else "  No flights")
    for m, c in flown:
        net = schedule.format_net(m.net, m.net_precision, ctx.zone)
        place = f"{c.role} (seat {c.seat + 1})"
        emit(f"    {m.name} \u00b7 NET {net} \u00b7 {place} \u00b7 {m.status.label}")
    return EXIT_OK
