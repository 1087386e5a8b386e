"""Looking at a SQLite file without touching it: what it is, whether it can be written, and
what SQLite's checks say.

Opening (``database``), checking, backing up and restoring (``safety``) all start here, so
that each question is asked one way. Nothing in this module writes a byte or leaves a file
behind, and nothing opens a path before ``stat`` has said it is a regular file: opening a
named pipe or a device blocks, or reads forever.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm")
BUSY_TIMEOUT_S = 10.0
# Opening checks a file this small in full (quick_check and foreign_key_check, about 2 ms a
# megabyte each, measured); a bigger one gets the structural checks only, so that start-up
# stays near-instant with 100,000 missions. `tracker check` always checks everything.
VERIFY_ON_OPEN_MAX_BYTES = 2 * 1024 * 1024
PROBLEMS_SHOWN = 20


def sidecar(path: Path, suffix: str) -> Path:
    """The ``-wal``/``-shm``/``-journal`` file that belongs to ``path``."""
    return path.with_name(path.name + suffix)


def not_a_file(path: Path) -> str | None:
    """Why ``path`` cannot be opened as a file ("is a folder", "is a named pipe (FIFO)", …),
    or None for a regular file or nothing at all. Never opens it."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot be looked at ({exc.strerror or exc})"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a database file"
    if stat.S_ISFIFO(mode):
        return "is a named pipe (FIFO), not a database file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a database file"
    return "is not a regular file"


def read_only_reason(path: Path) -> str | None:
    """Why this app cannot write the database at ``path`` (an existing file), or None.

    The folder counts: SQLite writes its ``-wal``, ``-shm`` and ``-journal`` beside the file.
    ``os.access`` asks the kernel, so it also knows about read-only mounts and immutable
    files (which stop root too).
    """
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "its file system is mounted read-only"
    except (OSError, AttributeError):  # AttributeError: statvfs is POSIX only
        pass
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(folder, os.W_OK):
        return f"its folder {folder} is read-only"
    return None


def readonly_uri(path: Path) -> str:
    """The URI that opens ``path`` for reading without creating any file beside it.

    With no ``-wal`` there is nothing to recover, so the file is read as immutable: no
    locks, no side files (a plain read-only connection to a WAL database would create a
    ``-shm`` and ``-wal``, in a shared folder owned by whoever opened it). A ``-wal`` holds
    committed data that must be read, through SQLite's normal read-only path.
    """
    has_log = sidecar(path, "-wal").exists() or sidecar(path, "-journal").exists()
    return f"{path.resolve().as_uri()}?{'mode=ro' if has_log else 'immutable=1'}"


@contextmanager
def readonly_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that reads ``path`` without writing a byte or leaving a file behind."""
    conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        yield conn
    finally:
        conn.close()


def header_problem(path: Path) -> str | None:
    """Why the file's first 100 bytes show it cannot be our database, or None.

    Catches, in microseconds, a file that is not SQLite at all and one cut short (a copy
    that stopped half-way): the header records how many pages the file should have. Call
    it on a regular file only (``not_a_file``).
    """
    with path.open("rb") as f:
        header = f.read(100)
    if not header:
        return None  # an empty file: SQLite treats it as a new database
    if not header.startswith(SQLITE_HEADER):
        return "not a SQLite database"
    if len(header) < 100:
        return "damaged: the file is cut short"
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    size = path.stat().st_size
    wal = sidecar(path, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None  # a checkpoint may be half-done; the -wal completes the file
    if pages and valid_for == change_counter and size < pages * page_size:
        return f"damaged: the file is cut short ({size} of {pages * page_size} bytes)"
    return None


def rows(conn: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute(sql).fetchall()]


def _damage_rows(conn: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    """A check's rows; a check that SQLite aborts on damage reports the damage as one row.

    Busy and locked (``OperationalError``) are not damage and are raised.
    """
    try:
        return rows(conn, sql)
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:
        return [(str(exc),)]


def integrity_problems(
    conn: sqlite3.Connection, *, quick: bool = False, schema: str = "main"
) -> list[str]:
    """What SQLite's integrity check finds wrong (empty when sound)."""
    pragma = "quick_check" if quick else "integrity_check"
    found = [str(r[0]) for r in _damage_rows(conn, f"PRAGMA {schema}.{pragma}({PROBLEMS_SHOWN})")]
    if found == ["ok"]:
        return []
    lines = (line.strip() for text in found for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("***")]


def foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    """Rows that point at a row that does not exist, one line each."""
    return [
        f"{row[0]} row {row[1]} points to a missing {row[2]} row" if len(row) == 4 else str(row[0])
        for row in _damage_rows(conn, "PRAGMA foreign_key_check")
    ]


def verify_on_open(conn: sqlite3.Connection, path: Path) -> list[str]:
    """The checks opening can afford: everything for a small file, nothing more for a big one."""
    if path.stat().st_size > VERIFY_ON_OPEN_MAX_BYTES:
        return []
    return integrity_problems(conn, quick=True) or foreign_key_problems(conn)
