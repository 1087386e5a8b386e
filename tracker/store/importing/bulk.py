"""Rows written in bulk: one ``executemany`` of values already in the database's terms.

SQLAlchemy's Core ``executemany`` converts every value of every row through its column's
type (a UTC datetime to SQLite's text, an enum to its word) and builds a parameter dict per
row: about 60 µs a row, more than SQLite takes to write it. ``BulkInsert`` asks each column's
type for its converter once and converts only what needs it: a value that is the same on
every row (the import's time) once, a value met again in a batch (a NET that is also the
window's start, an enum's member) once a batch. The driver gets plain tuples (dicts on one
that names its parameters, e.g. psycopg). The SQL and the stored values are SQLAlchemy's
own, so rows written here read back like any other.

One converter is replaced: an instant (``UTCDateTime``) on SQLite goes through three Python
layers (the decorator, its zone, SQLite's ``DATETIME`` text) where ``datetime.isoformat``
writes the same text in one call (3 instants a launch: 0.6 s at 100,000 launches). It is
used only if it writes what SQLAlchemy's converter writes for sample instants.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from tracker.store.models import UTCDateTime

_MISSING = object()
_SAMPLES = (  # instants both converters must write alike: a zone, microseconds, none
    dt.datetime(1957, 10, 4, 22, 28, 34, 120, tzinfo=dt.timezone(dt.timedelta(hours=3))),
    dt.datetime(2200, 12, 31, 23, 59, 59, tzinfo=dt.UTC),
)


def _naive_utc_text(value: dt.datetime) -> str:
    """An aware instant as naive UTC text, as ``UTCDateTime`` and SQLite's ``DATETIME``
    write it ("2026-09-01 12:00:00.000000")."""
    if value.tzinfo is not dt.UTC:  # the reader's instants are UTC already
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: give a time zone")
        value = value.astimezone(dt.UTC)
    return value.replace(tzinfo=None).isoformat(" ", "microseconds")  # naive: half the time


class BulkInsert:
    """An insert into ``table`` of ``columns`` (row values in that order), plus ``constants``
    (the same value on every row) and the defaults of the columns given neither way (a
    default made by a function must be given)."""

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
        fixed, arrange = self._fixed, self._arrange
        # a value met again in this batch is converted once
        convert: list[tuple[int, Callable[[Any], Any], dict[Any, Any]]]
        convert = [(at, to_db, {}) for at, to_db in self._convert]
        params: list[Any] = []
        for row in self.rows:
            values = [*row, *fixed]
            for at, to_db, done in convert:
                value = values[at]
                if value is not None:
                    found = done.get(value, _MISSING)
                    if found is _MISSING:
                        found = done[value] = to_db(value)
                    values[at] = found
            params.append(arrange(values))
        conn.exec_driver_sql(self._sql, params)
        self.rows = []

    def _prepare(self, dialect: sa.Dialect) -> None:
        for column in self.table.c:  # a column not given takes its default, as in Core
            default = column.default
            if column.key not in self.columns and column.key not in self.constants:
                if isinstance(default, sa.ColumnDefault) and default.is_scalar:
                    self.constants[column.key] = default.arg
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
        convert: Callable[[Any], Any] | None
        convert = column_type.dialect_impl(dialect).bind_processor(dialect)
        if (
            convert is not None
            and isinstance(column_type, UTCDateTime)
            and all(_naive_utc_text(v) == convert(v) for v in _SAMPLES)
        ):
            return _naive_utc_text
        return convert
