"""iCalendar export: one VEVENT per launch yet to happen, for any calendar app to subscribe to.

Pure: the caller passes the missions and the moment (DTSTAMP), so the same data always gives
the same bytes (icalendar's ``Event.new()`` would invent a random UID and stamp "now"). A
mission keeps its UID for life (its stable identity, the same in every database) and its
SEQUENCE counts its reschedules, so a re-exported file updates the event already in a
calendar instead of adding a second one.

Precision decides the shape of the event: Second, Minute and Hour give a timed event in UTC;
Morning, Afternoon and Day an all-day event on the UTC date; Week a tentative all-day event
spanning the week; Month and anything coarser one tentative all-day event on the period's
first day, its title saying the NET ("Crew-5 (NET H2 2022) launch"), since a block of six
months would fill a calendar and read as six months of launch.

Text from the data goes through ``tracker.text.printable``: RFC 5545 allows no control
characters, and a bidi override would make a title read as something it is not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from icalendar import Calendar, Event

from tracker import schedule
from tracker.text import printable
from tracker.vocabulary import LaunchStatus, NetPrecision

if TYPE_CHECKING:  # plain records only: nothing here touches the store at run time
    from tracker.store.records import MissionDetail

PRODID = "-//Mission Tracker//mission-tracker//EN"
CALENDAR_NAME = "Mission Tracker launches"
DAY_EVENT = frozenset({NetPrecision.MORNING, NetPrecision.AFTERNOON, NetPrecision.DAY})


def event_uid(m: MissionDetail) -> str:
    """The UID a mission keeps in every export from every database (its stable identity:
    its LL2 id, else the UUID it was given), so calendars update rather than duplicate, and
    two databases' calendars side by side never collide on a row number."""
    return f"{printable(m.uid)}@mission-tracker"


def is_coarse(precision: NetPrecision) -> bool:
    """Month or coarser: the event is one day standing for the whole period."""
    return precision.rank >= NetPrecision.MONTH.rank


def _summary(m: MissionDetail) -> str:
    name = m.name
    if is_coarse(m.net_precision):
        name += f" (NET {schedule.format_net(m.net, m.net_precision)})"
    title = f"{name} launch \u00b7 {m.vehicle}" if m.vehicle else f"{name} launch"
    return printable(title)


def _description(m: MissionDetail) -> str:
    vehicle = m.spacecraft + (f" ({m.capsule})" if m.capsule and m.spacecraft else "")
    if m.launcher:
        vehicle = f"{vehicle} on {m.launcher}" if vehicle else m.launcher
    crew = "; ".join(f"{c.name} ({c.role}, {c.agency})" for c in m.crew) or "uncrewed"
    lines = [
        f"NET: {schedule.format_net(m.net, m.net_precision)} (precision: {m.net_precision})",
        f"Status: {m.status.label}",
        f"Vehicle: {vehicle or 'not known'}",
        f"Crew: {crew}",
    ]
    lines += [f"Operator: {m.operator}"] if m.operator else []
    lines += [f"Destination: {m.destination}"] if m.destination else []
    if m.history:
        lines.append(schedule.slip_summary(m.name, m.history))
    lines.append(f"Source: {m.source or 'not given'}")
    return printable("\n".join(lines), multiline=True)


def mission_event(m: MissionDetail, stamp: dt.datetime) -> Event:
    """The VEVENT for one pending mission (see the module docstring for its shape)."""
    event = Event()
    event.add("uid", event_uid(m))
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    event.add("sequence", len(m.history))
    event.add("summary", _summary(m))
    event.add("description", _description(m))
    if m.launch_site:
        event.add("location", printable(m.launch_site))
    if m.net_precision in schedule.FINE:
        start = m.net.astimezone(dt.UTC)
        event.add("dtstart", start)
        if m.window_end is not None and m.window_end > start:
            event.add("dtend", m.window_end.astimezone(dt.UTC))
    else:
        first = schedule.period_start(m.net, m.net_precision).date()
        event.add("dtstart", first)
        if is_coarse(m.net_precision):
            event.add("dtend", first + dt.timedelta(days=1))
        else:  # a day, or the week it names
            event.add("dtend", schedule.deadline(m.net, m.net_precision).date())
    exact = m.net_precision in schedule.FINE or m.net_precision in DAY_EVENT
    confirmed = m.status is LaunchStatus.GO and exact
    event.add("status", "CONFIRMED" if confirmed else "TENTATIVE")
    event.add("transp", "TRANSPARENT")  # a launch to watch, not time the reader is busy
    return event


def calendar_bytes(missions: Sequence[MissionDetail], now: dt.datetime) -> bytes:
    """An iCalendar file with one event per mission yet to launch, in launch order."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", CALENDAR_NAME)
    pending = sorted((m for m in missions if m.status.is_pending), key=schedule.launch_key)
    for m in pending:
        cal.add_component(mission_event(m, now))
    return bytes(cal.to_ical())
