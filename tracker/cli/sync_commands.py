"""``tracker sync`` and ``tracker changes``: Launch Library 2 from the command line, on the
same code path as the window's background sync (``tracker.sync``).

``sync`` exits 0 when it synced and also when it had to wait (the budget spent, a 429): it
says when the next request is allowed. A sync that failed (offline, a server error, a page
that cannot be read) says why in one line and exits 1; nothing was changed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tracker import logs
from tracker.cli.output import emit, emit_json, iso_z
from tracker.clock import parse_instant
from tracker.config import DEFAULT_LL2_URL, ENV_LL2_URL
from tracker.text import printable

if TYPE_CHECKING:
    from tracker.cli.commands import Context
    from tracker.sync.ledger import Ledger
    from tracker.sync.run import SyncResult

EXIT_OK, EXIT_FAILURE = 0, 1

log = logging.getLogger(__name__)


def add_parsers(add: Callable[..., argparse.ArgumentParser]) -> None:
    """Register ``sync`` and ``changes`` with a subparsers' ``add_parser``."""
    p = add(
        "sync",
        help="update from Launch Library 2 (within its free budget of 15 requests an hour)",
        description="Fetch the upcoming launches from Launch Library 2 (the first time all of "
        "them, then only what changed) and import them in one transaction: slips are "
        "recorded, your own edits kept and reported. Requests are counted across runs and "
        "never exceed the hour's budget; after a 429 nothing is sent until its time.",
        epilog="Exit status: 0 synced, or nothing fetched because the budget is spent (it "
        "says when the next request is allowed); 1 the sync failed (nothing changed). "
        "An API key raises the budget: TRACKER_LL2_TOKEN, or keyring's 'mission-tracker' / "
        "'ll2-token' (TRACKER_LL2_BUDGET sets the requests an hour).",
    )
    p.add_argument(
        "--ll2-url",
        metavar="URL",
        help=f"Launch Library 2 API root (default: ${ENV_LL2_URL}, else {DEFAULT_LL2_URL})",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=cmd_sync)

    p = add("changes", help="what the last syncs changed, newest first")
    p.add_argument(
        "--since", metavar="ISO-8601", help="only changes from this moment on, e.g. 2026-10-01"
    )
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(run=cmd_changes)


def cmd_sync(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.sync.cadence import live_now
    from tracker.sync.errors import SyncFailed
    from tracker.sync.run import configured, run_sync

    ctx.db.check_writable()  # before a request is spent
    endpoint, ledger = configured(args.ll2_url)
    log.info("syncing with Launch Library 2 at %s", endpoint.host)
    try:
        result = run_sync(ctx.db, endpoint, ledger)
    except SyncFailed as exc:
        log.warning("sync failed: %s", exc, extra=logs.ALREADY_SHOWN)
        if args.json:
            emit_json({"status": "failed", "source": endpoint.host, "error": str(exc)}, indent=2)
        print(f"tracker: sync failed: {printable(str(exc))}; nothing was changed", file=sys.stderr)
        return EXIT_FAILURE
    log.info("sync: %d requests, %s", result.requests, result.launches)
    budget = {"per_hour": ledger.budget, "used": ledger.used(live_now())}
    if args.json:
        emit_json(_sync_json(result, endpoint.host, budget), indent=2)
    else:
        _sync_lines(result, endpoint.host, ledger, ctx)
    return EXIT_OK


def _sync_json(result: SyncResult, host: str, budget: dict[str, int]) -> dict[str, Any]:
    status = "updated" if result.fetched else "rate_limited" if result.throttled else "waiting"
    c = result.launches
    return {
        "status": status,
        "source": host,
        "full": result.full,
        "requests": result.requests,
        "launches": {
            "added": c.added,
            "updated": c.updated,
            "unchanged": c.unchanged,
            "skipped": c.skipped,
        },
        "slips": result.slips,
        "kept_local_edits": result.kept_local_edits,
        "skipped": result.skipped,
        "notes": result.notes,
        "data_as_of": _iso(result.data_as_of),
        "next_allowed": _iso(result.next_allowed),
        "budget": budget,
    }


def _sync_lines(result: SyncResult, host: str, ledger: Ledger, ctx: Context) -> None:
    from tracker.sync.status import moment

    zone = ctx.zone
    allowed = "now" if result.next_allowed is None else moment(result.next_allowed, zone)
    if not result.fetched:
        why = (
            "Launch Library 2 rate-limits this address"
            if result.throttled
            else f"the request budget ({ledger.budget} an hour) is spent"
        )
        emit(f"Nothing fetched from {host}: {why}; the next request is allowed {_at(allowed)}.")
        return
    what = "upcoming launches" if result.full else "changes"
    plural = "" if result.requests == 1 else "s"
    c = result.launches
    emit(f"Synced {what} from Launch Library 2 at {host} ({result.requests} request{plural}):")
    nets = f"{result.slips} NET{'' if result.slips == 1 else 's'} moved"
    counts = f"{c.added} added, {c.updated} updated, {c.unchanged} unchanged, {c.skipped} skipped"
    emit(f"  launches: {counts}; {nets}")
    for title, items in (
        ("Kept local values (Launch Library 2 differs)", result.kept_local_edits),
        ("Skipped", result.skipped),
        ("Notes", result.notes),
    ):
        if items:
            emit(f"{title}:")
            for item in items:
                emit(f"  - {item}")
    assert result.data_as_of is not None
    age = moment(result.data_as_of, zone)
    emit(f"Data as of {age}; the next request is allowed {_at(allowed)}.")


def cmd_changes(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.store import dataset
    from tracker.sync.status import moment

    since = parse_instant(args.since) if args.since else None
    rows = dataset.changes_since(ctx.db, since)
    if args.json:
        emit_json(
            [
                {
                    "at": iso_z(r.at),
                    "mission": r.mission_name,
                    "uid": r.mission_uid,
                    "kind": r.kind,
                    "detail": r.detail,
                }
                for r in rows
            ],
            indent=2,
        )
        return EXIT_OK
    if not rows:
        emit("No changes recorded" + (f" since {moment(since, ctx.zone)}." if since else "."))
        return EXIT_OK
    for r in rows:
        emit(f"{moment(r.at, ctx.zone)}  {r.mission_name}: {r.detail or r.kind}")
    return EXIT_OK


def _iso(when: dt.datetime | None) -> str | None:
    return None if when is None else iso_z(when)


def _at(allowed: str) -> str:
    return allowed if allowed == "now" else f"at {allowed}"
