"""Clock mode and the banner on launch day: the countdown through T−0 and T+, a hold, an
outcome; ``--clock-mode`` ticks with the main window never shown, and closing it (or Esc)
ends the app."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import ManualTime
from tracker import config
from tracker.app import open_window, start_clock_mode
from tracker.clock import Clock
from tracker.store.records import MissionDetail
from tracker.store.repository import Repository
from tracker.ui.countdown import ClockModeWindow, CountdownBanner
from tracker.ui.main_window import MainWindow
from tracker.vocabulary import LaunchStatus

T0 = dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)
MINUS = "\u2212"


def at(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


@pytest.fixture
def crew3(repo: Repository) -> MissionDetail:
    return repo.mission(repo.find_mission("Crew-3"))


def test_the_banner_through_t0(qtbot, crew3: MissionDetail) -> None:  # type: ignore[no-untyped-def]
    banner = CountdownBanner()
    qtbot.addWidget(banner)
    banner.show_mission(crew3, dt.UTC)
    banner.show()
    seen = []
    for second in range(-10, 11):
        banner.tick(at(second + 0.003))
        seen.append((banner.label.text(), banner.phase_note.text()))
        assert banner.title.text() == "Crew-3"
    assert seen[0] == (f"T{MINUS} 00:00:10", "")
    assert not banner.phase_note.isHidden() and banner.caption.text() == "NEXT LAUNCH"
    assert seen[15] == ("T+ 00:00:05", "Liftoff \u2014 awaiting confirmation")
    assert seen[20] == ("T+ 00:00:10", "Liftoff \u2014 awaiting confirmation")
    assert banner.label.property("phase") == "launching"
    banner.tick(at(-5))
    assert banner.phase_note.isHidden()  # nothing to say while it counts down


def test_the_banner_on_hold_and_in_flight(qtbot, crew3: MissionDetail) -> None:  # type: ignore[no-untyped-def]
    banner = CountdownBanner()
    qtbot.addWidget(banner)
    held = dataclasses.replace(crew3, status=LaunchStatus.HOLD, status_reason="weather")
    banner.show_mission(held, dt.UTC)
    for second in (-60, -59, 5):
        banner.tick(at(second))
        assert (banner.label.text(), banner.phase_note.text()) == ("HOLD", "weather")
    banner.show_mission(dataclasses.replace(held, status=LaunchStatus.GO), dt.UTC)
    banner.tick(at(-59))
    assert banner.label.text() == f"T{MINUS} 00:00:59"  # released: the count resumes
    banner.show_mission(dataclasses.replace(crew3, status=LaunchStatus.IN_FLIGHT), dt.UTC)
    banner.tick(at(65))
    assert (banner.caption.text(), banner.label.text()) == ("IN FLIGHT", "T+ 00:01:05")
    assert banner.phase_note.text() == "In flight"


def test_data_shows_as_plain_text(qtbot, crew3: MissionDetail) -> None:  # type: ignore[no-untyped-def]
    banner = CountdownBanner()
    qtbot.addWidget(banner)
    hostile = dataclasses.replace(crew3, status=LaunchStatus.HOLD, status_reason="<b>x</b>")
    banner.show_mission(hostile, dt.UTC)
    banner.tick(at(-5))
    assert banner.phase_note.textFormat() == Qt.TextFormat.PlainText
    assert banner.phase_note.text() == "<b>x</b>"


def test_clock_mode_follows_the_launch_through_t0(qtbot, crew3: MissionDetail) -> None:  # type: ignore[no-untyped-def]
    mode = ClockModeWindow()
    qtbot.addWidget(mode)
    mode.show_mission(crew3, dt.UTC)
    mode.tick(at(-5), "Simulated clock")
    assert mode.countdown.text() == f"T{MINUS} 00:00:05" and mode.phase_note.isHidden()
    mode.tick(at(5), "Simulated clock")
    assert mode.countdown.text() == "T+ 00:00:05"
    assert mode.phase_note.text() == "Liftoff \u2014 awaiting confirmation"
    assert mode.clock_note.text() == "Simulated clock"
    mode.show_mission(None, dt.UTC)
    assert mode.tick(at(6), "") is None and mode.title.text() == "No launch ahead"


def test_clock_mode_countdown_is_read_in_words(qtbot, crew3: MissionDetail) -> None:  # type: ignore[no-untyped-def]
    """A screen reader hears 'T minus 3 days …', not the glyphs 'T− 3d 18:21:00'."""
    mode = ClockModeWindow()
    qtbot.addWidget(mode)
    mode.show_mission(crew3, dt.UTC)
    mode.tick(at(-(3 * 86400 + 18 * 3600 + 21 * 60)), "")
    assert mode.countdown.text().startswith(f"T{MINUS} 3d")
    assert mode.countdown.accessibleName() == "T minus 3 days 18 hours 21 minutes"
    mode.tick(at(5), "")
    assert mode.countdown.accessibleName() == "T plus 5 seconds"
    mode.show_mission(None, dt.UTC)
    assert mode.countdown.accessibleName() == ""


@pytest.fixture
def clock_mode_window(
    qtbot, tmp_path: Path, fresh_settings: None, manual_time: ManualTime
) -> MainWindow:  # type: ignore[no-untyped-def]
    """What ``tracker --now 2021-10-27T12:00:00Z --clock-mode`` starts, on a clock that
    moves only when the test says."""
    start = dt.datetime(2021, 10, 27, 12, 0, tzinfo=dt.UTC)
    settings = config.resolve(database=str(tmp_path / "clock.db"), now=start, clock_mode=True)
    window = open_window(settings, clock=Clock(start, monotonic=manual_time))
    qtbot.addWidget(window)
    start_clock_mode(window)
    assert window.clock_mode is not None
    qtbot.addWidget(window.clock_mode)
    return window


def test_clock_mode_ticks_without_the_main_window(
    clock_mode_window: MainWindow, manual_time: ManualTime
) -> None:
    window, mode = clock_mode_window, clock_mode_window.clock_mode
    assert mode is not None and mode.isVisible() and mode.isFullScreen()
    assert not window.isVisible()
    assert window.ticker.active
    first = mode.countdown.text()
    assert first.startswith(f"T{MINUS} 3d 18:21:0")
    manual_time.advance(1.0)
    window.ticker.fire()  # what the timer does at the next second boundary
    assert mode.countdown.text() != first
    assert mode.countdown.text().startswith(f"T{MINUS} 3d 18:20:5")


def test_closing_clock_mode_closes_the_last_window(clock_mode_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The app quits when its last primary window closes (Qt does it only inside exec(),
    which a test does not run: here the conditions, the real exit in the next test)."""
    mode = clock_mode_window.clock_mode
    assert mode is not None
    app = QApplication.instance()
    assert isinstance(app, QApplication) and app.quitOnLastWindowClosed()
    handle = mode.windowHandle()
    assert handle is not None and handle.transientParent() is None  # a primary window
    assert mode.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)
    qtbot.keyClick(mode, Qt.Key.Key_Escape)  # full screen or not, Esc leaves
    assert not mode.isVisible()
    assert [w for w in app.topLevelWidgets() if w.isVisible()] == []


