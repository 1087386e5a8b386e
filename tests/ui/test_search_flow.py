"""The search box leads into the results, and the detail follows what the filter shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers import repo_of
from tracker.ui.main_window import MainWindow


def current_name(window: MainWindow) -> str | None:
    mission_id = window.list_panel.current_mission_id()
    return None if mission_id is None else window.service.mission(mission_id).name


def test_down_in_the_search_box_moves_into_the_results(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.search.setFocus()
    qtbot.keyClicks(window.search, "soyuz")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.table
    name = current_name(window)
    assert name is not None and "Soyuz" in name
    assert window.detail.title.text() == name
    qtbot.keyClick(window.table, Qt.Key.Key_Down)  # and on through the results
    second = current_name(window)
    assert second is not None and "Soyuz" in second and second != name


def test_return_in_the_search_box_selects_the_first_match(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.search.setFocus()
    qtbot.keyClicks(window.search, "crew-5")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert current_name(window) == "Crew-5"
    assert window.detail.title.text() == "Crew-5"
    assert QApplication.focusWidget() is window.table


def test_the_detail_never_shows_a_mission_the_filter_hid(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert current_name(window) == "Crew-3"
    qtbot.keyClicks(window.search, "soyuz")
    assert current_name(window) is None
    assert window.detail.detail is None
    assert window.detail.title.text() == "Select a mission"


def test_clearing_the_search_keeps_the_selection(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search, "soyuz ms-20")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert current_name(window) == "Soyuz MS-20"
    window.search.clear()
    assert window.model.rowCount() == window.model.total
    assert current_name(window) == "Soyuz MS-20"
    assert window.detail.title.text() == "Soyuz MS-20"


def test_the_chosen_mission_comes_back_when_the_filter_shows_it_again(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.select_mission(repo_of(window).find_mission("Crew-5"))
    qtbot.keyClicks(window.search, "soyuz")  # hides Crew-5: nothing is current
    assert current_name(window) is None
    window.search.clear()
    assert current_name(window) == "Crew-5"
