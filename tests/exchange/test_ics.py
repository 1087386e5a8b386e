"""The calendar export, parsed back with icalendar: one rule per test."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from icalendar import Calendar, Event

from tests.conftest import REPORT_DAY
from tracker.errors import UserError
from tracker.exchange.files import write_atomic
from tracker.exchange.ics import calendar_bytes, event_uid
from tracker.store.catalog import Catalog
from tracker.store.database import open_database
from tracker.store.records import MissionDetail
from tracker.store.repository import Repository
from tracker.vocabulary import LaunchStatus, NetPrecision

NOV3 = dt.datetime(2021, 11, 3, 5, 10, tzinfo=dt.UTC)


def pending(repo: Repository) -> list[MissionDetail]:
    return [repo.mission(r.id) for r in repo.missions() if r.status.is_pending]


def events(data: bytes) -> dict[str, Event]:
    """The events by mission name: a title is 'Crew-3 launch · …' or 'Crew-5 (NET …) launch'."""
    cal = Calendar.from_ical(data)
    return {re.split(r" \(NET | launch", str(e["summary"]))[0]: e for e in cal.walk("VEVENT")}


def test_one_event_per_pending_mission(repo: Repository) -> None:
    everything = [repo.mission(r.id) for r in repo.missions()]
    evs = events(calendar_bytes(everything, REPORT_DAY))
    assert sorted(evs) == sorted(m.name for m in everything if m.status.is_pending)
    assert "Crew-3" in evs and "Crew-5" in evs
    uids = [str(e["uid"]) for e in evs.values()]
    assert len(set(uids)) == len(uids)


def test_output_is_reproducible(repo: Repository) -> None:
    missions = pending(repo)
    assert calendar_bytes(missions, REPORT_DAY) == calendar_bytes(missions, REPORT_DAY)
    ev = events(calendar_bytes(missions, REPORT_DAY))["Crew-3"]
    assert ev.decoded("dtstamp") == REPORT_DAY


def test_fine_precision_is_a_timed_event_in_utc(repo: Repository) -> None:
    ev = events(calendar_bytes(pending(repo), REPORT_DAY))["Crew-3"]
    start = ev.decoded("dtstart")
    assert start == dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)
    assert start.utcoffset() == dt.timedelta(0)
    assert ev.to_ical().decode().count("DTSTART:20211031T062100Z") == 1
    assert str(ev["status"]) == "CONFIRMED"
    assert str(ev["summary"]) == "Crew-3 launch \u00b7 Crew Dragon"


def test_description_has_vehicle_crew_and_source(repo: Repository) -> None:
    ev = events(calendar_bytes(pending(repo), REPORT_DAY))["Crew-3"]
    text = str(ev["description"])
    assert "Vehicle: Crew Dragon (Endurance) on Falcon 9 Block 5" in text
    assert "Raja Chari (Commander, NASA)" in text and "Matthias Maurer" in text
    assert "Source: " in text and "NASA release" in text


def test_day_precision_is_an_all_day_event(repo: Repository) -> None:
    ev = events(calendar_bytes(pending(repo), REPORT_DAY))["Soyuz MS-20"]
    assert ev.decoded("dtstart") == dt.date(2021, 12, 8)
    assert ev.decoded("dtend") == dt.date(2021, 12, 9)
    assert not isinstance(ev.decoded("dtstart"), dt.datetime)


def test_a_coarse_net_is_one_tentative_day_saying_its_precision(repo: Repository) -> None:
    """Not a six-month block: one all-day event on the period's first day, titled with it."""
    ev = events(calendar_bytes(pending(repo), REPORT_DAY))["Crew-5"]  # NET H2 2022
    assert ev.decoded("dtstart") == dt.date(2022, 7, 1)
    assert ev.decoded("dtend") == dt.date(2022, 7, 2)
    assert str(ev["status"]) == "TENTATIVE"
    assert str(ev["summary"]) == "Crew-5 (NET H2 2022) launch \u00b7 Crew Dragon"


