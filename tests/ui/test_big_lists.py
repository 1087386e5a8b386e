"""Big databases are read in the background: the first page at once, the rest after."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from tests.conftest import REPORT_DAY
from tests.helpers import repo_of
from tracker import config
from tracker.app import open_window
from tracker.ui.main_window import MainWindow
from tracker.ui.mission_feed import FeedSizes

# Treat the ten default missions as a big database: read inline up to 3, first page 2.
SMALL = FeedSizes(sync_limit=3, first_page=2)


def big_window(qtbot, path: Path, sizes: FeedSizes = SMALL) -> MainWindow:  # type: ignore[no-untyped-def]
    w = open_window(config.resolve(database=str(path), now=REPORT_DAY), sizes=sizes)
    qtbot.addWidget(w)
    return w


def test_first_page_then_everything(qtbot, tmp_path: Path, fresh_settings: None) -> None:  # type: ignore[no-untyped-def]
    w = big_window(qtbot, tmp_path / "big.db")
    names = [r.name for r in w.model.rows()]  # 2 flown, the next 2 ahead (of 3)
    assert names == ["Inspiration4", "Soyuz MS-19", "Crew-3", "Soyuz MS-20"]
    assert w.banner.title.text() == "Crew-3"  # the next launch is known from the start
    assert "Reading 10 missions" in w.mission_count.text()
    w.show()
    qtbot.waitUntil(lambda: w.model.total == 10, timeout=5000)
    assert w.mission_count.text() == "10 missions"
    assert w.table.currentIndex().data().startswith("Crew-3")
    w.close()


def test_the_full_read_waits_for_the_first_paint(
    qtbot, tmp_path: Path, fresh_settings: None
) -> None:  # type: ignore[no-untyped-def]
    """A busy start could let a timer from the build's end fire before the first frame."""
    w = big_window(qtbot, tmp_path / "big.db")
    qtbot.wait(4 * SMALL.load_delay_ms)  # the delay has passed, the list never painted
    assert w.model.total == 4 and not w.feed.busy
    w.show()
    qtbot.waitUntil(lambda: w.model.total == 10 and not w.feed.busy, timeout=5000)
    w.close()


def test_an_edit_during_the_background_read_is_kept(
    qtbot, tmp_path: Path, fresh_settings: None
) -> None:  # type: ignore[no-untyped-def]
    w = big_window(qtbot, tmp_path / "big.db", FeedSizes(sync_limit=3, first_page=3))
    w.detail.confirm = lambda _q: True
    crew5 = repo_of(w).find_mission("Crew-5")  # on the first page
    w.select_mission(crew5)
    assert w.detail.title.text() == "Crew-5"
    w.feed.load_in_background()  # a read is under way ...
    w.detail.roster_editor.add_person(repo_of(w).find_person("Anna Kikina"), "Pilot")  # ... edit
    qtbot.waitUntil(lambda: w.model.total == 10 and not w.feed.busy, timeout=5000)
    row = w.model.row_for(crew5)
    assert row is not None and w.model.row(row).crew_count == 3
    w.close()


def test_closing_during_a_background_read_does_not_hang(
    qtbot, tmp_path: Path, fresh_settings: None
) -> None:  # type: ignore[no-untyped-def]
    w = big_window(qtbot, tmp_path / "big.db")
    w.feed.load_in_background()
    w.close()  # waits for the read's thread to end, then drops what it read
    assert not w.feed.busy


def test_the_background_read_hands_over_when_its_thread_has_finished(
    qtbot, tmp_path: Path, fresh_settings: None
) -> None:  # type: ignore[no-untyped-def]
    w = big_window(qtbot, tmp_path / "big.db")
    w.show()  # the list's first paint starts the full read
    qtbot.waitUntil(lambda: w.model.total == 10 and not w.feed.busy, timeout=5000)
    with qtbot.waitSignal(w.feed.rows_changed, timeout=5000):
        w.feed.load_in_background()  # read again: handed over once its thread finished
    assert w.model.total == 10 and not w.feed.busy
    w.close()


@pytest.mark.parametrize("reloads", [5])
def test_reloads_do_not_pile_up_frozen_garbage(window: MainWindow, reloads: int) -> None:
    """Each reload used to freeze whatever cyclic garbage was about, for good."""
    window.service.reload()
    before = gc.get_freeze_count()
    for _ in range(reloads):
        window.service.reload()
    assert gc.get_freeze_count() <= before + 100  # the same rows; not ~700 more each time
