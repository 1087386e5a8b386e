"""The ``tracker`` command's options and subcommands, each documented in ``--help``."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from tracker import __version__
from tracker.cli import (
    commands,
    list_command,
    people,
    profile_commands,
    stats_command,
    status_commands,
    sync_commands,
)
from tracker.config import ENV_DATABASE, ENV_NOW

AddParser = Callable[..., argparse.ArgumentParser]  # a subparsers' add_parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tracker",
        description="Mission Tracker: crewed spaceflight missions, crews and launch countdowns. "
        "With no command, opens the window.",
        epilog="Exit status: 0 success, 2 input you can fix (nothing changed), 1 other errors. "
        "A log is kept in tracker.log in your log folder.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help=f"database URL or SQLite file path (default: ${ENV_DATABASE}, else "
        "tracker.db in your data folder)",
    )
    parser.add_argument(
        "--now",
        metavar="ISO-8601",
        help="start the clock at this moment, e.g. 2021-10-27T12:00:00Z (default: "
        f"${ENV_NOW}, else live time)",
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
        help="open only the countdown, full screen (for a second screen; Esc or closing it quits)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="say what it does on stderr, and log in detail",
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
    for add_commands in (
        _add_mission_commands,
        _add_person_commands,
        profile_commands.add_parsers,
        _add_schedule_commands,
        _add_file_commands,
        status_commands.add_parsers,
        sync_commands.add_parsers,
        stats_command.add_parsers,
        _add_database_commands,
    ):
        add_commands(sub.add_parser)
    return parser


def _add_mission_commands(add: AddParser) -> None:
    p = add("next", help="the next launch, with its countdown and crew")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=commands.cmd_next)

    list_command.add_parser(add)

    crew = add("crew", help="show or edit a mission's crew roster")
    crew_sub = crew.add_subparsers(dest="crew_command", metavar="ACTION", required=True)
    p = crew_sub.add_parser("show", help="a mission's roster")
    p.add_argument("mission", help="mission name (exact, or unambiguous ignoring case)")
    p.set_defaults(run=commands.cmd_crew_show)
    p = crew_sub.add_parser("add", help="put a person on a mission")
    p.add_argument("mission")
    p.add_argument("person", help="person name (exact, or unambiguous ignoring case)")
    p.add_argument(
        "--role",
        required=True,
        help="a Launch Library 2 role, any case: Commander, Pilot, Mission Specialist, Flight "
        "Engineer, Spaceflight Participant, … (or one the database already uses)",
    )
    p.add_argument("--seat", type=int, default=None, help="seat position, 1 first (default last)")
    p.add_argument("--yes", action="store_true", help="confirm editing a mission that has flown")
    p.set_defaults(run=commands.cmd_crew_add)
    p = crew_sub.add_parser("remove", help="take a person off a mission")
    p.add_argument("mission")
    p.add_argument("person")
    p.add_argument("--yes", action="store_true", help="confirm editing a mission that has flown")
    p.set_defaults(run=commands.cmd_crew_remove)


def _add_person_commands(add: AddParser) -> None:
    person = add("person", help="add, list or show the people who fly")
    sub = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    p = sub.add_parser("add", help="add a person (to put on crews with 'crew add')")
    p.add_argument("name", help="the person's full name, unique in the database")
    p.add_argument("--agency", metavar="A", help="their agency, by name or abbreviation")
    p.add_argument("--nationality", metavar="N", help="e.g. American, Japanese")
    p.add_argument("--json", action="store_true", help="print the person as one JSON object")
    p.set_defaults(run=people.cmd_person_add)
    p = sub.add_parser("list", help="every person, with their agency and missions")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(run=people.cmd_person_list)
    p = sub.add_parser("show", help="a person and their flights, with the role on each")
    p.add_argument("name", help="person name (exact, or unambiguous ignoring case)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=people.cmd_person_show)


def _add_schedule_commands(add: AddParser) -> None:
    p = add(
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
    p.set_defaults(run=commands.cmd_reschedule)
    p = add("history", help="a mission's slip history, with the total slip")
    p.add_argument("mission", help="mission name (exact, or unambiguous ignoring case)")
    p.set_defaults(run=commands.cmd_history)


def _add_file_commands(add: AddParser) -> None:
    p = add(
        "export-ics",
        help="write the launches yet to happen to an iCalendar file",
        description="One event per launch yet to happen; re-exporting updates the same "
        "events (stable UID, SEQUENCE rising with each reschedule).",
    )
    p.add_argument("file", help="the calendar to write, e.g. launches.ics")
    p.set_defaults(run=commands.cmd_export_ics)

    p = add(
        "import",
        help="import a Launch Library 2 JSON file or a Mission Tracker archive",
        description="Import Launch Library 2 JSON (API 2.0 to 2.3+: launches, astronauts, "
        "spacecraft) or an archive made by 'tracker export'. All or nothing; re-importing "
        "updates in place and keeps your own edits.",
    )
    p.add_argument("file", help="the JSON file")
    p.set_defaults(run=commands.cmd_import)
    p = add("export", help="write every record to a JSON archive")
    p.add_argument("file", help="the archive to write, e.g. tracker-archive.json")
    p.set_defaults(run=commands.cmd_export)


def _add_database_commands(add: AddParser) -> None:
    """These work on the database file itself, so they also serve one that cannot be
    opened (``on_file``)."""
    p = add(
        "check",
        help="check the database for damage and its data against the roster rules",
        description="Run SQLite's full integrity check and foreign-key check, then look for "
        "data that breaks the roster rules (a crew over its spacecraft's capacity, a person "
        "on overlapping flights, a mission listed twice), reading only.",
        epilog="Exit status: 0 sound and keeping the rules; 1 damaged or breaking them (the "
        "problems are listed); 2 not a database or cannot be read.",
    )
    p.set_defaults(run=commands.cmd_check, on_file=True)
    p = add(
        "backup",
        help="write a consistent copy of the database to FILE",
        description="Copy the database with SQLite's online backup API: consistent even "
        "while the window is editing it.",
    )
    p.add_argument("file", help="the copy to write (replaced whole if it exists)")
    p.set_defaults(run=commands.cmd_backup, on_file=True)
    p = add(
        "restore",
        help="replace the database with a backup (saving the current one first)",
        description="Check that FILE is a sound Mission Tracker database, save the current "
        "database beside it (*.before-restore.bak), then swap FILE's copy in. Close the "
        "window first.",
        epilog="Exit status: 0 restored; 2 FILE is not a sound Mission Tracker database, or "
        "the database is in use (nothing changed).",
    )
    p.add_argument("file", help="a backup, e.g. tracker.db.<time>.daily.bak beside the database")
    p.set_defaults(run=commands.cmd_restore, on_file=True)
