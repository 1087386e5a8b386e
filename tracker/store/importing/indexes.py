"""A big SQLite import indexes and checks the mission table once, after its rows are in.

100,000 new launches land at random places in the indexes on name, NET, status and identity:
each row is a walk down four B-trees and often a page split, about 1.8 s of a 100,000-launch
import.
``CREATE INDEX`` over the same rows sorts them once and fills the pages in order, a fraction
of that. So when an import is about to write many new launches, those indexes are dropped
and made again from their own stored SQL before the import's transaction ends. SQLite runs
DDL inside a transaction: a refused file, an error or a cancel rolls the drop back with
everything else, and a committed import leaves the same schema it found.

The table's CHECK constraints (a status and a precision among their words, a name not blank)
cost as much again row by row: SQLite builds the lists of words anew for every row an
``executemany`` inserts. They are checked instead by one query over the table once the rows
are in, before the commit; a row that breaks one refuses the file, nothing imported. That is
done only when the constraints the database holds are the model's, by name (else they stay
on), and the connection checks again whatever happens.

The indexes made by ``CREATE INDEX`` are set aside, the unique one on identities too: such an
import reads every identity first (``Known.hold_every_id``), and ``CREATE UNIQUE INDEX``
refuses a duplicate before the commit as the insert would have. The LL2 id's unique
constraint stays (SQLite cannot drop it). PostgreSQL keeps its indexes and checks (not
measured faster there).
"""

from __future__ import annotations

import re

import sqlalchemy as sa

from tracker.errors import ValidationError

REBUILD_FROM = 20_000  # launches in a file below which the table takes the rows as they come


def worth_it(dialect: str, launches: int, rows_held: int) -> bool:
    """Whether a file of ``launches`` into a table of about ``rows_held`` rows should index
    and check afterwards: on SQLite, for a file at least ``REBUILD_FROM`` launches long and
    at least as long as the table (rebuilding sorts the rows already there too)."""
    return dialect == "sqlite" and launches >= max(REBUILD_FROM, rows_held)


class SetAside:
    """The indexes (``CREATE INDEX``) and the CHECK constraints of ``table``, set aside by
    ``drop`` and made again by ``restore`` inside the caller's transaction; ``close``
    (always, however the import ends) has the connection check rows again."""

    def __init__(self, conn: sa.Connection, table: sa.Table) -> None:
        self.conn, self.table = conn, table
        self.dropped: list[tuple[str, str]] = []  # (name, the SQL that made it)
        self.checks: list[str] = []  # the CHECK constraints left to ``restore``, as SQL

    def drop(self) -> None:
        name = self.table.name
        made: dict[str, str] = dict(
            self.conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL",
                (name,),
            ).all()
        )
        for _seq, index, _unique, origin, *_ in self.conn.exec_driver_sql(
            f'PRAGMA index_list("{name}")'
        ).all():
            if origin == "c":
                self.conn.exec_driver_sql(f'DROP INDEX "{index}"')
                self.dropped.append((str(index), str(made[index])))
        self.checks = self._model_checks(str(made[name]))
        if self.checks:
            self.conn.exec_driver_sql("PRAGMA ignore_check_constraints = ON")

    def restore(self) -> None:
        """Check every row, then build the indexes again; a row that breaks a CHECK
        constraint or a unique index refuses the file (the caller's transaction rolls
        back)."""
        self.close()
        if self.checks:
            broken = " OR ".join(f"NOT ({check})" for check in self.checks)
            found = self.conn.exec_driver_sql(
                f'SELECT id, name FROM "{self.table.name}" WHERE {broken} LIMIT 1'
            ).first()
            if found is not None:
                raise ValidationError(
                    f"mission {found.name!r} breaks a rule of the database (a CHECK "
                    "constraint); nothing was imported"
                )
        for _name, sql in self.dropped:
            self.conn.exec_driver_sql(sql)
        self.dropped, self.checks = [], []

    def close(self) -> None:
        """Have the connection check rows again (a pool reuses it after the import)."""
        if self.checks and not self.conn.closed and not self.conn.invalidated:
            self.conn.connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA ignore_check_constraints = OFF"
            )

    def _model_checks(self, table_sql: str) -> list[str]:
        """The table's CHECK constraints as SQL, if the database holds exactly the model's
        (by name); else none (the database keeps checking as rows arrive)."""
        model = {
            c.name: str(
                c.sqltext.compile(dialect=self.conn.dialect, compile_kwargs={"literal_binds": True})
            )
            for c in self.table.constraints
            if isinstance(c, sa.CheckConstraint)
        }
        held = re.findall(r'CONSTRAINT "?(\w+)"? CHECK', table_sql)
        if table_sql.count("CHECK") != len(held) or set(held) != set(model):
            return []
        return list(model.values())
