"""Editing crew rosters in the window: add, remove, reorder, change role, undo, redo, and
refusals shown in place with nothing changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView

from tests.helpers import content, repo_of
from tracker.ui.crew_model import PERSON_MIME, CrewColumn, person_mime
from tracker.ui.main_window import MainWindow


def roster(window: MainWindow) -> list[tuple[str, str]]:
    view = window.findChild(QTableView, "crewRoster")
    model = view.model()
    return [
        (model.index(r, CrewColumn.PERSON).data(), model.index(r, CrewColumn.ROLE).data())
        for r in range(model.rowCount())
    ]


def select(window: MainWindow, mission: str) -> None:
    window.select_mission(repo_of(window).find_mission(mission))
    assert window.detail.title.text() == mission


def add_by_typing(qtbot, window: MainWindow, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
    window.detail.person_picker.setEditText(name)
    window.detail.role_picker.setCurrentText(role)
    qtbot.mouseClick(window.detail.add_button, Qt.MouseButton.LeftButton)


def test_kikina_and_wakata_join_crew5_with_undo_and_redo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select(window, "Crew-5")
    add_by_typing(qtbot, window, "Anna Kikina", "Mission Specialist")
    add_by_typing(qtbot, window, "koichi wakata", "Mission Specialist")
    assert [n for n, _ in roster(window)] == [
        "Nicole Mann", "Josh Cassada", "Anna Kikina", "Koichi Wakata",
    ]  # fmt: skip
    assert window.detail.crew_title.text() == "Crew (4 of 4)"
    assert window.undo_stack.count() == 2
    window.undo_action.trigger()
    assert [n for n, _ in roster(window)] == ["Nicole Mann", "Josh Cassada", "Anna Kikina"]
    window.undo_action.trigger()
    assert [n for n, _ in roster(window)] == ["Nicole Mann", "Josh Cassada"]
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert len(roster(window)) == 4
    # the database agrees with the window
    crew5 = repo_of(window).mission(repo_of(window).find_mission("Crew-5"))
    assert [c.name for c in crew5.crew][-2:] == ["Anna Kikina", "Koichi Wakata"]


def test_fifth_person_on_crew3_is_refused_in_place(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    db = repo_of(window).db
    before = content(db)
    add_by_typing(qtbot, window, "Anna Kikina", "Pilot")
    message = window.findChild(QLabel, "rosterMessage")
    assert (
        message.isVisibleTo(window)
        and "Crew-3 is full: Crew Dragon carries 4 crew" in message.text()
    )
    assert len(roster(window)) == 4
    assert window.undo_stack.count() == 0
    assert content(db) == before


def test_unknown_name_is_refused_with_a_reason(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select(window, "Crew-5")
    add_by_typing(qtbot, window, "Nobody Atall", "Pilot")
    assert "No person named 'Nobody Atall'" in window.detail.roster_message.text()


def test_remove_reorder_and_role_with_undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    original = roster(window)
    view = window.detail.roster
    view.selectRow(2)  # Kayla Barron
    window.detail.up_action.trigger()
    assert [n for n, _ in roster(window)][1] == "Kayla Barron"
    model = view.model()
    model.setData(model.index(1, CrewColumn.ROLE), "Pilot")
    assert roster(window)[1] == ("Kayla Barron", "Pilot")
    view.selectRow(0)
    window.detail.remove_action.trigger()
    assert [n for n, _ in roster(window)] == ["Kayla Barron", "Thomas Marshburn", "Matthias Maurer"]
    for _ in range(3):
        window.undo_action.trigger()
    assert roster(window) == original
    for _ in range(3):
        window.redo_action.trigger()
    assert len(roster(window)) == 3


def test_drop_of_a_person_adds_and_reorders(window: MainWindow) -> None:
    select(window, "Crew-5")
    model = window.detail.crew_model
    kikina = repo_of(window).find_person("Anna Kikina")
    assert PERSON_MIME in model.mimeTypes()
    model.dropMimeData(person_mime(kikina), Qt.DropAction.CopyAction, 0, 0, model.index(-1, -1))
    assert [n for n, _ in roster(window)][0] == "Anna Kikina"
    mann = repo_of(window).find_person("Nicole Mann")
    model.dropMimeData(person_mime(mann), Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert [n for n, _ in roster(window)][:2] == ["Nicole Mann", "Anna Kikina"]


def test_flown_mission_asks_first_and_a_no_changes_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    select(window, "Soyuz 1")
    asked: list[str] = []
    window.detail.confirm = lambda q: asked.append(q) is not None  # answers "no"
    before = content(repo_of(window).db)
    window.detail.roster.selectRow(0)
    window.detail.remove_action.trigger()
    assert asked and "already flown" in asked[0]
    assert content(repo_of(window).db) == before
    window.detail.confirm = lambda q: True
    window.detail.remove_action.trigger()
    assert roster(window) == []
    window.undo_action.trigger()
    assert [n for n, _ in roster(window)] == ["Vladimir Komarov"]


def test_undo_and_redo_have_standard_shortcuts(window: MainWindow) -> None:
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in window.redo_action.shortcuts()]


def test_person_dropped_on_a_mission_row_joins_its_crew(window: MainWindow) -> None:
    crew5 = repo_of(window).find_mission("Crew-5")
    wakata = repo_of(window).find_person("Koichi Wakata")
    model = window.model
    row = model.row_for(crew5)
    assert model.canDropMimeData(
        person_mime(wakata), Qt.DropAction.CopyAction, -1, -1, model.index(row, 0)
    )
    model.dropMimeData(person_mime(wakata), Qt.DropAction.CopyAction, -1, -1, model.index(row, 0))
    assert window.detail.title.text() == "Crew-5"
    assert "Koichi Wakata" in [n for n, _ in roster(window)]
    assert model.index(row, 6).data() == "3"  # the crew column follows
