"""The mission list's filters: one rule for the window's filter bar and ``tracker list``.

A ``MissionFilter`` says which missions to keep: an agency, a vehicle (spacecraft or
launcher), a launch site, a destination, crewed only, some statuses, some NET precisions
and a range of NET days, fixed or relative to today ("the next 30 days" stays that, day
after day). A ``NamedView`` keeps one under a name together with the search text.

Matching runs over ``RowKeys``, which are worked out once per list of rows, in whole-list
passes (``select``): the window refilters 100,000 missions in milliseconds with the very
code the command line uses for its few, and ``matches`` is ``select`` on one row. Names
match ignoring case and spacing; a site names a spaceport or one of its pads ("KSC" or
"KSC LC-39A"), a destination may carry a qualifier ("LEO" keeps "LEO (free flight)"),
either in any spelling ``tracker.places`` knows. Days are calendar days in the zone the
user reads times in; a coarse NET counts from the start of its period, as the list sorts.
Standard library only.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tracker import places, schedule
from tracker.mission_columns import PRECISIONS, MissionColumns, precision_codes, status_codes
from tracker.store.records import MissionRow
from tracker.vocabulary import YEAR_MAX, YEAR_MIN, LaunchStatus, NetPrecision

TEXT_FIELDS = ("agency", "vehicle", "site", "destination")


def fold(text: str) -> str:
    """What names are compared by: any case, any spacing."""
    return " ".join(text.split()).casefold()


def parse_day(text: str) -> dt.date:
    """A calendar day written YYYY-MM-DD, within the years the data may hold."""
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD, e.g. 2021-10-27)") from None
    if not YEAR_MIN <= day.year <= YEAR_MAX:
        raise ValueError(f"date out of range: {text!r} (years {YEAR_MIN} to {YEAR_MAX})")
    return day


_CODED = {  # the columns each name field reads
    "agency": ("operator",),
    "vehicle": ("spacecraft", "launcher"),
    "site": ("sites",),
    "destination": ("destination",),
}


class RowKeys:
    """What matching needs of a list of rows, worked out once and kept with the rows.

    The rows are held as ``MissionColumns``: each name field is a column of codes into the
    names that repeat across thousands of rows. A filter finds the few spellings it accepts
    among the distinct values (``values``), then keeps the rows holding one of their codes,
    a set lookup per row. The NET each row counts from is computed at the first date filter
    and kept.
    """

    __slots__ = ("_distinct", "_starts", "columns")

    def __init__(self, rows: Iterable[MissionRow] | MissionColumns) -> None:
        self.columns = rows if isinstance(rows, MissionColumns) else MissionColumns.of(rows)
        self._distinct: dict[str, set[str]] = {}
        self._starts: array[float] | None = None  # 8 bytes a row, not a float object

    def __len__(self) -> int:
        return len(self.columns)

    def values(self, name: str) -> set[str]:
        """The distinct spellings of ``name`` (one of ``TEXT_FIELDS``) in the rows."""
        found = self._distinct.get(name)
        if found is None:
            codes: set[int] = set()
            for column in _CODED[name]:
                codes.update(getattr(self.columns, column))
            texts = self.columns.texts
            found = {texts[c] for c in codes}
            found.discard("")
            self._distinct[name] = found
        return found

    def named(self) -> RowKeys:
        """These keys with the distinct names found now (for a worker thread to do)."""
        for name in TEXT_FIELDS:
            self.values(name)
        return self

    def choices(self, name: str) -> list[str]:
        """The values to offer for ``name``: one spelling each, in alphabetical order."""
        seen: dict[str, str] = {}
        for value in sorted(self.values(name)):
            seen.setdefault(fold(value), value)
        return sorted(seen.values(), key=fold)

    def starts(self) -> array[float]:
        """Each row's NET as a POSIX time: the start of the period a coarse NET names."""
        if self._starts is None:
            self._starts = array("d", map(self._start, range(len(self.columns))))
        return self._starts

    def _start(self, at: int) -> float:
        columns = self.columns
        precision = PRECISIONS[columns.precisions[at]]
        if precision in schedule.FINE:  # the NET itself: most rows, and quick
            return columns.nets[at] / 1e6
        return schedule.period_start(columns.net(at), precision).timestamp()

    def permuted(self, positions: Sequence[int]) -> RowKeys:
        """The keys of this one's rows at ``positions``, in that order (a sort)."""
        keys = RowKeys(self.columns.permuted(positions))
        keys._distinct = self._distinct
        if self._starts is not None:
            starts = self._starts
            keys._starts = array("d", map(starts.__getitem__, positions))
        return keys

    def replaced(self, at: int, row: MissionRow) -> None:
        """The row at ``at`` is now ``row`` (an edit): in the columns and the keys."""
        self.columns.put(at, row)
        for name, found in self._distinct.items():
            found.update(v for v in (getattr(row, f) for f in _ROW_FIELDS[name]) if v)
        if self._starts is not None:
            self._starts[at] = self._start(at)