def test_tracker_clock_mode_ticks_and_esc_ends_the_process(tmp_path: Path) -> None:
    """``tracker --now 2021-10-27T12:00:00Z --clock-mode`` as a process of its own: its
    countdown moves, and one Esc ends it with status 0."""
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtTest import QTest
        from tracker import config
        from tracker.app import launch

        settings = config.resolve(
            database={str(tmp_path / "p.db")!r}, now="2021-10-27T12:00:00Z", clock_mode=True
        )
        window, hook = launch(settings)
        mode = window.clock_mode
        seen = []

        def later() -> None:
            seen.append(mode.countdown.text())
            print("|".join(seen), flush=True)
            QTimer.singleShot(100, lambda: QTest.keyClick(mode, Qt.Key.Key_Escape))

        QTimer.singleShot(100, lambda: seen.append(mode.countdown.text()))
        # one chain, not timers at 2.3, 2.4 and 2.5 s: from 2 s on a single shot is coarse
        # (within 5 %), so those could fire in any order
        QTimer.singleShot(2300, later)
        QTimer.singleShot(15000, lambda: (print("still running", flush=True), sys.exit(3)))
        from PySide6.QtWidgets import QApplication
        sys.exit(QApplication.exec())
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stdout + done.stderr
    first, later = done.stdout.strip().split("|")
    assert first.startswith(f"T{MINUS} 3d 18:2") and later != first
