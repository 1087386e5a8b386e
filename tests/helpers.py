"""Helpers shared by the test packages."""

from __future__ import annotations

import hashlib

from tracker.store.database import Database


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
