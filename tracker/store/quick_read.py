"""The reads of the window's first paint, with the database's driver alone.

Importing SQLAlchemy and SQLModel takes 0.4-0.5 s, most of the start. On a database that
opening would leave as it is (a SQLite file that is writable, at this version's schema and
passes the checks of ``opening``; a team database at this schema that the role may write),
the window reads what it shows first through this module, with sqlite3 or psycopg, and the
repository opens once that is on screen (``opener``). The SQL mirrors ``queries``
(``first_page``, ``mission_columns``, ``mission``) and ``dataset.data_as_of``;
tests/store/test_quick_read.py (and tests/pg/test_quick_read_pg.py on a server) hold each
answer equal to the repository's on the same data.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker import schedule
from tracker.errors import DatabaseUnavailable, NotFound
from tracker.mission_columns import MissionColumns, utc
from tracker.store import facts, opening, server_link
from tracker.store.records import (
    PRIVATE,
    CrewMember,
    LinkRow,
    MissionDetail,
    MissionRow,
    ScheduleEntry,
    link_order,
)
from tracker.vocabulary import LandingOutcome, LaunchStatus, LinkKind, NetPrecision

SQLITE_URL = "sqlite:///"
AWAITING_FIRST = 3  # the board names this many missions awaiting an update (board.py)
PENDING = tuple(s.value for s in LaunchStatus if s.is_pending)
OTHERS = tuple(s.value for s in LaunchStatus if not s.is_pending)

ROWS = """
SELECT m.id, m.name, m.status, m.net, m.net_precision,
    coalesce(craft.name, ''), coalesce(launcher.name, ''), coalesce(a.abbrev, a.name, ''),
    m.destination,
    (SELECT count(*) FROM crewassignment c WHERE c.mission_id = m.id),
    coalesce((SELECT {aggregate}(p.name, ', ') FROM crewassignment c
              JOIN person p ON p.id = c.person_id WHERE c.mission_id = m.id), ''),
    (SELECT count(*) FROM schedulechange s WHERE s.mission_id = m.id),
    m.version, m.landing_outcome, m.launch_site
FROM mission m
LEFT JOIN vehicle craft ON craft.id = m.spacecraft_id
LEFT JOIN vehicle launcher ON launcher.id = m.launcher_id
LEFT JOIN agency a ON a.id = m.operator_id
"""

DETAIL = """
SELECT m.name, m.status, m.net, m.net_precision, m.spacecraft_id, craft.name,
    craft.crew_capacity, m.capsule, m.launcher_id, launcher.name, m.operator_id,
    coalesce(nullif(a.abbrev, ''), a.name), m.launch_site, m.destination, m.window_start,
    m.window_end, m.landing, m.description, m.source, m.version, m.uid, m.landing_outcome,
    m.status_reason, m.image_url
