"""The numbers behind the statistics: pure aggregation of rows the store reads.

Standard library only, so the command line (``tracker stats``), the window's charts and the
tests share one computation. The store groups what SQL can group (launches by year, status,
agency, vehicle) and hands over the few rows that need a rule of ours: people's flights
(time in space, ``tracker.careers``) and NET changes (slips, ``schedule.total_slip``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from itertools import groupby
from typing import Any, NamedTuple

from tracker import careers, schedule
from tracker.vocabulary import LaunchStatus

TOP_NAMES = 10  # agencies and vehicles shown by name; the rest make one "Other" bar
TOP_PEOPLE = 15
TOP_SLIPS = 15
DAY_SECONDS = careers.DAY_SECONDS
OTHER = "Other"


class Outcome(StrEnum):
    """How a launch turned out, in the order the bars stack (bottom first)."""

    SUCCESS = "success"
    PARTIAL_FAILURE = "partial_failure"
    FAILURE = "failure"
    IN_FLIGHT = "in_flight"  # lifted off, no verdict yet
    PENDING = "pending"  # yet to launch: Go, TBD, TBC, Hold


def outcome_of(status: LaunchStatus) -> Outcome:
    """Success as ``careers`` counts it (Deployed included), so pages and charts agree."""
    if status.is_pending:
        return Outcome.PENDING
    if status in careers.LAUNCH_SUCCEEDED:
        return Outcome.SUCCESS
    if status is LaunchStatus.FAILURE:
        return Outcome.FAILURE
    if status is LaunchStatus.PARTIAL_FAILURE:
        return Outcome.PARTIAL_FAILURE
    return Outcome.IN_FLIGHT


# --- what the store hands over ---------------------------------------------------------


class YearGroup(NamedTuple):
    """Missions of one year (UTC, by NET), status and crewed-or-not, counted in SQL."""

    year: int
    status: LaunchStatus
    crewed: bool
    missions: int


class Flight(NamedTuple):
    """One person on one mission that has left the pad."""

    person_id: int
    name: str
    net: dt.datetime
    landing: dt.datetime | None
    status: LaunchStatus


class NetChange(NamedTuple):
    """One move of a mission's NET, in the order the slip history keeps them."""

    mission_id: int
    name: str
    status: LaunchStatus
    previous_net: dt.datetime
    new_net: dt.datetime


# --- what the statistics are -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class YearOutcomes:
    year: int
    success: int = 0
    partial_failure: int = 0
    failure: int = 0
    in_flight: int = 0
    pending: int = 0

    def count(self, outcome: Outcome) -> int:
        return int(getattr(self, outcome.value))

    @property
    def total(self) -> int:
        return sum(self.count(o) for o in Outcome)


@dataclass(frozen=True, slots=True)
class YearCrewed:
    year: int
    flown: int = 0
    planned: int = 0


@dataclass(frozen=True, slots=True)
class Count:
    """Launches under one name. ``name`` None: none recorded; ``others`` > 0: the bar that
    sums that many names beyond the top ones (its name is ``OTHER``)."""

    name: str | None
    launches: int
    others: int = 0


@dataclass(frozen=True, slots=True)
class PersonTime:
    person_id: int
    name: str
    flights: int
    seconds: int
    in_space: bool  # a flight still up: the time counts on with the clock

    @property
    def days(self) -> float:
        return self.seconds / DAY_SECONDS


@dataclass(frozen=True, slots=True)
class MissionSlip:
    mission_id: int
    name: str
    status: LaunchStatus
    changes: int
    seconds: int  # how far the NET moved in all: later positive, earlier negative

    @property
    def days(self) -> float:
        return self.seconds / DAY_SECONDS


@dataclass(frozen=True, slots=True)
class Statistics:
    """Every chart's numbers, read at one moment (``as_of``: the clock, for time in space)."""

    as_of: dt.datetime
    per_year: tuple[YearOutcomes, ...]
    by_agency: tuple[Count, ...]
    by_vehicle: tuple[Count, ...]
    crewed_per_year: tuple[YearCrewed, ...]
    time_in_space: tuple[PersonTime, ...]  # the top ones
    people_flown: int  # everyone with a flight that has left the pad
    slips: tuple[MissionSlip, ...]  # the top ones
    missions_slipped: int  # every mission with a NET change

    @property
    def missions(self) -> int:
        return sum(y.total for y in self.per_year)

    def outcome_total(self, outcome: Outcome) -> int:
        return sum(y.count(outcome) for y in self.per_year)


# --- aggregation -----------------------------------------------------------------------


def per_year(groups: Iterable[YearGroup]) -> tuple[YearOutcomes, ...]:
    """Launches per year by outcome, years with launches only, in order."""
    counts: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for g in groups:
        counts[g.year][outcome_of(g.status).value] += g.missions
    return tuple(YearOutcomes(year, **counts[year]) for year in sorted(counts))


