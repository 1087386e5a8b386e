"""``tracker status MISSION STATUS [--reason TEXT] [--yes]``: a launch's status by hand.

What a sync would bring, typed in on launch day: a hold and its reason, the liftoff (In
Flight), the outcome. It is one mission edit through the record catalog, so the store's
rules hold as in the window's "Mark as…": a mission that has flown needs ``--yes``, except
In Flight reaching its outcome, which is the flight ending and not a rewrite of history
(``schedule.ends_flight``). The reason describes the status it is given with: a new status
without ``--reason`` clears the old one.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from tracker import schedule
from tracker.cli.output import emit
from tracker.errors import UserError
from tracker.vocabulary import LaunchStatus

if TYPE_CHECKING:
    from tracker.cli.commands import Context

EXIT_OK = 0
STATUS_NAMES = ", ".join(s.value for s in LaunchStatus)

log = logging.getLogger(__name__)


def add_parsers(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Register ``status`` with a subparsers' ``add_parser``."""
    p = add(
        "status",
        help="set a launch's status by hand: a hold, the liftoff, the outcome",
        description="Set a mission's launch status (Launch Library 2's words) and, with "
        "--reason, why. After In Flight the launch stays the next launch through its grace "
        "period; after an outcome (Success, Failure, Partial Failure) the next one takes "
        "its place.",
        epilog="Exit status: 0 set (or already so); 2 an unknown mission or status, a reason "
        "too long, or a mission that has flown without --yes (nothing changed).",
    )
    p.add_argument("mission", help="mission name (exact, or unambiguous ignoring case)")
    p.add_argument(
        "status",
        help=f"a Launch Library 2 status, any case: {STATUS_NAMES} (or its long form, "
        "e.g. 'Launch Successful')",
    )
    p.add_argument(
        "--reason",
        metavar="TEXT",
        default="",
        help="why, e.g. 'weather' for a hold or what failed (replaces the last reason)",
    )
    p.add_argument(
        "--yes",
        action="store_true",
        help="confirm changing a mission that has flown (In Flight to its outcome needs none)",
    )
    p.set_defaults(run=cmd_status)


def parse_status(text: str) -> LaunchStatus:
    """A launch status by its Launch Library 2 name ('In Flight') or long form ('Launch in
    Flight'), in any case, with spaces, hyphens or underscores between the words."""
    wanted = " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()
    for status in LaunchStatus:
        if wanted in (status.value.casefold(), status.label.casefold()):
            return status
    raise UserError(f"unknown status {text!r} (use one of: {STATUS_NAMES})")


def cmd_status(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.store.catalog import Catalog

    status = parse_status(args.status)
    mission_id = ctx.repo.find_mission(args.mission)
    before = ctx.repo.mission(mission_id)
    edit = Catalog(ctx.repo).update_mission(
        mission_id,
        before.version,
        confirm=args.yes or schedule.ends_flight(before.status, status),
        status=status.value,
        status_reason=args.reason,
    )
    why = f" ({args.reason.strip()})" if args.reason.strip() else ""
    if not edit.changed:
        emit(f"{before.name} is already {status.label}{why}.")
        return EXIT_OK
    log.info("status of %s: %s -> %s", before.name, before.status.value, status.value)
    emit(f"{before.name}: {before.status.label} \u2192 {status.label}{why}.")
    return EXIT_OK
