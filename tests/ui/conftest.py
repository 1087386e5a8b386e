"""GUI fixtures: the real main window on a real SQLite file, with a simulated clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import REPORT_DAY
from tracker.app import build_main_window
from tracker.ui.main_window import MainWindow


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
