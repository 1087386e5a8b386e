"""What each subcommand does, through the store's public API only.

Most commands work on an open repository (a ``Context``); ``check``, ``backup`` and
``restore`` work on the database file itself, so they also serve one that cannot be opened.
The store is imported when a command runs, not before, so ``tracker --help`` stays fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tracker import schedule
from tracker.cli.output import (
    crew_lines,
    emit,
    emit_json,
    emit_lines,
    history_line,
    mission_json,
    mission_line,
)
from tracker.clock import Clock, parse_instant
from tracker.config import Settings
from tracker.errors import DatabaseDamaged, UserError
from tracker.vocabulary import CrewRole, NetPrecision

if TYPE_CHECKING:
    from tracker.store.audit import Violation
    from tracker.store.database import Database
    from tracker.store.repository import Repository

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Context:
    """What a subcommand works with: the open database and its repository, the clock and
    the display zone."""

    db: Database
    repo: Repository
    clock: Clock
    zone: schedule.Zone

    def close(self) -> None:
        self.db.dispose()


def open_context(settings: Settings) -> Context:
    """Open (create, migrate) the database and take the day's backup if none exists yet."""
    from tracker.store.database import open_database
    from tracker.store.repository import Repository
    from tracker.store.safety import daily_backup

    zone = schedule.zone_from_name(settings.zone)
    db = open_database(settings.database_url)
    log.info("opened the database %s", db.location)
    try:
        backup = daily_backup(db)
    except DatabaseDamaged:
        db.dispose()
        raise
    except UserError as exc:  # a missed backup must not stop the command
        log.warning("no daily backup: %s", exc)
    else:
        if backup is not None:
            log.info("daily backup written to %s", backup)
    # Started once the database is ready, so that the time a first run takes to create and
    # fill it does not show in a countdown from --now.
    clock = Clock(settings.now)
    return Context(db=db, repo=Repository(db, clock), clock=clock, zone=zone)


# --- missions and crews --------------------------------------------------------------------


def cmd_next(args: argparse.Namespace, ctx: Context) -> int:
    now = ctx.clock()
    m = ctx.repo.next_launch(now)
    if args.json:
        emit_json(None if m is None else mission_json(m, m.crew, now))
        return EXIT_OK
    if m is None:
        emit("No launch ahead: no mission is waiting to fly.")
        return EXIT_OK
    emit(mission_line(m, ctx.zone, now))
    for line in crew_lines(m.crew):
        emit(line)
    return EXIT_OK


def cmd_crew_show(args: argparse.Namespace, ctx: Context) -> int:
    m = ctx.repo.mission(ctx.repo.find_mission(args.mission))
    emit(mission_line(m, ctx.zone, ctx.clock()))
    capacity = f" of {m.capacity}" if m.capacity else ""
    emit(f"  Crew: {len(m.crew)}{capacity}")
    for line in crew_lines(m.crew):
        emit(line)
    return EXIT_OK


def parse_role(text: str, known: Iterable[str] = ()) -> str:
    """A crew role by its Launch Library 2 name (or one the database already uses), ignoring
    case and spacing; returned as the vocabulary spells it."""
    roles = dict.fromkeys([*(r.value for r in CrewRole), *sorted(set(known))])
    wanted = " ".join(text.split()).casefold()
    for role in roles:
        if " ".join(role.split()).casefold() == wanted:
            return role
    raise UserError(f"unknown role {text!r} (use one of: {', '.join(roles)})")


def cmd_crew_add(args: argparse.Namespace, ctx: Context) -> int:
    known = (c.role for crew in ctx.repo.crews().values() for c in crew)
    role = parse_role(args.role, known)
    mission_id = ctx.repo.find_mission(args.mission)
    person_id = ctx.repo.find_person(args.person)
    seat = None if args.seat is None else args.seat - 1
    member = ctx.repo.add_crew(mission_id, person_id, role, seat, confirm=args.yes)
    mission = ctx.repo.mission(mission_id)
    log.info("added %s to %s as %s", member.name, mission.name, member.role)
    emit(f"Added {member.name} to {mission.name} as {member.role} (seat {member.seat + 1}).")
    return EXIT_OK


def cmd_crew_remove(args: argparse.Namespace, ctx: Context) -> int:
    mission_id = ctx.repo.find_mission(args.mission)
    person_id = ctx.repo.find_person(args.person)
    member = ctx.repo.remove_crew(mission_id, person_id, confirm=args.yes)
    mission = ctx.repo.mission(mission_id)
    log.info("removed %s from %s", member.name, mission.name)
    emit(f"Removed {member.name} ({member.role}) from {mission.name}.")
    return EXIT_OK


# --- schedule ------------------------------------------------------------------------------


def parse_precision(text: str) -> NetPrecision:
    """A NET precision by its Launch Library 2 name or abbreviation, ignoring case."""
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
    log.info("rescheduled %s: NET %s -> %s", before.name, old, new)
    emit(f"Rescheduled {before.name}: NET {old} \u2192 {new}{why}.")
    return EXIT_OK


def cmd_history(args: argparse.Namespace, ctx: Context) -> int:
    m = ctx.repo.mission(ctx.repo.find_mission(args.mission))
    emit(mission_line(m, ctx.zone, ctx.clock()))
    for h in m.history:
        emit(history_line(h, ctx.zone))
    emit(schedule.slip_summary(m.name, m.history))
    return EXIT_OK


