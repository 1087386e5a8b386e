"""The selected mission's detail is read again only when something it shows may have
changed: a search that keeps it current reads nothing; an edit elsewhere still shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPORT_DAY
from tests.helpers import repo_of
from tracker import config
from tracker.app import open_window
from tracker.ui.crew_model import CrewColumn
from tracker.ui.main_window import MainWindow
from tracker.ui.service import DataService


@pytest.fixture
def reads(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The missions whose detail the window asks the service for, in order."""
    asked: list[int] = []
    read = window.service.mission

    def counted(mission_id: int, *args: Any, **kwargs: Any) -> Any:
        asked.append(mission_id)
        return read(mission_id, *args, **kwargs)

    monkeypatch.setattr(window.service, "mission", counted)
    return asked


def test_the_next_launch_is_read_once_at_start(
    qtbot, tmp_path: Path, fresh_settings: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The banner's read serves the detail too: both show the next launch at start."""
    asked: list[int] = []
    read = DataService.mission

    def counted(self: DataService, mission_id: int, *args: Any, **kwargs: Any) -> Any:
        asked.append(mission_id)
        return read(self, mission_id, *args, **kwargs)

    monkeypatch.setattr(DataService, "mission", counted)
    w = open_window(config.resolve(database=str(tmp_path / "start.db"), now=REPORT_DAY))
    qtbot.addWidget(w)
    assert w.banner.title.text() == w.detail.title.text() == "Crew-3"
    assert w.next_detail is not None and asked == [w.next_detail.id]
    w.close()


def test_a_search_that_keeps_the_mission_reads_no_detail(
    qtbot, window: MainWindow, reads: list[int]
) -> None:  # type: ignore[no-untyped-def]
    crew5 = repo_of(window).find_mission("Crew-5")
    window.select_mission(crew5)
    assert reads == [crew5]
    shown = window.model.rowCount()
    qtbot.keyClicks(window.search, "crew")  # four resets, Crew-5 current through them all
    qtbot.waitUntil(lambda: window.model.rowCount() < shown)
    assert window.list_panel.current_mission_id() == crew5
    assert window.detail.title.text() == "Crew-5"
    assert reads == [crew5]


def test_a_crew_member_renamed_shows_in_the_detail(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.select_mission(repo_of(window).find_mission("Crew-5"))
    detail = window.detail.detail
    assert detail is not None and detail.crew
    member = detail.crew[0]
    qtbot.keyClicks(window.search, "crew")
    window.service.update_record("person", member.person_id, name="Renamed Astronaut")
    shown = window.detail.detail
    assert shown is not None and shown.crew[0].name == "Renamed Astronaut"
    roster = window.detail.roster_editor.crew_model
    names = [roster.index(r, CrewColumn.PERSON).data() for r in range(roster.rowCount())]
    assert "Renamed Astronaut" in names
    qtbot.keyClicks(window.search, " 5")  # a search after the edit keeps the new name
    shown = window.detail.detail
    assert shown is not None and shown.crew[0].name == "Renamed Astronaut"
