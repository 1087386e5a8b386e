"""The launch board: which missions are yet to fly, in launch order, and what that means now.

Pure (no Qt, no database): the window, the reminders and the tray ask it the same questions
of the same rows, so they never disagree about the next launch. Built once per load or edit
(a sort of the pending rows and of the few in flight); every question after that is a bisect
or a short scan, so a tick each second costs next to nothing even with thousands of missions
yet to fly. The rule itself is ``schedule.next_launch``: a launch stays on the board through
T−0 and its grace period (launching, in flight), then moves on.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from tracker import schedule
from tracker.vocabulary import LaunchStatus

AWAITING_NAMED = 3  # the notice names this many missions, then counts the rest


class Launch(schedule.Scheduled, Protocol):
    """A row the board can hold: anything scheduled with an id (a ``MissionRow``)."""

    @property
    def id(self) -> int: ...


L = TypeVar("L", bound=Launch)


@dataclass(frozen=True, slots=True)
class Outlook(Generic[L]):
    """The next launch at some moment, and the missions whose NET passed with no update."""

    next: L | None
    awaiting: list[L]

    @property
    def next_id(self) -> int | None:
        return self.next.id if self.next is not None else None

    def notice(self) -> str:
        """'Crew-3, Soyuz MS-20 and 2 more: NET passed — awaiting update', or ''."""
        if not self.awaiting:
            return ""
        names = ", ".join(m.name for m in self.awaiting[:AWAITING_NAMED])
        more = len(self.awaiting) - AWAITING_NAMED
        tail = f" and {more} more" if more > 0 else ""
        return f"{names}{tail}: {schedule.PASSED_TEXT}"


class Board(Generic[L]):
    """The pending missions among ``rows`` and those in flight, in ``schedule.launch_key``
    order: the only ones that can be on the board."""

    def __init__(self, rows: Iterable[L] = ()) -> None:
        live = [r for r in rows if r.status.is_pending or r.status is LaunchStatus.IN_FLIGHT]
        self._live = sorted(live, key=schedule.launch_key)
        self._pending = [r for r in self._live if r.status.is_pending]
        self._nets = [r.net for r in self._pending]
        # A fine NET's clock changes each second until its grace period ends (counting up).
        self._last_tick = max(
            (
                schedule.board_until(r.net, r.net_precision)
                for r in self._live
                if r.net_precision in schedule.FINE
            ),
            default=None,
        )

    @property
    def pending(self) -> Sequence[L]:
        """Every mission yet to fly, in launch order."""
        return self._pending

    def outlook(self, now: dt.datetime) -> Outlook[L]:
        """The next launch and those awaiting an update, by the rule of
        ``schedule.next_launch``, without visiting every pending row.

        The scan stops at the first NET still ahead once the next launch is found: a mission
        whose NET is ahead cannot be awaiting an update, so with thousands yet to fly it reads
        a handful.
        """
        nxt: L | None = None
        awaiting: list[L] = []
        for m in self._live:
            if nxt is not None and m.net > now:
                break
            if schedule.is_awaiting_update(m, now):
                awaiting.append(m)
            elif nxt is None and schedule.is_on_board(m, now):
                nxt = m
        return Outlook(nxt, awaiting)

    def due_within(self, now: dt.datetime, horizon: dt.timedelta) -> list[L]:
        """Missions whose NET falls after ``now`` and within ``horizon`` of it: the only ones
        a reminder can be due for (a slice of the launch order, not a scan)."""
        nets = self._nets
        return self._pending[bisect_right(nets, now) : bisect_right(nets, now + horizon)]

    def ticks_every_second(self, now: dt.datetime) -> bool:
        """Whether some clock can still change each second: a Second, Minute or Hour NET
        lies ahead or counts up within its grace period (O(1): the latest end is kept)."""
        return self._last_tick is not None and self._last_tick > now