# --- files in and out ----------------------------------------------------------------------


def cmd_export_ics(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.exchange.files import write_atomic
    from tracker.exchange.ics import calendar_bytes
    from tracker.store.safety import database_files

    missions = ctx.repo.upcoming()
    data = calendar_bytes(missions, ctx.clock())
    write_atomic(Path(args.file), data, protect=database_files(ctx.db.path))
    log.info("wrote %d upcoming launches to %s", len(missions), args.file)
    emit(f"Wrote {len(missions)} upcoming launches to {Path(args.file)}.")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.store.importing import import_file

    ctx.db.check_writable()  # before a large file is read
    report = import_file(ctx.db, Path(args.file), ctx.clock)
    log.info("imported %s", args.file)
    emit_lines(report.summary())
    return EXIT_OK


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from tracker.store.export import export_archive

    count = export_archive(ctx.db, Path(args.file))
    log.info("exported %d records to %s", count, args.file)
    emit(f"Exported {count} records to {Path(args.file)}.")
    return EXIT_OK


# --- the database file ---------------------------------------------------------------------


def database_file(settings: Settings) -> Path:
    """The SQLite file ``--database`` names (file commands have no use for other URLs)."""
    from tracker.store.database import sqlite_path

    path = sqlite_path(settings.database_url)
    if path is None:
        raise UserError(
            "restore works on SQLite database files; on a team database, "
            "`tracker import` an archive instead"
        )
    return path


def _on_server(settings: Settings) -> bool:
    from tracker.store.database import sqlite_path

    return sqlite_path(settings.database_url) is None


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from tracker.store.opening import SCHEMA_REVISION
    from tracker.store.safety import check_file

    if _on_server(settings):
        from tracker.store.database import check_server, open_database

        db = open_database(settings.database_url, seed=False)
        try:
            server_report = check_server(db)
        finally:
            db.dispose()
        for line in server_report.lines():
            emit(line)
        if not server_report.ok:
            return EXIT_FAILURE
        revision = server_report.revision
    else:
        path = database_file(settings)
        report = check_file(path)
        log.info("checked %s: %s", path, "sound" if report.ok else "damaged")
        for line in report.lines():
            emit(line)
        if not report.ok:
            return EXIT_FAILURE
        revision = report.revision
    if revision != SCHEMA_REVISION:  # opening it would upgrade it; check writes nothing
        emit(f"Rules not checked: schema {revision} is upgraded when Mission Tracker opens it.")
        return EXIT_OK
    found = rule_violations(settings)
    log.info("rules: %d problems", len(found))
    if not found:
        emit("The data keeps the roster rules (capacity, overlapping flights, duplicates).")
        return EXIT_OK
    emit(f"The data breaks the roster rules: {len(found)} problem{'s' if len(found) != 1 else ''}")
    for v in found:
        emit(f"  {v.rule}: {v.message}")
    emit("Fix them in the window, or with `tracker crew remove` and `tracker reschedule`.")
    return EXIT_FAILURE


def rule_violations(settings: Settings) -> list[Violation]:
    """What in the data breaks the roster rules (``tracker.store.audit``), on a database of
    the current schema (opened without a migration to run)."""
    from tracker.store.database import open_database
    from tracker.store.repository import Repository

    db = open_database(settings.database_url, seed=False)
    try:
        return Repository(db, Clock(settings.now)).violations()
    finally:
        db.dispose()


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    if _on_server(settings):
        from tracker.store.database import backup_to, open_database

        db = open_database(settings.database_url, seed=False)
        try:
            written = backup_to(db, Path(args.file))
        finally:
            db.dispose()
        log.info("archived the team database to %s", written)
        emit(
            f"Wrote an archive of the team database to {written} "
            "(read it back with `tracker import`)."
        )
        return EXIT_OK
    from tracker.store.safety import copy_database

    target = copy_database(database_file(settings), Path(args.file))
    log.info("backed up to %s", target)
    emit(f"Backed up to {target}.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    from tracker.store.safety import restore

    path = database_file(settings)
    saved = restore(path, Path(args.file))
    log.info("restored %s from %s (the old one saved as %s)", path, args.file, saved)
    emit(f"Restored {path} from {Path(args.file).resolve()}.")
    if saved is not None:
        emit(f"The database it replaced was saved as {saved}.")
    return EXIT_OK


def explain_failure(exc: Exception, settings: Settings | None) -> UserError | None:
    """A message the user can act on for a database error (damaged, busy), else None."""
    try:
        from tracker.store.safety import explain

        return explain(exc, None if settings is None else database_file(settings))
    except Exception:  # noqa: BLE001 - explaining must never hide the original error
        log.debug("could not explain %r", exc, exc_info=True)
        return None


# --- the desktop menu entry ----------------------------------------------------------------


def desktop_entry(args: argparse.Namespace) -> int:
    """--install-desktop-entry / --uninstall-desktop-entry: the menu entry for pip installs."""
    from tracker import desktop

    if args.install_desktop_entry:
        from tracker.ui.resource_reader import read_resource  # Qt reads the compiled icons

        written = desktop.install(read_resource)
        log.info("installed the menu entry %s", written[0])
        emit(f"Installed the menu entry {written[0]} and {len(written) - 1} icon files.")
    else:
        removed = desktop.uninstall()
        log.info("removed %d menu entry files", len(removed))
        emit(f"Removed {len(removed)} files." if removed else "No menu entry was installed.")
    return EXIT_OK
