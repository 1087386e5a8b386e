"""Rows written in bulk: one ``executemany`` of values already in the database's terms.

SQLAlchemy's Core ``executemany`` converts every value of every row through its column's
type (a UTC datetime to SQLite's text, an enum to its word) and builds a parameter dict per
row: about 60 µs a row, more than SQLite takes to write it. ``BulkInsert`` asks each column's
type for its converter once and converts column by column, each distinct value of a batch
once (a NET that is also the window's start or end, an enum's member); the driver gets
plain tuples zipped from the columns (dicts on one that names its parameters, e.g.
psycopg). The SQL and the stored values are SQLAlchemy's own, so rows written here read back
like any other.

One converter is replaced: an instant (``UTCDateTime``) on SQLite goes through three Python
layers (the decorator, its zone, SQLite's ``DATETIME`` text) where ``naive_utc`` and
``datetime.isoformat`` write the same text (3 instants a launch: 0.6 s at 100,000 launches).
It is used only if it writes what SQLAlchemy's converter writes for sample instants.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import repeat
from typing import Any

import sqlalchemy as sa

from tracker.store.models import UTCDateTime

_UTC_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_NAIVE_EPOCH = dt.datetime(1970, 1, 1)
_SAMPLES = (  # instants both converters must write alike: a zone, microseconds, none
    dt.datetime(1957, 10, 4, 22, 28, 34, 120, tzinfo=dt.timezone(dt.timedelta(hours=3))),
    dt.datetime(2200, 12, 31, 23, 59, 59, tzinfo=dt.UTC),
)


def naive_utc(value: dt.datetime) -> dt.datetime:
    """An aware instant as a naive one in UTC, by a subtraction (0.07 µs, where
    ``astimezone`` and ``replace(tzinfo=None)`` took over 1 µs)."""
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: give a time zone")
    return _NAIVE_EPOCH + (value - _UTC_EPOCH)


def _naive_utc_text(value: dt.datetime) -> str:
    """An aware instant as naive UTC text, as ``UTCDateTime`` and SQLite's ``DATETIME``
    write it ("2026-09-01 12:00:00.000000")."""
    return naive_utc(value).isoformat(" ", "microseconds")


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
        self._order: list[int] = []  # the driver's parameters, by index into the values
        self._named: tuple[str, ...] | None = None  # their names, for a driver that names them

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
        count = len(self.rows)
        columns: list[Iterable[Any]] = [*zip(*self.rows, strict=True)]
        columns += [repeat(value, count) for value in self._fixed]
        done_by: dict[Callable[[Any], Any], dict[Any, Any]] = {}
        for at, to_db in self._convert:  # each distinct value of the batch once
            done = done_by.setdefault(to_db, {})  # (a converter may serve several columns)
            distinct = set(columns[at]).difference(done)
            distinct.discard(None)
            done.update({value: to_db(value) for value in distinct})
            columns[at] = map(done.get, columns[at])  # None stays None
        ordered = [columns[i] for i in self._order]
        params: list[Any] = list(zip(*ordered, strict=True))
        if self._named is not None:
            params = [dict(zip(self._named, values, strict=True)) for values in params]
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
            self._order, self._named = list(range(len(keys))), keys
        else:
            if sorted(order) != sorted(keys):
                raise ValueError(f"{self.table.name}: the insert does not take {keys}")
            self._order, self._named = [keys.index(k) for k in order], None
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
