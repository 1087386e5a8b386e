"""Where the database is, how it is opened, migrated and backed up.

Opening is careful: a path that is a pipe or a device, a file that is not a SQLite database,
one that is damaged, or one written by a newer version of the app, is refused before
anything writes to it (``probe`` looks, ``safety`` holds the checks, backups and restore). A
file this app cannot write (the file, its folder or its file system) is opened read-only, no
side file made, and ``Database.read_only`` says why. Every refusal is one line in a
``DatabaseUnavailable``: an unsupported URL, a missing driver, busy, full, damaged. Schema
changes are Alembic migrations, applied at open after a backup of the file; when the schema
is already current, Alembic is not even imported, which keeps start-up fast.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from tracker.errors import DatabaseUnavailable, UserError
from tracker.store import probe, safety
from tracker.store.opening import (
    KNOWN_REVISIONS,
    SCHEMA_REVISION,
    check_sqlite_file,
    file_connection,
    revision_of,
    sqlite_revision,
    unavailable,
)
from tracker.store.server_link import hide_password

if TYPE_CHECKING:  # a server's modules: imported where a server is used, not for a file
    from tracker.store import server

BACKUPS_KEPT = safety.BACKUPS_KEPT
BUSY_TIMEOUT_MS = int(probe.BUSY_TIMEOUT_S * 1000)
# The servers this app works with, and how to install the driver each URL scheme needs.
SERVER_BACKENDS = ("postgresql",)
DRIVER_PACKAGES = {"psycopg": '"psycopg[binary]"', "psycopg2": "psycopg2-binary"}
SUPPORTED = (
    "Mission Tracker works with a SQLite file (a path, or sqlite:///PATH) or a PostgreSQL "
    "server (postgresql://USER@HOST/NAME)"
)


def _parse(url: str) -> sa.engine.URL:
    try:
        parsed = sa.engine.make_url(url)
    except (sa.exc.ArgumentError, ValueError):
        parsed = None
    if parsed is None or (
        parsed.get_backend_name() == "sqlite" and (parsed.host or parsed.username)
    ):
        shown = hide_password(url)
        raise DatabaseUnavailable(f"{shown!r} is not a database path or URL; {SUPPORTED}")
    return parsed


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    parsed = _parse(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


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
    _common_pragmas(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _common_pragmas(dbapi_connection: Any, _record: Any = None) -> None:
    """The settings a read-only connection takes too (it cannot change the journal mode)."""
    dbapi_connection.isolation_level = None  # transactions begin in _begin_sqlite
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Damaged pages raise "malformed" when read instead of yielding garbage rows.
        cursor.execute("PRAGMA cell_size_check = ON")
    finally:
        cursor.close()


def _begin_sqlite(conn: Connection) -> None:
    """Begin transactions ourselves: IMMEDIATE for writers, DEFERRED for readers.

    The sqlite3 module would begin lazily at the first write, after a command's checks had
    read outside any transaction; IMMEDIATE takes the write lock first (waiting on the busy
    timeout), so checks and writes see one state. A restore takes the same lock
    (``restoring``), so writers wait for it too.
    """
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _readonly_connect(path: Path) -> Callable[[], sqlite3.Connection]:
    def connect() -> sqlite3.Connection:
        # Asked at each connection: a -wal that appeared since must be read, not ignored.
        return sqlite3.connect(
            probe.readonly_uri(path),
            uri=True,
            timeout=probe.BUSY_TIMEOUT_S,
            check_same_thread=False,  # what SQLAlchemy's pool sets for its own file connections
        )

    return connect


def _driver_missing(url: str, missing: ImportError) -> DatabaseUnavailable:
    name = (missing.name or "").split(".")[0]
    package = DRIVER_PACKAGES.get(name, name)
    scheme = _parse(url).drivername.split("+")[0]
    return DatabaseUnavailable(
        f"the driver for {scheme}:// databases is not installed (no module {name!r}); "
        f"install it with `pip install {package}`"
    )


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """The engine for ``url``: SQLite with our pragmas and transactions (read-only when
    asked: the file is opened without a byte written beside it), PostgreSQL through
    psycopg 3 (a bare ``postgresql://`` would mean psycopg2) with ``server``'s options. Both
    raise one line for the errors a person can act on. Refuses an unsupported URL and a
    missing driver with one line each."""
    parsed = _parse(url)
    backend = parsed.get_backend_name()
    if backend != "sqlite" and backend not in SERVER_BACKENDS:
        raise DatabaseUnavailable(
            f"unsupported database URL ({parsed.drivername}://…); {SUPPORTED}"
        )
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    path = sqlite_path(url)
    try:
        if read_only and path is not None:
            engine = sa.create_engine(parsed, creator=_readonly_connect(path))
        elif path is None and backend in SERVER_BACKENDS:
            from tracker.store import server

            engine = sa.create_engine(parsed, **server.engine_options(parsed))
        else:
            engine = sa.create_engine(parsed)
    except ImportError as exc:
        raise _driver_missing(url, exc) from None
    except sa.exc.NoSuchModuleError:
        raise DatabaseUnavailable(
            f"unsupported database URL ({parsed.drivername}://…); {SUPPORTED}"
        ) from None
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _common_pragmas if read_only else _sqlite_pragmas)
        sa.event.listen(engine, "begin", _begin_sqlite)
        sa.event.listen(engine, "handle_error", _explainer(path))
    else:
        from tracker.store import notify, server

        server.watch(engine, url)
        notify.track(engine)
    return engine


def _explainer(path: Path | None) -> Callable[[sa.engine.ExceptionContext], None]:
    """Raise, in place of the driver's error, the one line ``safety.explain`` has for it
    (busy, read-only, full, damaged), so every caller of the store, the command line and the
    window alike, gets a ``UserError`` it already knows how to show."""

    def explain(context: sa.engine.ExceptionContext) -> None:
        explained = safety.explain(context.original_exception, path)
        if explained is not None:
            raise explained

    return explain


def _raw_sql(conn: Connection, sql: str) -> list[Any]:
    """Run SQL on the driver connection itself, outside any SQLAlchemy transaction."""
    raw = conn.connection.driver_connection
    assert raw is not None
    return list(raw.execute(sql).fetchall())


@dataclass
class Database:
    """An open, migrated database: its URL, engine, (for SQLite) its file, and why it was
    opened read-only (None when it can be written)."""

    url: str
    engine: Engine
    path: Path | None
    read_only: str | None = None

    def session(self) -> Session:
        """A short-lived session; objects stay readable after commit."""
        return Session(self.engine, expire_on_commit=False)

    @property
    def location(self) -> str:
        """Where the data is, for a person: the file path, or the URL without its password."""
        return _location(self.url, self.path)

    def file_connection(self) -> sqlite3.Connection:
        """A sqlite3 connection of its own to the file, opened as the engine opens it
        (autocommit; read-only, leaving nothing beside the file, when the database is)."""
        assert self.path is not None, "a server database has no file"
        if not self.read_only:
            return file_connection(self.path)
        conn = _readonly_connect(self.path)()
        conn.isolation_level = None
        return conn

    def check_writable(self) -> None:
        """Refuse, before anything is read or fetched, a write to a database opened read-only
        (a file on read-only media, a role that may only read), saying why in one line."""
        if not self.read_only:
            return
        if self.path is not None:
            raise UserError(
                f"{self.location} is read-only ({self.read_only}): it can be read but not "
                "changed; nothing was changed"
            )
        raise UserError(
            f"{self.location} may be read but not changed ({self.read_only}); nothing was "
            "changed. Ask the database's owner for write access"
        )

    def dispose(self) -> None:
        self.engine.dispose()


def _location(url: str, path: Path | None) -> str:
    return str(path) if path is not None else hide_password(url)


def current_revision(conn: Connection) -> str | None:
    """The schema revision recorded in the database, or None for an empty one."""
    tables = set(sa.inspect(conn).get_table_names())
    return revision_of(
        tables, lambda: conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    )


def _open_read_only(url: str, path: Path, reason: str) -> Database:
    """A database that cannot be written, opened for reading: only as it is, at this
    version's schema (upgrading or seeding it would write)."""
    revision = sqlite_revision(path, verify=True)
    if revision != SCHEMA_REVISION:
        need = "is empty" if revision is None else f"needs upgrading from schema {revision}"
        raise DatabaseUnavailable(
            f"{path} {need}, but it is read-only ({reason}); make it writable or copy it "
            "to a writable folder, and open it again. It was left untouched."
        )
    return Database(url=url, engine=make_engine(url, read_only=True), path=path, read_only=reason)


def open_database(url: str, *, seed: bool = True) -> Database:
    """Open (creating if needed) and migrate the database; refuse what we cannot use.

    A SQLite file that cannot be written (the file, its folder or its file system) is
    opened read-only, said in ``Database.read_only``; every failure is one line in a
    ``DatabaseUnavailable``.
    """
    path = sqlite_path(url)
    revision: str | None = None
    if path is not None:
        reason = check_sqlite_file(path)
        if reason is not None:
            return _open_read_only(url, path, reason)
        revision = sqlite_revision(path, verify=True)
    engine = make_engine(url)
    db = Database(url=url, engine=engine, path=path)
    try:
        if path is None:
            with engine.connect() as conn:
                revision = current_revision(conn)
                from tracker.store import server

                db.read_only = server.read_only_reason(conn, revision)
        if db.read_only and revision != SCHEMA_REVISION:
            need = "is empty" if revision is None else f"needs upgrading from schema {revision}"
            raise DatabaseUnavailable(
                f"{db.location} {need}, but it is read-only ({db.read_only}); it was left untouched"
            )
        if revision == SCHEMA_REVISION:
            return db
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseUnavailable(
                f"{db.location} was written by a newer version of Mission Tracker "
                f"(schema {revision}); update the app to open it. The file was left untouched."
            )
        _migrate_with_backup(db, revision, seed=seed)
    except DatabaseUnavailable:
        engine.dispose()
        raise
    except UserError as exc:  # busy, full: explained by the engine, but opening failed
        engine.dispose()
        raise DatabaseUnavailable(str(exc)) from exc
    except sa.exc.DBAPIError as exc:
        engine.dispose()
        raise unavailable(exc, path, db.location) from None
    return db


def _migrate_with_backup(db: Database, revision: str | None, *, seed: bool) -> None:
    """Migrate, after a backup of a file that holds data; a failed migration takes its
    backup away again (a retry must not pile them up, nor rotate out the good ones)."""
    tag = f"before-migration-{revision}"
    backup = None
    if revision is not None and db.path is not None:
        backup = backup_beside(db, tag, keep=None)
    try:
        _migrate(db, fresh=revision is None, seed=seed)
    except BaseException:
        if backup is not None:
            safety.remove_with_sidecars(backup)
        raise
    if backup is not None and db.path is not None:
        safety.rotate(db.path, tag, BACKUPS_KEPT)


def upgrade_file(path: Path) -> None:
    """Bring a private copy of a database (a backup about to be restored) to this version's
    schema in place, without the backup beside it that opening makes: the original is one."""
    db = Database(url=f"sqlite:///{path}", engine=make_engine(f"sqlite:///{path}"), path=path)
    try:
        _migrate(db, fresh=False, seed=False)
    except sa.exc.DBAPIError as exc:
        raise unavailable(exc, path) from None
    finally:
        db.dispose()


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
    """A consistent copy of the live database: of a file through SQLite's online backup API
    (copying the file would miss what still sits in its ``-wal`` file); of a server, an
    archive (``tracker import`` reads it back), written from one snapshot."""
    if db.path is None:
        from tracker.store.export import export_archive

        export_archive(db, target)
        return target
    return safety.copy_database(db.path, target)


def check_server(db: Database) -> server.ServerReport:
    """``tracker check`` on a server: what a file check proves, asked of the server."""
    assert db.path is None, "a file is checked by safety.check_file"
    from tracker.store import server

    with db.engine.connect() as conn:
        revision = current_revision(conn)
    return server.check(db.engine, db.location, revision)


def backup_beside(
    db: Database, tag: str, keep: int | None = BACKUPS_KEPT, *, now: dt.datetime | None = None
) -> Path:
    """A backup next to the database, keeping the newest ``keep`` of that kind (``None``:
    the caller rotates, once what the backup was for has succeeded)."""
    assert db.path is not None
    return safety.backup_file_beside(db.path, tag, keep=keep, now=now)
