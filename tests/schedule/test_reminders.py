"""Reminder logic with a controlled clock: each fires once, a slip re-arms, no floods."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tracker.reminders import (
    DEFAULT_LEADS,
    due_reminders,
    followed_ids,
    format_leads,
    parse_leads,
    prune_fired,
    reminder_key,
)
from tracker.store.records import MissionRow
from tracker.vocabulary import LaunchStatus, NetPrecision

NET = dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)
MIN = dt.timedelta(minutes=1)


def row(**changes: object) -> MissionRow:
    base = MissionRow(
        id=8,
        name="Crew-3",
        status=LaunchStatus.GO,
        net=NET,
        net_precision=NetPrecision.MINUTE,
        spacecraft="Crew Dragon",
        launcher="Falcon 9 Block 5",
        operator="SpaceX",
        destination="ISS",
        crew_count=4,
        crew_names="Raja Chari",
        slips=1,
        version=1,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


class Simulation:
    """What the app does: check every 5 s, remember fired keys across restarts."""

    def __init__(self) -> None:
        self.fired: set[str] = set()
        self.shown: list[tuple[dt.datetime, str]] = []

    def check(self, missions: list[MissionRow], now: dt.datetime) -> None:
        followed = followed_ids(missions, set(), set())
        for r in due_reminders(missions, DEFAULT_LEADS, followed, self.fired, now):
            self.shown.append((now, r.title(now)))
            self.fired.update(r.settles)

    def run(self, missions: list[MissionRow], start: dt.datetime, end: dt.datetime) -> None:
        now = start
        while now <= end:
            self.check(missions, now)
            now += dt.timedelta(seconds=5)


def test_t_minus_one_hour_fires_exactly_once() -> None:
    sim = Simulation()
    sim.fired.add(reminder_key(8, dt.timedelta(hours=24), NET))  # T-24 h was shown earlier
    sim.run([row()], NET - HOUR - 2 * MIN, NET - 30 * MIN)
    assert sim.shown == [(NET - HOUR, "Crew-3 launches in 1 h")]


def test_starting_inside_a_window_fires_once_at_start() -> None:
    sim = Simulation()
    start = NET - 3 * HOUR
    sim.run([row()], start, NET - 2 * HOUR)
    assert sim.shown == [(start, "Crew-3 launches in 3 h")]


def test_each_lead_fires_once_through_the_countdown() -> None:
    sim = Simulation()
    sim.run([row()], NET - dt.timedelta(hours=25), NET + HOUR)
    assert sim.shown == [
        (NET - dt.timedelta(hours=24), "Crew-3 launches in 1 day"),
        (NET - HOUR, "Crew-3 launches in 1 h"),
        (NET - 10 * MIN, "Crew-3 launches in 10 min"),
    ]


def test_not_again_after_a_restart() -> None:
    sim = Simulation()
    sim.run([row()], NET - HOUR - MIN, NET - HOUR + MIN)
    assert [title for _, title in sim.shown] == [
        "Crew-3 launches in 1 h 1 min",
        "Crew-3 launches in 1 h",
    ]
    restarted = Simulation()
    restarted.fired = set(sim.fired)  # what QSettings kept
    restarted.run([row()], NET - HOUR + 2 * MIN, NET - 11 * MIN)
    assert restarted.shown == []


def test_a_slip_rearms() -> None:
    sim = Simulation()
    sim.run([row()], NET - dt.timedelta(hours=25), NET - 50 * MIN)
    assert len(sim.shown) == 2  # T-24 h and T-1 h
    slipped = row(net=NET + dt.timedelta(days=3))
    sim.run([slipped], NET - 50 * MIN, slipped.net - 30 * MIN)
    assert sim.shown[2:] == [
        (slipped.net - dt.timedelta(hours=24), "Crew-3 launches in 1 day"),
        (slipped.net - HOUR, "Crew-3 launches in 1 h"),
    ]


def test_a_late_start_fires_one_reminder_not_a_flood() -> None:
    sim = Simulation()
    start = NET - 5 * MIN  # the app was closed through T-24 h, T-1 h and T-10 min
    sim.run([row()], start, NET + HOUR)
    assert sim.shown == [(start, "Crew-3 launches in 5 min")]


def test_nothing_once_the_net_has_passed() -> None:
    sim = Simulation()
    sim.run([row()], NET, NET + HOUR)
    assert sim.shown == []


def test_coarse_or_flown_or_unfollowed_missions_are_quiet() -> None:
    missions = [
        row(id=1, net_precision=NetPrecision.DAY),
        row(id=2, status=LaunchStatus.SUCCESS),
        row(id=3, crew_count=0),
    ]
    followed = followed_ids(missions, set(), set())
    assert followed == {1, 2}
    due = due_reminders(missions, DEFAULT_LEADS, {1, 2, 3}, set(), NET - 5 * MIN)
    assert [r.mission_id for r in due] == [3]  # only the fine, pending one
    assert due_reminders(missions, DEFAULT_LEADS, followed, set(), NET - 5 * MIN) == []


def test_follow_overrides() -> None:
    missions = [row(id=1), row(id=2, crew_count=0)]
    assert followed_ids(missions, followed={2}, unfollowed={1}) == {2}


def test_text_names_vehicle_and_net_in_zone() -> None:
    (r,) = due_reminders([row()], DEFAULT_LEADS, {8}, set(), NET - HOUR)
    from zoneinfo import ZoneInfo

    assert r.text(ZoneInfo("Europe/Berlin")) == "Crew Dragon \u00b7 NET 2021-10-31 07:21 CET"


def test_prune_keeps_only_future_nets() -> None:
    old = reminder_key(8, HOUR, NET)
    new = reminder_key(8, HOUR, NET + dt.timedelta(days=3))
    assert prune_fired({old, new, "garbage"}, NET + MIN) == {new}


def test_leads_round_trip_and_fall_back() -> None:
    assert format_leads(DEFAULT_LEADS) == "1440,60,10"
    assert parse_leads("1440,60,10") == DEFAULT_LEADS
    assert parse_leads("30, 5") == (30 * MIN, 5 * MIN)
    assert parse_leads("") == DEFAULT_LEADS
    assert parse_leads("soon") == DEFAULT_LEADS
    assert parse_leads("-5,0") == DEFAULT_LEADS