FROM mission m
LEFT JOIN vehicle craft ON craft.id = m.spacecraft_id
LEFT JOIN vehicle launcher ON launcher.id = m.launcher_id
LEFT JOIN agency a ON a.id = m.operator_id
WHERE m.id = :id
"""

CREW = """
SELECT p.id, p.name, c.role, c.seat, coalesce(nullif(a.abbrev, ''), a.name, :private), p.nationality
FROM crewassignment c JOIN person p ON p.id = c.person_id
LEFT JOIN agency a ON a.id = p.agency_id
WHERE c.mission_id = :id ORDER BY c.seat, c.id
"""

HISTORY = """
SELECT previous_net, previous_precision, new_net, new_precision, changed_at, reason
FROM schedulechange WHERE mission_id = :id ORDER BY changed_at, id
"""

LINKS = "SELECT kind, url, title, priority, live, from_ll2 FROM missionlink WHERE mission_id = :id"


def stored(when: dt.datetime) -> str:
    """An instant as SQLite holds it (SQLAlchemy's naive UTC text), so text compares in order."""
    naive = when.astimezone(dt.UTC).replace(tzinfo=None)
    return f"{naive:%Y-%m-%d %H:%M:%S}.{naive.microsecond:06d}"


@dataclass(frozen=True)
class Dialect:
    """What the quick reads say differently to SQLite and to PostgreSQL."""

    begin: str  # a read transaction: one commit's data
    aggregate: str  # texts joined, as SQLAlchemy's ``aggregate_strings`` says it
    param: str | None  # a named parameter in the driver's style (None: as written)
    instant: Callable[[dt.datetime], object]  # an instant as a parameter

    def sql(self, text: str) -> str:
        """``text``, written with ``:name`` parameters, in the driver's style."""
        return text if self.param is None else re.sub(r"(?<![:\w]):(\w+)", self.param, text)


SQLITE = Dialect("BEGIN", "group_concat", None, stored)
POSTGRESQL = Dialect(
    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
    "string_agg",
    r"%(\1)s",
    lambda when: when.astimezone(dt.UTC),
)


def _instant(text: str | None) -> dt.datetime | None:
    return None if text is None else utc(text)


def _link(row: tuple[str, str, str, int, int, int]) -> LinkRow:
    kind, url, title, priority, live, from_ll2 = row
    return LinkRow(LinkKind(kind), url, title, priority, bool(live), bool(from_ll2))


class Closed(Exception):
    """A read after ``close``: the repository answers now (``opener``)."""


class QuickReader:
    """The first paint's reads on one database, through one connection (its caches warm
    from one read to the next: a new connection's first read costs milliseconds) that one
    thread at a time may use; ``close`` when done (a read after raises ``Closed``)."""

    def __init__(
        self,
        url: str,
        location: str,
        path: Path | None,
        dialect: Dialect,
        errors: tuple[type[Exception], ...],
        *,
        connect: Callable[[], Any] | None = None,  # made at the first read (a file's)
        conn: Any = None,  # made already (a server's: it checked the database)
    ) -> None:
        self.url = url
        self.location = location
        self.path = path
        self.read_only: str | None = None  # only a database that may be written is read here
        self.errors: tuple[type[Exception], ...] = (*errors, Closed)  # a read that cannot answer
        self._dialect = dialect
        self._connect = connect
        self._conn = conn
        self._closed = False
        self._lock = threading.Lock()

    @classmethod
    def open(cls, url: str) -> QuickReader | None:
        """A reader for the database at ``url`` when opening it would change nothing; else
        None, and opening goes the usual way (migrating, seeding, read-only, or saying why
        not). A server that cannot be reached is said here (``DatabaseUnavailable``)."""
        if server_link.is_server(url):
            return cls._server(url)
        if not url.startswith(SQLITE_URL) or "?" in url or "%" in url:
            return None
        path = Path(url.removeprefix(SQLITE_URL))
        if not path.name or path.name == ":memory:" or not path.exists():
            return None
        try:
            if opening.check_sqlite_file(path) is not None:
                return None
            if opening.sqlite_revision(path, verify=True) != opening.SCHEMA_REVISION:
                return None
        except DatabaseUnavailable:
            return None

        def connect() -> sqlite3.Connection:
            conn = opening.file_connection(path)
            conn.execute("PRAGMA query_only = ON")
            return conn

        return cls(url, str(path), path, SQLITE, (sqlite3.Error,), connect=connect)

    @classmethod
    def _server(cls, url: str) -> QuickReader | None:
        """A team database at this schema that the role may write (the one connection is
        made here, and checks both), at a URL that opening reads and opens with psycopg."""
        parsed = server_link.ServerURL.parse(url)
        if parsed is None or parsed.scheme not in server_link.DRIVERS:
            return None  # opening refuses it, or opens it with another driver
        try:
            import psycopg
        except ImportError:
            return None  # opening says how to install the driver
        conn = server_link.connect(url)
        try:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            may_write = conn.execute(server_link.MAY_WRITE).fetchone()[0]
        except psycopg.Error:  # no such table: an empty database, or not ours
            revision = may_write = None
        if revision is None or revision[0] != opening.SCHEMA_REVISION or not may_write:
            conn.close()
            return None
        location = server_link.hide_password(url)
        return cls(url, location, None, POSTGRESQL, (psycopg.Error,), conn=conn)

    def file_connection(self) -> sqlite3.Connection:
        """A connection of its own to the file (``watch.ChangeWatcher``'s)."""
        assert self.path is not None, "a server database has no file"
        return opening.file_connection(self.path)

    @contextmanager
    def _read(self) -> Iterator[Callable[[str, dict[str, object]], Any]]:
        """One read transaction (a mission and its crew from the same commit); yields
        ``execute(sql, params)``, ``sql`` written with ``:name`` parameters."""
        dialect = self._dialect
        with self._lock:
            if self._closed:
                raise Closed(self.location)
            if self._conn is None:
                assert self._connect is not None, "a reader has a connection or makes one"
                self._conn = self._connect()
            conn = self._conn

            def execute(sql: str, params: dict[str, object]) -> Any:
                return conn.execute(dialect.sql(sql), params)

            conn.execute(dialect.begin)
            try:
                yield execute
            except BaseException:
                with suppress(*self.errors):
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if self._conn is not None:
                conn, self._conn = self._conn, None
                with suppress(*self.errors):
                    conn.close()

    def mission_count(self) -> int:
        with self._read() as execute:
            return int(execute("SELECT count(*) FROM mission", {}).fetchone()[0])

    def data_as_of(self) -> dt.datetime | None:
        with self._read() as execute:
            sql = "SELECT value FROM dataset_info WHERE key = :key"
            row = execute(sql, {"key": facts.DATA_AS_OF}).fetchone()
        return facts.instant(None if row is None else row[0])

    def first_page(self, now: dt.datetime, recent: int) -> list[MissionRow]:
        """``queries.first_page``: what the window shows first, bounded whatever the shape."""
        instant = self._dialect.instant
        params: dict[str, object] = {"now": instant(now), "recent": recent}
        windows = []
        for n, precision in enumerate(NetPrecision):
            params[f"p{n}"], params[f"since{n}"] = (
                precision.value,
                instant(schedule.on_board_since(precision, now)),
            )
            windows.append(f"(m.net_precision = :p{n} AND m.net >= :since{n})")
        statuses: list[str] = []
        others: list[str] = []
        for n, status in enumerate((*PENDING, *OTHERS)):
            params[f"s{n}"] = status
            (statuses if n < len(PENDING) else others).append(f":s{n}")
        off_board = f"NOT ({' OR '.join(windows)})"
        awaiting = f"(m.net < :now AND {off_board})"

        def each_status(where: str, order: str, limit: str, among: list[str] = statuses) -> str:
            """The ``limit`` first ids by NET ``order`` among the missions of ``among``
            (pending unless said) that ``where`` holds, status by status (each a range of
            the index ``mission (status, net)``)."""
            parts = " UNION ALL ".join(
                f"SELECT * FROM (SELECT m.id AS id, m.net AS net FROM mission m WHERE "
                f"m.status = {s} AND {where} ORDER BY m.net {order} LIMIT {limit}) AS part"
                for s in among
            )
            merged = f"SELECT id FROM ({parts}) AS merged ORDER BY net {order} LIMIT {limit}"
            return f"SELECT id FROM ({merged}) AS ranked"

        earliest = each_status(awaiting, "", str(AWAITING_FIRST))
        last_named = f"(SELECT max(m.net) FROM mission m WHERE m.id IN ({earliest}))"
        shown = [
            each_status("m.net >= :now", "", ":recent"),
            each_status(awaiting, "DESC", ":recent"),
            # ties included; before the last named is before now (one bound: SQLite's index
            # range takes one, and ``net < now`` would walk every stale one)
            each_status(f"{off_board} AND m.net <= {last_named}", "", ":recent"),
            *(
                f"SELECT m.id FROM mission m WHERE m.status = {s} AND m.net < :now AND {w}"
                for s in statuses
                for w in windows
            ),
            each_status("TRUE", "DESC", ":recent", others),
        ]
        return self._rows(f"WHERE m.id IN ({' UNION '.join(shown)})", params)

    def missions(self) -> list[MissionRow]:
        """``queries.mission_rows``: every mission (a list small enough to read at once)."""
        return self._rows("", {})

    def _rows(self, where: str, params: dict[str, object]) -> list[MissionRow]:
        read = MissionColumns()
        rows = ROWS.format(aggregate=self._dialect.aggregate)
        with self._read() as execute:
            for row in execute(f"{rows} {where} ORDER BY m.net, m.name", params):
                read.append_raw(*row)
        return list(read.rows())

    def mission(self, mission_id: int) -> MissionDetail:
        """``queries.mission``: one mission with its crew, its slips and its links."""
        key: dict[str, object] = {"id": mission_id}
        with self._read() as execute:
            m = execute(DETAIL, key).fetchone()
            if m is None:
                raise NotFound(f"no mission with id {mission_id}")
            crew = execute(CREW, {**key, "private": PRIVATE}).fetchall()
            history = execute(HISTORY, key).fetchall()
            links = execute(LINKS, key).fetchall()
        return MissionDetail(
            id=mission_id,
            name=m[0],
            status=LaunchStatus(m[1]),
            net=utc(m[2]),
            net_precision=NetPrecision(m[3]),
            spacecraft=m[5] or "",
            spacecraft_id=m[4],
            capacity=m[6],
            capsule=m[7],
            launcher=m[9] or "",
            launcher_id=m[8],
            operator=m[11] or "",
            operator_id=m[10],
            launch_site=m[12],
            destination=m[13],
            window_start=_instant(m[14]),
            window_end=_instant(m[15]),
            landing=_instant(m[16]),
            description=m[17],
            source=m[18],
            version=m[19],
            uid=m[20],
            landing_outcome=None if m[21] is None else LandingOutcome(m[21]),
            status_reason=m[22],
            image_url=m[23],
            links=tuple(sorted(map(_link, links), key=link_order)),
            crew=tuple(CrewMember(*c) for c in crew),
            history=tuple(
                ScheduleEntry(
                    utc(h[0]), NetPrecision(h[1]), utc(h[2]), NetPrecision(h[3]), utc(h[4]), h[5]
                )
                for h in history
            ),
        )
