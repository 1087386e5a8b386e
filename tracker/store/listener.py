"""Hearing a team database's notices (``notify`` sends them), with psycopg alone.

A window on a server starts listening before its first read, so that nothing committed
after that read goes untold; that comes before SQLAlchemy loads (``quick_read``), so
nothing here imports it. The API the window relies on:

    class ChangeListener:
        __init__(url, location, own)  # connects and LISTENs; DatabaseUnavailable if it cannot
        fileno() -> int             # the socket to watch for reading
        poll() -> list[Change]      # what arrived, without blocking; ConnectionLost when
                                    # the connection dropped (then reconnect() or close())
        reconnect() -> None         # a new connection, LISTENing again; DatabaseUnavailable
                                    # while the server cannot be reached (retry with backoff,
                                    # then reload in full: notices in between are lost)
        close() -> None             # idempotent

    @dataclass(frozen=True)
    class Change:
        missions: frozenset[int]    # these missions changed
        everything: bool            # reload in full
        mine: bool                  # committed through the window's own engine: the
                                    # window that made it has shown it already

The password comes from the database's URL, or from libpq's own ways (``PGPASSWORD``,
``.pgpass``, a service file); the URL's libpq options (``sslmode``…) pass through.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tracker.errors import DatabaseUnavailable
from tracker.store import server_link

CHANNEL = "tracker_changes"
APPLICATION_NAME = "mission-tracker-listener"


class ConnectionLost(DatabaseUnavailable):
    """The listening connection dropped: reconnect, then reload in full."""


@dataclass(frozen=True)
class Change:
    """One committed change: the missions it touched, or ``everything`` to reload all;
    ``mine`` when the listener's own database (engine) committed it: that window has
    already shown it, and need not read it again."""

    missions: frozenset[int]
    everything: bool
    mine: bool = False


def parse(text: str, own: str = "") -> Change:
    """A notice read back (``own``: the reader's engine token); anything not understood
    means reload in full."""
    try:
        data = json.loads(text)
        ids = frozenset(int(i) for i in data.get("missions", ()))
        mine = bool(own) and data.get("from") == own
        return Change(missions=ids, everything=bool(data.get("all", False)), mine=mine)
    except (ValueError, TypeError, AttributeError):
        return Change(missions=frozenset(), everything=True)


def _no_source() -> str:
    return ""


class ChangeListener:
    """LISTEN on a connection of its own to the server at ``url`` (``location``: the URL
    fit to show); ``poll`` returns the changes committed since. ``own`` gives the token of
    the window's own engine (``notify.source_of``; "" while it has none), asked as each
    notice is read: the engine may open after the listener."""

    def __init__(self, url: str, location: str, own: Callable[[], str] = _no_source) -> None:
        self._url = url
        self._where = location
        self._own = own
        self._conn: Any = None
        self._pending: list[Change] = []
        self.reconnect()

    def fileno(self) -> int:
        """The socket to watch: readable when a notice (or the connection's end) arrives."""
        if self._conn is None:
            raise ConnectionLost(self._lost())
        return int(self._conn.fileno())

    def poll(self) -> list[Change]:
        """The changes that arrived, in order, without blocking."""
        import psycopg

        if self._conn is None:
            raise ConnectionLost(self._lost())
        pgconn = self._conn.pgconn
        try:
            pgconn.consume_input()
        except psycopg.OperationalError:
            self.close()
            raise ConnectionLost(self._lost()) from None
        changes = list(self._pending)
        self._pending.clear()
        while (notice := pgconn.notifies()) is not None:
            changes.append(parse(notice.extra.decode("utf-8", "replace"), self._own()))
        if pgconn.status != psycopg.pq.ConnStatus.OK:
            self.close()
            raise ConnectionLost(self._lost())
        return changes

    def reconnect(self) -> None:
        """Connect (again) and LISTEN; one line, no password, when the server says no."""
        import psycopg

        self.close()
        args = server_link.connect_args(self._url, APPLICATION_NAME)
        try:
            conn = psycopg.connect(**args, autocommit=True)
        except psycopg.Error as exc:
            raise DatabaseUnavailable(self._unreachable(exc)) from None
        # Notices that arrive while psycopg itself reads (during LISTEN) go to handlers;
        # this one holds the list, not the listener, so no cycle keeps a connection alive.
        pending, own = self._pending, self._own
        conn.add_notify_handler(lambda n: pending.append(parse(n.payload, own())))
        try:
            conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            conn.close()
            raise DatabaseUnavailable(self._unreachable(exc)) from None
        self._conn = conn

    def close(self) -> None:
        """Stop listening; safe to call twice."""
        if self._conn is not None:
            conn, self._conn = self._conn, None
            conn.close()

    def _lost(self) -> str:
        return f"the connection to {self._where} was lost; live refresh stopped"

    def _unreachable(self, exc: BaseException) -> str:
        text = server_link.scrub(str(exc), server_link.password(self._url))
        return f"the server of {self._where} cannot be reached for live refresh: {text}"
