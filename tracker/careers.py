"""Pure arithmetic of careers and vehicles: time in space and success rates.

Standard library only, so the store (the person and vehicle pages), the command line and
the statistics all count the same way:

- A flight reached space when it launched and its launch did not fail (a Failure ends
  before orbit: Soyuz MS-10's crew never got there). Pending flights have not flown.
- Its time in space runs from the launch (the NET) to the landing. A flight with no landing
  yet (In Flight, or a Success still in orbit) counts up to ``now`` and says so
  (``in_space``). Everything is counted as of ``now``: a clock set before a landing counts
  the flight up to the clock, as it was then.
- A finished flight is one with a final launch status; it succeeded when the launch did
  (Success or Deployed) and the crew was not lost on the way home (Soyuz 1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from tracker.vocabulary import LandingOutcome, LaunchStatus

ZERO = dt.timedelta(0)
DAY_SECONDS = 86_400
# Launched and reached space: everything off the pad except a failed launch.
REACHED_SPACE = frozenset(
    {
        LaunchStatus.IN_FLIGHT,
        LaunchStatus.SUCCESS,
        LaunchStatus.PARTIAL_FAILURE,
        LaunchStatus.DEPLOYED,
    }
)
LAUNCH_SUCCEEDED = frozenset({LaunchStatus.SUCCESS, LaunchStatus.DEPLOYED})


@dataclass(frozen=True, slots=True)
class Stay:
    """One flight's time in space as of a moment: how long, and whether it is still going."""

    duration: dt.timedelta
    in_space: bool


def launched(status: LaunchStatus) -> bool:
    """Off the pad (whatever came of it): a seat that flew."""
    return not status.is_pending


def stay(
    status: LaunchStatus,
    launch: dt.datetime,
    landing: dt.datetime | None,
    now: dt.datetime,
) -> Stay | None:
    """The flight's time in space up to ``now``; None when it never reached space (not
    launched yet, a failed launch, or a launch still ahead of ``now``)."""
    if status not in REACHED_SPACE or launch > now:
        return None
    end = now if landing is None or landing > now else landing
    return Stay(duration=max(end - launch, ZERO), in_space=landing is None or landing > now)


def total(stays: Iterable[Stay | None]) -> Stay:
    """The sum of the flights' time in space; in space when any of them still is."""
    counted = [s for s in stays if s is not None]
    return Stay(
        duration=sum((s.duration for s in counted), ZERO),
        in_space=any(s.in_space for s in counted),
    )


def days(delta: dt.timedelta) -> float:
    """A duration in days, to three decimals (about a minute and a half)."""
    return round(delta.total_seconds() / DAY_SECONDS, 3)


def succeeded(status: LaunchStatus, outcome: LandingOutcome | None) -> bool | None:
    """Whether a flight succeeded; None while it has not finished (pending, In Flight)."""
    if not status.is_final:
        return None
    return status in LAUNCH_SUCCEEDED and outcome is not LandingOutcome.CREW_LOST


def success_rate(results: Iterable[bool | None]) -> float | None:
    """Successes over finished flights (``succeeded``'s answers); None with none finished."""
    finished = [r for r in results if r is not None]
    return sum(finished) / len(finished) if finished else None
