"""Where the database is, how it is opened, migrated and backed up.

Opening is careful: a file that is not a SQLite database, one that is damaged, or one written
by a newer version of the app, is refused before anything writes to it (``safety`` holds the
checks, backups and restore). Schema changes are Alembic migrations,
applied at open after a backup of the file; when the schema is already current, Alembic is not
even imported, which keeps start-up fast.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from tracker import APP_NAME
from tracker.errors import DatabaseUnavailable, UserError
from tracker.store import safety

ENV_URL = "TRACKER_DATABASE_URL"
SQLITE_HEADER = safety.SQLITE_HEADER
# The newest migration in tracker/store/migrations/versions; a test keeps the two in step.
SCHEMA_REVISION = "0003"
KNOWN_REVISIONS = ("0001", "0002", "0003")
BACKUPS_KEPT = safety.BACKUPS_KEPT
BUSY_TIMEOUT_MS = int(safety.BUSY_TIMEOUT_S * 1000)


def default_path() -> Path:
    """``tracker.db`` in the user's data folder (platformdirs, app name ``mission-tracker``)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "tracker.db"


def resolve_url(database: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The database URL from ``--database``, else ``TRACKER_DATABASE_URL``, else the default.

    A value without ``://`` is a path to a SQLite file.
    """
    value = database or environ.get(ENV_URL) or ""
    if not value:
        path = default_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    parsed = sa.engine.make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _check_sqlite_file(path: Path) -> None:
    """Refuse, without touching it, a path that cannot hold our database."""
    if path.is_dir():
        raise DatabaseUnavailable(f"{path} is a folder, not a database file")
    if not path.parent.is_dir():
        raise DatabaseUnavailable(f"cannot create {path}: folder {path.parent} does not exist")
    if path.exists():
        if not os.access(path, os.R_OK):
            raise DatabaseUnavailable(f"cannot read {path}: permission denied")
        problem = safety.header_problem(path)
        if problem == "not a SQLite database":
            raise DatabaseUnavailable(f"{path} is not a SQLite database; it was left untouched")
        if problem:
            raise safety.damaged(path, problem.removeprefix("damaged: "))
    elif not os.access(path.parent, os.W_OK):
        raise DatabaseUnavailable(f"cannot create {path}: folder {path.parent} is not writable")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Per-connection settings (SQLite forgets them when a connection closes).

    WAL lets readers and a writer work at once. ``synchronous=NORMAL`` in WAL mode: a commit
    is a sequential append to the ``-wal`` file, synced only at checkpoints. A crash of the
    app (or a SIGKILL) at any instant loses nothing committed, since the data is already in
    the OS's hands (tests/safety kills writers at random to prove it); a power cut may lose
    the last commits before it, never corrupt the file. That trade is SQLite's own advice for
    WAL, and it keeps each edit fast (FULL would fsync every commit, for a guarantee against
    power loss that a desktop roster editor does not need). The busy timeout waits for
    another writer instead of failing with "database is locked".
    """
    dbapi_connection.isolation_level = None  # transactions begin in _begin_sqlite
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # Damaged pages raise "malformed" when read instead of yielding garbage rows.
        cursor.execute("PRAGMA cell_size_check = ON")
    finally:
        cursor.close()


def _begin_sqlite(conn: Connection) -> None:
    """Begin transactions ourselves: IMMEDIATE for writers, DEFERRED for readers.

    The sqlite3 module would begin lazily at the first write, after a command's checks had
    read outside any transaction; IMMEDIATE takes the write lock first (waiting on the busy
    timeout), so checks and writes see one state.
    """
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str) -> Engine:
    engine = sa.create_engine(url)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", _begin_sqlite)
    return engine


def _raw_sql(conn: Connection, sql: str) -> list[Any]:
    """Run SQL on the driver connection itself, outside any SQLAlchemy transaction."""
    raw = conn.connection.driver_connection
    assert raw is not None
    return list(raw.execute(sql).fetchall())


