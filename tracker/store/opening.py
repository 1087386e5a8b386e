"""What opening a SQLite file checks before anything writes to it, without SQLAlchemy.

The window's first paint reads a current, writable file with the standard library alone
(``quick_read``), so these checks, shared with ``database.open_database``, live apart from
the engine: importing SQLAlchemy and SQLModel costs 0.4-0.5 s, more than the rest of the
start.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from tracker.errors import DatabaseUnavailable
from tracker.store import probe, safety

# The newest migration in tracker/store/migrations/versions; a test keeps the two in step.
SCHEMA_REVISION = "0007"
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")


def check_sqlite_file(path: Path) -> str | None:
    """Refuse, without opening it, a path that cannot hold our database; returns why it is
    read-only (see ``probe.read_only_reason``), or None when it can be written.

    ``stat`` comes first: a named pipe or a device would block the first ``open``.
    """
    problem = probe.not_a_file(path)
    if problem:
        raise DatabaseUnavailable(f"{path} {problem}")
    if not path.parent.is_dir():
        raise DatabaseUnavailable(f"cannot create {path}: folder {path.parent} does not exist")
    if not path.exists():
        if not os.access(path.parent, os.W_OK):
            raise DatabaseUnavailable(f"cannot create {path}: folder {path.parent} is not writable")
        return None
    if not os.access(path, os.R_OK):
        raise DatabaseUnavailable(f"cannot read {path}: permission denied")
    problem = probe.header_problem(path)
    if problem == "not a SQLite database":
        raise DatabaseUnavailable(f"{path} is not a SQLite database; it was left untouched")
    if problem:
        raise safety.damaged(path, problem.removeprefix("damaged: "))
    return probe.read_only_reason(path)


def revision_of(tables: set[str], read_version: Any) -> str | None:
    """The schema revision a database with ``tables`` records (``read_version`` reads it),
    None for an empty one; refuses a database of another app."""
    if "alembic_version" not in tables:
        if tables:
            raise DatabaseUnavailable(
                "this database was not made by Mission Tracker (it has tables but no schema "
                "version); it was left untouched"
            )
        return None
    row = read_version()
    return None if row is None else str(row[0])


def sqlite_revision(path: Path, *, verify: bool = False) -> str | None:
    """The schema revision of a SQLite file, read without writing a byte to it.

    Our own connections switch the file to WAL mode, which rewrites its header: so a file is
    judged read-only first (``probe.readonly_connection`` leaves no side files), and only a
    database we can use is ever opened for writing. ``verify`` adds the checks opening can
    afford (``probe.verify_on_open``); a file SQLite chokes on gets the full check, to say
    what is wrong.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with probe.readonly_connection(path) as conn:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            revision = revision_of(
                tables, lambda: conn.execute("SELECT version_num FROM alembic_version").fetchone()
            )
            problems = probe.verify_on_open(conn, path) if verify else []
    except sqlite3.DatabaseError as exc:
        raise unavailable(exc, path) from None
    if problems:
        raise safety.damaged(path, problems[0])
    return revision


def unavailable(exc: BaseException, path: Path | None, location: str = "") -> DatabaseUnavailable:
    """One line for a driver error met while opening: explained (busy, read-only, full,
    damaged) or the driver's own message, never the SQL."""
    explained = safety.explain(exc, path)
    if isinstance(explained, DatabaseUnavailable):
        return explained
    if explained is not None:
        return DatabaseUnavailable(str(explained))
    orig = getattr(exc, "orig", None) or exc
    return DatabaseUnavailable(f"cannot open {location or path}: {' '.join(str(orig).split())}")


def file_connection(path: Path) -> sqlite3.Connection:
    """A sqlite3 connection of its own to a writable file, as the engine opens it, in
    autocommit (a watcher's, a quick read's)."""
    conn = sqlite3.connect(path, timeout=probe.BUSY_TIMEOUT_S, check_same_thread=False)
    conn.isolation_level = None
    return conn
