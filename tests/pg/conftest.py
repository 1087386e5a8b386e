"""The team database's tests run on a real PostgreSQL server at 127.0.0.1:5432.

The session makes a database ``tracker_test_<pid>``, opened once (migrated and seeded), with
a copy of its rows kept aside in schema ``seed``; before each test the rows are put back
(a few hundredths of a second) and every other connection to it ended. A database copied and
dropped per test would cost a second or two each: PostgreSQL checkpoints at every drop.
Tests that need an empty database get a new one (``pg_empty``). Everything is dropped at the
end. Without a server (or psycopg) the tests are skipped, saying why; in CI (``CI=true``)
they fail instead, since ``.ci/run`` starts the server.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from tracker.store.database import Database, open_database
from tracker.store.server import follow_sequences

HOST, PORT = "127.0.0.1", 5432
SERVER = f"postgresql://postgres@{HOST}:{PORT}/"
ADMIN = SERVER.replace("postgresql:", "postgresql+psycopg:")
_empties = itertools.count(1)


def _unreachable() -> str | None:
    """Why the tests cannot run here, or None."""
    if importlib.util.find_spec("psycopg") is None:
        return "psycopg is not installed (pip install 'psycopg[binary]')"
    try:
        socket.create_connection((HOST, PORT), timeout=2).close()
    except OSError as exc:
        return f"no PostgreSQL server answers at {HOST}:{PORT} ({exc.strerror or exc})"
    return None


def skip_without_server() -> None:
    """Skip the test when no server answers, saying why; in CI fail instead."""
    why = _unreachable()
    if why:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the PostgreSQL tests cannot run in CI: {why}")
        pytest.skip(why)


def _admin() -> sa.Engine:
    return sa.create_engine(ADMIN + "postgres", isolation_level="AUTOCOMMIT")


def create_database(name: str) -> None:
    admin = _admin()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()


def drop_database(name: str) -> None:
    admin = _admin()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@contextmanager
def seeded_database(suffix: str = "") -> Iterator[sa.Engine]:
    """A database of this process (named with ``suffix``) migrated and seeded, its rows
    also kept in schema ``seed`` for ``reset``; an owner's engine on it. Its commits do not
    wait for the disk: no test survives a crash of the server. Dropped at the end."""
    skip_without_server()
    name = f"tracker_test_{os.getpid()}{suffix}"
    drop_database(name)  # a leftover of a killed run with this pid
    create_database(name)
    engine = sa.create_engine(ADMIN + name)
    try:
        open_database(SERVER + name).dispose()
        with engine.begin() as conn:
            conn.exec_driver_sql(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
            conn.exec_driver_sql("CREATE SCHEMA seed")
            for table in _tables(conn):
                conn.exec_driver_sql(f'CREATE TABLE seed."{table}" AS TABLE public."{table}"')
        yield engine
    finally:
        engine.dispose()
        drop_database(name)


def _tables(conn: sa.Connection) -> list[str]:
    return [t for t in sa.inspect(conn).get_table_names() if t != "alembic_version"]


def reset(engine: sa.Engine) -> str:
    """Put the seeded rows back, with no other connection left to the database (a test may
    have left it refusing connections); returns its name."""
    name = str(engine.url.database)
    engine.dispose()
    admin = _admin()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        conn.execute(
            sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"),
            {"d": name},
        )
    admin.dispose()
    with engine.begin() as conn:
        # Every row, without firing triggers or checking references on the way.
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        tables = _tables(conn)
        for table in tables:
            conn.exec_driver_sql(f'DELETE FROM public."{table}"')
        for table in tables:
            conn.exec_driver_sql(f'INSERT INTO public."{table}" SELECT * FROM seed."{table}"')
        follow_sequences(conn)
    engine.dispose()
    return name


@pytest.fixture(scope="session")
def pg_seeded() -> Iterator[sa.Engine]:
    """The session's seeded database (an owner's engine on it)."""
    with seeded_database() as engine:
        yield engine


@pytest.fixture
def pg_name(pg_seeded: sa.Engine) -> str:
    """The name of a database holding the default data, for this test alone."""
    return reset(pg_seeded)


@pytest.fixture
def pg_url(pg_name: str) -> str:
    """The URL of a fresh, seeded database (a bare postgresql:// URL, as a user types it)."""
    return SERVER + pg_name


@pytest.fixture
def pg_empty() -> Iterator[str]:
    """The URL of an empty database on the server (no schema, no data)."""
    skip_without_server()
    name = f"tracker_test_{os.getpid()}_empty_{next(_empties)}"
    create_database(name)
    try:
        yield SERVER + name
    finally:
        drop_database(name)


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    """The fresh database, opened."""
    db = open_database(pg_url)
    yield db
    db.dispose()
