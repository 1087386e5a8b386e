"""A big SQLite import builds the mission table's plain indexes once, after its rows are in.

100,000 new launches land at random places in the indexes on name, NET and status: each row
is a walk down three B-trees and often a page split, about 1.6 s of a 100,000-launch import.
``CREATE INDEX`` over the same rows sorts them once and fills the pages in order, a fraction
of that. So when an import is about to write many new launches, those indexes are dropped
and made again from their own stored SQL before the import's transaction ends. SQLite runs
DDL inside a transaction: a refused file, an error or a cancel rolls the drop back with
everything else, and a committed import leaves the same schema it found.

Only the plain indexes (made by ``CREATE INDEX``, not unique) are set aside: the import finds
rows by the unique ones (LL2 id, identity) and they refuse a duplicate as it arrives.
PostgreSQL keeps its indexes (not measured faster there).
"""

from __future__ import annotations

import sqlalchemy as sa

REBUILD_FROM = 20_000  # launches in a file below which the indexes take the rows as they come


def worth_it(dialect: str, launches: int, rows_held: int) -> bool:
    """Whether a file of ``launches`` into a table of about ``rows_held`` rows should build
    the plain indexes afterwards: on SQLite, for a file at least ``REBUILD_FROM`` launches
    long and at least as long as the table (rebuilding sorts the rows already there too)."""
    return dialect == "sqlite" and launches >= max(REBUILD_FROM, rows_held)


class SetAside:
    """The plain indexes of ``table``, dropped by ``drop`` and made again by ``restore``,
    both inside the caller's transaction."""

    def __init__(self, conn: sa.Connection, table: str) -> None:
        self.conn, self.table = conn, table
        self.dropped: list[tuple[str, str]] = []  # (name, the SQL that made it)

    def drop(self) -> None:
        plain = [
            str(name)
            for _seq, name, unique, origin, *_ in self.conn.exec_driver_sql(
                f'PRAGMA index_list("{self.table}")'
            )
            if not unique and origin == "c"
        ]
        made = dict(
            self.conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
                (self.table,),
            ).all()
        )
        for name in plain:
            self.conn.exec_driver_sql(f'DROP INDEX "{name}"')
            self.dropped.append((name, str(made[name])))

    def restore(self) -> None:
        for _name, sql in self.dropped:
            self.conn.exec_driver_sql(sql)
        self.dropped = []
