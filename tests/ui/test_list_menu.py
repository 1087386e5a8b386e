"""The list's context menu: the mission under the pointer, Mark as…, Reschedule, Edit, Delete."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from tests.helpers import repo_of
from tracker.ui.main_window import MainWindow
from tracker.ui.mission_model import Column
from tracker.ui.status_actions import StatusMenu
from tracker.vocabulary import LaunchStatus


def menu_on(window: MainWindow, name: str) -> QMenu:
    row = window.model.row_for(repo_of(window).find_mission(name))
    assert row is not None
    rect = window.table.visualRect(window.model.index(row, Column.MISSION))
    menu = window.menus.mission_menu(window, rect.center())
    assert menu is not None
    return menu


def test_the_context_menu_acts_on_the_mission_under_the_pointer(window: MainWindow) -> None:
    menu = menu_on(window, "Crew-5")
    assert window.detail.title.text() == "Crew-5", "it became the current mission"
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Mark as\u2026",
        "Re&schedule\u2026",
        "&Edit Mission\u2026",
        "&Delete Mission\u2026",
    ]
    menu.deleteLater()


def test_mark_as_from_the_list_is_an_undoable_edit(window: MainWindow) -> None:
    menu = menu_on(window, "Crew-5")
    status = menu.findChild(StatusMenu)
    assert isinstance(status, StatusMenu)
    assert not status.status_actions[LaunchStatus.GO].isChecked()
    status.status_actions[LaunchStatus.GO].trigger()
    crew5 = repo_of(window).find_mission("Crew-5")
    assert window.service.mission(crew5).status is LaunchStatus.GO
    window.undo_action.trigger()
    assert window.service.mission(crew5).status is LaunchStatus.TBD


def test_no_menu_where_there_is_no_mission(window: MainWindow) -> None:
    below = window.table.viewport().rect().bottomLeft()
    assert window.menus.mission_menu(window, below) is None
