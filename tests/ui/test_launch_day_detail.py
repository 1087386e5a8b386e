"""Launch day in the mission's detail: "Mark as…" (undoable), the countdown line through T−0,
"Remind me before launch" only while a reminder can come, and the webcasts and links."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QInputDialog

from tests.helpers import repo_of
from tracker.store.records import LinkRow
from tracker.ui.links import LIVE_ROLE, LinkList, web_url
from tracker.ui.main_window import MainWindow
from tracker.ui.status_actions import MARKABLE, StatusMenu, status_command
from tracker.ui.undo import run_confirmed
from tracker.vocabulary import LaunchStatus, LinkKind

T0 = dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)
MINUS = "\u2212"


def crew3_status(window: MainWindow) -> tuple[LaunchStatus, str]:
    repo = repo_of(window)
    m = repo.mission(repo.find_mission("Crew-3"))
    return m.status, m.status_reason


def test_mark_crew3_in_flight_then_undo_and_redo(window: MainWindow) -> None:
    detail = window.detail
    assert detail.detail is not None and detail.detail.name == "Crew-3"
    assert detail.mark(LaunchStatus.IN_FLIGHT)
    assert crew3_status(window) == (LaunchStatus.IN_FLIGHT, "")
    assert detail.badge.text() == "Launch in Flight"
    assert window.undo_stack.undoText() == "Mark Crew-3 as Launch in Flight"
    window.undo_action.trigger()
    assert crew3_status(window) == (LaunchStatus.GO, "")
    assert detail.badge.text() == "Go for Launch"
    window.redo_action.trigger()
    assert crew3_status(window)[0] is LaunchStatus.IN_FLIGHT


def test_a_hold_asks_why_and_the_countdown_stops(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    detail = window.detail
    dialog = detail.status_menu.pick(LaunchStatus.HOLD)
    assert isinstance(dialog, QInputDialog) and dialog.isVisible()
    dialog.setTextValue("  weather ")
    dialog.accept()
    assert crew3_status(window) == (LaunchStatus.HOLD, "weather")
    assert detail.countdown.text() == "HOLD \u00b7 weather"
    assert detail.badge.text() == "On Hold"
    assert detail.follow_note.text() == "On hold: reminders wait until the count resumes"
    assert detail.mark(LaunchStatus.GO)  # released: the count resumes, the reason goes
    assert crew3_status(window) == (LaunchStatus.GO, "")
    assert detail.countdown.text().startswith(f"T{MINUS} 3d 18:2")


def test_cancelling_the_reason_changes_nothing(window: MainWindow) -> None:
    dialog = window.detail.status_menu.pick(LaunchStatus.FAILURE)
    assert dialog is not None
    dialog.reject()
    assert crew3_status(window) == (LaunchStatus.GO, "")
    assert window.undo_stack.count() == 0


def test_the_outcome_after_in_flight_asks_nothing_a_rewrite_asks(window: MainWindow) -> None:
    detail = window.detail
    asked: list[str] = []
    detail.confirm = lambda question: asked.append(question) is not None  # says no
    assert detail.mark(LaunchStatus.IN_FLIGHT)
    assert detail.mark(LaunchStatus.SUCCESS)
    assert asked == [] and crew3_status(window)[0] is LaunchStatus.SUCCESS
    assert not detail.mark(LaunchStatus.FAILURE, "a correction")  # rewriting history: asked
    assert len(asked) == 1 and "already flown" in asked[0]
    assert crew3_status(window)[0] is LaunchStatus.SUCCESS


def test_the_list_menu_marks_a_row(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """What the list's context menu does with a row: the same menu and command."""
    repo = repo_of(window)
    row = window.service.mission_row(repo.find_mission("Crew-3"))
    menu = StatusMenu(window)
    menu.set_mission(row.name, row.status)
    assert [s for s, a in menu.status_actions.items() if a.isChecked()] == [LaunchStatus.GO]
    assert list(menu.status_actions) == list(MARKABLE)
    assert not menu.status_actions[LaunchStatus.GO].isEnabled()
    with qtbot.waitSignal(menu.chosen) as chosen:
        menu.status_actions[LaunchStatus.SUCCESS].trigger()
    status, reason = chosen.args
    errors: list[str] = []
    made = run_confirmed(
        status_command(window.service, row, status, reason),
        window.undo_stack,
        errors.append,
        lambda _q: True,
        "Change it anyway?",
    )
    assert made and errors == []
    assert crew3_status(window)[0] is LaunchStatus.SUCCESS


