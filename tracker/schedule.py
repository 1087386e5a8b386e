"""Pure time logic: the next launch, NET text and countdown text for every precision.

No Qt and no database here: the list, the detail view, the countdown banner, the tray and
the command line all call these, so every view says the same thing.

The NET instant stored for a coarse precision is a moment inside the period it names (the
Launch Library 2 convention); labels for Day and coarser precisions are read on the UTC
calendar, since converting "8 December" or "Q3 2022" to another zone would invent a time
nobody announced. Only Second, Minute and Hour precisions are shown in the chosen zone.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

from tracker.vocabulary import LaunchStatus, NetPrecision

MINUS = "\u2212"
PASSED_TEXT = "NET passed \u2014 awaiting update"

FINE = frozenset({NetPrecision.SECOND, NetPrecision.MINUTE, NetPrecision.HOUR})
DAYLIKE = frozenset(
    {NetPrecision.MORNING, NetPrecision.AFTERNOON, NetPrecision.DAY, NetPrecision.WEEK}
)
_QUARTER_START = {NetPrecision.Q1: 1, NetPrecision.Q2: 4, NetPrecision.Q3: 7, NetPrecision.Q4: 10}
_HALF_START = {NetPrecision.H1: 1, NetPrecision.H2: 7}

Zone = dt.tzinfo


class Scheduled(Protocol):
    """What the schedule needs to know of a mission: any row with these attributes."""

    @property
    def name(self) -> str: ...
    @property
    def status(self) -> LaunchStatus: ...
    @property
    def net(self) -> dt.datetime: ...
    @property
    def net_precision(self) -> NetPrecision: ...


S = TypeVar("S", bound=Scheduled)


def zone_from_name(name: str | None) -> Zone:
    """'UTC' (or nothing), 'local', or an IANA name such as 'Europe/Berlin'."""
    if not name or name.upper() == "UTC":
        return dt.UTC
    if name == "local":
        local = dt.datetime.now().astimezone().tzinfo
        return local if local is not None else dt.UTC
    return ZoneInfo(name)


def _add_months(year: int, month: int, months: int) -> dt.datetime:
    index = year * 12 + (month - 1) + months
    return dt.datetime(index // 12, index % 12 + 1, 1, tzinfo=dt.UTC)


def fiscal_year(net: dt.datetime) -> int:
    """US federal fiscal year: FY 2023 runs from 1 October 2022 to 30 September 2023."""
    utc = net.astimezone(dt.UTC)
    return utc.year + 1 if utc.month >= 10 else utc.year


def deadline(net: dt.datetime, precision: NetPrecision) -> dt.datetime:
    """The instant after which a launch still pending has missed its NET.

    For Second, Minute and Hour it is T−0 itself; for coarser precisions the end of the day,
    week, month, quarter, half, year or decade that the NET names.
    """
    utc = net.astimezone(dt.UTC)
    day = dt.datetime(utc.year, utc.month, utc.day, tzinfo=dt.UTC)
    if precision in FINE:
        return utc
    if precision in (NetPrecision.MORNING, NetPrecision.AFTERNOON, NetPrecision.DAY):
        return day + dt.timedelta(days=1)
    if precision is NetPrecision.WEEK:
        return day + dt.timedelta(days=7)
    if precision is NetPrecision.MONTH:
        return _add_months(utc.year, utc.month, 1)
    if precision in _QUARTER_START:
        return _add_months(utc.year, _QUARTER_START[precision], 3)
    if precision in _HALF_START:
        return _add_months(utc.year, _HALF_START[precision], 6)
    if precision is NetPrecision.YEAR:
        return dt.datetime(utc.year + 1, 1, 1, tzinfo=dt.UTC)
    if precision is NetPrecision.FISCAL_YEAR:
        return dt.datetime(fiscal_year(utc), 10, 1, tzinfo=dt.UTC)
    return dt.datetime(utc.year // 10 * 10 + 10, 1, 1, tzinfo=dt.UTC)  # decade


def is_awaiting_update(m: Scheduled, now: dt.datetime) -> bool:
    """Still pending although its NET has passed: the data is stale, not the launch live."""
    return m.status.is_pending and now > deadline(m.net, m.net_precision)


def launch_key(m: Scheduled) -> tuple[dt.datetime, int, str]:
    """Order of launches: NET, then the finer precision, then the name."""
    return (m.net, m.net_precision.rank, m.name)


def next_launch(missions: Iterable[S], now: dt.datetime) -> S | None:
    """The mission yet to lift off with the earliest NET; ties to finer precision, then name.

    A pending mission whose NET has passed with no update is not the next launch: it reads
    "NET passed — awaiting update" in its own row, and the highlight moves on to the launch
    that can still happen, so the countdown is never stale.
    """
    candidates = [m for m in missions if m.status.is_pending and not is_awaiting_update(m, now)]
    return min(candidates, key=launch_key, default=None)


def zone_label(when: dt.datetime, zone: Zone) -> str:
    label = when.astimezone(zone).tzname()
    return "UTC" if label in (None, "UTC", "+00:00") else str(label)


def format_net(net: dt.datetime, precision: NetPrecision, zone: Zone = dt.UTC) -> str:
    """The NET as a person reads it at its precision, e.g. '2021-10-31 06:21 UTC', 'H2 2022'."""
    if precision in FINE:
        local = net.astimezone(zone)
        pattern = {
            NetPrecision.SECOND: "%Y-%m-%d %H:%M:%S",
            NetPrecision.MINUTE: "%Y-%m-%d %H:%M",
            NetPrecision.HOUR: "%Y-%m-%d ~%H:00",
        }[precision]
        return f"{local.strftime(pattern)} {zone_label(net, zone)}"
    utc = net.astimezone(dt.UTC)
    if precision is NetPrecision.MORNING:
        return f"{utc:%Y-%m-%d} (morning)"
    if precision is NetPrecision.AFTERNOON:
        return f"{utc:%Y-%m-%d} (afternoon)"
    if precision is NetPrecision.DAY:
        return f"{utc:%Y-%m-%d}"
    if precision is NetPrecision.WEEK:
        return f"week of {utc:%Y-%m-%d}"
    if precision is NetPrecision.MONTH:
        return f"{utc:%b %Y}"
    if precision in _QUARTER_START or precision in _HALF_START:
        return f"{precision.value} {utc.year}"
    if precision is NetPrecision.YEAR:
        return f"{utc.year}"
    if precision is NetPrecision.FISCAL_YEAR:
        return f"FY {fiscal_year(utc)}"
    return f"{utc.year // 10 * 10}s"


def fine_countdown(seconds: float) -> str:
    """'T− 3d 18:21:00'; the seconds are rounded up, so T−0 shows at the instant itself."""
    total = max(0, math.ceil(seconds))
    days, rest = divmod(total, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return f"T{MINUS} {days}d {hours:02d}:{minutes:02d}:{secs:02d}"


def countdown_text(
    net: dt.datetime, precision: NetPrecision, now: dt.datetime, zone: Zone = dt.UTC
) -> str:
    """The countdown to a pending launch, as precise as its NET and no more."""
    if now > deadline(net, precision):
        return PASSED_TEXT
    if precision in FINE:
        return fine_countdown((net - now).total_seconds())
    if precision in DAYLIKE:
        days = (net.astimezone(dt.UTC).date() - now.astimezone(dt.UTC).date()).days
        when = format_net(net, precision, zone)
        if days <= 0:
            return (
                f"Today \u00b7 {when}"
                if precision is not NetPrecision.WEEK
                else f"This week \u00b7 {when}"
            )
        unit = "day" if days == 1 else "days"
        return f"T{MINUS} {days} {unit} \u00b7 {when}"
    return f"NET {format_net(net, precision, zone)}"


def mission_countdown(m: Scheduled, now: dt.datetime, zone: Zone = dt.UTC) -> str:
    """Countdown for a pending mission; for one that has flown, what became of it."""
    if m.status.is_pending:
        return countdown_text(m.net, m.net_precision, now, zone)
    return m.status.label


class Slip(Protocol):
    """One move of a NET, as the slip history records it."""

    @property
    def previous_net(self) -> dt.datetime: ...
    @property
    def new_net(self) -> dt.datetime: ...


def total_slip(history: Sequence[Slip]) -> dt.timedelta:
    """How far the NET has moved, from the first NET on record to the current one."""
    if not history:
        return dt.timedelta(0)
    return history[-1].new_net - history[0].previous_net


def format_duration(delta: dt.timedelta) -> str:
    """'3 days 22 h 27 min', to the nearest minute, sign dropped (the caller says which way)."""
    minutes = round(abs(delta.total_seconds()) / 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    parts = [f"{days} day{'s' if days != 1 else ''}"] if days else []
    parts += [f"{hours} h"] if hours else []
    parts += [f"{mins} min"] if mins or not parts else []
    return " ".join(parts)


def slip_summary(name: str, history: Sequence[Slip]) -> str:
    """E.g. 'Crew-3: 2 changes, slipped 3 days 22 h 27 min in all'."""
    if not history:
        return f"{name}: no changes to its NET"
    count = f"{len(history)} change{'s' if len(history) != 1 else ''}"
    total = total_slip(history)
    if total > dt.timedelta(0):
        return f"{name}: {count}, slipped {format_duration(total)} in all"
    if total < dt.timedelta(0):
        return f"{name}: {count}, moved earlier by {format_duration(total)} in all"
    return f"{name}: {count}, back to the NET it started from"