_ROW_FIELDS = {
    "agency": ("operator",),
    "vehicle": ("spacecraft", "launcher"),
    "site": ("launch_site",),
    "destination": ("destination",),
}


def _day_start(day: dt.date, zone: dt.tzinfo) -> float:
    return dt.datetime.combine(day, dt.time(), tzinfo=zone).timestamp()


def _place_test(name: str, wanted: str) -> Callable[[str], bool]:
    """Whether a stored (short) place is the one wanted: the same place, one of the pads of
    a spaceport wanted, or a destination wanted with a qualifier."""
    if name == "site":
        short = fold(places.site(wanted).short)
        more = short + " "
    else:
        short = fold(places.destination(wanted).short)
        more = short + " ("
    return lambda value: (v := fold(value)) == short or v.startswith(more)


@dataclass(frozen=True, slots=True)
class Wording:
    """The words ``describe`` joins; the window passes translated ones."""

    none: str = "no filter"
    crewed: str = "crewed"
    statuses: str = "{}"
    precisions: str = "precision {}"
    since: str = "from {}"
    until: str = "until {}"
    between: str = "{} to {}"
    days: Callable[[int, int], str] | None = None  # a relative range, (first, last)

    def relative(self, first: int, last: int) -> str:
        if self.days is not None:
            return self.days(first, last)
        if first == 0 < last:
            return f"next {last} days"
        if first < 0 == last:
            return f"last {-first} days"
        return f"today {first:+d} to {last:+d} days"


ENGLISH = Wording()


