"""Big databases are read in the background: the first page at once, the rest after."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPORT_DAY
from tests.helpers import repo_of
from tracker.app import build_main_window
from tracker.ui import main_window


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat the ten default missions as a big database: read inline up to 3, first page 2."""
    monkeypatch.setattr(main_window, "SYNC_LIMIT", 3)
    monkeypatch.setattr(main_window, "FIRST_PAGE", 2)


def test_first_page_then_everything(
    qtbot, tmp_path: Path, small_limits: None, fresh_settings: None
) -> None:  # type: ignore[no-untyped-def]
    w = build_main_window(str(tmp_path / "big.db"), REPORT_DAY)
    qtbot.addWidget(w)
    names = [r.name for r in w.model.rows()]  # 2 flown, the next 2 ahead (of 3)
    assert names == ["Inspiration4", "Soyuz MS-19", "Crew-3", "Soyuz MS-20"]
    assert w.banner.title.text() == "Crew-3"  # the next launch is known from the start
    assert "Reading 10 missions" in w.mission_count.text()
    w.show()
    qtbot.waitUntil(lambda: w.model.total == 10, timeout=5000)
    assert w.mission_count.text() == "10 missions"
    assert w.table.currentIndex().data().startswith("Crew-3")
    w.close()


def test_an_edit_during_the_background_read_is_kept(
    qtbot, tmp_path: Path, small_limits: None, fresh_settings: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(main_window, "FIRST_PAGE", 3)  # Crew-5 on the first page
    w = build_main_window(str(tmp_path / "big.db"), REPORT_DAY)
    qtbot.addWidget(w)
    w.detail.confirm = lambda _q: True
    crew5 = repo_of(w).find_mission("Crew-5")
    w.select_mission(crew5)
    assert w.detail.title.text() == "Crew-5"
    w.loader.load()  # a read is under way ...
    w.detail.add_person(repo_of(w).find_person("Anna Kikina"), "Pilot", None)  # ... edit
    qtbot.waitUntil(lambda: w.model.total == 10 and not w.loader.busy, timeout=5000)
    row = w.model.row_for(crew5)
    assert row is not None and w.model.row(row).crew_count == 3
    w.close()


def test_closing_during_a_background_read_does_not_hang(
    qtbot, tmp_path: Path, small_limits: None, fresh_settings: None
) -> None:  # type: ignore[no-untyped-def]
    w = build_main_window(str(tmp_path / "big.db"), REPORT_DAY)
    qtbot.addWidget(w)
    w.loader.load()
    w.close()  # waits for the read by pumping events, never for itself
    assert not w.loader.busy
