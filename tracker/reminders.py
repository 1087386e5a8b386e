"""Which launch reminders are due: pure logic, no Qt, so a controlled clock can test it.

A reminder is (mission, lead time, NET): its key names all three, so a slip makes new keys
(the reminders re-arm) while a restart finds the old keys already fired (they stay quiet).
The caller keeps the fired keys (the tray service stores them in QSettings).

Only pending missions with a fine NET (Second, Minute, Hour) get timed reminders: "T−1 h"
means nothing for a NET of "H2 2022". A lead's window runs from its moment (T−lead) to T−0.
When several windows are open at once (the app was closed through T−24 h and starts at
T−30 min), only the shortest lead fires and it settles the longer ones: one reminder, never
a flood of stale ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from tracker import schedule
from tracker.vocabulary import LaunchStatus, NetPrecision

DEFAULT_LEADS: tuple[dt.timedelta, ...] = (
    dt.timedelta(hours=24),
    dt.timedelta(hours=1),
    dt.timedelta(minutes=10),
)
MAX_LEAD = dt.timedelta(days=30)


class Followable(Protocol):
    """What reminders need of a mission: a ``MissionRow`` has all of it."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def status(self) -> LaunchStatus: ...
    @property
    def net(self) -> dt.datetime: ...
    @property
    def net_precision(self) -> NetPrecision: ...
    @property
    def crew_count(self) -> int: ...
    @property
    def vehicle(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Reminder:
    """One notification to show now; ``settles`` are all the keys it answers for."""

    mission_id: int
    mission_name: str
    vehicle: str
    net: dt.datetime
    net_precision: NetPrecision
    lead: dt.timedelta
    key: str
    settles: tuple[str, ...]

    def title(self, now: dt.datetime) -> str:
        """E.g. 'Crew-3 launches in 1 h' (the time left, not the nominal lead)."""
        return f"{self.mission_name} launches in {schedule.format_duration(self.net - now)}"

    def text(self, zone: schedule.Zone = dt.UTC) -> str:
        net = schedule.format_net(self.net, self.net_precision, zone)
        return f"{self.vehicle} \u00b7 NET {net}" if self.vehicle else f"NET {net}"


def reminder_key(mission_id: int, lead: dt.timedelta, net: dt.datetime) -> str:
    """'7|3600|2021-10-31T06:21:00Z': mission, lead in seconds, NET in UTC."""
    stamp = net.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{mission_id}|{round(lead.total_seconds())}|{stamp}"


def key_net(key: str) -> dt.datetime | None:
    """The NET a key was made for (None for a key this version cannot read)."""
    try:
        stamp = key.rsplit("|", 1)[1]
        return dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except (IndexError, ValueError):
        return None


def followed_ids(
    missions: Iterable[Followable], followed: Collection[int], unfollowed: Collection[int]
) -> set[int]:
    """Crewed missions unless unfollowed, plus any the user chose to follow."""
    return {
        m.id for m in missions if m.id in followed or (m.crew_count > 0 and m.id not in unfollowed)
    }


def due_reminders(
    missions: Iterable[Followable],
    leads: Sequence[dt.timedelta],
    followed: Collection[int],
    fired: Collection[str],
    now: dt.datetime,
) -> list[Reminder]:
    """The reminders to show at ``now``: at most one per mission, none already fired."""
    due: list[Reminder] = []
    for m in missions:
        if m.id not in followed or not m.status.is_pending:
            continue
        if m.net_precision not in schedule.FINE or not now < m.net:
            continue
        open_leads = sorted({lead for lead in leads if m.net - lead <= now})
        if not open_leads:
            continue
        keys = tuple(reminder_key(m.id, lead, m.net) for lead in open_leads)
        if keys[0] in fired:  # the shortest open lead has spoken; the longer ones are stale
            continue
        due.append(
            Reminder(
                mission_id=m.id,
                mission_name=m.name,
                vehicle=m.vehicle,
                net=m.net,
                net_precision=m.net_precision,
                lead=open_leads[0],
                key=keys[0],
                settles=keys,
            )
        )
    return sorted(due, key=lambda r: (r.net, r.mission_name))


def prune_fired(fired: Iterable[str], now: dt.datetime) -> set[str]:
    """Drop keys whose NET has passed: they can never fire again, so need no memory."""
    kept = set()
    for key in fired:
        net = key_net(key)
        if net is not None and net > now:
            kept.add(key)
    return kept


def parse_leads(text: str) -> tuple[dt.timedelta, ...]:
    """Lead times from minutes, e.g. '1440,60,10'; bad or empty input gives the defaults."""
    try:
        minutes = {int(part) for part in text.replace(" ", "").split(",") if part}
    except ValueError:
        return DEFAULT_LEADS
    leads = sorted(
        (dt.timedelta(minutes=m) for m in minutes if 0 < m <= MAX_LEAD.total_seconds() // 60),
        reverse=True,
    )
    return tuple(leads) or DEFAULT_LEADS


def format_leads(leads: Iterable[dt.timedelta]) -> str:
    """The inverse of ``parse_leads``: '1440,60,10'."""
    minutes = sorted({round(lead.total_seconds() / 60) for lead in leads}, reverse=True)
    return ",".join(str(m) for m in minutes)