@pytest.mark.parametrize(
    ("precision", "start", "end", "title"),
    [
        (NetPrecision.WEEK, dt.date(2022, 8, 17), dt.date(2022, 8, 24), "Crew-5 launch"),
        (
            NetPrecision.MONTH,
            dt.date(2022, 8, 1),
            dt.date(2022, 8, 2),
            "Crew-5 (NET Aug 2022) launch",
        ),
        (NetPrecision.Q3, dt.date(2022, 7, 1), dt.date(2022, 7, 2), "Crew-5 (NET Q3 2022) launch"),
        (NetPrecision.YEAR, dt.date(2022, 1, 1), dt.date(2022, 1, 2), "Crew-5 (NET 2022) launch"),
        (
            NetPrecision.FISCAL_YEAR,
            dt.date(2021, 10, 1),
            dt.date(2021, 10, 2),
            "Crew-5 (NET FY 2022) launch",
        ),
        (
            NetPrecision.DECADE,
            dt.date(2020, 1, 1),
            dt.date(2020, 1, 2),
            "Crew-5 (NET 2020s) launch",
        ),
    ],
)
def test_each_coarse_period(
    repo: Repository, precision: NetPrecision, start: dt.date, end: dt.date, title: str
) -> None:
    """A week spans its days; Month and coarser are one day, the period in the title."""
    crew5 = repo.mission(repo.find_mission("Crew-5"))
    moved = dataclasses.replace(
        crew5, net=dt.datetime(2022, 8, 17, 12, tzinfo=dt.UTC), net_precision=precision
    )
    ev = events(calendar_bytes([moved], REPORT_DAY))["Crew-5"]
    assert (ev.decoded("dtstart"), ev.decoded("dtend")) == (start, end)
    assert str(ev["status"]) == "TENTATIVE"
    assert str(ev["summary"]).startswith(title)


def test_unconfirmed_status_is_tentative(repo: Repository) -> None:
    crew3 = repo.mission(repo.find_mission("Crew-3"))
    held = dataclasses.replace(crew3, status=LaunchStatus.HOLD)
    ev = events(calendar_bytes([held], REPORT_DAY))["Crew-3"]
    assert str(ev["status"]) == "TENTATIVE"


def test_reschedule_keeps_uid_and_raises_sequence(repo: Repository) -> None:
    """Done when: Crew-3 moved to 3 November is the same event with a higher SEQUENCE."""
    mid = repo.find_mission("Crew-3")
    before = events(calendar_bytes(pending(repo), REPORT_DAY))["Crew-3"]
    repo.reschedule(mid, NOV3, NetPrecision.MINUTE, "weather")
    history = repo.mission(mid).history
    assert history[-1].reason == "weather" and history[-1].new_net == NOV3
    after = events(calendar_bytes(pending(repo), REPORT_DAY))["Crew-3"]
    assert str(after["uid"]) == str(before["uid"]) == event_uid(repo.mission(mid))
    assert int(after["sequence"]) == int(before["sequence"]) + 1 == 2
    assert after.decoded("dtstart") == NOV3
    assert "slipped 3 days 22 h 27 min" in str(after["description"])


def test_a_calendar_is_written_whole_or_refused(tmp_path: Path) -> None:
    target = tmp_path / "launches.ics"
    write_atomic(target, b"BEGIN:VCALENDAR\r\n")
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["launches.ics"]
    with pytest.raises(UserError, match="cannot write"):
        write_atomic(tmp_path / "missing" / "x.ics", b"")


def test_the_uid_is_the_missions_identity_not_its_row(repo: Repository, tmp_path: Path) -> None:
    """Two databases in one calendar: the same mission is one event, different missions that
    happen to have the same row number are two."""
    other = Repository(open_database(f"sqlite:///{tmp_path / 'other.db'}"), lambda: REPORT_DAY)
    try:
        mine = events(calendar_bytes(pending(repo), REPORT_DAY))
        theirs = events(calendar_bytes(pending(other), REPORT_DAY))
        crew3 = repo.mission(repo.find_mission("Crew-3"))
        assert (
            str(mine["Crew-3"]["uid"])
            == str(theirs["Crew-3"]["uid"])
            == f"{crew3.uid}@mission-tracker"
        )
        net = dt.datetime(2023, 3, 1, 12, tzinfo=dt.UTC)
        a = Catalog(repo).create_mission("Test flight A", net, status=LaunchStatus.GO)
        b = Catalog(other).create_mission("Test flight B", net, status=LaunchStatus.GO)
        assert a == b  # the same row number in each database
        mine = events(calendar_bytes(pending(repo), REPORT_DAY))
        theirs = events(calendar_bytes(pending(other), REPORT_DAY))
        assert str(mine["Test flight A"]["uid"]) != str(theirs["Test flight B"]["uid"])
        assert str(mine["Test flight A"]["uid"]) == f"{repo.mission(a).uid}@mission-tracker"
    finally:
        other.db.dispose()
