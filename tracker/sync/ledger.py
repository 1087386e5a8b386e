"""The request ledger: every request sent to Launch Library 2, across runs and processes.

The free tier allows 15 requests an hour per address, and a 429 stops all requests until its
time. Both are facts about the address, not about one run or one database, so they are kept
in one small SQLite file in the user's state folder: SQLite because its lock works the same
on every desktop, so two processes (the window and ``tracker sync``) cannot both take the
last request of the hour. A request is written down *before* it is sent (``take``), so a
run that dies mid-request still counts it.

Times are the wall clock's (never the app's simulated clock): a budget is about real hours.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from tracker.sync.errors import MustWait, SyncFailed

WINDOW = dt.timedelta(hours=1)  # the rolling hour the budget counts
KEPT = dt.timedelta(days=1)  # older entries are dropped

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS request (host TEXT NOT NULL, at REAL NOT NULL)",
    "CREATE INDEX IF NOT EXISTS request_host_at ON request (host, at)",
    "CREATE TABLE IF NOT EXISTS blocked (host TEXT PRIMARY KEY, until REAL NOT NULL)",
)


def _epoch(when: dt.datetime) -> float:
    return when.timestamp()


def _instant(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


class Ledger:
    """The requests to one host (``budget`` in any rolling hour) and its 429 block."""

    def __init__(self, path: Path, host: str, budget: int) -> None:
        if budget < 1:
            raise ValueError("a budget of at least one request an hour")
        self.path, self.host, self.budget = Path(path), host, budget

    def take(self, now: dt.datetime) -> None:
        """Count one request at ``now``, or raise ``MustWait`` if none may be sent yet."""
        with self._transaction() as db:
            until, throttled = self._next(db, now)
            if until is not None:
                raise MustWait(until, throttled=throttled)
            db.execute("INSERT INTO request (host, at) VALUES (?, ?)", (self.host, _epoch(now)))
            db.execute("DELETE FROM request WHERE at < ?", (_epoch(now - KEPT),))

    def block(self, until: dt.datetime) -> None:
        """Send nothing before ``until`` (a 429's time); an earlier block never shortens one."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO blocked (host, until) VALUES (?, ?) ON CONFLICT (host) "
                "DO UPDATE SET until = max(until, excluded.until)",
                (self.host, _epoch(until)),
            )

    def next_allowed(self, now: dt.datetime) -> dt.datetime | None:
        """When the next request may be sent; None when one may go now."""
        with self._transaction() as db:
            return self._next(db, now)[0]

    def throttled_until(self, now: dt.datetime) -> dt.datetime | None:
        """The end of a 429's block still in force, else None."""
        with self._transaction() as db:
            return self._blocked(db, now)

    def used(self, now: dt.datetime) -> int:
        """Requests counted in the hour up to ``now``."""
        with self._transaction() as db:
            return len(self._in_window(db, now))

    # inside a transaction

    def _next(self, db: sqlite3.Connection, now: dt.datetime) -> tuple[dt.datetime | None, bool]:
        """The binding wait and whether a 429 is what binds."""
        blocked = self._blocked(db, now)
        spent: dt.datetime | None = None
        recent = self._in_window(db, now)
        if len(recent) >= self.budget:
            # Once the oldest requests beyond the budget leave the hour, one more may go.
            spent = _instant(recent[len(recent) - self.budget]) + WINDOW
        if blocked is not None and (spent is None or blocked >= spent):
            return blocked, True
        return spent, False

    def _blocked(self, db: sqlite3.Connection, now: dt.datetime) -> dt.datetime | None:
        row = db.execute("SELECT until FROM blocked WHERE host = ?", (self.host,)).fetchone()
        if row is None or row[0] <= _epoch(now):
            return None
        return _instant(row[0])

    def _in_window(self, db: sqlite3.Connection, now: dt.datetime) -> list[float]:
        """The times of the requests of the last hour, oldest first. A request stamped after
        ``now`` (the wall clock was set back) counts too: the budget errs on the safe side."""
        rows = db.execute(
            "SELECT at FROM request WHERE host = ? AND at > ? ORDER BY at",
            (self.host, _epoch(now - WINDOW)),
        ).fetchall()
        return [at for (at,) in rows]

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction, the file's lock taken at once (``BEGIN IMMEDIATE``)."""
        try:
            self._create()
            db = sqlite3.connect(self.path, timeout=15, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise self._unusable(exc) from None
        try:
            # WAL with NORMAL sync: a commit needs no fsync (a request lost to a power cut
            # is the only risk, never a damaged file), so a take costs next to nothing.
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("BEGIN IMMEDIATE")
            for statement in _SCHEMA:
                db.execute(statement)
            yield db
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise self._unusable(exc) from None
        finally:
            db.close()

    def _create(self) -> None:
        """The folder and the file, private to the user (the tables come with each
        transaction, so a process that finds the file just made by another is fine)."""
        if self.path.exists():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))

    def _unusable(self, exc: Exception) -> SyncFailed:
        return SyncFailed(
            f"the request ledger {self.path} cannot be used ({exc}); nothing was sent"
        )
