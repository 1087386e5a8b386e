"""What the database knows about its data as a whole, and the changes syncs and imports brought.

Facts are text by key (``dataset_info``): when the data was last current (``DATA_AS_OF``, an
ISO-8601 instant: the default data's is its source's moment, 2021-10-27 12:00 UTC), the
sync's watermark (``LL2_WATERMARK``). Changes (``sync_change``) are written by an import that
records them (``import_data(..., record_changes=True)``) in its own transaction, one row per
change, and read here newest first.

The ``*_in`` functions work inside a caller's session (the import's one transaction); the
others open their own, so a worker thread may call them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlmodel import Session, col, select

from tracker.store.database import Database
from tracker.store.facts import DATA_AS_OF as DATA_AS_OF  # the fact's home: facts
from tracker.store.facts import instant as instant
from tracker.store.models import DatasetInfo, SyncChange
from tracker.store.records import ChangeRow

LL2_WATERMARK = "ll2_watermark"

# The kinds of change, as ``sync_change.kind`` holds them.
NEW, NET, STATUS, CREW, WEBCAST = "new", "net", "status", "crew", "webcast"
CHANGE_KINDS = (NEW, NET, STATUS, CREW, WEBCAST)


def facts_in(session: Session) -> dict[str, str]:
    return {f.key: f.value for f in session.exec(select(DatasetInfo)).all()}


def set_facts_in(session: Session, facts: Mapping[str, str]) -> None:
    """Set (or replace) facts inside the caller's transaction."""
    for key, value in facts.items():
        row = session.get(DatasetInfo, key)
        if row is None:
            session.add(DatasetInfo(key=key, value=value))
        elif row.value != value:
            row.value = value
            session.add(row)


def get_facts(db: Database) -> dict[str, str]:
    with Session(db.engine) as session:
        return facts_in(session)


def get_fact(db: Database, key: str) -> str | None:
    with Session(db.engine) as session:
        row = session.get(DatasetInfo, key)
        return None if row is None else row.value


def set_facts(db: Database, facts: Mapping[str, str]) -> None:
    """Set facts in one transaction of their own (an import sets its facts in its own)."""
    writer = db.engine.execution_options(sqlite_begin="IMMEDIATE")
    with Session(writer) as session, session.begin():
        set_facts_in(session, facts)


def data_as_of(db: Database) -> dt.datetime | None:
    """When the data was last current; ``None`` when the database does not know."""
    return instant(get_fact(db, DATA_AS_OF))


def changes_since(
    db: Database, since: dt.datetime | None = None, *, limit: int | None = None
) -> list[ChangeRow]:
    """The recorded changes at or after ``since`` (all when ``None``), newest first (then
    the last written first), at most ``limit``."""
    query = select(SyncChange).order_by(col(SyncChange.at).desc(), col(SyncChange.id).desc())
    if since is not None:
        query = query.where(col(SyncChange.at) >= since)
    if limit is not None:
        query = query.limit(limit)
    with Session(db.engine) as session:
        return [
            ChangeRow(
                id=c.id or 0,
                at=c.at,
                mission_uid=c.mission_uid,
                mission_name=c.mission_name,
                kind=c.kind,
                detail=c.detail,
            )
            for c in session.exec(query).all()
        ]
