"""Live refresh on a team database: what changed, told by the server as it commits.

Every writing transaction on PostgreSQL ends with ``pg_notify('tracker_changes', payload)``
(``track`` hooks each engine's commits), so the notice is delivered when, and only if, the
change commits.
The payload names keys, never rows: ``{"missions": [ids]}`` for missions whose rows, rosters
or schedules changed, ``{"all": true}`` when a change reaches further (people, agencies,
vehicles, an import) or when the ids would not fit the server's 8000-byte limit.

A window listens with ``listener.ChangeListener``, on a connection of its own, which
imports no SQLAlchemy (a window on a server starts listening before its first read, and
before SQLAlchemy loads); ``parse`` reads a notice back there.
"""

from __future__ import annotations

import json
import uuid
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

from tracker.errors import UserError
from tracker.store.listener import CHANNEL

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


def payload(missions: Iterable[int], everything: bool = False, source: str = "") -> str:
    """The notice for a change: the missions' ids, or ``{"all": true}``; ``from`` names the
    engine that committed it (an opaque token, so a window can skip its own)."""
    body: dict[str, Any] = {"all": True} if everything else {"missions": sorted(set(missions))}
    if source:
        body["from"] = source
    text = json.dumps(body, separators=(",", ":"))
    return text if len(text) <= PAYLOAD_MAX else payload((), True, source)


EVERYTHING = payload((), everything=True)


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
