"""A second start: the window shows its file before the repository opens (``QuickReader``),
the same as a start that opened it first, and works in full once it has opened."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import REPORT_DAY
from tracker import app
from tracker.app import build_main_window
from tracker.store.database import Database, open_database
from tracker.ui.main_window import MainWindow


def seen(window: MainWindow) -> dict[str, object]:
    """What the user sees at first: the banner, the list, the detail, the status bar."""
    model = window.table.model()
    cells = [
        [model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    labels = {
        name: window.findChild(QLabel, name).text()
        for name in ("countdownLabel", "missionCount", "databaseLocation")
    }
    detail = window.detail.detail
    return {
        "banner": window.banner.title.text(),
        "cells": cells,
        "labels": labels,
        "detail": detail,
        "title": window.windowTitle(),
        "read_only": window.service.read_only_reason,
    }


def test_a_second_start_shows_what_the_first_did_then_opens_the_repository(
    qtbot, tmp_path: Path, fresh_settings: None
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "again.db"
    first = build_main_window(str(path), REPORT_DAY)  # a first run: made, seeded, opened
    qtbot.addWidget(first)
    assert first.service.opened
    before = seen(first)
    first.close()

    again = build_main_window(str(path), REPORT_DAY)
    qtbot.addWidget(again)
    assert not again.service.opened  # built from the quick reads alone
    assert seen(again) == before
    assert before["banner"] == "Crew-3" and len(before["cells"]) == 10
    assert again.detail.detail is not None and len(again.detail.detail.crew) == 4

    again.show()  # the first paint: the people's read opens the repository
    qtbot.waitUntil(lambda: again.service.opened, timeout=10_000)
    qtbot.waitUntil(lambda: again.people_model.rowCount() > 0, timeout=10_000)
    crew3 = again.service.mission(again.model.next_id)
    assert crew3 == before["detail"]  # the repository reads what the quick reader read
    again.service.update_mission(crew3.id, crew3.version, name="Crew-3 (renamed)")
    qtbot.waitUntil(lambda: again.banner.title.text() == "Crew-3 (renamed)", timeout=10_000)


def test_after_a_quick_start_the_repository_opens_off_the_gui_thread(
    qtbot, tmp_path: Path, fresh_settings: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Opening takes 0.5 s and more (a server's connect too): never on the GUI thread, where
    the people's first read after the first paint used to open it."""
    path = tmp_path / "worker.db"
    open_database(f"sqlite:///{path}").dispose()
    opened_on: list[threading.Thread] = []
    real = app._open_database

    def recording(url: str) -> Database:
        opened_on.append(threading.current_thread())
        return real(url)

    monkeypatch.setattr(app, "_open_database", recording)
    window = build_main_window(str(path), REPORT_DAY)
    qtbot.addWidget(window)
    assert not window.service.opened and opened_on == []
    window.show()
    qtbot.waitUntil(lambda: window.people_model.rowCount() > 0, timeout=10_000)
    assert window.service.opened and len(opened_on) == 1
    assert opened_on[0] is not threading.main_thread()
