"""Helpers shared by the test packages."""

from __future__ import annotations

import hashlib
from typing import Any

from tracker.store.database import Database, open_database
from tracker.store.repository import Repository


def content(db: Database) -> str:
    """A digest of every row of every table: 'unchanged' means exactly that."""
    h = hashlib.sha256()
    with db.engine.connect() as conn:
        for (table,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
        ):
            for row in conn.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY 1'):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def repo_of(window: Any) -> Repository:
    """A repository of the test's own on the window's database file: tests read and set up
    data through it, as another program would, since the window exposes only its service."""
    repo = getattr(window, "_tests_repository", None)
    if repo is None:
        path = window.service.file_path
        repo = Repository(open_database(f"sqlite:///{path}", seed=False), window.clock)
        window._tests_repository = repo
    return repo
