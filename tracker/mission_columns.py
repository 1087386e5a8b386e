"""The mission list held column by column: what 100,000 missions cost in memory.

A ``MissionRow`` is a Python object of 15 fields with a datetime and an int of its own:
about 290 bytes a mission, 29 MB at 100,000. The list keeps its missions here instead,
in typed arrays (ids, NETs as microseconds, counts), byte codes (status, precision,
outcome), codes into one table of the names that repeat (vehicles, agencies,
destinations, sites), a ``TextColumn`` for the mission names (a string object each took
49 bytes over its characters) and the crew names of the few crewed missions by id: about
70 bytes a mission. A ``MissionRow`` is made
only when one is asked for (a cell, the detail, an edit); whole-list work (sort, filters,
search, the board) reads the columns.

The store fills them as it reads (``append_raw``, the raw values of a query row), so a
big read never holds every result row and every object at once. Standard library only.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Collection, Iterable, Iterator, Sequence
from itertools import accumulate, pairwise
from operator import itemgetter
from typing import overload

from tracker.store.records import MissionRow
from tracker.vocabulary import LandingOutcome, LaunchStatus, NetPrecision

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)

STATUSES = tuple(LaunchStatus)  # a status's code is its place here (the sort order too)
PRECISIONS = tuple(NetPrecision)
OUTCOMES: tuple[LandingOutcome | None, ...] = (None, *LandingOutcome)
_STATUS_CODE = {s: i for i, s in enumerate(STATUSES)}
_PRECISION_CODE = {p: i for i, p in enumerate(PRECISIONS)}
_OUTCOME_CODE = {o: i for i, o in enumerate(OUTCOMES)}
_RAW_STATUS = {s.value: i for i, s in enumerate(STATUSES)}
_RAW_PRECISION = {p.value: i for i, p in enumerate(PRECISIONS)}
_RAW_OUTCOME = {None if o is None else o.value: i for i, o in enumerate(OUTCOMES)}

PENDING = frozenset(i for i, s in enumerate(STATUSES) if s.is_pending)
# Yet to fly or in flight: the rows that can be on the board, whose clock can move.
LIVE = PENDING | {_STATUS_CODE[LaunchStatus.IN_FLIGHT]}


def status_codes(statuses: Iterable[LaunchStatus]) -> set[int]:
    return {_STATUS_CODE[s] for s in statuses}


def precision_codes(precisions: Iterable[NetPrecision]) -> set[int]:
    return {_PRECISION_CODE[p] for p in precisions}


def utc(value: str | dt.datetime) -> dt.datetime:
    """A stored NET read raw (SQLite gives text, PostgreSQL a datetime) as an aware UTC time."""
    when = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


def _micros(when: dt.datetime) -> int:
    return (when - EPOCH) // _MICROSECOND


TEXT_BLOCK = 1024  # texts joined into one string


class TextColumn:
    """Texts kept ``TEXT_BLOCK`` to a string, with where each begins: a text read is cut
    out of its block (the last block, still filling, is a list)."""

    __slots__ = ("_blocks", "_starts", "_tail")

    def __init__(self) -> None:
        self._blocks: list[str] = []
        self._starts: list[array[int]] = []  # each text's start in its block, and the end
        self._tail: list[str] = []

    def append(self, text: str) -> None:
        tail = self._tail
        tail.append(text)
        if len(tail) == TEXT_BLOCK:  # full: joined
            self._blocks.append("".join(tail))
            self._starts.append(array("I", accumulate(map(len, tail), initial=0)))
            self._tail = []

    def __len__(self) -> int:
        return len(self._blocks) * TEXT_BLOCK + len(self._tail)

    def __getitem__(self, at: int) -> str:
        block, offset = divmod(at, TEXT_BLOCK)
        if block == len(self._blocks):
            return self._tail[offset]
        starts = self._starts[block]
        return self._blocks[block][starts[offset] : starts[offset + 1]]

    def __setitem__(self, at: int, text: str) -> None:
        block, offset = divmod(at, TEXT_BLOCK)
        if block == len(self._blocks):
            self._tail[offset] = text
            return
        texts = list(self._block(block))
        texts[offset] = text
        self._blocks[block] = "".join(texts)
        self._starts[block] = array("I", accumulate(map(len, texts), initial=0))

    def _block(self, block: int) -> Iterator[str]:
        text = self._blocks[block]
        return (text[start:end] for start, end in pairwise(self._starts[block]))

    def __iter__(self) -> Iterator[str]:
        for block in range(len(self._blocks)):
            yield from self._block(block)
        yield from self._tail


class MissionColumns:
    """Missions (each id once) in one order, a column per field. The name columns hold
    codes into ``texts`` (code 0 is ""); the mission names stay in the order read, with
    where each mission's is (``name_at``: a sort moves 4 bytes a mission, not its name),
    and the crew names are kept by mission id. All three are shared by the columns
    ``permuted`` makes of these, as they hold the same missions."""

    __slots__ = (
        "_code",
        "_crew",
        "_in_order",
        "_names",
        "crew_counts",
        "destination",
        "ids",
        "launcher",
        "name_at",
        "nets",
        "operator",
        "outcomes",
        "precisions",
        "sites",
        "slips",
        "spacecraft",
        "statuses",
        "texts",
        "versions",
    )

    def __init__(self, shared: MissionColumns | None = None) -> None:
        if shared is None:
            self.texts = [""]
            self._code = {"": 0}
            self._names = TextColumn()
            self._crew: dict[int, str] = {}  # the crewed missions' only
        else:
            self.texts, self._code = shared.texts, shared._code
            self._names, self._crew = shared._names, shared._crew
        self._in_order = True  # name_at is 0, 1, 2…
        self.ids = array("q")
        self.name_at = array("I")  # where each mission's name is in _names
        self.statuses = bytearray()
        self.nets = array("q")  # microseconds since the epoch, UTC
        self.precisions = bytearray()
        # codes into texts: 2 bytes while there are no more than 65,536 names (hundreds)
        self.spacecraft = array("H")
        self.launcher = array("H")
        self.operator = array("H")
        self.destination = array("H")
        self.crew_counts = array("H")
        self.slips = array("I")
        self.versions = array("I")
        self.outcomes = bytearray()
        self.sites = array("H")

    @classmethod
    def of(cls, rows: Iterable[MissionRow]) -> MissionColumns:
        columns = cls()
        for r in rows:
            columns.add(r)
        return columns

    def __len__(self) -> int:
        return len(self.ids)

    def code(self, text: str) -> int:
        """The code of a name in ``texts`` (added the first time it is seen)."""
        found = self._code.get(text)
        if found is None:
            found = self._code[text] = len(self.texts)
            self.texts.append(text)
        if found > 0xFFFF and self.sites.typecode == "H":  # more names than 2 bytes tell
            for name in _CODED:
                setattr(self, name, array("I", getattr(self, name)))
        return found

    def codes_of(self, texts: Iterable[str]) -> set[int]:
        """The codes of those of ``texts`` that some row may hold."""
        return {self._code[t] for t in texts if t in self._code}

    # --- filling ------------------------------------------------------------------------

    def append_raw(
        self, mission_id: int, name: str, status: str, net: str | dt.datetime, precision: str,
        spacecraft: str, launcher: str, operator: str, destination: str, crew_count: int,
        crew_names: str, slips: int, version: int, outcome: str | None, site: str,
    ) -> None:  # fmt: skip
        """One mission from a query's raw values (``queries.mission_columns``)."""
        code = self.code
        self.ids.append(mission_id)
        self.name_at.append(len(self._names))
        self._names.append(name)
        self.statuses.append(_RAW_STATUS[status])
        self.nets.append(_micros(utc(net)))
        self.precisions.append(_RAW_PRECISION[precision])
        self.spacecraft.append(code(spacecraft))
        self.launcher.append(code(launcher))
        self.operator.append(code(operator))
        self.destination.append(code(destination))
        self.crew_counts.append(crew_count)
        if crew_names:
            self._crew[mission_id] = crew_names
        self.slips.append(slips)
        self.versions.append(version)
        self.outcomes.append(_RAW_OUTCOME[outcome])
        self.sites.append(code(site))

    def add(self, r: MissionRow) -> None:
        self.append_raw(
            r.id, r.name, r.status.value, r.net, r.net_precision.value, r.spacecraft,
            r.launcher, r.operator, r.destination, r.crew_count, r.crew_names, r.slips,
            r.version, None if r.landing_outcome is None else r.landing_outcome.value,
            r.launch_site,
        )  # fmt: skip

    def put(self, at: int, r: MissionRow) -> None:
        """The mission at ``at`` is now ``r`` (an edit)."""
        code = self.code
        self.ids[at] = r.id
        self._names[self.name_at[at]] = r.name
        self.statuses[at] = _STATUS_CODE[r.status]
        self.nets[at] = _micros(r.net)
        self.precisions[at] = _PRECISION_CODE[r.net_precision]
        self.spacecraft[at] = code(r.spacecraft)
        self.launcher[at] = code(r.launcher)
        self.operator[at] = code(r.operator)
        self.destination[at] = code(r.destination)
        self.crew_counts[at] = r.crew_count
        if r.crew_names:
            self._crew[r.id] = r.crew_names
        else:
            self._crew.pop(r.id, None)
        self.slips[at] = r.slips
        self.versions[at] = r.version
        self.outcomes[at] = _OUTCOME_CODE[r.landing_outcome]
        self.sites[at] = code(r.launch_site)

    def permuted(self, positions: Sequence[int]) -> MissionColumns:
        """The missions at ``positions``, in that order (a sort), sharing ``texts``."""
        moved = MissionColumns(self)
        moved._in_order = False
        if not positions:
            return moved
        take = itemgetter(*positions) if len(positions) > 1 else lambda c: (c[positions[0]],)
        for name in _ARRAYS:
            column = getattr(self, name)
            taken = take(column)  # a tuple, at C speed
            if isinstance(column, array):
                setattr(moved, name, array(column.typecode, taken))
            else:
                setattr(moved, name, bytearray(taken))
        return moved

    # --- reading ------------------------------------------------------------------------

    def name(self, at: int) -> str:
        return self._names[self.name_at[at]]

    def names(self) -> Iterator[str]:
        """Every mission's name, in order."""
        if self._in_order:
            return iter(self._names)
        return map(self._names.__getitem__, self.name_at)

    def folded_names(self) -> list[str]:
        """Every mission's name casefolded (what a sort by name compares), in order: folded
        as stored, then put in order at C speed, not cut out of its block one by one."""
        folded = list(map(str.casefold, self._names))
        return folded if self._in_order else list(map(folded.__getitem__, self.name_at))

    def net(self, at: int) -> dt.datetime:
        return EPOCH + dt.timedelta(microseconds=self.nets[at])

    def row(self, at: int) -> MissionRow:
        """The mission at ``at`` as a plain row."""
        t = self.texts
        return MissionRow(
            self.ids[at], self.name(at), STATUSES[self.statuses[at]], self.net(at),
            PRECISIONS[self.precisions[at]], t[self.spacecraft[at]], t[self.launcher[at]],
            t[self.operator[at]], t[self.destination[at]], self.crew_counts[at],
            self._crew.get(self.ids[at], ""), self.slips[at], self.versions[at],
            OUTCOMES[self.outcomes[at]], t[self.sites[at]],
        )  # fmt: skip

    def rows(self) -> Rows:
        """Every mission as a row, each made when asked for."""
        return Rows(self)

    def live(self) -> list[int]:
        """The positions of the missions yet to fly or in flight."""
        return [i for i, s in enumerate(self.statuses) if s in LIVE]

    def crewed_or(self, ids: Collection[int]) -> list[int]:
        """The positions of the crewed missions and of those whose id is in ``ids``."""
        pairs = zip(self.crew_counts, self.ids, strict=True)
        return [i for i, (crew, mission_id) in enumerate(pairs) if crew or mission_id in ids]

    def named(self, name: str) -> list[int]:
        """The positions of the missions called ``name``."""
        return [i for i, held in enumerate(self.names()) if held == name]

    def search_lines(self) -> Iterator[tuple[str, ...]]:
        """What search reads of each mission: name, spacecraft, launcher, operator,
        destination, crew names."""
        t, crew = self.texts, self._crew
        for name, s, la, o, d, mission_id in zip(
            self.names(), self.spacecraft, self.launcher, self.operator, self.destination,
            self.ids, strict=True,
        ):  # fmt: skip
            yield name, t[s], t[la], t[o], t[d], crew.get(mission_id, "")


_CODED = ("spacecraft", "launcher", "operator", "destination", "sites")
_ARRAYS = (
    "ids", "name_at", "statuses", "nets", "precisions", "spacecraft", "launcher", "operator",
    "destination", "crew_counts", "slips", "versions", "outcomes", "sites",
)  # fmt: skip


class Rows(Sequence[MissionRow]):
    """The missions of some columns as rows, made one at a time when asked for."""

    __slots__ = ("_columns",)

    def __init__(self, columns: MissionColumns) -> None:
        self._columns = columns

    def __len__(self) -> int:
        return len(self._columns)

    @overload
    def __getitem__(self, at: int) -> MissionRow: ...
    @overload
    def __getitem__(self, at: slice) -> list[MissionRow]: ...
    def __getitem__(self, at: int | slice) -> MissionRow | list[MissionRow]:
        if isinstance(at, slice):
            return [self._columns.row(i) for i in range(len(self))[at]]
        if at < 0:
            at += len(self)
        if not 0 <= at < len(self):
            raise IndexError(at)
        return self._columns.row(at)