def crewed_per_year(groups: Iterable[YearGroup]) -> tuple[YearCrewed, ...]:
    """Crewed missions per year: flown (left the pad) and planned (yet to launch)."""
    flown: dict[int, int] = defaultdict(int)
    planned: dict[int, int] = defaultdict(int)
    for g in groups:
        if g.crewed:
            (planned if g.status.is_pending else flown)[g.year] += g.missions
    years = sorted(flown.keys() | planned.keys())
    return tuple(YearCrewed(y, flown.get(y, 0), planned.get(y, 0)) for y in years)


def ranked(counts: Iterable[tuple[str | None, int]], top: int = TOP_NAMES) -> tuple[Count, ...]:
    """The ``top`` names by launches (then by name), the rest summed in one ``OTHER`` entry.

    Equal names are added together (two agencies with one abbreviation are one bar, as in
    the list); a blank name counts as none recorded. One name beyond ``top`` is shown
    itself rather than as an "Other" of one.
    """
    merged: dict[str | None, int] = defaultdict(int)
    for name, count in counts:
        merged[name.strip() if name and name.strip() else None] += count
    order = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0] is None, (kv[0] or "").casefold()))
    if len(order) <= top + 1:
        return tuple(Count(name, count) for name, count in order)
    shown, rest = order[:top], order[top:]
    other = Count(OTHER, sum(c for _, c in rest), others=len(rest))
    return (*(Count(name, count) for name, count in shown), other)


def time_in_space(
    flights: Iterable[Flight], now: dt.datetime, top: int = TOP_PEOPLE
) -> tuple[tuple[PersonTime, ...], int]:
    """People ranked by time in space (the rule the person pages count by: ``careers``),
    the ``top`` ones, and how many people have flown at all."""
    stays: dict[int, list[careers.Stay | None]] = defaultdict(list)
    names: dict[int, str] = {}
    for f in flights:
        names[f.person_id] = f.name
        stays[f.person_id].append(careers.stay(f.status, f.net, f.landing, now))
    people = []
    for pid, name in names.items():
        spent = careers.total(stays[pid])
        seconds = round(spent.duration.total_seconds())
        people.append(PersonTime(pid, name, len(stays[pid]), seconds, spent.in_space))
    people.sort(key=lambda p: (-p.seconds, p.name.casefold(), p.person_id))
    return tuple(people[:top]), len(people)


def slips(
    changes: Iterable[NetChange], top: int = TOP_SLIPS
) -> tuple[tuple[MissionSlip, ...], int]:
    """Missions ranked by how far their NET moved (``schedule.total_slip``, either way), the
    ``top`` ones, and how many missions had their NET changed. ``changes`` come grouped by
    mission, each mission's in history order."""
    moved: list[MissionSlip] = []
    for mission_id, group in groupby(changes, key=lambda c: c.mission_id):
        history = list(group)
        total = schedule.total_slip(history)
        first = history[0]
        moved.append(
            MissionSlip(
                mission_id, first.name, first.status, len(history), round(total.total_seconds())
            )
        )
    moved.sort(key=lambda s: (-abs(s.seconds), s.name.casefold(), s.mission_id))
    return tuple(moved[:top]), len(moved)


# --- the JSON form (``tracker stats --json``): stable snake_case keys --------------------


def _count_json(c: Count) -> dict[str, Any]:
    return {"name": c.name, "launches": c.launches, "others": c.others}


def as_json(s: Statistics) -> dict[str, Any]:
    """Every figure, for scripts: counts as integers, durations in seconds and days."""
    outcomes: Mapping[str, int] = {o.value: s.outcome_total(o) for o in Outcome}
    return {
        "as_of": s.as_of.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "missions": s.missions,
        "outcomes": dict(outcomes),
        "launches_per_year": [
            {"year": y.year, **{o.value: y.count(o) for o in Outcome}, "total": y.total}
            for y in s.per_year
        ],
        "by_agency": [_count_json(c) for c in s.by_agency],
        "by_vehicle": [_count_json(c) for c in s.by_vehicle],
        "crewed_per_year": [
            {"year": y.year, "flown": y.flown, "planned": y.planned} for y in s.crewed_per_year
        ],
        "time_in_space": [
            {
                "name": p.name,
                "flights": p.flights,
                "seconds": p.seconds,
                "days": round(p.days, 2),
                "in_space": p.in_space,
            }
            for p in s.time_in_space
        ],
        "people_flown": s.people_flown,
        "slips": [
            {
                "name": m.name,
                "status": m.status.value,
                "changes": m.changes,
                "seconds": m.seconds,
                "days": round(m.days, 2),
            }
            for m in s.slips
        ],
        "missions_slipped": s.missions_slipped,
    }
