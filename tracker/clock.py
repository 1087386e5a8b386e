"""The clock the app reads: live, or simulated from a chosen moment.

A simulated clock starts where ``--now`` says and then runs at normal speed, so countdowns
tick (like Gpredict's simulated time). Passed in, never global, so tests control time: the
monotonic source it runs on is injected too, so a test moves a simulated clock by exactly
the seconds it means, without waiting for them.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from tracker.errors import UserError
from tracker.vocabulary import YEAR_MAX, YEAR_MIN

Now = Callable[[], dt.datetime]
Monotonic = Callable[[], float]  # seconds, only ever compared with itself


class Clock:
    """A callable returning the current aware UTC time, offset from the wall clock."""

    def __init__(
        self, start: dt.datetime | None = None, monotonic: Monotonic = time.monotonic
    ) -> None:
        self._monotonic = monotonic
        self.set(start)

    def set(self, start: dt.datetime | None) -> None:
        """Jump to ``start`` (then run on), or back to live time with ``None``."""
        self._start = start.astimezone(dt.UTC) if start is not None else None
        self._anchor = self._monotonic()

    @property
    def simulated(self) -> bool:
        return self._start is not None

    def __call__(self) -> dt.datetime:
        if self._start is None:
            return dt.datetime.now(dt.UTC)
        return self._start + dt.timedelta(seconds=self._monotonic() - self._anchor)


def parse_instant(text: str) -> dt.datetime:
    """Read an ISO-8601 instant; a value without a zone is taken as UTC."""
    raw = text.strip()
    try:
        value = dt.datetime.fromisoformat(raw.replace("z", "Z"))
    except ValueError:
        raise UserError(
            f"not a date and time: {text!r} (use ISO-8601, e.g. 2021-10-27T12:00:00Z)"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    if not YEAR_MIN <= value.year <= YEAR_MAX:
        raise UserError(f"date out of range: {text!r} (years {YEAR_MIN} to {YEAR_MAX})")
    return value.astimezone(dt.UTC)
