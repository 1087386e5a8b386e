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

from tests.pg.conftest import SERVER, reset, seeded_database
from tracker.store.database import Database, open_database, sqlite_path

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
    """The store's own seeded PostgreSQL database (beside tests/pg's)."""
    with seeded_database("_store") as engine:
        yield engine


@pytest.fixture
def pg_database(pg_store: sa.Engine) -> Iterator[Database]:
    """The store's PostgreSQL database holding the default data again, opened."""
    database = open_database(SERVER + reset(pg_store))
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
