"""The reads of the window's first paint, with the standard library's sqlite3 alone.

Importing SQLAlchemy and SQLModel takes 0.4-0.5 s, most of the start. On a SQLite file that
opening would leave as it is (writable, at this version's schema, passing the checks of
``opening``), the window reads what it shows first through this module and the repository
opens once that is on screen (``opener``). The SQL mirrors ``queries``
(``first_page``, ``mission_columns``, ``mission``) and ``dataset.data_as_of`` for SQLite;
tests/store/test_quick_read.py holds each answer equal to the repository's on the same files.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tracker import schedule
from tracker.errors import DatabaseUnavailable, NotFound
from tracker.mission_columns import MissionColumns, utc
from tracker.store import facts, opening
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
    coalesce((SELECT group_concat(p.name, ', ') FROM crewassignment c
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
WHERE m.id = ?
"""

CREW = """
SELECT p.id, p.name, c.role, c.seat, coalesce(nullif(a.abbrev, ''), a.name, ?), p.nationality
FROM crewassignment c JOIN person p ON p.id = c.person_id
LEFT JOIN agency a ON a.id = p.agency_id
WHERE c.mission_id = ? ORDER BY c.seat, c.id
"""

HISTORY = """
SELECT previous_net, previous_precision, new_net, new_precision, changed_at, reason
FROM schedulechange WHERE mission_id = ? ORDER BY changed_at, id
"""

LINKS = "SELECT kind, url, title, priority, live, from_ll2 FROM missionlink WHERE mission_id = ?"


def stored(when: dt.datetime) -> str:
    """An instant as SQLite holds it (SQLAlchemy's naive UTC text), so text compares in order."""
    naive = when.astimezone(dt.UTC).replace(tzinfo=None)
    return f"{naive:%Y-%m-%d %H:%M:%S}.{naive.microsecond:06d}"


def _instant(text: str | None) -> dt.datetime | None:
    return None if text is None else utc(text)


def _link(row: tuple[str, str, str, int, int, int]) -> LinkRow:
    kind, url, title, priority, live, from_ll2 = row
    return LinkRow(LinkKind(kind), url, title, priority, bool(live), bool(from_ll2))


class QuickReader:
    """The first paint's reads on one SQLite file, through one connection (its page cache
    warm from one read to the next: a new connection's first read costs milliseconds) that
    one thread at a time may use; ``close`` when done (a read after opens it again)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_only: str | None = None  # only a writable file is read this way
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    @classmethod
    def open(cls, url: str) -> QuickReader | None:
        """A reader for the file at ``url`` when opening it would change nothing (it exists,
        may be written, is at this version's schema and passes opening's checks); else None,
        and opening goes the usual way (migrating, seeding, read-only, or saying why not)."""
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
        return cls(path)

    @property
    def location(self) -> str:
        return str(self.path)

    def file_connection(self) -> sqlite3.Connection:
        """A connection of its own to the file (``watch.ChangeWatcher``'s)."""
        return opening.file_connection(self.path)

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: a mission and its crew from the same commit."""
        with self._lock:
            if self._conn is None:
                self._conn = self.file_connection()
                self._conn.execute("PRAGMA query_only = ON")
            conn = self._conn
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def mission_count(self) -> int:
        with self._read() as conn:
            return int(conn.execute("SELECT count(*) FROM mission").fetchone()[0])

    def data_as_of(self) -> dt.datetime | None:
        with self._read() as conn:
            row = conn.execute(
                "SELECT value FROM dataset_info WHERE key = ?", (facts.DATA_AS_OF,)
            ).fetchone()
        return facts.instant(None if row is None else row[0])

    def first_page(self, now: dt.datetime, recent: int) -> list[MissionRow]:
        """``queries.first_page``: what the window shows first, bounded whatever the shape."""
        params: dict[str, object] = {"now": stored(now), "recent": recent}
        windows = []
        for n, precision in enumerate(NetPrecision):
            params[f"p{n}"], params[f"since{n}"] = (
                precision.value,
                stored(schedule.on_board_since(precision, now)),
            )
            windows.append(f"(m.net_precision = :p{n} AND m.net >= :since{n})")
        statuses: list[str] = []
        others: list[str] = []
        for n, status in enumerate((*PENDING, *OTHERS)):
            params[f"s{n}"] = status
            (statuses if n < len(PENDING) else others).append(f":s{n}")
        pending = ", ".join(statuses)
        off_board = f"NOT ({' OR '.join(windows)})"
        awaiting = f"(m.net < :now AND {off_board})"

        def each_status(where: str, order: str, limit: str, among: list[str] = statuses) -> str:
            """The ``limit`` first ids by NET ``order`` among the missions of ``among``
            (pending unless said) that ``where`` holds, status by status (each a range of
            the index ``mission (status, net)``)."""
            parts = " UNION ALL ".join(
                f"SELECT * FROM (SELECT m.id AS id, m.net AS net FROM mission m WHERE "
                f"m.status = {s} AND {where} ORDER BY m.net {order} LIMIT {limit})"
                for s in among
            )
            return f"SELECT id FROM (SELECT id FROM ({parts}) ORDER BY net {order} LIMIT {limit})"

        def first(where: str) -> str:
            return (
                f"SELECT id FROM (SELECT m.id AS id FROM mission m WHERE m.status IN "
                f"({pending}) AND {where} ORDER BY m.net LIMIT :recent)"
            )

        earliest = each_status(awaiting, "", str(AWAITING_FIRST))
        last_named = f"(SELECT max(m.net) FROM mission m WHERE m.id IN ({earliest}))"
        shown = [
            first("m.net >= :now"),
            each_status(awaiting, "DESC", ":recent"),
            # ties included; before the last named is before now (one bound: SQLite's index
            # range takes one, and ``net < now`` would walk every stale one)
            first(f"{off_board} AND m.net <= {last_named}"),
            *(
                f"SELECT m.id FROM mission m WHERE m.status = {s} AND m.net < :now AND {w}"
                for s in statuses
                for w in windows
            ),
            each_status("1", "DESC", ":recent", others),
        ]
        return self._rows(f"WHERE m.id IN ({' UNION '.join(shown)})", params)

    def missions(self) -> list[MissionRow]:
        """``queries.mission_rows``: every mission (a list small enough to read at once)."""
        return self._rows("", {})

    def _rows(self, where: str, params: dict[str, object]) -> list[MissionRow]:
        read = MissionColumns()
        with self._read() as conn:
            for row in conn.execute(f"{ROWS} {where} ORDER BY m.net, m.name", params):
                read.append_raw(*row)
        return list(read.rows())

    def mission(self, mission_id: int) -> MissionDetail:
        """``queries.mission``: one mission with its crew, its slips and its links."""
        with self._read() as conn:
            m = conn.execute(DETAIL, (mission_id,)).fetchone()
            if m is None:
                raise NotFound(f"no mission with id {mission_id}")
            crew = conn.execute(CREW, (PRIVATE, mission_id)).fetchall()
            history = conn.execute(HISTORY, (mission_id,)).fetchall()
            links = conn.execute(LINKS, (mission_id,)).fetchall()
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
