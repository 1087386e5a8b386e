"""Which launch reminders and outcome notices are due: pure logic, no Qt, so a controlled
clock can test it.

A reminder is (mission, lead time, NET): its key names all three, so a slip makes new keys
(the reminders re-arm) while a restart finds the old keys already fired (they stay quiet).
The caller keeps the fired keys (the tray service stores them in QSettings).

Timed reminders need a NET known to the hour (Second, Minute, Hour): "T−1 h" means nothing
for a NET of "H2 2022". A NET known to the day (Day, Morning, Afternoon) gets only the leads
of a day or more ("launches tomorrow"); a coarser one none until it is refined. A lead's
window runs from its moment (T−lead) to T−0, so nothing fires for a NET already passed (the
app started after it). When several windows are open at once (the app was closed through
T−24 h and starts at T−30 min), only the shortest lead fires and it settles the longer ones:
one reminder, never a flood of stale ones. A mission on hold gets none (the count has
stopped); released at the same NET, its unfired reminders can fire again.

An outcome notice is the news that a followed launch has lifted off or ended (In Flight,
Success, Failure, Partial Failure): ``OutcomeWatch`` remembers the statuses it last saw and
reports the changes, so a restart does not repeat old news.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from tracker import schedule
from tracker.errors import ValidationError
from tracker.vocabulary import FINAL_STATUSES, LaunchStatus, NetPrecision

DEFAULT_LEADS: tuple[dt.timedelta, ...] = (
    dt.timedelta(hours=24),
    dt.timedelta(hours=1),
    dt.timedelta(minutes=10),
)
MAX_LEAD = dt.timedelta(days=30)
DAY = dt.timedelta(days=1)
# A NET known to the day takes the leads of a day or more; a coarser one, none.
DAY_KNOWN = frozenset({NetPrecision.MORNING, NetPrecision.AFTERNOON, NetPrecision.DAY})
NEWS = frozenset({LaunchStatus.IN_FLIGHT, *FINAL_STATUSES})  # what an outcome notice tells
LEADS_ACCEPTED = (
    "lead times such as 24 h, 1 h, 10 min (also 1 d, 30 min, 2 h 30 min, or plain minutes), "
    "separated by commas, each more than 0 and at most 30 days"
)
_UNITS = {
    **dict.fromkeys(("d", "day", "days"), dt.timedelta(days=1)),
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours"), dt.timedelta(hours=1)),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes"), dt.timedelta(minutes=1)),
}
_AMOUNT = re.compile(r"(\d+)\s*([a-z]+)")


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
        """E.g. 'Crew-3 launches in 1 h' (the time left, not the nominal lead); under half a
        minute, 'Crew-3 is launching now' (never 'in 0 min'); for a NET known to the day,
        'Soyuz MS-20 launches tomorrow'."""
        if self.net_precision in schedule.FINE:
            left = self.net - now
            if round(left.total_seconds() / 60) <= 0:
                return f"{self.mission_name} is launching now"
            return f"{self.mission_name} launches in {schedule.format_duration(left)}"
        days = (self.net.astimezone(dt.UTC).date() - now.astimezone(dt.UTC).date()).days
        when = "today" if days <= 0 else "tomorrow" if days == 1 else f"in {days} days"
        return f"{self.mission_name} launches {when}"

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


def lead_applies(precision: NetPrecision, lead: dt.timedelta) -> bool:
    """Whether a reminder ``lead`` before a NET of ``precision`` means anything."""
    return precision in schedule.FINE or (precision in DAY_KNOWN and lead >= DAY)


def due_reminders(
    missions: Iterable[Followable],
    leads: Sequence[dt.timedelta],
    followed: Collection[int],
    fired: Collection[str],
    now: dt.datetime,
) -> list[Reminder]:
    """The reminders to show at ``now``: at most one per mission, none already fired, none
    for a mission on hold or whose NET has passed."""
    due: list[Reminder] = []
    for m in missions:
        if m.id not in followed or not m.status.is_pending or m.status is LaunchStatus.HOLD:
            continue
        if not now < m.net:
            continue
        open_leads = sorted(
            {lead for lead in leads if lead_applies(m.net_precision, lead) and m.net - lead <= now}
        )
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


@dataclass(frozen=True, slots=True)
class FollowOffer:
    """Whether "Remind me before launch" is offered for a mission now, and when it can fire."""

    offered: bool
    note: str


def follow_offer(m: schedule.Scheduled, now: dt.datetime) -> FollowOffer:
    """Reminders are for launches yet to come: never for a NET already passed; for a NET
    coarser than the day, they wait until it is known to the day."""
    if not m.status.is_pending:
        return FollowOffer(False, "")
    fine_or_day = m.net_precision in schedule.FINE or m.net_precision in DAY_KNOWN
    closes = m.net if fine_or_day else schedule.deadline(m.net, m.net_precision)
    if now >= closes:
        return FollowOffer(False, "NET passed: no reminder to give")
    if m.status is LaunchStatus.HOLD:
        return FollowOffer(True, "On hold: reminders wait until the count resumes")
    if m.net_precision in DAY_KNOWN:
        return FollowOffer(True, "A day ahead; nearer reminders once the launch time is known")
    if not fine_or_day:
        return FollowOffer(True, "Reminders start once the NET is known to the day")
    return FollowOffer(True, "")


# --- outcome notices -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutcomeNotice:
    """A followed launch lifted off or ended: 'Crew-3: Launch Successful'."""

    mission_id: int
    mission_name: str
    vehicle: str
    status: LaunchStatus

    def title(self) -> str:
        return f"{self.mission_name}: {self.status.label}"

    def text(self) -> str:
        return self.vehicle


class OutcomeWatch:
    """The statuses of followed launches as last seen; a change to an outcome is news.

    Only launches still to be decided (pending or in flight) are remembered, so the memory
    stays small; what it has never seen makes no news (a restart repeats nothing).
    """

    def __init__(self) -> None:
        self._seen: dict[int, LaunchStatus] = {}

    def update(
        self, missions: Iterable[Followable], followed: Collection[int]
    ) -> list[OutcomeNotice]:
        news: list[OutcomeNotice] = []
        for m in missions:
            if m.id not in followed:
                continue
            before = self._seen.pop(m.id, None)
            if m.status.is_pending or m.status is LaunchStatus.IN_FLIGHT:
                self._seen[m.id] = m.status
            if before is not None and before is not m.status and m.status in NEWS:
                news.append(OutcomeNotice(m.id, m.name, m.vehicle, m.status))
        return news


# --- lead times ------------------------------------------------------------------------------


def parse_lead(text: str) -> dt.timedelta:
    """One lead time: '24 h', '1 d', '30 min', '2 h 30 min', '1d 2h', or plain minutes."""
    item = " ".join(text.lower().split())
    if item.isdigit():
        lead = dt.timedelta(minutes=int(item))
    elif item and _AMOUNT.sub("", item).strip() == "":
        lead = dt.timedelta(0)
        for amount, unit in _AMOUNT.findall(item):
            if unit not in _UNITS:
                raise ValidationError(f"{text.strip()!r} is not a lead time: use {LEADS_ACCEPTED}")
            lead += int(amount) * _UNITS[unit]
    else:
        raise ValidationError(f"{text.strip()!r} is not a lead time: use {LEADS_ACCEPTED}")
    if not dt.timedelta(0) < lead <= MAX_LEAD:
        raise ValidationError(f"{text.strip()!r} is out of range: use {LEADS_ACCEPTED}")
    return lead


def parse_leads(text: str) -> tuple[dt.timedelta, ...]:
    """Lead times as the dialog suggests them, '24 h, 1 h, 10 min' (or minutes, '1440,60,10'),
    longest first; anything else is refused with a message that says what is accepted."""
    items = [item for item in text.split(",") if item.strip()]
    if not items:
        raise ValidationError(f"No lead time given: use {LEADS_ACCEPTED}")
    return tuple(sorted({parse_lead(item) for item in items}, reverse=True))


def format_lead(lead: dt.timedelta) -> str:
    """'24 h', '10 min', '2 h 30 min': what ``parse_lead`` reads back."""
    minutes = round(lead.total_seconds() / 60)
    hours, mins = divmod(minutes, 60)
    parts = (f"{hours} h" if hours else "", f"{mins} min" if mins else "")
    return " ".join(part for part in parts if part)


def format_leads(leads: Iterable[dt.timedelta]) -> str:
    """The inverse of ``parse_leads``: '24 h, 1 h, 10 min'."""
    return ", ".join(format_lead(lead) for lead in sorted(set(leads), reverse=True))