@dataclass(frozen=True, slots=True)
class MissionFilter:
    """Which missions to keep; every part is optional and an empty filter keeps them all.

    ``relative_days`` (first, last) is a range of days counted from today when the filter
    is used, instead of the fixed ``date_from``/``date_to``; both ends are inclusive days.
    """

    agency: str | None = None
    vehicle: str | None = None
    site: str | None = None
    destination: str | None = None
    crewed_only: bool = False
    statuses: frozenset[LaunchStatus] = field(default_factory=frozenset)
    precisions: frozenset[NetPrecision] = field(default_factory=frozenset)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    relative_days: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        for name in TEXT_FIELDS:  # blank is no filter; spacing tidied
            value = getattr(self, name)
            tidy = " ".join(value.split()) if value else ""
            object.__setattr__(self, name, tidy or None)
        object.__setattr__(self, "statuses", frozenset(self.statuses))
        object.__setattr__(self, "precisions", frozenset(self.precisions))
        if self.relative_days is not None:
            if self.date_from is not None or self.date_to is not None:
                raise ValueError("a date range is either fixed or relative to today")
            first, last = self.relative_days
            object.__setattr__(self, "relative_days", (int(first), int(last)))

    @property
    def active(self) -> bool:
        return self != MissionFilter()

    @property
    def dated(self) -> bool:
        return any(v is not None for v in (self.date_from, self.date_to, self.relative_days))

    def days(self, today: dt.date | None) -> tuple[dt.date | None, dt.date | None]:
        """The first and last day kept (None: open); a relative range needs ``today``."""
        if self.relative_days is None:
            return self.date_from, self.date_to
        if today is None:
            raise ValueError("a range relative to today needs today's date")
        first, last = self.relative_days
        return today + dt.timedelta(days=first), today + dt.timedelta(days=last)

    def select(
        self,
        keys: RowKeys,
        positions: Iterable[int] | None = None,
        *,
        today: dt.date | None = None,
        zone: dt.tzinfo = dt.UTC,
    ) -> list[int]:
        """The positions (of ``positions``, else of every row, in that order) whose rows
        this filter keeps; ``today`` and ``zone`` place the days of the date range."""
        columns = keys.columns
        shown = list(range(len(columns)) if positions is None else positions)
        for name in TEXT_FIELDS:
            if getattr(self, name) is not None:
                ok = columns.codes_of(self._accepted(keys, name))
                first, *more = (getattr(columns, c) for c in _CODED[name])
                if more:  # a vehicle: the spacecraft or the launcher
                    (other,) = more
                    shown = [i for i in shown if first[i] in ok or other[i] in ok]
                else:
                    shown = [i for i in shown if first[i] in ok]
        if self.crewed_only:
            counts = columns.crew_counts
            shown = [i for i in shown if counts[i]]
        if self.statuses:
            ok = status_codes(self.statuses)
            coded = columns.statuses
            shown = [i for i in shown if coded[i] in ok]
        if self.precisions:
            ok = precision_codes(self.precisions)
            coded = columns.precisions
            shown = [i for i in shown if coded[i] in ok]
        if self.dated:
            shown = self._in_days(keys, shown, today, zone)
        return shown

    def matches(
        self, row: MissionRow, *, today: dt.date | None = None, zone: dt.tzinfo = dt.UTC
    ) -> bool:
        """Whether this filter keeps ``row`` (``select`` on that row alone: one rule)."""
        return bool(self.select(RowKeys([row]), today=today, zone=zone))

    def _accepted(self, keys: RowKeys, name: str) -> set[str]:
        wanted = getattr(self, name)
        assert wanted is not None
        values = keys.values(name)
        if name in ("site", "destination"):
            test = _place_test(name, wanted)
            return {v for v in values if test(v)}
        key = fold(wanted)
        return {v for v in values if fold(v) == key}

    def _in_days(
        self, keys: RowKeys, shown: list[int], today: dt.date | None, zone: dt.tzinfo
    ) -> list[int]:
        first, last = self.days(today)
        starts = keys.starts()
        if first is not None:
            low = _day_start(first, zone)
            shown = [i for i in shown if starts[i] >= low]
        if last is not None:
            high = _day_start(last + dt.timedelta(days=1), zone)  # the last day kept whole
            shown = [i for i in shown if starts[i] < high]
        return shown

    # --- words and storage --------------------------------------------------------------

    def parts(self, wording: Wording = ENGLISH) -> list[str]:
        """What is active, one short phrase each, in the order of the filter bar."""
        said = [v for v in (self.agency, self.vehicle, self.site, self.destination) if v]
        if self.crewed_only:
            said.append(wording.crewed)
        if self.statuses:
            names = [s.value for s in LaunchStatus if s in self.statuses]
            said.append(wording.statuses.format(", ".join(names)))
        if self.precisions:
            names = [p.value for p in NetPrecision if p in self.precisions]
            said.append(wording.precisions.format(", ".join(names)))
        if self.relative_days is not None:
            said.append(wording.relative(*self.relative_days))
        elif self.date_from is not None and self.date_to is not None:
            said.append(wording.between.format(self.date_from, self.date_to))
        elif self.date_from is not None:
            said.append(wording.since.format(self.date_from))
        elif self.date_to is not None:
            said.append(wording.until.format(self.date_to))
        return said

    def describe(self, wording: Wording = ENGLISH) -> str:
        """E.g. 'SpaceX · Crew Dragon · crewed · from 2021-01-01'."""
        return " \u00b7 ".join(self.parts(wording)) or wording.none

    def to_dict(self) -> dict[str, Any]:
        """The parts that are set, as JSON values (``from_dict`` reads them back)."""
        data: dict[str, Any] = {n: getattr(self, n) for n in TEXT_FIELDS if getattr(self, n)}
        if self.crewed_only:
            data["crewed_only"] = True
        if self.statuses:
            data["statuses"] = [s.value for s in LaunchStatus if s in self.statuses]
        if self.precisions:
            data["precisions"] = [p.value for p in NetPrecision if p in self.precisions]
        if self.date_from is not None:
            data["date_from"] = self.date_from.isoformat()
        if self.date_to is not None:
            data["date_to"] = self.date_to.isoformat()
        if self.relative_days is not None:
            data["relative_days"] = list(self.relative_days)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MissionFilter:
        """A filter from ``to_dict``'s form; ValueError for what is not. Unknown keys are
        ignored, so that a newer version's saved views still open."""
        if not isinstance(data, Mapping):
            raise ValueError("a filter is a JSON object")
        values: dict[str, Any] = {}
        for name in TEXT_FIELDS:
            values[name] = _optional(data, name, str)
        values["crewed_only"] = bool(_optional(data, "crewed_only", bool))
        values["statuses"] = frozenset(
            LaunchStatus(v) for v in _optional(data, "statuses", list) or ()
        )
        values["precisions"] = frozenset(
            NetPrecision(v) for v in _optional(data, "precisions", list) or ()
        )
        for name in ("date_from", "date_to"):
            text = _optional(data, name, str)
            values[name] = None if text is None else parse_day(text)
        days = _optional(data, "relative_days", list)
        if days is not None:
            if len(days) != 2 or not all(type(d) is int for d in days):
                raise ValueError("relative_days is two whole numbers")
            values["relative_days"] = (days[0], days[1])
        return cls(**values)


def _optional(data: Mapping[str, Any], name: str, kind: type) -> Any:
    value = data.get(name)
    if value is not None and not isinstance(value, kind):
        raise ValueError(f"{name} is not a {kind.__name__}")
    return value


@dataclass(frozen=True, slots=True)
class NamedView:
    """A filter and a search kept under a name the user gave."""

    name: str
    filter: MissionFilter = field(default_factory=MissionFilter)
    search: str = ""

    def __post_init__(self) -> None:
        name = " ".join(self.name.split())
        if not name:
            raise ValueError("a view needs a name")
        object.__setattr__(self, "name", name)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "filter": self.filter.to_dict()}
        if self.search:
            data["search"] = self.search
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NamedView:
        if not isinstance(data, Mapping):
            raise ValueError("a view is a JSON object")
        name = _optional(data, "name", str)
        if name is None:
            raise ValueError("a view needs a name")
        return cls(
            name=name,
            filter=MissionFilter.from_dict(_optional(data, "filter", Mapping) or {}),
            search=_optional(data, "search", str) or "",
        )


# The examples a new user is offered (the window names them in the user's language).
CREWED_TO_ISS = MissionFilter(crewed_only=True, destination="ISS")
NEXT_30_DAYS = MissionFilter(relative_days=(0, 30))
