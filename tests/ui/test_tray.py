"""The reminder service on the offscreen platform: no tray, so reminders reach the window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSystemTrayIcon

from tests.conftest import REPORT_DAY
from tracker.reminders import DEFAULT_LEADS, reminder_key
from tracker.store.catalog import Catalog
from tracker.store.repository import Repository
from tracker.ui.icons import icon
from tracker.ui.tray import (
    FIRED_KEY,
    LEADS_KEY,
    UNFOLLOWED_KEY,
    ReminderService,
    TrayNotifier,
    WindowNotifier,
    make_notifier,
)
from tracker.vocabulary import NetPrecision

NET = dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)


class FakeClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(REPORT_DAY)


def service(
    repo: Repository, clock: FakeClock, settings: QSettings, qtbot: object
) -> tuple[ReminderService, WindowNotifier, list[tuple[str, str]]]:
    notifier = WindowNotifier()
    shown: list[tuple[str, str]] = []
    notifier.message.connect(lambda title, text: shown.append((title, text)))
    return ReminderService(repo.missions, clock, settings, notifier), notifier, shown


def test_offscreen_has_no_tray_and_falls_back(qapp: object) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()
    assert isinstance(make_notifier(), WindowNotifier)
    assert not icon("app").isNull()


def test_reminder_at_t_minus_one_hour_reaches_the_window_once(
    repo: Repository, clock: FakeClock, settings: QSettings, qtbot: object
) -> None:
    crew3 = repo.find_mission("Crew-3")
    settings.setValue(FIRED_KEY, reminder_key(crew3, dt.timedelta(hours=24), NET))
    svc, notifier, shown = service(repo, clock, settings, qtbot)
    clock.now = NET - dt.timedelta(hours=1, seconds=1)
    assert svc.check() == [] and shown == []
    clock.now = NET - dt.timedelta(hours=1)
    (due,) = svc.check()
    assert due.mission_name == "Crew-3"
    assert shown == [("Crew-3 launches in 1 h", "Crew Dragon \u00b7 NET 2021-10-31 06:21 UTC")]
    clock.now += dt.timedelta(seconds=5)
    assert svc.check() == [] and len(shown) == 1


def test_not_again_after_a_restart(
    repo: Repository, clock: FakeClock, settings: QSettings, qtbot: object
) -> None:
    clock.now = NET - dt.timedelta(minutes=30)
    first, _, shown = service(repo, clock, settings, qtbot)
    assert len(first.check()) == 1 and len(shown) == 1
    settings.sync()
    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    again, _, shown_again = service(repo, clock, reread, qtbot)
    assert again.check() == [] and shown_again == []


def test_a_reschedule_rearms(
    repo: Repository, clock: FakeClock, settings: QSettings, qtbot: object
) -> None:
    clock.now = NET - dt.timedelta(minutes=30)
    svc, _, shown = service(repo, clock, settings, qtbot)
    svc.check()
    repo.reschedule(
        repo.find_mission("Crew-3"), NET + dt.timedelta(minutes=20), NetPrecision.MINUTE
    )
    svc.check()
    assert [title for title, _ in shown] == [
        "Crew-3 launches in 30 min",
        "Crew-3 launches in 50 min",
    ]


def test_the_timer_checks_by_itself(
    repo: Repository, clock: FakeClock, settings: QSettings, qtbot
) -> None:  # type: ignore[no-untyped-def]
    clock.now = NET - dt.timedelta(minutes=10)
    notifier = WindowNotifier()
    svc = ReminderService(repo.missions, clock, settings, notifier, interval_ms=10)
    svc.timer.start()  # not start(): that would check at once
    with qtbot.waitSignal(notifier.message, timeout=5000) as blocker:
        pass
    svc.stop()
    assert blocker.args == [
        "Crew-3 launches in 10 min",
        "Crew Dragon \u00b7 NET 2021-10-31 06:21 UTC",
    ]


def test_unfollow_is_kept_and_silences(
    repo: Repository, clock: FakeClock, settings: QSettings, qtbot: object
) -> None:
    svc, _, shown = service(repo, clock, settings, qtbot)
    crew3 = repo.mission_row(repo.find_mission("Crew-3"))
    assert svc.is_followed(crew3)
    svc.set_followed(crew3.id, False)
    assert not svc.is_followed(crew3)
    assert settings.value(UNFOLLOWED_KEY) == str(crew3.id)
    clock.now = NET - dt.timedelta(minutes=30)
    later, _, shown_later = service(repo, clock, settings, qtbot)
    assert later.check() == [] and shown_later == []
    later.set_followed(crew3.id, True)
    assert len(later.check()) == 1


def test_leads_are_kept(
    repo: Repository, clock: FakeClock, settings: QSettings, qtbot: object
) -> None:
    svc, _, _ = service(repo, clock, settings, qtbot)
    svc.set_leads([dt.timedelta(minutes=30)])
    assert settings.value(LEADS_KEY) == "30 min"
    clock.now = NET - dt.timedelta(minutes=45)
    again, _, shown = service(repo, clock, settings, qtbot)
    assert again.leads == (dt.timedelta(minutes=30),)
    assert again.check() == []
    clock.now = NET - dt.timedelta(minutes=30)
    assert len(again.check()) == 1


def test_tooltip_names_the_next_launch_and_its_countdown(
    repo: Repository, clock: FakeClock, settings: QSettings, qtbot: object
) -> None:
    svc, notifier, _ = service(repo, clock, settings, qtbot)
    expected = "Next launch: Crew-3 \u00b7 NET 2021-10-31 06:21 UTC \u00b7 T\u2212 3d 18:21:00"
    assert svc.tooltip_text() == expected
    svc.check()
    assert notifier.status == expected
    clock.now = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    assert svc.tooltip_text() == "Mission Tracker: no launch ahead"


def test_leads_kept_by_an_older_version_or_spoiled_still_read(
    repo: Repository, clock: FakeClock, settings: QSettings, qtbot: object
) -> None:
    settings.setValue(LEADS_KEY, "90,15")  # minutes, as earlier versions kept them
    svc, _, _ = service(repo, clock, settings, qtbot)
    assert svc.leads == (dt.timedelta(minutes=90), dt.timedelta(minutes=15))
    settings.setValue(LEADS_KEY, "soon")
    again, _, _ = service(repo, clock, settings, qtbot)
    assert again.leads == DEFAULT_LEADS


def test_through_t0_the_tooltip_counts_up(
    repo: Repository, clock: FakeClock, settings: QSettings, qtbot: object
) -> None:
    crew3 = repo.mission_row(repo.find_mission("Crew-3"))
    notifier = WindowNotifier()
    svc = ReminderService(repo.missions, clock, settings, notifier, next_launch=lambda: crew3)
    clock.now = NET + dt.timedelta(seconds=5)
    assert svc.tooltip_text() == (
        "Next launch: Crew-3 \u00b7 NET 2021-10-31 06:21 UTC \u00b7 T+ 00:00:05 "
        "\u00b7 Liftoff \u2014 awaiting confirmation"
    )
    assert svc.check() == []  # no reminder for a NET already passed


def test_a_followed_launch_getting_its_outcome_is_announced_once(
    repo: Repository, clock: FakeClock, settings: QSettings, qtbot: object
) -> None:
    svc, _, shown = service(repo, clock, settings, qtbot)
    outcomes: list[object] = []
    svc.outcome.connect(outcomes.append)
    crew3 = repo.find_mission("Crew-3")
    svc.observe(repo.missions())  # what the window holds after its first load
    clock.now = NET + dt.timedelta(minutes=9)
    Catalog(repo).update_mission(crew3, status="Success")
    assert [n.title() for n in svc.observe(repo.missions())] == ["Crew-3: Launch Successful"]
    assert shown == [("Crew-3: Launch Successful", "Crew Dragon")] and len(outcomes) == 1
    assert svc.observe(repo.missions()) == []  # once


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # offscreen has no tray to attach to
def test_tray_notifier_shows_the_same_message_and_tooltip(qtbot) -> None:  # type: ignore[no-untyped-def]
    tray = TrayNotifier()
    with qtbot.waitSignal(tray.message) as blocker:
        tray.notify("Crew-3 launches in 1 h", "Crew Dragon")
    assert blocker.args == ["Crew-3 launches in 1 h", "Crew Dragon"]
    tray.set_status("Next launch: Crew-3")
    assert tray.tray.toolTip() == tray.next_action.text() == "Next launch: Crew-3"
    tray.hide()
