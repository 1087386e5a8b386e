"""The record editors are reachable from the window's menus and the roster editor."""

from __future__ import annotations

import datetime as dt

from tests.helpers import repo_of
from tracker.ui.editors import PersonDialog
from tracker.ui.main_window import MainWindow
from tracker.ui.mission_editor import MissionDialog
from tracker.ui.records_manager import RecordsDialog


def test_edit_mission_opens_the_selected_one(window: MainWindow) -> None:
    dialog = window.records.edit_mission()
    assert isinstance(dialog, MissionDialog)
    assert dialog.name.text() == "Crew-3"
    dialog.reject()


def test_new_mission_saves_and_undoes(window: MainWindow) -> None:
    dialog = window.records.new_mission()
    assert isinstance(dialog, MissionDialog)
    dialog.name.setText("Axiom-1")
    net = dt.datetime(2022, 4, 8, 15, 17, 12, tzinfo=dt.UTC)
    dialog.net.set_value(net, net)
    dialog.accept()
    assert "Axiom-1" in [r.name for r in window.model.rows()]
    window.undo_action.trigger()
    assert "Axiom-1" not in [r.name for r in window.model.rows()]


def test_new_person_from_the_roster_lands_in_the_picker(window: MainWindow) -> None:
    window.select_mission(repo_of(window).find_mission("Crew-5"))
    roster = window.detail.roster_editor
    roster.new_person_button.click()  # "New…" beside the person picker
    dialog = window.findChild(PersonDialog)
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    dialog.name.setText("Frank Rubio")
    dialog.accept()
    assert roster.person_picker.currentText() == "Frank Rubio"
    roster.add_selected_person()
    assert "Frank Rubio" in [c.name for c in roster.crew_model.members()]


def test_delete_mission_asks_and_undo_restores(window: MainWindow) -> None:
    window.select_mission(repo_of(window).find_mission("Crew-5"))
    window.records.confirm = lambda _q: True
    window.menus.delete_mission.trigger()
    assert "Crew-5" not in [r.name for r in window.model.rows()]
    assert "Undo (Ctrl+Z) brings it back" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    crew5 = repo_of(window).find_mission("Crew-5")
    assert [c.name for c in window.service.mission(crew5).crew] == ["Nicole Mann", "Josh Cassada"]


def test_records_dialog_opens(window: MainWindow) -> None:
    dialog = window.records.show_records()
    assert isinstance(dialog, RecordsDialog) and dialog.isVisible()
    dialog.reject()


def test_every_menu_action_has_its_shortcut(window: MainWindow) -> None:
    menus = window.menus
    shortcuts = {
        menus.find: "Ctrl+F",
        menus.import_: "Ctrl+I",
        menus.export_ics: "Ctrl+Shift+C",
        menus.countdown: "Ctrl+K",
        menus.clock: "Ctrl+T",
        menus.people: "Ctrl+P",
        window.undo_action: "Ctrl+Z",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut().toString() == keys
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
