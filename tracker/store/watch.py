"""Noticing that another window or process changed the database, so the window can refresh.

SQLite bumps ``PRAGMA data_version`` on a connection whenever *another* connection commits to
the file; asking costs a few microseconds and reads no table. So the watcher keeps one
connection of its own for its whole life (a pooled one could be a different connection each
time, and its own commits would not count) and compares the number between polls.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import TracebackType
from typing import Protocol


class WatchedFile(Protocol):
    """A database that may be a file (``Database``; ``QuickReader`` before it opens)."""

    @property
    def path(self) -> Path | None: ...

    def file_connection(self) -> sqlite3.Connection: ...


class ChangeWatcher:
    """``changed()`` tells whether anyone else committed since the last call.

    "Anyone else" includes this process's own engine: the window refreshes after its own
    edits too, which is harmless. Poll it from a timer (every second or two). A restore
    changes the content in place, in a transaction, so the watcher reports it like any
    other commit. On a database that is not a SQLite file it never reports a change.
    """

    def __init__(self, db: WatchedFile) -> None:
        self._conn: sqlite3.Connection | None = None
        self._last = 0
        if db.path is not None:
            # Autocommit: no read transaction is left open to pin an old snapshot. Opened as
            # the database is: a read-only one gets no side files (and, read as immutable,
            # reports no change).
            self._conn = db.file_connection()
            self._last = self._data_version()

    def _data_version(self) -> int:
        assert self._conn is not None
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """True once for each poll after which another connection has committed."""
        if self._conn is None:
            return False
        version = self._data_version()
        if version == self._last:
            return False
        self._last = version
        return True

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> ChangeWatcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