def test_through_t0_the_detail_counts_up_and_offers_no_reminder(window: MainWindow) -> None:
    detail = window.detail
    detail.tick(T0 - dt.timedelta(minutes=5))
    assert detail.follow.isEnabled() and detail.follow_note.isHidden()
    detail.tick(T0 + dt.timedelta(seconds=5))
    assert detail.countdown.text() == "T+ 00:00:05 \u00b7 Liftoff \u2014 awaiting confirmation"
    assert detail.badge.text() == "Liftoff?"  # the status has not caught up with T-0
    assert not detail.follow.isEnabled()
    assert detail.follow_note.text() == "NET passed: no reminder to give"
    detail.tick(T0 + dt.timedelta(hours=3, seconds=1))
    assert detail.countdown.text() == "NET passed \u2014 awaiting update"
    assert detail.badge.text() == "Awaiting update"  # not a green 'Go for Launch'


def test_the_detail_countdown_is_read_in_words(window: MainWindow) -> None:
    """A screen reader hears 'T minus 5 minutes', not the glyphs 'T− 00:05:00'."""
    detail = window.detail
    detail.tick(T0 - dt.timedelta(minutes=5))
    assert detail.countdown.text() == f"T{MINUS} 00:05:00"
    assert detail.countdown.accessibleName() == "T minus 5 minutes"
    detail.tick(T0 + dt.timedelta(seconds=5))
    assert detail.countdown.accessibleName() == (
        "T plus 5 seconds, Liftoff \u2014 awaiting confirmation"
    )


def test_a_coarse_net_says_when_a_reminder_can_come(window: MainWindow) -> None:
    repo = repo_of(window)
    window.select_mission(repo.find_mission("Crew-5"))  # NET H2 2022
    assert window.detail.follow.isEnabled()
    assert window.detail.follow_note.text() == "Reminders start once the NET is known to the day"


WEBCAST = LinkRow(LinkKind.WEBCAST, "https://www.youtube.com/watch?v=x", "SpaceX", 10, True, True)
NASA_TV = LinkRow(LinkKind.WEBCAST, "https://www.nasa.gov/live", "NASA TV", 20, False, True)
INFO = LinkRow(LinkKind.INFO, "http://www.spacex.com/launches/crew-3", "", 5, False, False)
HOSTILE = LinkRow(LinkKind.INFO, "javascript:alert(1)", "<img src=/dev/zero>", 30, False, False)


def test_the_detail_lists_webcasts_first_with_a_live_badge(window: MainWindow) -> None:
    detail = window.detail
    assert detail.detail is not None
    assert detail.links.isHidden() and detail.links_heading.isHidden()  # none yet
    detail.set_mission(dataclasses.replace(detail.detail, links=(WEBCAST, NASA_TV, INFO, HOSTILE)))
    model = detail.links.model()
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert shown == [
        "SpaceX \u2014 www.youtube.com",
        "NASA TV \u2014 www.nasa.gov",
        "www.spacex.com",
        "<img src=/dev/zero> \u2014 javascript:alert(1)",  # a title is text, not markup
    ]
    assert [model.index(r, 0).data(LIVE_ROLE) for r in range(4)] == [True, False, False, False]
    assert not detail.links.isHidden() and detail.links.height() > 0


def test_links_open_in_the_browser_only_for_web_addresses(qtbot) -> None:  # type: ignore[no-untyped-def]
    links = LinkList()
    qtbot.addWidget(links)
    opened: list[QUrl] = []
    said: list[str] = []
    links.opener = lambda url: opened.append(url) is None
    links.message.connect(said.append)
    links.set_links((WEBCAST, HOSTILE))
    links.clicked.emit(links.model().index(0, 0))
    assert [u.toString() for u in opened] == ["https://www.youtube.com/watch?v=x"]
    links.activated.emit(links.model().index(1, 0))
    assert len(opened) == 1
    assert said == ["Not opened: 'javascript:alert(1)' is not a web address (http or https)"]
    for bad in ("file:///etc/passwd", "ftp://example.com/x", "https://", "www.nasa.gov"):
        assert web_url(bad) is None
    assert web_url(" HTTPS://www.nasa.gov/live ") is not None
