"""Pure time logic: the next launch, its phase, NET text and countdown text for every precision.

No Qt and no database here: the list, the detail view, the countdown banner, clock mode,
the tray and the command line all call these, so every view says the same thing; the texts
take their words from a ``Wording`` (``tracker.schedule_words``): English by default, the
window's language from ``tracker.ui.words``.

The NET instant stored for a coarse precision is a moment inside the period it names (the
Launch Library 2 convention); labels for Day and coarser precisions are read on the UTC
calendar, since converting "8 December" or "Q3 2022" to another zone would invent a time
nobody announced. Only Second, Minute and Hour precisions are shown in the chosen zone.

Through T−0. A launch does not vanish at its NET: it stays the launch on the board (the
banner, the list's highlight, clock mode, ``tracker next``) and counts up (``T+ 00:00:05``)
as "Liftoff — awaiting confirmation" until its status changes or a grace period ends; only
then does it read "NET passed — awaiting update" and the board move on. Launch Library 2
keeps a launch "upcoming" for 24 hours after T−0; we wait less, since a countdown that
counts up for a day with no word is a stale display, not a live one:

- Second and Minute NETs: **3 hours** after T−0 (an ascent and first orbits take minutes, a
  scrub or a liftoff is news within the hour; three hours covers a slow update).
- Hour NETs ("~06:00"): **6 hours**, since T−0 itself is only known to the hour.
- Day, Morning, Afternoon and coarser: no grace beyond the period the NET names (to the end
  of its day, week, month, ...), which is already a day or more of room; with no known T−0
  there is no liftoff to await, so they never count up.

Phases (``phase``): ``countdown`` (yet to fly), ``hold`` (status Hold: the count stops and
reads HOLD), ``launching`` (T+ within the grace period, no outcome yet), ``in_flight``
(status In Flight). A mission In Flight stays on the board from its NET (or up to the grace
period before it, for a liftoff marked a little early) until the grace period ends, counting
up its time since liftoff; an outcome (Success, Failure, Partial Failure) takes it off the
board at once and the next launch takes its place.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

from tracker.schedule_words import ENGLISH, Wording

# The texts' words are schedule_words'; these constants are also read here, as schedule.X.
from tracker.schedule_words import HOLD_TEXT as HOLD_TEXT
from tracker.schedule_words import IN_FLIGHT_TEXT as IN_FLIGHT_TEXT
from tracker.schedule_words import LIFTOFF_TEXT as LIFTOFF_TEXT
from tracker.schedule_words import MINUS as MINUS
from tracker.schedule_words import PASSED_TEXT as PASSED_TEXT
from tracker.vocabulary import LaunchStatus, NetPrecision

FINE = frozenset({NetPrecision.SECOND, NetPrecision.MINUTE, NetPrecision.HOUR})
DAYLIKE = frozenset(
    {NetPrecision.MORNING, NetPrecision.AFTERNOON, NetPrecision.DAY, NetPrecision.WEEK}
)
_QUARTER_START = {NetPrecision.Q1: 1, NetPrecision.Q2: 4, NetPrecision.Q3: 7, NetPrecision.Q4: 10}
_HALF_START = {NetPrecision.H1: 1, NetPrecision.H2: 7}
# How long a launch stays on the board after its NET's deadline (see the module docstring).
GRACE = {
    NetPrecision.SECOND: dt.timedelta(hours=3),
    NetPrecision.MINUTE: dt.timedelta(hours=3),
    NetPrecision.HOUR: dt.timedelta(hours=6),
}
NO_GRACE = dt.timedelta(0)
# In Flight leads to these without rewriting history: the flight ending as flights do.
FLIGHT_OUTCOMES = frozenset(
    {
        LaunchStatus.SUCCESS,
        LaunchStatus.FAILURE,
        LaunchStatus.PARTIAL_FAILURE,
        LaunchStatus.DEPLOYED,
    }
)

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


def period_start(net: dt.datetime, precision: NetPrecision) -> dt.datetime:
    """The start of the period a NET names, on the UTC calendar (its end is ``deadline``):
    the NET itself for Second to Hour, its day for Morning to Week, else the first day of
    its month, quarter, half, year, fiscal year or decade."""
    utc = net.astimezone(dt.UTC)
    if precision in FINE:
        return utc
    if precision is NetPrecision.MONTH:
        return dt.datetime(utc.year, utc.month, 1, tzinfo=dt.UTC)
    if precision in _QUARTER_START:
        return dt.datetime(utc.year, _QUARTER_START[precision], 1, tzinfo=dt.UTC)
    if precision in _HALF_START:
        return dt.datetime(utc.year, _HALF_START[precision], 1, tzinfo=dt.UTC)
    if precision is NetPrecision.YEAR:
        return dt.datetime(utc.year, 1, 1, tzinfo=dt.UTC)
    if precision is NetPrecision.FISCAL_YEAR:
        return dt.datetime(fiscal_year(utc) - 1, 10, 1, tzinfo=dt.UTC)
    if precision is NetPrecision.DECADE:
        return dt.datetime(utc.year // 10 * 10, 1, 1, tzinfo=dt.UTC)
    return dt.datetime(utc.year, utc.month, utc.day, tzinfo=dt.UTC)  # day-like and week


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


class Phase(StrEnum):
    """Where a mission stands at a moment. The first four are those of the launch on the
    board (``next --json``'s ``phase``); the last two, of missions off it."""

    COUNTDOWN = "countdown"
    HOLD = "hold"
    LAUNCHING = "launching"
    IN_FLIGHT = "in_flight"
    AWAITING_UPDATE = "awaiting_update"
    OUTCOME = "outcome"


def grace(precision: NetPrecision) -> dt.timedelta:
    """How long a launch stays on the board after its NET's deadline (module docstring)."""
    return GRACE.get(precision, NO_GRACE)


def board_until(net: dt.datetime, precision: NetPrecision) -> dt.datetime:
    """The last instant a launch with no outcome yet stays on the board."""
    return deadline(net, precision) + grace(precision)


def on_board_since(precision: NetPrecision, now: dt.datetime) -> dt.datetime:
    """The earliest NET of this precision whose launch, yet to fly, may still be on the board
    at ``now`` (``schedule.board_until`` grows with the NET: found by bisection, to the
    second, so the rule stays in one place)."""
    low, high = now - dt.timedelta(days=3700), now  # a decade and more: every period
    while high - low > dt.timedelta(seconds=1):
        middle = low + (high - low) / 2
        if board_until(middle, precision) >= now:
            high = middle
        else:
            low = middle
    return low


def is_awaiting_update(m: Scheduled, now: dt.datetime) -> bool:
    """Still pending although its NET and the grace period after it have passed: the data
    is stale, not the launch live."""
    return m.status.is_pending and now > board_until(m.net, m.net_precision)


def is_on_board(m: Scheduled, now: dt.datetime) -> bool:
    """Whether ``m`` may be the launch on the board at ``now``: yet to fly and not past its
    grace period, or In Flight around its NET (from a grace period before it, for a liftoff
    marked a little early, to the end of the grace period after it)."""
    until = board_until(m.net, m.net_precision)
    if m.status.is_pending:
        return now <= until
    if m.status is LaunchStatus.IN_FLIGHT:
        return m.net - grace(m.net_precision) <= now <= until
    return False


def phase(m: Scheduled, now: dt.datetime) -> Phase:
    """The mission's phase at ``now``; T−0 itself still counts down (it reads T− 00:00:00)."""
    if m.status is LaunchStatus.IN_FLIGHT:
        return Phase.IN_FLIGHT
    if not m.status.is_pending:
        return Phase.OUTCOME
    if is_awaiting_update(m, now):
        return Phase.AWAITING_UPDATE
    if m.status is LaunchStatus.HOLD:
        return Phase.HOLD
    if m.net_precision in FINE and now > m.net:
        return Phase.LAUNCHING
    return Phase.COUNTDOWN


def seconds_until(m: Scheduled, now: dt.datetime) -> int:
    """Whole seconds to T−0, negative after it (``next --json``'s ``seconds_until``)."""
    return round((m.net - now).total_seconds())


def ends_flight(old: LaunchStatus, new: LaunchStatus) -> bool:
    """In Flight to an outcome: the flight ending as flights do, not a rewrite of a flown
    mission's history, so it needs no confirmation (any other change to one that flew does)."""
    return old is LaunchStatus.IN_FLIGHT and new in FLIGHT_OUTCOMES


def launch_key(m: Scheduled) -> tuple[dt.datetime, int, str]:
    """Order of launches for the board: NET, then the finer precision, then the name."""
    return (m.net, m.net_precision.rank, m.name)


def listing_key(m: Scheduled) -> tuple[dt.datetime, int, str]:
    """Order of missions in a list read by people: when the period the NET names starts
    (so 2026, Q4 2026 and Nov 2026 sort by 1 January, 1 October, 1 November), then the
    finer precision, then the name. (The stored instant of a coarse NET is an arbitrary
    moment inside its period, so sorting on it would shuffle periods.)"""
    return (period_start(m.net, m.net_precision), m.net_precision.rank, m.name)


def next_launch(missions: Iterable[S], now: dt.datetime) -> S | None:
    """The launch on the board: of the missions ``is_on_board`` at ``now``, the earliest
    (NET, then the finer precision, then the name).

    A launch stays through T−0 and its grace period (launching, in flight); a pending
    mission whose grace period has passed with no update is not the next launch: it reads
    "NET passed — awaiting update" in its own row, and the board moves on to the launch that
    can still happen, so the countdown is never stale. An outcome moves it on at once.
    """
    return min((m for m in missions if is_on_board(m, now)), key=launch_key, default=None)


def zone_label(when: dt.datetime, zone: Zone) -> str:
    label = when.astimezone(zone).tzname()
    return "UTC" if label in (None, "UTC", "+00:00") else str(label)


def format_net(
    net: dt.datetime, precision: NetPrecision, zone: Zone = dt.UTC, words: Wording = ENGLISH
) -> str:
    """The NET as a person reads it at its precision, e.g. '2021-10-31 06:21 UTC', 'H2 2022'."""
    if precision in FINE:
        pattern = {
            NetPrecision.SECOND: words.second,
            NetPrecision.MINUTE: words.minute,
            NetPrecision.HOUR: words.hour,
        }[precision]
        return f"{words.wall(net.astimezone(zone), pattern)} {zone_label(net, zone)}"
    utc = net.astimezone(dt.UTC)
    if precision in DAYLIKE:
        day = words.wall(utc, words.day)
        if precision is NetPrecision.MORNING:
            return words.morning.format(day)
        if precision is NetPrecision.AFTERNOON:
            return words.afternoon.format(day)
        return words.week.format(day) if precision is NetPrecision.WEEK else day
    if precision is NetPrecision.MONTH:
        return words.wall(utc, words.month)
    if precision in _QUARTER_START:
        return words.quarter.format((_QUARTER_START[precision] - 1) // 3 + 1, utc.year)
    if precision in _HALF_START:
        return words.half.format((_HALF_START[precision] - 1) // 6 + 1, utc.year)
    if precision is NetPrecision.YEAR:
        return str(utc.year)
    if precision is NetPrecision.FISCAL_YEAR:
        return words.fiscal_year.format(fiscal_year(utc))
    return words.decade.format(utc.year // 10 * 10)


def _clock(total: int, compact: bool, words: Wording) -> str:
    days, rest = divmod(total, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    time = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    return words.clock_days.format(days, time) if days or not compact else time


def fine_countdown(seconds: float, *, compact: bool = False, words: Wording = ENGLISH) -> str:
    """'T− 3d 18:21:00'; the seconds are rounded up, so T−0 shows at the instant itself.

    ``compact`` drops a day count of zero ('T− 00:00:05', as the windows show it); the
    command line keeps it ('T− 0d 00:00:05'), so its lines keep one shape.
    """
    return words.minus.format(_clock(max(0, math.ceil(seconds)), compact, words))


def count_up(seconds: float, *, compact: bool = False, words: Wording = ENGLISH) -> str:
    """Time since T−0 in whole seconds: 'T+ 0d 00:00:05' ('T+ 00:00:05' compact)."""
    return words.plus.format(_clock(max(0, math.floor(seconds)), compact, words))


def countdown_text(
    net: dt.datetime,
    precision: NetPrecision,
    now: dt.datetime,
    zone: Zone = dt.UTC,
    *,
    compact: bool = False,
    words: Wording = ENGLISH,
) -> str:
    """The countdown to a launch with no outcome yet, as precise as its NET and no more:
    through T−0 a fine NET counts up until its grace period ends."""
    if now > board_until(net, precision):
        return words.passed
    if precision in FINE:
        seconds = (net - now).total_seconds()
        if seconds < 0:
            return count_up(-seconds, compact=compact, words=words)
        return fine_countdown(seconds, compact=compact, words=words)
    when = format_net(net, precision, zone, words)
    if precision in DAYLIKE:
        days = (net.astimezone(dt.UTC).date() - now.astimezone(dt.UTC).date()).days
        if days > 0:
            return words.days_to(days).format(when)
        return (words.this_week if precision is NetPrecision.WEEK else words.today).format(when)
    return words.net.format(when)


def mission_countdown(
    m: Scheduled,
    now: dt.datetime,
    zone: Zone = dt.UTC,
    *,
    compact: bool = False,
    words: Wording = ENGLISH,
) -> str:
    """The mission's clock at ``now``: its countdown (or count-up through T−0), HOLD, the
    time since liftoff while in flight on the board, or what became of it."""
    p = phase(m, now)
    if p is Phase.HOLD:
        return words.hold
    if p is Phase.IN_FLIGHT:
        if m.net_precision in FINE and m.net < now and is_on_board(m, now):
            return count_up((now - m.net).total_seconds(), compact=compact, words=words)
        return words.status(m.status)
    if p is Phase.OUTCOME:
        return words.status(m.status)
    return countdown_text(m.net, m.net_precision, now, zone, compact=compact, words=words)


def phase_note(p: Phase, status: LaunchStatus, reason: str = "", words: Wording = ENGLISH) -> str:
    """The phase in words, beside the clock; '' where the clock says it all. A reason is
    data and stays as written."""
    if p is Phase.HOLD:
        return reason or words.hold_note
    if p is Phase.LAUNCHING:
        return words.liftoff
    if p is Phase.IN_FLIGHT:
        return words.in_flight
    if p is Phase.OUTCOME and reason:
        return words.outcome_note.format(words.status(status), reason)
    return ""


@dataclass(frozen=True, slots=True)
class LaunchState:
    """What a countdown display shows of a mission at one moment."""

    phase: Phase
    seconds_until: int
    clock: str  # 'T− 3d 18:21:00', 'T+ 00:00:05', 'HOLD', 'NET Nov 2022', ...
    note: str  # 'Liftoff — awaiting confirmation', a hold's reason, or ''


def launch_state(
    m: Scheduled,
    now: dt.datetime,
    zone: Zone = dt.UTC,
    *,
    reason: str = "",
    compact: bool = False,
    words: Wording = ENGLISH,
) -> LaunchState:
    """Everything a display needs at ``now``; ``reason`` is the status reason, if known."""
    p = phase(m, now)
    return LaunchState(
        phase=p,
        seconds_until=seconds_until(m, now),
        clock=mission_countdown(m, now, zone, compact=compact, words=words),
        note=phase_note(p, m.status, reason, words),
    )


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


def format_duration(delta: dt.timedelta, words: Wording = ENGLISH) -> str:
    """'3 days 22 h 27 min', to the nearest minute, sign dropped (the caller says which way)."""
    minutes = round(abs(delta.total_seconds()) / 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    parts = [words.days(days)] if days else []
    parts += [words.hours.format(hours)] if hours else []
    parts += [words.minutes.format(mins)] if mins or not parts else []
    return " ".join(parts)


def slip_summary(name: str, history: Sequence[Slip], words: Wording = ENGLISH) -> str:
    """E.g. 'Crew-3: 2 changes, slipped 3 days 22 h 27 min in all'."""
    if not history:
        return words.no_changes.format(name)
    total = total_slip(history)
    if total > dt.timedelta(0):
        text = words.slipped(len(history))
    elif total < dt.timedelta(0):
        text = words.earlier(len(history))
    else:
        text = words.back(len(history))
    return text.format(name, format_duration(total, words))
