"""The record editors are reachable from the window's menus and the roster editor."""

from __future__ import annotations

from tests.helpers import repo_of
from tracker.ui.editors import MissionDialog, PersonDialog, RecordsDialog
from tracker.ui.main_window import MainWindow


def test_edit_mission_opens_the_selected_one(window: MainWindow) -> None:
    dialog = window.edit_mission()
    assert isinstance(dialog, MissionDialog)
    assert dialog.name.text() == "Crew-3"
    dialog.reject()


def test_new_mission_saves_and_undoes(window: MainWindow) -> None:
    dialog = window.new_mission()
    assert isinstance(dialog, MissionDialog)
    dialog.name.setText("Axiom-1")
    dialog.accept()
    assert "Axiom-1" in [r.name for r in window.model.rows()]
    window.undo_action.trigger()
    assert "Axiom-1" not in [r.name for r in window.model.rows()]


def test_new_person_from_the_roster_lands_in_the_picker(window: MainWindow) -> None:
    window.select_mission(repo_of(window).find_mission("Crew-5"))
    dialog = window.new_person_for_roster()
    assert isinstance(dialog, PersonDialog)
    dialog.name.setText("Frank Rubio")
    dialog.accept()
    assert window.detail.person_picker.currentText() == "Frank Rubio"
    window.detail.add_selected_person()
    assert "Frank Rubio" in [c.name for c in window.detail.crew_model.members()]


def test_delete_mission_asks_and_undo_restores(window: MainWindow) -> None:
    window.select_mission(repo_of(window).find_mission("Crew-5"))
    window._ask = lambda _q: True  # type: ignore[method-assign]
    window.delete_mission()
    assert "Crew-5" not in [r.name for r in window.model.rows()]
    window.undo_action.trigger()
    crew5 = repo_of(window).find_mission("Crew-5")
    assert [c.name for c in window.service.mission(crew5).crew] == ["Nicole Mann", "Josh Cassada"]


def test_records_dialog_opens(window: MainWindow) -> None:
    dialog = window.show_records()
    assert isinstance(dialog, RecordsDialog) and dialog.isVisible()
    dialog.reject()
