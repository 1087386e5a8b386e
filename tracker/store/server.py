"""The team database: what a PostgreSQL server needs that a SQLite file does not.

A server is shared: two desks may write at once, so every transaction runs at REPEATABLE
READ, where the second of two writers to change one row is refused (SQLSTATE 40001) instead
of overwriting what it never saw; the store shows that as "changed elsewhere". The server's
errors become one line each (``server_link.explain``: a role that may only read, a lost
connection, a conflict), as SQLite's do in ``safety.explain``, and never carry a password,
SQL or its parameters. There is no file to check or copy: ``check`` asks the server what a
file check would prove, and a backup is an archive.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from tracker.store.server_link import MAY_WRITE, defaults, explain, hide_password, password

ISOLATION = "REPEATABLE READ"
# The tables whose ids come from a sequence (the others are keyed by name).
SERIAL_TABLES = (
    "agency",
    "person",
    "vehicle",
    "mission",
    "crewassignment",
    "schedulechange",
    "missionlink",
    "sync_change",
)


def engine_options(url: sa.engine.URL) -> dict[str, Any]:
    """How the app opens a server: REPEATABLE READ, a connect timeout, its name in
    ``pg_stat_activity``, and a check of pooled connections (a server restart closes them).
    Options the URL gives itself (``?connect_timeout=…``, ``sslmode``) win."""
    connect_args = {key: value for key, value in defaults().items() if key not in url.query}
    return {"isolation_level": ISOLATION, "connect_args": connect_args, "pool_pre_ping": True}


def watch(engine: Engine, url: str) -> None:
    """Raise ``explain``'s line in place of the driver's error on ``engine`` (``url`` as the
    user gave it), knowing whether the connection was committing when it failed; and keep
    its sessions in UTC."""
    where, secret = hide_password(url), password(url)

    def handle(context: sa.engine.ExceptionContext) -> None:
        if context.is_pre_ping:
            return  # the pool's check of a connection: it connects anew, or fails to
        conn = context.connection
        committing = conn is not None and context.statement is None and conn in _committing_now
        explained = explain(context.original_exception, where, secret, committing=committing)
        if explained is not None:
            raise explained

    sa.event.listen(engine, "handle_error", handle)
    sa.event.listen(engine, "connect", _in_utc)
    sa.event.listen(engine, "commit", _committing)
    sa.event.listen(engine, "begin", _settled)
    sa.event.listen(engine, "rollback", _settled)


def _in_utc(dbapi_connection: Any, _record: Any) -> None:
    """Each session in UTC, whatever the server, ``PGTZ`` or the URL's options say: what the
    server computes from a ``timestamptz`` (the year of a NET) is the UTC one, as on SQLite."""
    dbapi_connection.execute("SET TIME ZONE 'UTC'")
    dbapi_connection.commit()


# The connections between their COMMIT's start and their next transaction (or rollback).
# Held by the Connection object, not its ``info``: an invalidated connection refuses that.
_committing_now: weakref.WeakSet[Connection] = weakref.WeakSet()


def _committing(conn: Connection) -> None:
    _committing_now.add(conn)


def _settled(conn: Connection) -> None:
    _committing_now.discard(conn)


def follow_sequences(conn: Connection, tables: Sequence[str] = SERIAL_TABLES) -> None:
    """Move each id sequence past the highest id in its table: rows copied in with their
    ids leave a sequence behind, and the next insert would reuse an id. Only for tables no
    other transaction is inserting into (locked, or being restored): an id drawn by one not
    yet committed is not seen here, and would be handed out again."""
    for table in tables:
        conn.execute(
            sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
            )
        )


@dataclass
class ServerReport:
    """What ``check`` found on a server: its version, the schema, and every problem."""

    where: str
    server_version: str
    revision: str | None
    problems: list[str] = field(default_factory=list)
    # A role that may only read may not read the id sequences either: they go unchecked.
    sequences_read: bool = True

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        """The report for a person, first line a verdict."""
        schema = f"schema {self.revision}" if self.revision else "no schema yet"
        head = f"{self.where}: PostgreSQL {self.server_version}, {schema}"
        if self.ok:
            sequences = (
                "every id sequence is ahead of its table"
                if self.sequences_read
                else "the id sequences were not checked (this role may not read them)"
            )
            return [
                f"{head}: sound: the capacity guard is in place and {sequences}.",
                "The server keeps its own files sound (there is no file here to check).",
            ]
        return [f"{head}: PROBLEMS", *(f"  {p}" for p in self.problems)]


def check(engine: Engine, where: str, revision: str | None) -> ServerReport:
    """What a file check proves, asked of a server: the capacity trigger exists and no id
    sequence would hand out an id already taken. Reads only."""
    with engine.connect() as conn:
        version = str(conn.exec_driver_sql("SHOW server_version").scalar_one()).split()[0]
        report = ServerReport(where, version, revision)
        if revision is None:
            return report
        trigger = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_trigger WHERE tgname = 'crew_within_capacity'"
        ).scalar_one()
        if not trigger:
            report.problems.append("the crew capacity trigger (migration 0005) is missing")
        for table in SERIAL_TABLES:
            sequence, readable = conn.execute(
                sa.text(
                    "SELECT s, has_sequence_privilege(s, 'SELECT') "
                    "FROM pg_get_serial_sequence(:t, 'id') AS s"
                ),
                {"t": table},
            ).one()
            if not readable:
                report.sequences_read = False
                continue
            top = conn.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar_one()
            last, called = conn.exec_driver_sql(
                f"SELECT last_value, is_called FROM {sequence}"
            ).one()
            coming = last + 1 if called else last
            if top is not None and coming <= top:
                report.problems.append(
                    f"{table}: its id sequence would give {coming}, an id already taken "
                    f"(the highest is {top}); the next insert would fail"
                )
    return report


def read_only_reason(conn: Connection, revision: str | None) -> str | None:
    """Why this connection's role cannot write the data (it may only read), or None: an
    empty database needs tables made, one with data its missions written."""
    if revision is None:
        sql = "SELECT has_schema_privilege(current_user, current_schema(), 'CREATE')"
    else:
        sql = MAY_WRITE
    may = conn.exec_driver_sql(sql).scalar_one()
    if may:
        return None
    user = conn.exec_driver_sql("SELECT current_user").scalar_one()
    return f"the database role {user} may only read it"
