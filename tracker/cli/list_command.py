"""``tracker list``: the missions in NET order, with their crews, filtered as in the window.

The filter options make one ``tracker.filters.MissionFilter``, the object the window's
filter bar makes, so a filter given here and the same filter in the window keep the same
missions. A name no mission has (an agency, a vehicle) is no error: nothing matches. What
cannot be a date, a status or a precision is input to fix (exit status 2, before the
database is opened).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from tracker import schedule
from tracker.cli.commands import EXIT_OK, parse_precision
from tracker.cli.output import crew_lines, emit, emit_json, mission_json, mission_line
from tracker.cli.status_commands import STATUS_NAMES, parse_status
from tracker.errors import UserError
from tracker.filters import MissionFilter, RowKeys, parse_day
from tracker.vocabulary import LaunchStatus, NetPrecision

if TYPE_CHECKING:
    from tracker.cli.commands import Context

PRECISION_NAMES = ", ".join(p.value for p in NetPrecision)


def _day(text: str) -> dt.date:
    try:
        return parse_day(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _statuses(text: str) -> list[LaunchStatus]:
    try:
        return [parse_status(part) for part in text.split(",") if part.strip()]
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _precisions(text: str) -> list[NetPrecision]:
    try:
        return [parse_precision(part) for part in text.split(",") if part.strip()]
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parser(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Register ``list`` with a subparsers' ``add_parser``."""
    p = add(
        "list",
        help="missions in NET order, with their crews (filters as in the window)",
        description="Missions in NET order, with their crews. The filters combine (a mission "
        "must pass each one given); names are matched whole, ignoring case.",
        epilog="Example: tracker list --agency SpaceX --vehicle 'Crew Dragon' --crewed "
        "--from 2021-01-01 --json. Exit status: 0 (also when nothing matches); 2 a date, "
        "status or precision that cannot be read.",
    )
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--upcoming", action="store_true", help="only missions yet to launch")
    f = p.add_argument_group("filters")
    f.add_argument(
        "--agency", metavar="A", help="the operator as the list shows it, e.g. SpaceX, NASA"
    )
    f.add_argument("--vehicle", metavar="V", help="a spacecraft or a launcher, e.g. 'Crew Dragon'")
    f.add_argument(
        "--site",
        metavar="S",
        help="a launch site or its spaceport, e.g. 'KSC LC-39A' or KSC (any spelling)",
    )
    f.add_argument("--destination", metavar="D", help="e.g. ISS or 'International Space Station'")
    f.add_argument("--crewed", action="store_true", help="only missions with a crew")
    f.add_argument(
        "--status",
        metavar="S",
        type=_statuses,
        action="extend",
        help=f"only these statuses (repeat, or separate by commas): {STATUS_NAMES}",
    )
    f.add_argument(
        "--precision",
        metavar="P",
        type=_precisions,
        action="extend",
        help=f"only NETs of these precisions (repeat, or separate by commas): {PRECISION_NAMES}",
    )
    f.add_argument(
        "--from",
        dest="date_from",
        metavar="DATE",
        type=_day,
        help="NET on or after this day, YYYY-MM-DD (in --zone)",
    )
    f.add_argument(
        "--to",
        dest="date_to",
        metavar="DATE",
        type=_day,
        help="NET on or before this day, YYYY-MM-DD (the whole day, in --zone)",
    )
    p.set_defaults(run=cmd_list)


def filter_of(args: argparse.Namespace) -> MissionFilter:
    """The filter the options give; a range that ends before it starts is refused."""
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UserError(f"--from {args.date_from} is after --to {args.date_to}")
    return MissionFilter(
        agency=args.agency,
        vehicle=args.vehicle,
        site=args.site,
        destination=args.destination,
        crewed_only=args.crewed,
        statuses=frozenset(args.status or ()),
        precisions=frozenset(args.precision or ()),
        date_from=args.date_from,
        date_to=args.date_to,
    )


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    wanted = filter_of(args)
    now = ctx.clock()
    every = sorted(ctx.repo.missions(), key=schedule.listing_key)
    nxt = schedule.next_launch(every, now)  # of all missions, whatever the filter shows
    if args.upcoming:
        every = [r for r in every if r.status.is_pending]
    today = now.astimezone(ctx.zone).date()
    rows = [every[i] for i in wanted.select(RowKeys(every), today=today, zone=ctx.zone)]
    crews = ctx.repo.crews()
    if args.json:
        emit_json([mission_json(r, crews.get(r.id, []), now) for r in rows], indent=2)
        return EXIT_OK
    if not rows and wanted.active:
        emit(f"No mission matches: {wanted.describe()}")
    for r in rows:
        marker = "\u25b6 " if nxt is not None and r.id == nxt.id else "  "
        line = mission_line(r, ctx.zone, now)
        emit(marker + line + ("  [next launch]" if marker.strip() else ""))
        for crew_line in crew_lines(crews.get(r.id, [])):
            emit(crew_line)
    return EXIT_OK
