"""The ``tracker`` command: the window by default, subcommands for scripts.

Exit status: 0 on success, 2 for input the user can fix (one line on stderr, nothing
changed), 1 for anything else.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker import __version__, schedule
from tracker.clock import Clock, parse_instant
from tracker.errors import UserError
from tracker.store.records import CrewMember, MissionDetail, MissionRow, ScheduleEntry

if TYPE_CHECKING:  # imported lazily at run time, to keep --help fast
    from tracker.vocabulary import NetPrecision

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
ENV_NOW = "TRACKER_NOW"


@dataclass
class Context:
    """What a subcommand works with: the open repository, the clock and the display zone."""

    repo: Any  # tracker.store.repository.Repository, imported lazily to keep --help fast
    clock: Clock
    zone: schedule.Zone


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tracker",
        description="Mission Tracker: crewed spaceflight missions, crews and launch countdowns. "
        "With no command, opens the window.",
        epilog="Exit status: 0 success, 2 input you can fix (nothing changed), 1 other errors.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL or SQLite file path (default: $TRACKER_DATABASE_URL, else "
        "tracker.db in your data folder)",
    )
    parser.add_argument(
        "--now",
        metavar="ISO-8601",
        help="start the clock at this moment, e.g. 2021-10-27T12:00:00Z (default: "
        "$TRACKER_NOW, else live time)",
    )
    parser.add_argument(
        "--zone",
        metavar="ZONE",
        default=None,
        help="time zone for times: UTC (default), local, or a name such as Europe/Berlin",
    )
    parser.add_argument(
        "--clock-mode",
        action="store_true",
        help="open only the countdown, full screen (for a second screen; Esc, then close)",
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Mission Tracker to your desktop's menu (entry and icon in your XDG data "
        "folder) and exit",
    )
    desktop.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove what --install-desktop-entry added and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("next", help="the next launch, with its countdown and crew")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=cmd_next)

    p = sub.add_parser("list", help="missions in NET order, with their crews")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--upcoming", action="store_true", help="only missions yet to launch")
    p.set_defaults(run=cmd_list)

    crew = sub.add_parser("crew", help="show or edit a mission's crew roster")
    crew_sub = crew.add_subparsers(dest="crew_command", metavar="ACTION", required=True)
    p = crew_sub.add_parser("show", help="a mission's roster")
    p.add_argument("mission", help="mission name (exact, or unambiguous ignoring case)")
    p.set_defaults(run=cmd_crew_show)
    p = crew_sub.add_parser("add", help="put a person on a mission")
    p.add_argument("mission")
    p.add_argument("person", help="person name (exact, or unambiguous ignoring case)")
    p.add_argument("--role", required=True, help="e.g. Commander, Pilot, Mission Specialist")
    p.add_argument("--seat", type=int, default=None, help="seat position, 1 first (default last)")
    p.add_argument("--yes", action="store_true", help="confirm editing a mission that has flown")
    p.set_defaults(run=cmd_crew_add)
    p = crew_sub.add_parser("remove", help="take a person off a mission")
    p.add_argument("mission")
    p.add_argument("person")
    p.add_argument("--yes", action="store_true", help="confirm editing a mission that has flown")
    p.set_defaults(run=cmd_crew_remove)

    p = sub.add_parser(
        "reschedule",
        help="move a mission's NET (kept in its slip history)",
        description="Move a mission's NET and record the change (old and new NET and "
        "precision, when, why) in its slip history, in one transaction.",
    )
    p.add_argument("mission", help="mission name (exact, or unambiguous ignoring case)")
    p.add_argument(
        "net",
        help="the new NET, ISO-8601, e.g. 2021-11-03T05:10:00Z (without an offset it is read "
        "in --zone)",
    )
    p.add_argument(
        "--precision",
        metavar="P",
        help="NET precision by its Launch Library 2 name: Second, Minute, Hour, Morning, "
        "Afternoon, Day, Week, Month, Q1-Q4, H1, H2, Year, Fiscal Year, Decade (default: keep "
        "the mission's)",
    )
    p.add_argument("--reason", default="", help="why it moved, e.g. weather")
    p.add_argument("--yes", action="store_true", help="confirm changing a mission that has flown")
    p.set_defaults(run=cmd_reschedule)
    p = sub.add_parser("history", help="a mission's slip history, with the total slip")
    p.add_argument("mission", help="mission name (exact, or unambiguous ignoring case)")
    p.set_defaults(run=cmd_history)
    p = sub.add_parser(
        "export-ics",
        help="write the launches yet to happen to an iCalendar file",
        description="One event per launch yet to happen; re-exporting updates the same "
        "events (stable UID, SEQUENCE rising with each reschedule).",
    )
    p.add_argument("file", help="the calendar to write, e.g. launches.ics")
    p.set_defaults(run=cmd_export_ics)

    p = sub.add_parser(
        "import",
        help="import a Launch Library 2 JSON file or a Mission Tracker archive",
        description="Import Launch Library 2 JSON (API 2.0 to 2.3+: launches, astronauts, "
        "spacecraft) or an archive made by 'tracker export'. All or nothing; re-importing "
        "updates in place and keeps your own edits.",
    )
    p.add_argument("file", help="the JSON file")
    p.set_defaults(run=cmd_import)
    p = sub.add_parser("export", help="write every record to a JSON archive")
    p.add_argument("file", help="the archive to write, e.g. tracker-archive.json")
    p.set_defaults(run=cmd_export)

    # These work on the database file itself, so they also serve one that cannot be opened.
    p = sub.add_parser(
        "check",
        help="check the database for damage (integrity and foreign keys)",
        description="Run SQLite's full integrity check and foreign-key check, reading only.",
        epilog="Exit status: 0 sound; 1 damaged (the problems are listed); 2 not a database "
        "or cannot be read.",
    )
    p.set_defaults(run=cmd_check, on_file=True)
    p = sub.add_parser(
        "backup",
        help="write a consistent copy of the database to FILE",
        description="Copy the database with SQLite's online backup API: consistent even "
        "while the window is editing it.",
    )
    p.add_argument("file", help="the copy to write (replaced whole if it exists)")
    p.set_defaults(run=cmd_backup, on_file=True)
    p = sub.add_parser(
        "restore",
        help="replace the database with a backup (saving the current one first)",
        description="Check that FILE is a sound Mission Tracker database, save the current "
        "database beside it (*.before-restore.bak), then swap FILE's copy in. Close the "
        "window first.",
        epilog="Exit status: 0 restored; 2 FILE is not a sound Mission Tracker database, or "
        "the database is in use (nothing changed).",
    )
    p.add_argument("file", help="a backup, e.g. tracker.db.<time>.daily.bak beside the database")
    p.set_defaults(run=cmd_restore, on_file=True)
    return parser


# --- output -------------------------------------------------------------------------------


def iso_z(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def mission_json(
    m: MissionRow | MissionDetail, crew: Sequence[CrewMember], now: dt.datetime
) -> dict[str, Any]:
    return {
        "name": m.name,
        "net": iso_z(m.net),
        "net_precision": m.net_precision.value,
        "status": m.status.value,
        "vehicle": m.vehicle,
        "destination": m.destination,
        "seconds_until": round((m.net - now).total_seconds()),
        "crew": [{"name": c.name, "role": c.role, "agency": c.agency} for c in crew],
    }


def mission_line(m: MissionRow | MissionDetail, ctx: Context, now: dt.datetime) -> str:
    """E.g. 'Crew-3 · Crew Dragon → ISS · NET 2021-10-31 06:21 UTC · T− 3d 18:21:00'."""
    net = schedule.format_net(m.net, m.net_precision, ctx.zone)
    state = schedule.mission_countdown(m, now, ctx.zone)
    if state == f"NET {net}":  # a coarse NET: its countdown would say the NET again
        state = m.status.label
    destination = f" \u2192 {m.destination}" if m.destination else ""
    return f"{m.name} \u00b7 {m.vehicle}{destination} \u00b7 NET {net} \u00b7 {state}"


def crew_lines(crew: Sequence[CrewMember]) -> list[str]:
    if not crew:
        return ["    (no crew assigned)"]
    width = max(len(c.role) for c in crew)
    return [
        f"    {c.seat + 1}. {c.role:<{width}}  {c.name} ({c.agency}, {c.nationality})" for c in crew
    ]


def emit(text: str) -> None:
    sys.stdout.write(text + "\n")


# --- commands -----------------------------------------------------------------------------


def cmd_next(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock()
    m = ctx.repo.next_launch(now)
    if args.json:
        emit(json.dumps(None if m is None else mission_json(m, m.crew, now), ensure_ascii=False))
        return EXIT_OK
    if m is None:
        emit("No launch ahead: no mission is waiting to fly.")
        return EXIT_OK
    emit(mission_line(m, ctx, now))
    for line in crew_lines(m.crew):
        emit(line)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock()
    rows = ctx.repo.missions()
    if args.upcoming:
        rows = [r for r in rows if r.status.is_pending]
    crews = ctx.repo.crews()
    if args.json:
        data = [mission_json(r, crews.get(r.id, []), now) for r in rows]
        emit(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    nxt = schedule.next_launch(rows, now)
    for r in rows:
        marker = "\u25b6 " if nxt is not None and r.id == nxt.id else "  "
        emit(marker + mission_line(r, ctx, now) + ("  [next launch]" if marker.strip() else ""))
        for line in crew_lines(crews.get(r.id, [])):
            emit(line)
    return EXIT_OK


def cmd_crew_show(args: argparse.Namespace, ctx: Context) -> int:
    m = ctx.repo.mission(ctx.repo.find_mission(args.mission))
    emit(mission_line(m, ctx, ctx.clock()))
    capacity = f" of {m.capacity}" if m.capacity else ""
    emit(f"  Crew: {len(m.crew)}{capacity}")
    for line in crew_lines(m.crew):
        emit(line)
    return EXIT_OK


def cmd_crew_add(args: argparse.Namespace, ctx: Context) -> int:
    mission_id = ctx.repo.find_mission(args.mission)
    person_id = ctx.repo.find_person(args.person)
    seat = None if args.seat is None else args.seat - 1
    member = ctx.repo.add_crew(mission_id, person_id, args.role, seat, confirm=args.yes)
    mission = ctx.repo.mission(mission_id)
    emit(f"Added {member.name} to {mission.name} as {member.role} (seat {member.seat + 1}).")
    return EXIT_OK


def cmd_crew_remove(args: argparse.Namespace, ctx: Context) -> int:
    mission_id = ctx.repo.find_mission(args.mission)
    person_id = ctx.repo.find_person(args.person)
    member = ctx.repo.remove_crew(mission_id, person_id, confirm=args.yes)
    mission = ctx.repo.mission(mission_id)
    emit(f"Removed {member.name} ({member.role}) from {mission.name}.")
    return EXIT_OK


def parse_precision(text: str) -> NetPrecision:
    """A NET precision by its Launch Library 2 name or abbreviation, ignoring case."""
    from tracker.vocabulary import NetPrecision

    wanted = " ".join(text.replace("_", " ").split()).casefold()
    for p in NetPrecision:
        if wanted in (p.value.casefold(), p.ll2_abbrev.casefold()):
            return p
    names = ", ".join(p.value for p in NetPrecision)
    raise UserError(f"unknown precision {text!r} (use one of: {names})")


def parse_net(text: str, zone: schedule.Zone) -> dt.datetime:
    """An ISO-8601 NET in UTC; one written without an offset is read in the display zone."""
    value = parse_instant(text)  # refuses what is not a date or out of range
    raw = dt.datetime.fromisoformat(text.strip().replace("z", "Z"))
    if raw.tzinfo is None:
        value = parse_instant(raw.replace(tzinfo=zone).isoformat())
    return value


def cmd_reschedule(args: argparse.Namespace, ctx: Context) -> int:
    net = parse_net(args.net, ctx.zone)
    precision = None if args.precision is None else parse_precision(args.precision)
    mission_id = ctx.repo.find_mission(args.mission)
    before = ctx.repo.mission(mission_id)
    precision = precision or before.net_precision
    ctx.repo.reschedule(
        mission_id,
        net,
        precision,
        args.reason,
        expected_version=before.version,
        confirm=args.yes,
    )
    old = schedule.format_net(before.net, before.net_precision, ctx.zone)
    new = schedule.format_net(net, precision, ctx.zone)
    why = f" ({args.reason.strip()})" if args.reason.strip() else ""
    emit(f"Rescheduled {before.name}: NET {old} \u2192 {new}{why}.")
    return EXIT_OK


def history_line(h: ScheduleEntry, zone: schedule.Zone) -> str:
    """E.g. '  2021-10-19 00:00 UTC  NET 2021-10-30 06:43 UTC → 2021-10-31 06:21 UTC …'."""
    from tracker.vocabulary import NetPrecision

    when = schedule.format_net(h.changed_at, NetPrecision.MINUTE, zone)
    old = schedule.format_net(h.previous_net, h.previous_precision, zone)
    new = schedule.format_net(h.new_net, h.new_precision, zone)
    delta = h.new_net - h.previous_net
    sign = "+" if delta >= dt.timedelta(0) else schedule.MINUS
    reason = h.reason or "no reason given"
    return f"  {when}  NET {old} \u2192 {new}  ({sign}{schedule.format_duration(delta)})  {reason}"


def cmd_history(args: argparse.Namespace, ctx: Context) -> int:
    m = ctx.repo.mission(ctx.repo.find_mission(args.mission))
    emit(mission_line(m, ctx, ctx.clock()))
    for h in m.history:
        emit(history_line(h, ctx.zone))
    emit(schedule.slip_summary(m.name, m.history))
    return EXIT_OK


def cmd_export_ics(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.exchange.ics import calendar_bytes, write_file

    missions = ctx.repo.upcoming()
    write_file(Path(args.file), calendar_bytes(missions, ctx.clock()))
    emit(f"Wrote {len(missions)} upcoming launches to {Path(args.file)}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.store.importer import import_file

    report = import_file(ctx.repo.db, Path(args.file), ctx.clock)
    emit(report.summary())
    return EXIT_OK


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.store.importer import export_archive

    count = export_archive(ctx.repo.db, Path(args.file))
    emit(f"Exported {count} records to {Path(args.file)}.")
    return EXIT_OK


def database_file(args: argparse.Namespace) -> Path:
    """The SQLite file ``--database`` names (file commands have no use for other URLs)."""
    from tracker.store.database import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(args.database))
    if path is None:
        raise UserError("check, backup and restore work on SQLite database files only")
    return path


def cmd_check(args: argparse.Namespace) -> int:
    from tracker.store.safety import check_file

    report = check_file(database_file(args))
    for line in report.lines():
        emit(line)
    return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_backup(args: argparse.Namespace) -> int:
    from tracker.store.safety import copy_database

    target = copy_database(database_file(args), Path(args.file))
    emit(f"Backed up to {target}.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from tracker.store.safety import restore

    path = database_file(args)
    saved = restore(path, Path(args.file))
    emit(f"Restored {path} from {Path(args.file).resolve()}.")
    if saved is not None:
        emit(f"The database it replaced was saved as {saved}.")
    return EXIT_OK


# --- entry point --------------------------------------------------------------------------


def clock_from(value: str | None) -> Clock:
    text = value or os.environ.get(ENV_NOW) or ""
    return Clock(parse_instant(text) if text else None)


def zone_from(value: str | None) -> schedule.Zone:
    try:
        return schedule.zone_from_name(value)
    except (KeyError, ValueError):
        raise UserError(
            f"unknown time zone {value!r} (use UTC, local, or a name like Europe/Berlin)"
        ) from None


def open_context(args: argparse.Namespace) -> Context:
    from tracker.errors import DatabaseDamaged
    from tracker.store.database import open_database, resolve_url
    from tracker.store.repository import Repository
    from tracker.store.safety import daily_backup

    clock = clock_from(args.now)
    zone = zone_from(args.zone)
    db = open_database(resolve_url(args.database))
    try:
        daily_backup(db)
    except DatabaseDamaged:
        db.dispose()
        raise
    except UserError as exc:  # a missed backup must not stop the command
        print(f"tracker: warning: no daily backup: {exc}", file=sys.stderr)
    return Context(repo=Repository(db, clock), clock=clock, zone=zone)


def _explain_database_error(exc: Exception, args: argparse.Namespace) -> UserError | None:
    try:
        from tracker.store.safety import explain

        return explain(exc, database_file(args))
    except Exception:  # noqa: BLE001 - explaining must never hide the original error
        return None


def cmd_desktop_entry(args: argparse.Namespace) -> int:
    """--install-desktop-entry / --uninstall-desktop-entry: the menu entry for pip installs."""
    from tracker import desktop

    if args.install_desktop_entry:
        written = desktop.install()
        emit(f"Installed the menu entry {written[0]} and {len(written) - 1} icon files.")
    else:
        removed = desktop.uninstall()
        emit(f"Removed {len(removed)} files." if removed else "No menu entry was installed.")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return cmd_desktop_entry(args)
        if args.command is None:
            zone_from(args.zone)  # a bad zone is an input error, before any window opens
            from tracker.app import run

            return run(args)
        if getattr(args, "on_file", False):
            return int(args.run(args))
        ctx = open_context(args)
        try:
            return int(args.run(args, ctx))
        finally:
            ctx.repo.db.dispose()
    except UserError as exc:
        print(f"tracker: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `tracker list | head`: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, exit 1
        if os.environ.get("TRACKER_DEBUG"):
            raise
        explained = _explain_database_error(exc, args)
        if explained is not None:  # a damaged or busy database: the user can act on it
            print(f"tracker: {explained}", file=sys.stderr)
            return EXIT_USAGE
        print(f"tracker: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILURE
