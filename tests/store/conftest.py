"""Store test fixtures: the store's tests run on both backends.

A test module that sets ``BOTH_BACKENDS = True`` runs each of its tests that uses ``db`` (or
``repo``) twice: on a SQLite file and on a PostgreSQL database, a copy of a seeded template
on the local server (``tests/pg``: a tenth of a second each). Without a server the
PostgreSQL runs are skipped, saying why (in CI they fail). ``backend`` names which one runs,
for the few assertions that differ.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg.conftest import SERVER, copy_of, seeded_template
from tracker.store.database import Database, open_database, sqlite_path

BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and getattr(metafunc.module, "BOTH_BACKENDS", False):
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database the test runs on: SQLite unless its module asks for both."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_store_template() -> Iterator[str]:
    """The seeded PostgreSQL database the store's tests copy (their own, beside tests/pg's)."""
    with seeded_template("_store") as name:
        yield name


@pytest.fixture
def pg_database(request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh, seeded PostgreSQL database on the local server, dropped afterwards."""
    template = request.getfixturevalue("pg_store_template")
    with copy_of(template) as name:
        database = open_database(SERVER + name)
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
