"""Launch day in the running window, on a clock that moves only when the test says:
Crew-3 counts down, lifts off and stays on the board until its outcome moves it on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.helpers import repo_of
from tests.ui.conftest import ManualTime
from tracker import config
from tracker.app import open_window
from tracker.clock import Clock
from tracker.ui.main_window import MainWindow
from tracker.ui.mission_model import Column
from tracker.vocabulary import LaunchStatus

T0 = dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)
START = T0 - dt.timedelta(seconds=5)


@pytest.fixture
def launch_window(
    qtbot, tmp_path: Path, fresh_settings: None, manual_time: ManualTime
) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window at T−5 s for Crew-3, its clock moved by ``manual_time`` only."""
    settings = config.resolve(database=str(tmp_path / "gui.db"), now=START)
    w = open_window(settings, clock=Clock(START, monotonic=manual_time))
    qtbot.addWidget(w)
    w.detail.confirm = lambda _question: True
    w.show()
    qtbot.waitExposed(w)
    return w


def countdown_cell(window: MainWindow, mission_id: int) -> str:
    row = window.model.row_for(mission_id)
    assert row is not None
    return str(window.model.index(row, Column.COUNTDOWN).data())


def test_crew3_counts_down_through_t0_and_the_outcome_moves_the_banner_on(
    launch_window: MainWindow, manual_time: ManualTime
) -> None:
    w = launch_window
    repo = repo_of(w)
    crew3, ms20 = repo.find_mission("Crew-3"), repo.find_mission("Soyuz MS-20")
    w.ticker.fire()
    assert w.banner.title.text() == "Crew-3"
    assert w.banner.label.text() == "T\u2212 00:00:05"
    assert w.model.next_id == crew3

    manual_time.advance(10)  # T+5 s
    w.ticker.fire()
    assert w.banner.title.text() == "Crew-3"
    assert w.banner.label.text() == "T+ 00:00:05"
    assert "awaiting confirmation" in w.banner.phase_note.text()
    assert w.banner.notice.isHidden()
    assert w.model.next_id == crew3  # the list still highlights Crew-3
    assert countdown_cell(w, crew3) == "T+ 00:00:05"
    w.select_mission(crew3)
    w.ticker.fire()
    assert w.detail.badge.text() == "Liftoff?"  # not a green "Go for Launch" past T-0

    clock_mode = w.show_clock_mode()
    assert w.ticker.active
    manual_time.advance(1)
    w.ticker.fire()
    assert clock_mode.title.text() == "Crew-3"
    assert clock_mode.countdown.text() == "T+ 00:00:06"
    assert "awaiting confirmation" in clock_mode.phase_note.text()
    clock_mode.close()

    w.select_mission(crew3)
    assert w.detail.mark(LaunchStatus.IN_FLIGHT)
    manual_time.advance(1)
    w.ticker.fire()
    assert w.banner.title.text() == "Crew-3"
    assert countdown_cell(w, crew3) == "T+ 00:00:07"  # in flight on the board: it ticks

    assert w.detail.mark(LaunchStatus.SUCCESS)
    w.ticker.fire()
    assert w.banner.title.text() == "Soyuz MS-20"
    assert w.model.next_id == ms20


def test_soyuz1_reads_as_the_crew_lost(launch_window: MainWindow) -> None:
    w = launch_window
    soyuz1 = repo_of(w).find_mission("Soyuz 1")
    w.select_mission(soyuz1)
    assert w.detail.title.text() == "Soyuz 1"
    assert "Crew lost" in w.detail.fields["Landing"].text()
    assert countdown_cell(w, soyuz1) == "Launch Successful \u00b7 Crew lost"
