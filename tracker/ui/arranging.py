"""The mission list's rows in display order, with what searching and filtering them needs.

``arrange`` sorts rows by a column and builds their search index, filter keys and id
positions in one go: pure Python that touches no Qt object, so a big list is arranged on a
worker thread (``row_loader``) and adopted by the model in one step. A sort moves what was
built with the rows instead of building it again.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt

from tracker.filters import RowKeys
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


class Positions:
    """Mission id to position in the list: an array indexed by id while ids are dense (8
    bytes a mission, where a dict took 50 and an int object each), else a dict."""

    __slots__ = ("_at",)

    def __init__(self, rows: Sequence[MissionRow]) -> None:
        top = max((r.id for r in rows), default=0)
        if top <= 4 * len(rows) + 1024:
            at = array("l", [-1]) * (top + 1)
            for i, r in enumerate(rows):
                at[r.id] = i
            self._at: array[int] | dict[int, int] = at
        else:
            self._at = {r.id: i for i, r in enumerate(rows)}

    def get(self, mission_id: int) -> int | None:
        at = self._at
        if isinstance(at, dict):
            return at.get(mission_id)
        found = at[mission_id] if 0 <= mission_id < len(at) else -1
        return None if found < 0 else found


@dataclass(frozen=True, slots=True)
class Arranged:
    """Rows in display order with what search needs; built off the GUI thread for big
    lists (it touches no Qt object), adopted by the model in one step."""

    rows: list[MissionRow]
    search: SearchIndex
    keys: RowKeys  # of ``rows``, for the filters
    at: Positions
    moved: Sequence[int] = ()  # a sort: the old position of each row


def arrange(
    rows: list[MissionRow],
    column: Column = Column.NET,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    search: SearchIndex | None = None,
    keys: RowKeys | None = None,
) -> Arranged:
    """``rows`` in the order of ``column``; ``search`` and ``keys``, when given, are those
    of ``rows`` already (a sort: they move with their rows instead of being made again)."""
    sort_keys = [sort_key(r, column) for r in rows]
    positions = sorted(  # indexes sorted by key: no (key, index) tuples to build and compare
        range(len(rows)),
        key=sort_keys.__getitem__,
        reverse=order == Qt.SortOrder.DescendingOrder,
    )
    del sort_keys
    ordered = [rows[i] for i in positions]
    return Arranged(
        rows=ordered,
        search=SearchIndex(ordered) if search is None else search.permuted(positions),
        # new rows: their names, for the filter bar, found here (off the GUI thread)
        keys=RowKeys(ordered).named() if keys is None else keys.permuted(ordered, positions),
        at=Positions(ordered),
        moved=positions if search is not None else (),
    )
