"""The unit of work: how every store command reads, writes and claims a mission.

Each command is one transaction that either does all it says or nothing, and starts with
``BEGIN IMMEDIATE`` on SQLite so that its checks and its writes see the same database
(another writer waits on the busy timeout instead of failing). Reads use short sessions whose
objects stay readable after they close.

Every change to a mission bumps its ``version`` and ``updated_at`` here, and only here: a
caller that passes the version it showed (``expected_version``) gets ``ConflictError``
instead of overwriting a change made elsewhere, and an edit of a mission that has flown
needs confirming (the rules and their messages are in ``tracker.rules``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.engine import Connection
from sqlmodel import Session, SQLModel

from tracker import rules
from tracker.clock import Now
from tracker.errors import NotFound
from tracker.store.database import Database
from tracker.store.models import Mission

T = TypeVar("T", bound=SQLModel)

# What a mission was before a command bumped it: (id, version, updated_at).
Before = tuple[int, int, dt.datetime]


def id_fits(value: int) -> bool:
    """SQLite integers are 64-bit: a bigger id names nothing (and would raise OverflowError)."""
    return -(2**63) <= value < 2**63


def get(session: Session, model: type[T], record_id: int, what: str) -> T:
    """The row with ``record_id``, or ``NotFound`` naming ``what`` was looked for."""
    row = session.get(model, record_id) if id_fits(record_id) else None
    if row is None:
        raise NotFound(f"no {what} with id {record_id}")
    return row


class UnitOfWork:
    """Sessions on one database, and the mission bookkeeping every writer shares."""

    def __init__(self, db: Database, clock: Now) -> None:
        self.db = db
        self.clock = clock
        self._writer = db.engine.execution_options(sqlite_begin="IMMEDIATE")

    # --- sessions -----------------------------------------------------------------------

    def read(self) -> Session:
        """A short session for reading; use it in a ``with`` block."""
        return Session(self.db.engine, expire_on_commit=False)

    def connect(self) -> Connection:
        """A Core connection for reads of many rows, where the ORM's row handling costs."""
        return self.db.engine.connect()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One command, one transaction: commit on success, roll back on any error; on a
        database opened read-only, refused before it starts."""
        self.db.check_writable()
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            yield session

    # --- missions -----------------------------------------------------------------------

    def mission(
        self, session: Session, mission_id: int, expected_version: int | None = None
    ) -> Mission:
        """The mission, refused when it is not the version the caller showed."""
        m = get(session, Mission, mission_id, "mission")
        rules.check_version(m.name, m.version, expected_version)
        return m

    def edit(self, m: Mission, confirm: bool, action: str) -> None:
        """Claim a mission for the change ``action`` names: ask first if it has flown."""
        rules.check_may_rewrite(m.name, m.status, action, confirm)
        self.touch(m)

    def mission_for_edit(
        self,
        session: Session,
        mission_id: int,
        expected_version: int | None,
        confirm: bool,
        action: str,
    ) -> Mission:
        """The mission, checked (current, confirmed if flown) and claimed by a version bump."""
        m = self.mission(session, mission_id, expected_version)
        self.edit(m, confirm, action)
        return m

    def touch(self, m: Mission) -> Before:
        """Mark a mission changed: the one version bump. Returns what it was before."""
        assert m.id is not None
        before = (m.id, m.version, m.updated_at)
        m.version += 1
        m.updated_at = self.clock()
        return before

    def bump(self, session: Session, mission_ids: Iterable[int]) -> tuple[Before, ...]:
        """Mark missions changed whose rosters or references a command moved, once each."""
        return tuple(
            self.touch(get(session, Mission, mission_id, "mission"))
            for mission_id in sorted(set(mission_ids))
        )

    def put_back(self, m: Mission, before: Before, after: int) -> None:
        """Undo's bookkeeping: the version and time from ``before`` when the mission is still
        at version ``after`` (the row is then exactly as it was), else a fresh bump, so that
        a version a caller has shown since is never handed out again."""
        if m.version == after:
            _id, m.version, m.updated_at = before
        else:
            self.touch(m)
