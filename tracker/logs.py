"""Logging for the command and the window: a rotating file, and stderr for what matters now.

The file (``tracker.log`` in the platform's log folder, 1 MB, three old ones kept) gets INFO
and up, DEBUG with ``--verbose``, tracebacks included: that is where an unexpected error's
details go. Stderr gets warnings, and with ``--verbose`` everything, one line each and never
a traceback: the user reads messages there, not stack frames. Standard library only.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TextIO

from tracker import config
from tracker.text import printable

LOG_FILE = "tracker.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FILE_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
# Pass as ``extra=`` when the user has already been told in words of their own (the command
# line's one-line error): the record goes to the file only, not to stderr a second time.
ALREADY_SHOWN = {"already_shown": True}
_FILE_HANDLER = "tracker-file"
_STDERR_HANDLER = "tracker-stderr"


class _StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to whatever ``sys.stderr`` is at the time (pytest's capture swaps it)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr
        super().emit(record)


class _OneLine(logging.Formatter):
    """``tracker: warning: message``: the command line's own style, no traceback."""

    def format(self, record: logging.LogRecord) -> str:
        # Messages carry names from data: never a raw control character on a terminal.
        return f"tracker: {record.levelname.lower()}: {printable(record.getMessage())}"


def _not_shown(record: logging.LogRecord) -> bool:
    return not getattr(record, "already_shown", False)


def configure(verbose: bool = False) -> Path | None:
    """Set up the root logger; returns the log file, or None when its folder cannot be
    written (the app then runs on, logging to stderr only).

    Calling it again replaces what an earlier call set up.
    """
    stop()
    root = logging.getLogger()
    level = logging.DEBUG if verbose else logging.INFO
    root.setLevel(level)

    stderr = _StderrHandler()
    stderr.set_name(_STDERR_HANDLER)
    stderr.setLevel(level if verbose else logging.WARNING)
    stderr.setFormatter(_OneLine())
    stderr.addFilter(_not_shown)
    root.addHandler(stderr)

    from logging.handlers import RotatingFileHandler  # here: it imports socket, pickle...

    path = config.log_folder() / LOG_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=False
        )
    except OSError as exc:
        logging.getLogger(__name__).warning(
            "cannot keep a log in %s: %s", path.parent, exc.strerror or exc
        )
        return None
    file.set_name(_FILE_HANDLER)
    file.setLevel(level)
    file.setFormatter(logging.Formatter(FILE_FORMAT))
    root.addHandler(file)
    return path


def stop() -> None:
    """Remove and close what ``configure`` set up: ``tracker.cli.main`` run in-process (by
    tests, or a script) leaves the root logger as it found it, its log file closed."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() in (_FILE_HANDLER, _STDERR_HANDLER):
            root.removeHandler(handler)
            handler.close()
