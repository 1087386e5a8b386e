"""The sync's state in one line, as the window's status bar and ``tracker sync`` say it:
"Updated 12:03 · next 12:33", "Offline — data as of 27 Oct 2021 12:00 UTC", "Rate limited
until 12:40". Pure, so the words are tested without a window or a network."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from tracker.schedule import Zone, zone_label
from tracker.sync.errors import SyncFailed

if TYPE_CHECKING:
    from tracker.sync.run import SyncResult


def clock_time(when: dt.datetime, now: dt.datetime, zone: Zone) -> str:
    """'12:03' on the same day as ``now`` in ``zone``, else '28 Oct 12:03'."""
    local = when.astimezone(zone)
    if local.date() == now.astimezone(zone).date():
        return f"{local:%H:%M}"
    return f"{local.day} {local:%b %H:%M}"


def moment(when: dt.datetime, zone: Zone) -> str:
    """A whole moment with its zone, e.g. '27 Oct 2021 12:00 UTC'."""
    local = when.astimezone(zone)
    return f"{local.day} {local:%b %Y %H:%M} {zone_label(when, zone)}"


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the window knows of its syncs; each outcome makes the next one (``after`` a
    sync that returned, ``failed`` one that raised), and ``text`` says it."""

    data_as_of: dt.datetime | None = None
    last_success: dt.datetime | None = None
    next_sync: dt.datetime | None = None
    waiting_until: dt.datetime | None = None  # no request may go before this
    throttled: bool = False  # the wait is a 429's, not our own budget's
    failure: str | None = None  # the last sync's one line, until one succeeds
    offline: bool = False
    failures: int = 0  # failed syncs in a row (for the cadence's retry)

    def updated(
        self, at: dt.datetime, data_as_of: dt.datetime | None, next_sync: dt.datetime | None
    ) -> SyncStatus:
        """A sync that finished: failures and waits are over."""
        return SyncStatus(
            data_as_of=data_as_of or self.data_as_of, last_success=at, next_sync=next_sync
        )

    def waiting(
        self, until: dt.datetime, *, throttled: bool, next_sync: dt.datetime | None = None
    ) -> SyncStatus:
        """Nothing may be sent before ``until`` (a 429's time when ``throttled``)."""
        return replace(self, waiting_until=until, throttled=throttled, next_sync=next_sync)

    def after(
        self, result: SyncResult, at: dt.datetime, next_sync: dt.datetime | None
    ) -> SyncStatus:
        """The state once ``run_sync`` returned ``result`` at ``at``."""
        if result.fetched or result.next_allowed is None:
            return self.updated(at, result.data_as_of, next_sync)
        return self.waiting(result.next_allowed, throttled=result.throttled, next_sync=next_sync)

    def failed(self, error: SyncFailed, next_sync: dt.datetime | None = None) -> SyncStatus:
        return replace(
            self,
            failure=str(error),
            offline=error.offline,
            failures=self.failures + 1,
            next_sync=next_sync,
        )

    def text(self, now: dt.datetime, zone: Zone) -> str:
        if self.waiting_until is not None and self.waiting_until > now:
            until = clock_time(self.waiting_until, now, zone)
            if self.throttled:
                return f"Rate limited until {until}"
            return f"Request budget spent \u2014 next update {until}"
        if self.failure is not None:
            head = "Offline" if self.offline else "Update failed"
            return f"{head} \u2014 {self._age(zone)}"
        if self.last_success is not None:
            done = f"Updated {clock_time(self.last_success, now, zone)}"
            if self.next_sync is None:
                return done
            return f"{done} \u00b7 next {clock_time(self.next_sync, now, zone)}"
        age = self._age(zone)
        return age[:1].upper() + age[1:]

    def _age(self, zone: Zone) -> str:
        if self.data_as_of is None:
            return "not updated yet"
        return f"data as of {moment(self.data_as_of, zone)}"
