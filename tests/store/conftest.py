"""Store test fixtures: the store's tests run on both backends.

A test module that sets ``BOTH_BACKENDS = True`` runs each of its tests that uses ``db`` (or
``repo``) twice: on a SQLite file and on a PostgreSQL database on the local server, its
seeded rows put back before each test (a few milliseconds). Without a server the
PostgreSQL runs are skipped, saying why (in CI they fail). ``backend`` names which one runs,
for the few assertions that differ; ``@pytest.mark.sqlite_only`` keeps a test of SQLite's
own behaviour to SQLite.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.pg.conftest import SERVER, seeded_database
from tracker.store.database import Database, open_database, sqlite_path
from tracker.store.server import follow_sequences

ADMIN = SERVER.replace("postgresql:", "postgresql+psycopg:")

BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: a test of SQLite's own behaviour, not run on PostgreSQL"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    both = getattr(metafunc.module, "BOTH_BACKENDS", False)
    if both and "backend" in metafunc.fixturenames:
        if not metafunc.definition.get_closest_marker("sqlite_only"):
            metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database the test runs on: SQLite unless its module asks for both."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_store() -> Iterator[sa.Engine]:
    """The store's PostgreSQL database, migrated and seeded, with a copy of its seeded rows
    kept in schema ``seed``; an admin engine on it. (A database copied and dropped per test
    costs a checkpoint of the server at each drop: a second or two.) Its commits do not wait
    for the disk: no test here survives a crash of the server."""
    with seeded_database("_store") as name:
        engine = sa.create_engine(ADMIN + name)
        with engine.begin() as conn:
            conn.exec_driver_sql(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
            conn.exec_driver_sql("CREATE SCHEMA seed")
            for table in _tables(conn):
                conn.exec_driver_sql(f'CREATE TABLE seed."{table}" AS TABLE public."{table}"')
        yield engine
        engine.dispose()


def _tables(conn: sa.Connection) -> list[str]:
    return [t for t in sa.inspect(conn).get_table_names() if t != "alembic_version"]


@pytest.fixture
def pg_database(pg_store: sa.Engine) -> Iterator[Database]:
    """The store's PostgreSQL database holding the default data again, opened: its rows
    put back from ``seed`` in one transaction (a few hundredths of a second)."""
    with pg_store.begin() as conn:
        conn.exec_driver_sql(  # a connection a test left open would hold the reset up
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    with pg_store.begin() as conn:
        # Every row, without firing triggers or checking references on the way.
        conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
        tables = _tables(conn)
        for table in tables:
            conn.exec_driver_sql(f'DELETE FROM public."{table}"')
        for table in tables:
            conn.exec_driver_sql(f'INSERT INTO public."{table}" SELECT * FROM seed."{table}"')
        follow_sequences(conn)
    database = open_database(SERVER + str(pg_store.url.database))
    yield database
    database.dispose()


@pytest.fixture
def db(
    backend: str, db_url: str, template_db: Path, request: pytest.FixtureRequest
) -> Iterator[Database]:
    """A new database holding the default data, on the test's backend."""
    if backend == "postgresql":
        yield request.getfixturevalue("pg_database")
        return
    path = sqlite_path(db_url)
    assert path is not None
    shutil.copyfile(template_db, path)
    database = open_database(db_url)
    yield database
    database.dispose()
