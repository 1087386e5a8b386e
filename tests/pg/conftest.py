"""The team database's tests run on a real PostgreSQL server at 127.0.0.1:5432.

The session makes a database ``tracker_test_<pid>``, opened once (migrated and seeded), and
each test gets a copy of it (``CREATE DATABASE … TEMPLATE``, a tenth of a second), all dropped
at the end. Without a server (or psycopg) the tests are skipped, saying why; in CI
(``CI=true``) they fail instead, since ``.ci/run`` starts the server.
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

HOST, PORT = "127.0.0.1", 5432
SERVER = f"postgresql://postgres@{HOST}:{PORT}/"
_copies = itertools.count(1)


def _unreachable() -> str | None:
    """Why the tests cannot run here, or None."""
    if importlib.util.find_spec("psycopg") is None:
        return "psycopg is not installed (pip install 'psycopg[binary]')"
    try:
        socket.create_connection((HOST, PORT), timeout=2).close()
    except OSError as exc:
        return f"no PostgreSQL server answers at {HOST}:{PORT} ({exc.strerror or exc})"
    return None


def _admin() -> sa.Engine:
    return sa.create_engine(
        SERVER.replace("postgresql:", "postgresql+psycopg:") + "postgres",
        isolation_level="AUTOCOMMIT",
    )


def create_database(name: str, template: str | None = None) -> None:
    admin = _admin()
    with admin.connect() as conn:
        copy = f' TEMPLATE "{template}"' if template else ""
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"{copy}')
    admin.dispose()


def drop_database(name: str) -> None:
    admin = _admin()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def skip_without_server() -> None:
    """Skip the test when no server answers, saying why; in CI fail instead."""
    why = _unreachable()
    if why:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the PostgreSQL tests cannot run in CI: {why}")
        pytest.skip(why)


@contextmanager
def seeded_database(suffix: str = "") -> Iterator[str]:
    """A database migrated and seeded, named for this process (and ``suffix``), dropped at
    the end; tests work on copies of it, or on it."""
    skip_without_server()
    name = f"tracker_test_{os.getpid()}{suffix}"
    drop_database(name)  # a leftover of a killed run with this pid
    create_database(name)
    try:
        open_database(SERVER + name).dispose()  # no connection may stay: it is a template
        yield name
    finally:
        drop_database(name)


@contextmanager
def copy_of(template: str) -> Iterator[str]:
    """A fresh database for one test, copied from ``template``; dropped afterwards."""
    name = f"{template}_{next(_copies)}"
    create_database(name, template=template)
    try:
        yield name
    finally:
        drop_database(name)


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """The session's database, migrated and seeded; the tests work on copies of it."""
    with seeded_database() as name:
        yield name


@pytest.fixture
def pg_name(pg_template: str) -> Iterator[str]:
    """A fresh database for one test: a copy of the session's seeded one."""
    with copy_of(pg_template) as name:
        yield name


@pytest.fixture
def pg_url(pg_name: str) -> str:
    """The URL of a fresh, seeded database (a bare postgresql:// URL, as a user types it)."""
    return SERVER + pg_name


@pytest.fixture
def pg_empty(pg_template: str) -> Iterator[str]:
    """The URL of an empty database on the server (no schema, no data)."""
    name = f"{pg_template}_empty_{next(_copies)}"
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
