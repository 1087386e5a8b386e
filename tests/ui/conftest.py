"""GUI fixtures: the real main window on a real SQLite file, with a simulated clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import REPORT_DAY
from tracker import config
from tracker.app import build_main_window, open_window
from tracker.clock import Clock
from tracker.ui.main_window import MainWindow


class ManualTime:
    """A monotonic source that moves only when the test says: no waiting on the wall."""

    def __init__(self) -> None:
        self.seconds = 1000.0

    def __call__(self) -> float:
        return self.seconds

    def advance(self, seconds: float) -> None:
        self.seconds += seconds


@pytest.fixture
def fresh_settings() -> Iterator[None]:
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def window(qtbot, tmp_path: Path, fresh_settings: None) -> MainWindow:  # type: ignore[no-untyped-def]
    w = build_main_window(str(tmp_path / "gui.db"), REPORT_DAY)
    qtbot.addWidget(w)
    w.detail.confirm = lambda _question: True
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def manual_time() -> ManualTime:
    return ManualTime()


@pytest.fixture
def still_window(
    qtbot, tmp_path: Path, fresh_settings: None, manual_time: ManualTime
) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window on a simulated clock that stands still until ``manual_time`` moves it."""
    settings = config.resolve(database=str(tmp_path / "gui.db"), now=REPORT_DAY)
    w = open_window(settings, clock=Clock(REPORT_DAY, monotonic=manual_time))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
