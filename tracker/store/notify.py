"""Live refresh on a team database: what changed, told by the server as it commits.

Every writing transaction on PostgreSQL ends with ``pg_notify('tracker_changes', payload)``
(``track`` hooks each engine's commits), so the notice is delivered when, and only if, the
change commits.
The payload names keys, never rows: ``{"missions": [ids]}`` for missions whose rows, rosters
or schedules changed, ``{"all": true}`` when a change reaches further (people, agencies,
vehicles, an import) or when the ids would not fit the server's 8000-byte limit.

A window listens on a connection of its own (autocommit, outside the pool) and wraps it in a
``QSocketNotifier``; nothing here imports Qt. The API the window relies on:

    class ChangeListener:
        __init__(db: Database)      # connects and LISTENs; DatabaseUnavailable if it cannot
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
        mine: bool                  # committed through the listener's own database: the
                                    # window that made it has shown it already

The password comes from the database's URL, or from libpq's own ways (``PGPASSWORD``,
``.pgpass``, a service file); the URL's libpq options (``sslmode``…) pass through.
"""

from __future__ import annotations

import json
import uuid
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

from tracker.errors import DatabaseUnavailable, UserError

if TYPE_CHECKING:
    from tracker.store.database import Database

CHANNEL = "tracker_changes"
# PostgreSQL refuses a payload of 8000 bytes or more; keep well under it.
PAYLOAD_MAX = 7900
# The tables whose rows belong to one mission, and the column that names it; a write to any
# other table (people, agencies, vehicles, the dataset's facts, the changes log) reloads all.
MISSION_TABLES = {
    "mission": "id",
    "crewassignment": "mission_id",
    "schedulechange": "mission_id",
    "missionlink": "mission_id",
}


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


def payload(missions: Iterable[int], everything: bool = False, source: str = "") -> str:
    """The notice for a change: the missions' ids, or ``{"all": true}``; ``from`` names the
    engine that committed it (an opaque token, so a window can skip its own)."""
    body: dict[str, Any] = {"all": True} if everything else {"missions": sorted(set(missions))}
    if source:
        body["from"] = source
    text = json.dumps(body, separators=(",", ":"))
    return text if len(text) <= PAYLOAD_MAX else payload((), True, source)


EVERYTHING = payload((), everything=True)


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


@dataclass
class _Pending:
    """What the open transaction on one connection changed so far."""

    missions: set[int] = field(default_factory=set)
    everything: bool = False


def track(engine: Engine) -> None:
    """Notify ``CHANNEL`` at every commit on ``engine`` that changed data: the ORM's flushes
    name their missions (``_flushed``); any other write (a bulk insert, raw SQL) means all."""
    _sources[engine.pool] = uuid.uuid4().hex[:16]
    sa.event.listen(engine, "before_cursor_execute", _executing)
    sa.event.listen(engine, "commit", _committing)
    sa.event.listen(engine, "rollback", _forget)


# Each tracked engine's token, sent with its notices (``payload``'s ``from``); held by its
# pool, which the engine's copies with other execution options share.
_sources: weakref.WeakKeyDictionary[Pool, str] = weakref.WeakKeyDictionary()


def source_of(engine: Engine) -> str:
    """The token ``engine``'s notices carry ("" for an engine that sends none)."""
    return _sources.get(engine.pool, "")


# What each connection's open transaction changed, held by the Connection object (its
# ``info`` belongs to the pooled connection, and an invalidated one refuses access to it).
_pending_of: weakref.WeakKeyDictionary[Connection, _Pending] = weakref.WeakKeyDictionary()


def _pending(conn: Connection) -> _Pending:
    return _pending_of.setdefault(conn, _Pending())


def _executing(
    conn: Connection, _cursor: Any, statement: str, _params: Any, context: Any, _many: bool
) -> None:
    """A write the ORM's flush did not make (it runs with its mappers' compiled cache)."""
    if statement.lstrip()[:8].upper().startswith(("INSERT", "UPDATE", "DELETE", "TRUNCATE")):
        options = context.execution_options if context is not None else {}
        if "compiled_cache" not in options:
            _pending(conn).everything = True


@sa.event.listens_for(Session, "after_flush")
def _flushed(session: Session, _context: Any) -> None:
    """The missions a flush wrote, by the rows it inserted, changed or deleted."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return
    pending = _pending(conn)
    for row in (*session.new, *session.dirty, *session.deleted):
        table = getattr(type(row), "__tablename__", None)
        column = MISSION_TABLES.get(str(table))
        mission_id = getattr(row, column, None) if column else None
        if isinstance(mission_id, int):
            pending.missions.add(mission_id)
        else:
            pending.everything = True


def _committing(conn: Connection) -> None:
    """Send the notice inside the committing transaction: delivered if, and when, it commits.
    Straight on the driver's cursor, so no statement event runs again."""
    pending = _pending_of.pop(conn, None)
    if pending is None or not (pending.missions or pending.everything):
        return
    import psycopg

    raw = conn.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    try:
        raw.execute(
            "SELECT pg_notify(%s, %s)",
            (CHANNEL, payload(pending.missions, pending.everything, source_of(conn.engine))),
        )
    except psycopg.Error as exc:
        if raw.broken or raw.closed:
            return  # the COMMIT fails next, and says so
        # The transaction is now aborted: COMMIT would quietly roll it back. Say so instead.
        first = " ".join(str(exc).split())
        raise UserError(
            f"the change could not be announced to the other desks ({first}); nothing was changed"
        ) from None


def _forget(conn: Connection) -> None:
    _pending_of.pop(conn, None)


def conninfo(url: sa.engine.URL) -> dict[str, Any]:
    """libpq connection parameters from a SQLAlchemy URL (its query options included)."""
    params: dict[str, Any] = {
        key: value
        for key, value in (
            ("host", url.host),
            ("port", url.port),
            ("dbname", url.database),
            ("user", url.username),
            ("password", url.password),
        )
        if value not in (None, "")
    }
    params.update({k: v for k, v in url.query.items() if isinstance(v, str)})
    params.setdefault("connect_timeout", 10)
    params.setdefault("application_name", "mission-tracker-listener")
    return params


class ChangeListener:
    """LISTEN on a connection of its own; ``poll`` returns the changes committed since."""

    def __init__(self, db: Database) -> None:
        self._url = sa.engine.make_url(db.url)
        self._where: str = db.location
        self._own = source_of(db.engine)
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
            changes.append(parse(notice.extra.decode("utf-8", "replace"), self._own))
        if pgconn.status != psycopg.pq.ConnStatus.OK:
            self.close()
            raise ConnectionLost(self._lost())
        return changes

    def reconnect(self) -> None:
        """Connect (again) and LISTEN; one line, no password, when the server says no."""
        import psycopg

        self.close()
        try:
            conn = psycopg.connect(**conninfo(self._url), autocommit=True)
        except psycopg.Error as exc:
            raise DatabaseUnavailable(self._unreachable(exc)) from None
        # Notices that arrive while psycopg itself reads (during LISTEN) go to handlers;
        # this one holds the list, not the listener, so no cycle keeps a connection alive.
        pending, own = self._pending, self._own
        conn.add_notify_handler(lambda n: pending.append(parse(n.payload, own)))
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
        text = " ".join(str(exc).split())
        secret = self._url.password
        if secret:
            text = text.replace(str(secret), "***")
        return f"the server of {self._where} cannot be reached for live refresh: {text}"
