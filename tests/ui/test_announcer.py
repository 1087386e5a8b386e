"""What a screen reader hears unasked: T−10 min, T−1 min and liftoff of the next launch, and
refusals, each once and throttled; and the banner's countdown in words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from tests.conftest import REPORT_DAY
from tests.helpers import repo_of
from tests.ui.conftest import ManualTime
from tracker.ui.announcer import MIN_GAP_S, REPEAT_S, Announcer, spoken_clock, spoken_duration
from tracker.ui.main_window import MainWindow


def heard(window: MainWindow, manual_time: ManualTime) -> list[str]:
    """What the window's announcer says from now on (on the test's monotonic clock)."""
    assert window.findChild(Announcer) is None  # nothing said yet: the test's clock is used
    said: list[str] = []
    Announcer(window, monotonic=manual_time).announced.connect(said.append)
    return said


def test_durations_in_words(still_window: MainWindow) -> None:
    """In English (the window's translators give the singulars: '1 day')."""
    assert spoken_duration(3 * 86_400 + 18 * 3600 + 21 * 60) == "3 days 18 hours 21 minutes"
    assert spoken_duration(3 * 86_400 + 18 * 3600 + 20 * 60 + 1) == "3 days 18 hours 21 minutes"
    assert spoken_duration(86_400 + 60) == "1 day 1 minute"
    assert spoken_duration(600) == "10 minutes"
    assert spoken_duration(45) == "45 seconds"
    assert spoken_duration(1) == "1 second"


def test_the_banner_says_the_next_launch_and_its_countdown_in_words(
    still_window: MainWindow,
) -> None:
    banner = still_window.banner
    expected = "Next launch: Crew-3, T minus 3 days 18 hours 21 minutes"
    assert banner.accessibleDescription() == expected
    assert banner.label.text() == "T\u2212 3d 18:21:00"  # what the eye reads
    assert banner.label.accessibleName() == "T minus 3 days 18 hours 21 minutes"


def test_a_coarse_net_and_a_hold_read_as_words(still_window: MainWindow) -> None:
    repo = repo_of(still_window)
    crew5 = still_window.service.mission(repo.find_mission("Crew-5"))
    assert spoken_clock(crew5, REPORT_DAY, dt.UTC) == "NET H2 2022"


def test_t_minus_10_t_minus_1_and_liftoff_are_said_once_each(
    still_window: MainWindow, manual_time: ManualTime
) -> None:
    said = heard(still_window, manual_time)
    crew3 = still_window.next_detail
    assert crew3 is not None and crew3.name == "Crew-3"
    still_window.set_clock(crew3.net - dt.timedelta(minutes=10, seconds=3))

    def run(seconds: int) -> None:
        for _ in range(seconds):
            manual_time.advance(1)
            still_window.ticker.fire()  # what the timer does at each second boundary

    run(2)
    assert said == []
    run(1)
    assert said == ["Crew-3: T minus 10 minutes"]
    run(9 * 60 - 1)
    assert said == ["Crew-3: T minus 10 minutes"]
    run(1)
    assert said[-1] == "Crew-3: T minus 1 minute" and len(said) == 2
    run(60)
    assert len(said) == 2  # T−0 itself still counts down
    run(1)
    assert said[-1] == "Crew-3: liftoff" and len(said) == 3
    run(30)
    assert len(said) == 3
    assert still_window.banner.accessibleDescription() == "Next launch: Crew-3, T plus 31 seconds"


def test_a_clock_set_past_a_moment_does_not_say_it(
    still_window: MainWindow, manual_time: ManualTime
) -> None:
    said = heard(still_window, manual_time)
    crew3 = still_window.next_detail
    assert crew3 is not None
    still_window.set_clock(crew3.net - dt.timedelta(minutes=5))
    manual_time.advance(1)
    still_window.ticker.fire()
    still_window.set_clock(crew3.net + dt.timedelta(seconds=5))  # launching, set by hand
    manual_time.advance(1)
    still_window.ticker.fire()
    assert said == []


def test_a_refusal_is_said_where_it_shows(
    qtbot, still_window: MainWindow, manual_time: ManualTime
) -> None:  # type: ignore[no-untyped-def]
    said = heard(still_window, manual_time)
    roster = still_window.detail.roster_editor
    roster.person_picker.setEditText("Nobody Atall")
    roster.add_selected_person()
    shown = roster.message_line.text()
    assert shown.startswith("No person named") and said == [shown]


def test_announcements_are_throttled_and_not_repeated(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    time = ManualTime()
    announcer = Announcer(root, monotonic=time)
    said: list[tuple[float, str]] = []
    announcer.announced.connect(lambda text: said.append((time(), text)))
    assert Announcer.of(root) is announcer and Announcer.of(QWidget(root)) is announcer

    assert announcer.say("Refused: over capacity", root)
    time.advance(1)
    assert not announcer.say("Crew-3: T minus 1 minute", root)  # too soon: it waits
    assert not announcer.say("Refused: over capacity", root)  # the same again: dropped
    time.advance(1)
    assert not announcer.flush()  # still too soon
    time.advance(MIN_GAP_S)
    assert announcer.flush()
    assert not announcer.flush()  # said once
    time.advance(MIN_GAP_S)
    assert not announcer.say("Crew-3: T minus 1 minute", root)  # said lately
    time.advance(REPEAT_S)
    assert announcer.say("Crew-3: T minus 1 minute", root)
    assert announcer.say("", root) is False
    texts = [text for _t, text in said]
    assert texts == [
        "Refused: over capacity",
        "Crew-3: T minus 1 minute",
        "Crew-3: T minus 1 minute",
    ]
    times = [t for t, _text in said]
    assert all(b - a >= MIN_GAP_S for a, b in zip(times, times[1:], strict=False))


def test_a_waiting_announcement_is_said_when_its_time_comes(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    announcer = Announcer(root, gap_s=0.05)
    assert announcer.say("first", root)
    assert not announcer.say("second", root)
    with qtbot.waitSignal(announcer.announced, timeout=5000) as said:
        pass
    assert said.args == ["second"]
