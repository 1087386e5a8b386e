"""Reminder logic with a controlled clock: each fires once, a slip re-arms, no floods."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tracker.errors import ValidationError
from tracker.reminders import (
    DEFAULT_LEADS,
    FollowOffer,
    OutcomeWatch,
    due_reminders,
    follow_offer,
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
        row(id=1, net_precision=NetPrecision.WEEK),  # coarser than the day: none yet
        row(id=2, status=LaunchStatus.SUCCESS),
        row(id=3, crew_count=0),
        row(id=4, net_precision=NetPrecision.MONTH),
    ]
    followed = followed_ids(missions, set(), set())
    assert followed == {1, 2, 4}
    due = due_reminders(missions, DEFAULT_LEADS, {1, 2, 3, 4}, set(), NET - 5 * MIN)
    assert [r.mission_id for r in due] == [3]  # only the fine, pending one
    assert due_reminders(missions, DEFAULT_LEADS, followed, set(), NET - 5 * MIN) == []


def test_at_t0_it_says_launching_now_never_in_0_min() -> None:
    (r,) = due_reminders([row()], DEFAULT_LEADS, {8}, set(), NET - dt.timedelta(seconds=20))
    assert r.title(NET - dt.timedelta(seconds=20)) == "Crew-3 is launching now"
    assert r.title(NET - dt.timedelta(seconds=45)) == "Crew-3 launches in 1 min"
    sim = Simulation()
    sim.run([row()], NET - 12 * MIN, NET + 2 * MIN)
    assert [title for _, title in sim.shown] == [
        "Crew-3 launches in 12 min",
        "Crew-3 launches in 10 min",
    ]
    sim.fired.clear()
    sim.run([row()], NET - dt.timedelta(seconds=25), NET + 2 * MIN)
    assert sim.shown[2:] == [(NET - dt.timedelta(seconds=25), "Crew-3 is launching now")]


def test_nothing_for_a_net_passed_before_the_app_started() -> None:
    for start in (NET, NET + dt.timedelta(seconds=5), NET + 2 * HOUR):
        sim = Simulation()
        sim.run([row()], start, start + 10 * MIN)
        assert sim.shown == []


def test_a_hold_silences_and_its_release_rearms() -> None:
    sim = Simulation()
    sim.fired.add(reminder_key(8, dt.timedelta(hours=24), NET))
    held = row(status=LaunchStatus.HOLD)
    sim.run([held], NET - 2 * HOUR, NET - 20 * MIN)  # through T-1 h: on hold, silent
    assert sim.shown == []
    sim.run([row()], NET - 20 * MIN + 5 * dt.timedelta(seconds=1), NET - 5 * MIN)
    assert sim.shown == [
        (NET - 20 * MIN + dt.timedelta(seconds=5), "Crew-3 launches in 20 min"),
        (NET - 10 * MIN, "Crew-3 launches in 10 min"),
    ]


def test_a_net_known_to_the_day_gets_a_day_ahead_only() -> None:
    ms20 = row(id=9, name="Soyuz MS-20", net=dt.datetime(2021, 12, 8, tzinfo=dt.UTC))
    ms20 = dataclasses.replace(ms20, net_precision=NetPrecision.DAY)
    sim = Simulation()
    sim.run([ms20], ms20.net - dt.timedelta(hours=25), ms20.net + HOUR)
    assert sim.shown == [(ms20.net - dt.timedelta(hours=24), "Soyuz MS-20 launches tomorrow")]


def test_follow_is_offered_for_launches_yet_to_come() -> None:
    now = NET - HOUR
    assert follow_offer(row(), now) == FollowOffer(True, "")
    passed = follow_offer(row(), NET + dt.timedelta(seconds=5))
    assert not passed.offered and "passed" in passed.note
    assert not follow_offer(row(status=LaunchStatus.SUCCESS), now).offered
    month = follow_offer(row(net_precision=NetPrecision.MONTH), now)
    assert month.offered and month.note == "Reminders start once the NET is known to the day"
    day = follow_offer(row(net_precision=NetPrecision.DAY), now)
    assert day.offered and "day ahead" in day.note
    held = follow_offer(row(status=LaunchStatus.HOLD), now)
    assert held.offered and "hold" in held.note


def test_an_outcome_of_a_followed_launch_is_news_once() -> None:
    watch = OutcomeWatch()
    crew3, uncrewed = row(), row(id=2, name="Cargo", crew_count=0)
    assert watch.update([crew3, uncrewed], {8}) == []  # first sight: no news
    assert watch.update([crew3], {8}) == []
    (lifted,) = watch.update([row(status=LaunchStatus.IN_FLIGHT)], {8})
    assert lifted.title() == "Crew-3: Launch in Flight" and lifted.text() == "Crew Dragon"
    (done,) = watch.update([row(status=LaunchStatus.SUCCESS)], {8})
    assert done.title() == "Crew-3: Launch Successful"
    assert watch.update([row(status=LaunchStatus.SUCCESS)], {8}) == []  # said once
    assert watch.update([row(status=LaunchStatus.FAILURE)], {8}) == []  # a correction
    assert watch.update([dataclasses.replace(uncrewed, status=LaunchStatus.SUCCESS)], {8}) == []
    restarted = OutcomeWatch()
    assert restarted.update([row(status=LaunchStatus.SUCCESS)], {8}) == []


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


def test_leads_round_trip_as_the_dialog_writes_them() -> None:
    assert format_leads(DEFAULT_LEADS) == "24 h, 1 h, 10 min"
    assert parse_leads("24 h, 1 h, 10 min") == DEFAULT_LEADS
    assert parse_leads("1440,60,10") == DEFAULT_LEADS  # plain minutes, as before
    assert parse_leads("30, 5") == (30 * MIN, 5 * MIN)
    assert parse_leads("1 d") == (dt.timedelta(days=1),)
    assert parse_leads("30 min") == (30 * MIN,)
    assert parse_leads("2 h 30 min, 2h30min, 150") == (150 * MIN,)
    assert parse_leads("1 day, 3 hours, 5 minutes") == (24 * HOUR, 3 * HOUR, 5 * MIN)
    assert format_leads([150 * MIN, 30 * MIN]) == "2 h 30 min, 30 min"


@pytest.mark.parametrize(
    "text", ["", " , ", "soon", "-5", "0", "0 min", "1.5 h", "3 weeks", "31 d"]
)
def test_anything_else_is_refused_saying_what_is_accepted(text: str) -> None:
    with pytest.raises(ValidationError, match=r"24 h, 1 h, 10 min .*1 d, 30 min, 2 h 30 min"):
        parse_leads(text)
