"""What the store's tests compare on either backend: every row of every table."""

from __future__ import annotations

import hashlib

import sqlalchemy as sa

from tracker.store.database import Database


def content(db: Database) -> str:
    """A digest of every row of every table, on SQLite or PostgreSQL: 'unchanged' means
    exactly that."""
    h = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in sorted(sa.inspect(conn).get_table_names()):
            for row in conn.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY 1'):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()