@dataclass
class Database:
    """An open, migrated database: its URL, engine and (for SQLite) its file."""

    url: str
    engine: Engine
    path: Path | None

    def session(self) -> Session:
        """A short-lived session; objects stay readable after commit."""
        return Session(self.engine, expire_on_commit=False)

    @property
    def location(self) -> str:
        """Where the data is, for a person: the file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        return sa.engine.make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def _revision_of(tables: set[str], read_version: Any) -> str | None:
    if "alembic_version" not in tables:
        if tables:
            raise DatabaseUnavailable(
                "this database was not made by Mission Tracker (it has tables but no schema "
                "version); it was left untouched"
            )
        return None
    row = read_version()
    return None if row is None else str(row[0])


def sqlite_revision(path: Path, *, verify: bool = False) -> str | None:
    """The schema revision of a SQLite file, read without writing a byte to it.

    Our own connections switch the file to WAL mode, which rewrites its header: so a file is
    judged read-only first (``safety.readonly_connection`` leaves no side files), and only a
    database we can use is ever opened for writing. ``verify`` adds the checks opening can
    afford (``safety.verify_on_open``); a file SQLite chokes on gets the full check, to say
    what is wrong.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with safety.readonly_connection(path) as conn:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            revision = _revision_of(
                tables, lambda: conn.execute("SELECT version_num FROM alembic_version").fetchone()
            )
            problems = safety.verify_on_open(conn, path) if verify else []
    except sqlite3.DatabaseError as exc:
        raise safety.diagnose(path, exc) from exc
    if problems:
        raise safety.damaged(path, problems[0])
    return revision


def current_revision(conn: Connection) -> str | None:
    """The schema revision recorded in the database, or None for an empty one."""
    tables = set(sa.inspect(conn).get_table_names())
    return _revision_of(
        tables, lambda: conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    )


def open_database(url: str, *, seed: bool = True) -> Database:
    """Open (creating if needed) and migrate the database; refuse what we cannot use."""
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path)
        revision = sqlite_revision(path, verify=True)
    engine = make_engine(url)
    db = Database(url=url, engine=engine, path=path)
    try:
        if path is None:
            with engine.connect() as conn:
                revision = current_revision(conn)
        if revision == SCHEMA_REVISION:
            return db
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseUnavailable(
                f"{db.location} was written by a newer version of Mission Tracker "
                f"(schema {revision}); update the app to open it. The file was left untouched."
            )
        if revision is not None and path is not None:
            backup_beside(db, f"before-migration-{revision}")
        _migrate(db, fresh=revision is None, seed=seed)
    except UserError:
        engine.dispose()
        raise
    except sa.exc.DatabaseError as exc:
        engine.dispose()
        if path is not None:
            raise safety.diagnose(path, exc.orig or exc) from exc
        raise DatabaseUnavailable(f"cannot open {db.location}: {exc.orig}") from exc
    return db


def _migrate(db: Database, *, fresh: bool, seed: bool) -> None:
    """Upgrade to the newest schema in one transaction, with foreign keys off (PITFALLS.md).

    SQLite ignores ``foreign_keys`` inside a transaction, so it is set before one starts;
    with it on, a batch migration that recreates a table would cascade-delete child rows.
    ``foreign_key_check`` then proves nothing dangles before the commit.
    """
    from alembic import command
    from alembic.config import Config

    from tracker.store.seed import load_default_data

    config = Config()
    config.set_main_option("script_location", "tracker.store:migrations")
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            _raw_sql(conn, "PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if sqlite:
                    dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if dangling:
                        raise DatabaseUnavailable(
                            f"migration left {len(dangling)} broken references; nothing was changed"
                        )
                if fresh and seed:
                    with Session(bind=conn) as session:
                        load_default_data(session)
                        session.flush()
        finally:
            if sqlite:
                _raw_sql(conn, "PRAGMA foreign_keys = ON")


def backup_to(db: Database, target: Path) -> Path:
    """A consistent copy of the live database through SQLite's online backup API.

    Copying the file would miss what still sits in its ``-wal`` file.
    """
    if db.path is None:
        raise UserError("backups are made of SQLite databases only")
    return safety.copy_database(db.path, target)


def backup_beside(
    db: Database, tag: str, keep: int = BACKUPS_KEPT, *, now: dt.datetime | None = None
) -> Path:
    """A backup next to the database, keeping the newest ``keep`` of that kind."""
    assert db.path is not None
    return safety.backup_file_beside(db.path, tag, keep=keep, now=now)
