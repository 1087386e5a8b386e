"""The ``tracker`` command: the window by default, subcommands for scripts.

Exit status: 0 on success, 2 for input the user can fix (one line on stderr, nothing
changed), 1 for anything else (one line on stderr, the traceback in the log file).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from tracker import config, logs
from tracker.cli import commands
from tracker.cli.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE
from tracker.cli.parser import build_parser
from tracker.errors import NeedsConfirmation, UserError
from tracker.text import printable

log = logging.getLogger(__name__)
# How the store ends a question (rules.check_may_rewrite); the command line answers with --yes.
CONFIRM_IN_WINDOW = "Confirm to go on."


def command_name(args: argparse.Namespace) -> str:
    """E.g. 'crew add', for the log (never the arguments: a URL may hold a password)."""
    action = getattr(args, "crew_command", None) or getattr(args, "person_command", None)
    return " ".join(part for part in (args.command, action) if part)


def run(args: argparse.Namespace, settings: config.Settings) -> int:
    """Open the window, or run one subcommand; returns the exit status."""
    if args.command is None:
        log.info("opening the window")
        from tracker.app import run as run_window

        return run_window(settings)
    log.info("running %s", command_name(args))
    if getattr(args, "on_file", False):
        return int(args.run(args, settings))
    ctx = commands.open_context(settings)
    try:
        return int(args.run(args, ctx))
    finally:
        ctx.close()


def main(argv: Sequence[str] | None = None) -> int:
    """The ``tracker`` command; returns its exit status."""
    args = build_parser().parse_args(argv)
    log_file = logs.configure(verbose=args.verbose)
    try:
        return _guarded(args, log_file)
    finally:
        logs.stop()


def _guarded(args: argparse.Namespace, log_file: Path | None) -> int:
    """Resolve the settings and run, turning every error into one line and an exit status."""
    settings: config.Settings | None = None
    try:
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return commands.desktop_entry(args)
        settings = config.resolve(
            database=args.database,
            now=args.now,
            zone=args.zone,
            clock_mode=args.clock_mode,
            verbose=args.verbose,
        )
        return run(args, settings)
    except UserError as exc:
        log.info("refused: %s", exc, extra=logs.ALREADY_SHOWN)
        say(refusal(exc, args))
        return EXIT_USAGE
    except KeyboardInterrupt:
        log.info("interrupted")
        return 130
    except BrokenPipeError:  # e.g. `tracker list | head`: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, exit 1
        if config.debug_enabled():
            raise
        return _failed(exc, settings, log_file)


def say(message: object) -> None:
    """One line on stderr: whatever the message quotes from data stays on that line."""
    print(f"tracker: {printable(str(message))}", file=sys.stderr)


def refusal(exc: UserError, args: argparse.Namespace) -> str:
    """The refusal's message; a question the store asks ("Confirm to go on.") names the
    option that answers it on the command line."""
    message = str(exc)
    if isinstance(exc, NeedsConfirmation) and hasattr(args, "yes"):
        message = message.removesuffix(CONFIRM_IN_WINDOW).rstrip() + " Confirm with --yes."
    return message


def _failed(exc: Exception, settings: config.Settings | None, log_file: Path | None) -> int:
    """Say in one line what went wrong; the traceback goes to the log file only."""
    explained = commands.explain_failure(exc, settings)
    if explained is not None:  # a damaged or busy database: the user can act on it
        log.error("%s", explained, exc_info=exc, extra=logs.ALREADY_SHOWN)
        say(explained)
        return EXIT_USAGE
    log.error("unexpected error", exc_info=exc, extra=logs.ALREADY_SHOWN)
    details = f" (details in {log_file})" if log_file is not None else ""
    say(f"unexpected error: {type(exc).__name__}: {_first_line(exc)}{details}")
    return EXIT_FAILURE


def _first_line(exc: Exception) -> str:
    """The error's own words without what a database driver appends (the SQL, its
    parameters, a link to SQLAlchemy's pages): those go to the log file only."""
    text = str(exc).split("\n", 1)[0]
    return text.split(" [SQL:", 1)[0].split(" (Background on this error", 1)[0].strip()
