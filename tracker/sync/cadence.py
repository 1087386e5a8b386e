"""When to sync next: rarely while nothing is near, more often before a followed launch.

Pure time arithmetic, so the window's timer and the tests agree without a clock. The
automatic cadence never plans to use more than half the hour's budget: the rest is kept for
File ▸ Update Now and ``tracker sync``. The ledger still has the last word on when a request
may go (``allowed_from``).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

RELAXED = dt.timedelta(hours=2)  # nothing followed within a day
NEAR = dt.timedelta(minutes=15)  # a followed launch within NEAR_HORIZON
CLOSE = dt.timedelta(minutes=5)  # within CLOSE_HORIZON of its T−0, either side
NEAR_HORIZON = dt.timedelta(hours=24)
CLOSE_HORIZON = dt.timedelta(hours=1)
FIRST_RETRY = dt.timedelta(minutes=5)  # after a failed sync; doubles with each failure
HOUR = dt.timedelta(hours=1)


def live_now() -> dt.datetime:
    """The wall clock: request budgets and the cadence run on it, whatever the window's
    (possibly simulated) clock shows."""
    return dt.datetime.now(dt.UTC)


def interval(now: dt.datetime, followed: Iterable[dt.datetime], budget: int) -> dt.timedelta:
    """How long between syncs given the NETs of the followed launches: the nearest one that
    is ahead (or lifted off within the last hour, for its outcome) sets the pace."""
    ahead = [net - now for net in followed if net - now > -CLOSE_HORIZON]
    nearest = min(ahead, default=None)
    if nearest is None or nearest > NEAR_HORIZON:
        pace = RELAXED
    elif nearest > CLOSE_HORIZON:
        pace = NEAR
    else:
        pace = CLOSE
    # half the budget at one request a sync, in whole seconds rounded up
    floor = dt.timedelta(seconds=math.ceil(HOUR.total_seconds() / max(budget // 2, 1)))
    return max(pace, floor)


def retry_after(failures: int, pace: dt.timedelta) -> dt.timedelta:
    """The wait after ``failures`` failed syncs in a row: 5 min, 10, 20, … never beyond the
    ordinary pace (offline is normal: the app just tries again later)."""
    if failures < 1:
        return dt.timedelta(0)
    return min(FIRST_RETRY * (1 << min(failures - 1, 16)), max(pace, FIRST_RETRY))


def next_sync(
    now: dt.datetime,
    *,
    last_success: dt.datetime | None,
    last_attempt: dt.datetime | None = None,
    failures: int = 0,
    followed: Iterable[dt.datetime] = (),
    budget: int,
    allowed_from: dt.datetime | None = None,
) -> dt.datetime:
    """When the next automatic sync is due (``now`` when it is overdue): ``interval`` after
    the last success, no sooner than the retry wait after failures, and never before the
    ledger allows a request."""
    pace = interval(now, followed, budget)
    due = now if last_success is None else last_success + pace
    if failures and last_attempt is not None:
        due = max(due, last_attempt + retry_after(failures, pace))
    if allowed_from is not None:
        due = max(due, allowed_from)
    return max(due, now)
