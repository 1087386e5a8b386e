"""Rows written in bulk: one ``executemany`` of values already in the database's terms.

SQLAlchemy's Core ``executemany`` converts every value of every row through its column's
type (a UTC datetime to SQLite's text, an enum to its word) and builds a parameter dict per
row: about 60 µs a row, more than SQLite takes to write it. ``BulkInsert`` asks each column's
type for its converter once, converts only what needs it (a value that is the same on every
row, such as the import's time, once; an enum's few members once each), and hands the
driver plain tuples (dicts on a driver that names its parameters, e.g. psycopg). The SQL
and the stored values are SQLAlchemy's own, so rows written here read back like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from operator import itemgetter
from typing import Any

import sqlalchemy as sa


class BulkInsert:
    """An insert into ``table`` of ``columns`` (row values in that order), plus ``constants``
    (the same value on every row)."""

    def __init__(
        self, table: sa.Table, columns: Sequence[str], constants: Mapping[str, Any] | None = None
    ) -> None:
        self.table, self.columns = table, tuple(columns)
        self.constants = dict(constants or {})
        self.rows: list[tuple[Any, ...]] = []
        self._dialect: sa.Dialect | None = None
        self._sql = ""
        self._convert: list[tuple[int, Callable[[Any], Any]]] = []
        self._fixed: list[Any] = []
        self._arrange: Callable[[list[Any]], Any] = tuple

    def __len__(self) -> int:
        return len(self.rows)

    def add(self, *values: Any) -> None:
        self.rows.append(values)

    def write(self, conn: sa.Connection) -> None:
        """Insert the rows collected so far (one ``executemany``) and forget them."""
        if not self.rows:
            return
        if self._dialect is not conn.dialect:
            self._prepare(conn.dialect)
        convert, fixed, arrange = self._convert, self._fixed, self._arrange
        params: list[Any] = []
        for row in self.rows:
            values = [*row, *fixed]
            for at, to_db in convert:
                if values[at] is not None:
                    values[at] = to_db(values[at])
            params.append(arrange(values))
        conn.exec_driver_sql(self._sql, params)
        self.rows = []

    def _prepare(self, dialect: sa.Dialect) -> None:
        keys = (*self.columns, *self.constants)
        compiled = sa.insert(self.table).compile(dialect=dialect, column_keys=list(keys))
        self._sql = str(compiled)
        converters = {k: self._converter(k, dialect) for k in keys}
        self._fixed = [
            v if v is None or (to_db := converters[k]) is None else to_db(v)
            for k, v in self.constants.items()
        ]
        self._convert = [
            (i, to_db) for i, k in enumerate(self.columns) if (to_db := converters[k]) is not None
        ]
        order = compiled.positiontup
        if order is None:  # a driver that names its parameters (psycopg): a dict a row
            self._arrange = lambda values: dict(zip(keys, values, strict=True))
        else:
            if sorted(order) != sorted(keys):
                raise ValueError(f"{self.table.name}: the insert does not take {keys}")
            pick = itemgetter(*(keys.index(k) for k in order))
            self._arrange = (lambda values: (pick(values),)) if len(order) == 1 else pick
        self._dialect = dialect

    def _converter(self, key: str, dialect: sa.Dialect) -> Callable[[Any], Any] | None:
        column_type = self.table.c[key].type
        convert = column_type.dialect_impl(dialect).bind_processor(dialect)
        if convert is None or not isinstance(column_type, sa.Enum):
            return convert
        words: dict[Enum, Any] = {}  # an enum has few members: each converted once

        def word(member: Enum) -> Any:
            found = words.get(member)
            if found is None:
                found = words[member] = convert(member)
            return found

        return word
