"""The mission list's rows in display order, with what searching and filtering them needs.

``arrange`` sorts missions (``MissionColumns``) by a column and builds their search index,
filter keys and id positions in one go: pure Python that touches no Qt object, so a big
list is arranged on a worker thread (``row_loader``) and adopted by the model in one step.
A sort moves what was built with the rows instead of building it again. Keys are read off
the columns (``column_keys``); ``sort_key`` is the same key of one row, for the view.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from itertools import islice
from operator import ge, le
from typing import Any

from PySide6.QtCore import Qt

from tracker.filters import RowKeys
from tracker.mission_columns import PRECISIONS, MissionColumns
from tracker.search_index import SearchIndex
from tracker.store.records import MissionRow
from tracker.vocabulary import LaunchStatus

STATUS_ORDER = {s: i for i, s in enumerate(LaunchStatus)}


class Column(IntEnum):
    MISSION = 0
    STATUS = 1
    NET = 2
    COUNTDOWN = 3
    VEHICLE = 4
    DESTINATION = 5
    CREW = 6
    SLIPS = 7
    OPERATOR = 8


def sort_key(r: MissionRow, column: Column) -> Any:
    """What a column sorts by: NET by time (then precision), counts as numbers, text folded."""
    if column in (Column.NET, Column.COUNTDOWN):
        return r.net.timestamp() + r.net_precision.rank / 100
    if column is Column.CREW:
        return r.crew_count
    if column is Column.SLIPS:
        return r.slips
    if column is Column.STATUS:
        return STATUS_ORDER[r.status]
    text = {
        Column.MISSION: r.name,
        Column.VEHICLE: r.vehicle,
        Column.DESTINATION: r.destination,
        Column.OPERATOR: r.operator,
    }[column]
    return text.casefold()


def column_keys(columns: MissionColumns, column: Column) -> list[Any]:
    """``sort_key`` of every mission, read off the columns (no row made)."""
    if column in (Column.NET, Column.COUNTDOWN):
        ranks = [p.rank / 100 for p in PRECISIONS]
        pairs = zip(columns.nets, columns.precisions, strict=True)
        return [net / 1e6 + ranks[p] for net, p in pairs]
    if column is Column.CREW:
        return columns.crew_counts.tolist()
    if column is Column.SLIPS:
        return columns.slips.tolist()
    if column is Column.STATUS:
        return list(columns.statuses)  # a status's code is its place in LaunchStatus
    if column is Column.MISSION:
        return columns.folded_names()
    folded = [text.casefold() for text in columns.texts]
    if column is Column.VEHICLE:  # the spacecraft, else the launcher ("" is code 0)
        pairs = zip(columns.spacecraft, columns.launcher, strict=True)
        return [folded[craft or launcher] for craft, launcher in pairs]
    coded = columns.destination if column is Column.DESTINATION else columns.operator
    return [folded[c] for c in coded]


class Positions:
    """Mission id to position in the list: an array indexed by id while ids are dense (4
    bytes a mission, where a dict took 50 and an int object each), else a dict."""

    __slots__ = ("_at",)

    def __init__(self, ids: Sequence[int]) -> None:
        top = max(ids, default=0)
        if top <= 4 * len(ids) + 1024:
            at = array("i", [-1]) * (top + 1)
            for i, mission_id in enumerate(ids):
                at[mission_id] = i
            self._at: array[int] | dict[int, int] = at
        else:
            self._at = {mission_id: i for i, mission_id in enumerate(ids)}

    def get(self, mission_id: int) -> int | None:
        at = self._at
        if isinstance(at, dict):
            return at.get(mission_id)
        found = at[mission_id] if 0 <= mission_id < len(at) else -1
        return None if found < 0 else found


@dataclass(frozen=True, slots=True)
class Arranged:
    """Missions in display order with what search needs; built off the GUI thread for big
    lists (it touches no Qt object), adopted by the model in one step."""

    columns: MissionColumns
    search: SearchIndex
    keys: RowKeys  # of ``columns``, for the filters (they hold the same columns)
    at: Positions
    by: tuple[Column, Qt.SortOrder]  # the column and direction the rows are sorted by
    moved: Sequence[int] | None = None  # a sort: the old position of each row


def arrange(
    columns: MissionColumns,
    column: Column = Column.NET,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    search: SearchIndex | None = None,
    keys: RowKeys | None = None,
) -> Arranged:
    """The missions of ``columns`` in the order of ``column``. ``search`` and ``keys``,
    given for a sort, are those of ``columns`` already: they move with their rows instead
    of being made again. New rows (a read) most often come in order: kept as they are, with
    no positions to sort and no copy, which is what a big read holds at its peak."""
    sort_keys = column_keys(columns, column)
    descending = order == Qt.SortOrder.DescendingOrder
    if search is not None and keys is not None:
        positions = _sorted(sort_keys, descending)
        del sort_keys
        keys, search = keys.permuted(positions), search.permuted(positions)
        at = Positions(keys.columns.ids)
        return Arranged(keys.columns, search, keys, at, (column, order), positions)
    follows = ge if descending else le
    if not all(map(follows, sort_keys, islice(sort_keys, 1, None))):
        columns = columns.permuted(_sorted(sort_keys, descending))
    del sort_keys
    # their names, for the filter bar, found here (off the GUI thread)
    keys = RowKeys(columns).named()
    search = SearchIndex(columns.search_lines())
    return Arranged(columns, search, keys, Positions(columns.ids), (column, order))


def _sorted(sort_keys: list[Any], descending: bool) -> list[int]:
    """Positions sorted by key: no (key, index) tuples to build and compare; stable."""
    return sorted(range(len(sort_keys)), key=sort_keys.__getitem__, reverse=descending)
