"""The import entry points: read a file, recognise its format, apply it in one transaction.

Every import is one transaction (``BEGIN IMMEDIATE`` on SQLite): a refused record, an error
or a cancel leaves the database exactly as it was. The file is read and validated in full
before the transaction starts. ``import_file`` opens its own session and returns a plain
report, so a worker thread may call it.

A sync imports through ``import_data`` with ``record_changes`` (what changed, one line each,
into ``sync_change``: ``tracker.store.dataset`` reads them) and ``facts`` (the data's age,
the sync's watermark), both written in the import's own transaction.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from tracker.clock import Now
from tracker.errors import ValidationError
from tracker.exchange import archive, inputs, ll2
from tracker.exchange.archive_data import Archive
from tracker.exchange.ll2_data import Batch
from tracker.store import dataset
from tracker.store.database import Database
from tracker.store.importing.archive_apply import ArchiveApply
from tracker.store.importing.changes import ChangeLog
from tracker.store.importing.ll2_apply import LL2Apply
from tracker.store.importing.report import Cancelled, ImportReport, Progress, Tally, Ticker

IMPORT_CACHE_KB = -262144  # SQLite's page cache during an import: 256 MB (negative: in KiB)


def import_file(
    db: Database,
    path: Path,
    clock: Now,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import a Launch Library 2 file or an archive, all or nothing."""
    with _collector_paused():
        data = inputs.read_json(Path(path))
        report = import_data(
            db, data, clock, name=Path(path).name, progress=progress, cancelled=cancelled
        )
        del data  # freed before the collector resumes (``_collector_paused``)
        return report


def import_data(
    db: Database,
    data: Any,
    clock: Now,
    *,
    name: str = "data",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    record_changes: bool = False,
    facts: Mapping[str, str] | None = None,
) -> ImportReport:
    """Import already-parsed JSON (the body of ``import_file``).

    ``record_changes``: also write what changed (new launches, NETs moved, status, crews,
    webcasts added) to ``sync_change``; ``facts``: set these dataset facts (e.g.
    ``dataset.DATA_AS_OF``); both in the import's one transaction, so they hold only if the
    import does.
    """
    with _collector_paused():  # what ``_import`` made is freed before the collector resumes
        return _import(db, data, clock, name, progress, cancelled, record_changes, facts)


def _import(
    db: Database,
    data: Any,
    clock: Now,
    name: str,
    progress: Progress | None,
    cancelled: Cancelled | None,
    record_changes: bool,
    facts: Mapping[str, str] | None,
) -> ImportReport:
    """``import_data``'s work, in a function of its own: the records it makes are freed when
    it returns, while the collector is still paused."""
    batch: Batch | None = None
    arc: Archive | None = None
    if archive.is_archive(data):
        arc = archive.from_json(data)
        source, total = f"{name} (Mission Tracker archive)", arc.size
    elif ll2.looks_like_ll2(data):
        batch = ll2.parse(data)
        source, total = f"{name} (Launch Library 2, API {batch.version})", batch.size
    else:
        raise ValidationError(
            f"{name} is neither a Launch Library 2 response nor a Mission Tracker archive; "
            "nothing was imported"
        )
    tally = Tally()
    ticker = Ticker(total, progress, cancelled)
    now = clock()
    changes = ChangeLog(now, enabled=record_changes)
    with _write_transaction(db, name) as session:
        if batch is not None:
            LL2Apply(session, lambda: now, tally, ticker, changes).apply(batch)
        if arc is not None:
            ArchiveApply(session, lambda: now, tally, ticker, changes).apply(arc)
        ticker.check()  # a cancel after the last record still changes nothing
        tally.changes = len(changes.rows)
        changes.write(session)
        if facts:
            dataset.set_facts_in(session, facts)
    return tally.report(source)


@contextmanager
def _write_transaction(db: Database, name: str) -> Iterator[Session]:
    """The import's one transaction: the write lock taken at once (``BEGIN IMMEDIATE``), so
    ids chosen in bulk stay free and nothing else writes between its reads and its writes;
    committed only if the block ends normally. A constraint the data breaks refuses the file."""
    writer = db.engine.execution_options(sqlite_begin="IMMEDIATE")
    try:
        with Session(writer, expire_on_commit=False) as session, session.begin():
            with _page_cache(session.connection()):
                yield session
    except sa.exc.IntegrityError as exc:
        raise ValidationError(
            f"{name}: a record conflicts with the database ({exc.orig}); nothing was imported"
        ) from None


@contextmanager
def _page_cache(conn: sa.Connection) -> Iterator[None]:
    """A big SQLite page cache for the import's transaction: 100,000 new launches land at
    random places in the indexes of ``mission``, and with SQLite's 2 MB cache the pages went
    back and forth to the file (writing them took 4.8 s, with 64 MB 3.1 s). With 256 MB the
    whole table stays in memory (about 90 MB at 100,000 launches; pages are taken as they
    are needed), so the indexes a big import builds again read it from there, not from the
    log (0.1 s less). The connection gets its own size back afterwards (the pages beyond it
    are freed)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {IMPORT_CACHE_KB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector out of an import's way.

    Reading a large file makes millions of long-lived objects (the JSON, the parsed
    records), and every full pass of the collector walks all of them: at 100,000 launches,
    13 passes took a quarter of the import. Reference counting still frees what the import
    drops; the collector resumes (if it was on) when the import ends, however it ends. The
    callers free what they made (the JSON, the records) before that: the objects made while
    it was paused all wait in its youngest generation, and its first pass after the import
    walked every one still alive (0.3 s at 100,000 launches).
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
