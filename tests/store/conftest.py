"""Store test fixtures: a PostgreSQL database on the local server, where there is one."""

from __future__ import annotations

import importlib.util
import socket
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from tracker.store.database import Database, open_database

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/"


def _postgres_answers() -> bool:
    if importlib.util.find_spec("psycopg") is None:
        return False
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        return False
    return True


@pytest.fixture
def pg_database() -> Iterator[Database]:
    """A new PostgreSQL database on the local server, dropped afterwards."""
    if not _postgres_answers():
        pytest.skip("no PostgreSQL server at 127.0.0.1:5432, or psycopg is not installed")
    name = f"tracker_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG + "postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        db = open_database(PG + name)
        yield db
        db.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
