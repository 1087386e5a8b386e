"""The team database: the app's start and search on PostgreSQL, beside the SQLite file.

A database ``tracker_bench_<pid>`` is made on the server, filled with the same world as the
SQLite file (``generate.fill``), measured, and dropped, however the measurement ends.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from benchmarks import measure
from benchmarks.generate import fill

SERVER = "postgresql://postgres@127.0.0.1:5432/"


def unreachable(server: str) -> str | None:
    """Why the team part cannot run (no driver, no server), or None."""
    try:
        admin = _admin(server)
    except ImportError as exc:
        return str(exc)
    try:
        with admin.connect():
            return None
    except sa.exc.SQLAlchemyError as exc:
        return str(exc).splitlines()[0]
    finally:
        admin.dispose()


def _admin(server: str) -> sa.Engine:
    url = server.replace("postgresql:", "postgresql+psycopg:", 1)
    return sa.create_engine(url + "postgres", isolation_level="AUTOCOMMIT")


def measure_team(
    server: str,
    large_db: Path,
    small_db: Path,
    n: int,
    env: dict[str, str],
    repeat: int,
    search_extra: Sequence[str] = (),
    *,
    warmup: bool = True,
) -> dict[str, Any]:
    """Start-up (with the floor and the SQLite file, interleaved) and search on a team
    database of ``n`` missions."""
    name = f"tracker_bench_{os.getpid()}"
    admin = _admin(server)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = server + name
    try:
        fill(url, n)
        startup = measure.startup(
            small_db, large_db, env, repeat, warmup=warmup, more={"app_team": url}
        )
        search = measure.search(url, env, max(1, min(repeat, 3)), search_extra)
        return {"database": name, "startup": startup, "search": search}
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
