"""Rescheduling, the slip history, reminders and the calendar, in the running window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar
from PySide6.QtWidgets import QLabel

from tests.helpers import repo_of
from tracker.ui.main_window import MainWindow
from tracker.ui.schedule_widgets import RescheduleRequest
from tracker.vocabulary import LaunchStatus, NetPrecision

WEATHER = RescheduleRequest(
    dt.datetime(2021, 11, 3, 5, 10, tzinfo=dt.UTC), NetPrecision.MINUTE, "weather"
)


def crew3_events(path: Path) -> list[object]:
    cal = Calendar.from_ical(path.read_bytes())
    return [e for e in cal.walk("VEVENT") if "Crew-3" in str(e.get("SUMMARY"))]


def test_reschedule_crew3_with_undo_and_redo(window: MainWindow, tmp_path: Path) -> None:
    label = window.findChild(QLabel, "countdownLabel")
    window.files.write_calendar(tmp_path / "before.ics")
    assert window.detail.reschedule(WEATHER)
    assert label.text().startswith("T\u2212 6d 17:")  # to 3 November 05:10
    assert window.detail.history.model.rowCount() == 2
    assert "2 changes" in window.findChild(QLabel, "slipTotal").text()
    window.files.write_calendar(tmp_path / "after.ics")
    (before,) = crew3_events(tmp_path / "before.ics")
    (after,) = crew3_events(tmp_path / "after.ics")
    assert before["UID"] == after["UID"]
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    window.undo_action.trigger()
    assert label.text().startswith("T\u2212 3d 18:2")
    assert window.detail.history.model.rowCount() == 1
    window.redo_action.trigger()
    assert label.text().startswith("T\u2212 6d 17:")
    crew3 = window.model.row_for(repo_of(window).find_mission("Crew-3"))
    assert window.model.index(crew3, 7).data() == "2"  # the Slips column


def test_reminder_fires_once_at_t_minus_one_hour(window: MainWindow) -> None:
    window.set_clock(dt.datetime(2021, 10, 31, 5, 21, 0, tzinfo=dt.UTC))
    fired = window.reminders.check()
    assert [(r.mission_name, r.lead) for r in fired] == [("Crew-3", dt.timedelta(hours=1))]
    assert window.notification_bar.isVisibleTo(window)
    assert "Crew-3" in window.notification_bar.text.text()
    assert window.reminders.check() == []  # once


def test_unfollowed_mission_gets_no_reminder(window: MainWindow) -> None:
    window.detail.follow.setChecked(False)  # Crew-3 is selected at start
    window.set_clock(dt.datetime(2021, 10, 31, 5, 21, 0, tzinfo=dt.UTC))
    assert window.reminders.check() == []
    assert not window.notification_bar.isVisibleTo(window)


T0 = dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)


def test_through_t0_crew3_stays_next_until_its_grace_period_ends(window: MainWindow) -> None:
    repo = repo_of(window)
    crew3, ms20 = repo.find_mission("Crew-3"), repo.find_mission("Soyuz MS-20")
    window.set_clock(T0 + dt.timedelta(seconds=5))
    assert window.banner.title.text() == "Crew-3" and window.model.next_id == crew3
    assert window.banner.notice.isHidden()
    window.set_clock(T0 + dt.timedelta(hours=3, seconds=1))  # the grace period is over
    assert window.banner.title.text() == "Soyuz MS-20" and window.model.next_id == ms20
    assert "Crew-3: NET passed \u2014 awaiting update" in window.banner.notice.text()


def test_in_flight_stays_next_and_an_outcome_moves_the_banner_on(window: MainWindow) -> None:
    repo = repo_of(window)
    crew3, ms20 = repo.find_mission("Crew-3"), repo.find_mission("Soyuz MS-20")
    window.set_clock(T0 + dt.timedelta(seconds=5))
    window.select_mission(crew3)
    assert window.detail.mark(LaunchStatus.IN_FLIGHT)
    assert window.banner.title.text() == "Crew-3" and window.model.next_id == crew3
    assert window.detail.mark(LaunchStatus.SUCCESS)
    assert window.banner.title.text() == "Soyuz MS-20" and window.model.next_id == ms20
    window.undo_action.trigger()  # back in flight: back on the board
    assert window.banner.title.text() == "Crew-3" and window.model.next_id == crew3


def test_a_hold_keeps_crew3_next_and_stops_its_count(window: MainWindow) -> None:
    repo = repo_of(window)
    crew3 = repo.find_mission("Crew-3")
    window.set_clock(T0 - dt.timedelta(minutes=5))
    window.select_mission(crew3)
    assert window.detail.mark(LaunchStatus.HOLD, "weather")
    assert window.banner.title.text() == "Crew-3" and window.model.next_id == crew3
    assert window.detail.countdown.text() == "HOLD \u00b7 weather"
    assert window.reminders.check() == []  # on hold: silent
    assert window.detail.mark(LaunchStatus.GO)
    assert window.detail.countdown.text().startswith("T\u2212 00:0")
