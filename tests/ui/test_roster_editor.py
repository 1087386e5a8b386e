"""Editing crew rosters: add, remove, reorder, change role, undo, redo, and refusals shown
in place with nothing changed.

Most tests drive the mission detail alone, composed as the window composes it (one shared
people model, the service's signals refreshing it), on a real SQLite file; the last ones
drive the whole window.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QTableView

from tests.conftest import REPORT_DAY
from tests.helpers import content, repo_of
from tracker.clock import Clock
from tracker.store.database import open_database
from tracker.store.repository import Repository
from tracker.ui.crew_model import PERSON_MIME, CrewColumn, PeopleListModel, person_mime
from tracker.ui.detail_view import MissionDetailView
from tracker.ui.roster_editor import RoleCombo, RosterEditor
from tracker.ui.schedule_widgets import RescheduleDialog
from tracker.ui.service import DataService

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow


@pytest.fixture
def service(tmp_path: Path) -> Iterator[DataService]:
    clock = Clock(REPORT_DAY)

    def open_repository(url: str) -> Repository:
        return Repository(open_database(url), clock)

    repo = open_repository(f"sqlite:///{tmp_path / 'roster.db'}")
    data = DataService(lambda: repo, clock, open_repository)
    yield data
    data.close()


@pytest.fixture
def reader(service: DataService) -> Iterator[Repository]:
    """The test's own repository on the same file, to set up and check as another program."""
    repo = Repository(open_database(f"sqlite:///{service.file_path}", seed=False), service.clock)
    yield repo
    repo.db.dispose()


class Detail:
    """The detail view, its undo stack and the shared people model, wired as in the window."""

    def __init__(self, service: DataService) -> None:
        self.service = service
        self.undo_stack = QUndoStack()
        self.people = PeopleListModel()
        self.view = MissionDetailView(service, self.undo_stack, lambda _q: True, self.people)
        self.editor: RosterEditor = self.view.roster_editor
        service.mission_changed.connect(self._mission_changed)
        service.people_changed.connect(lambda: self.people.set_people(service.people()))
        self.people.set_people(service.people())

    def _mission_changed(self, mission_id: int) -> None:
        if self.view.detail is not None and self.view.detail.id == mission_id:
            self.view.set_mission(self.service.mission(mission_id))

    def show(self, reader: Repository, mission: str) -> None:
        self.view.set_mission(self.service.mission(reader.find_mission(mission)))

    def roster(self) -> list[tuple[str, str]]:
        model = self.view.findChild(QTableView, "crewRoster").model()
        return [
            (model.index(r, CrewColumn.PERSON).data(), model.index(r, CrewColumn.ROLE).data())
            for r in range(model.rowCount())
        ]

    def names(self) -> list[str]:
        return [name for name, _ in self.roster()]

    def add_by_typing(self, qtbot, name: str, role: str) -> None:  # type: ignore[no-untyped-def]
        self.editor.person_picker.setEditText(name)
        self.editor.role_picker.setCurrentText(role)
        qtbot.mouseClick(self.editor.add_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def detail(qtbot, service: DataService) -> Detail:  # type: ignore[no-untyped-def]
    d = Detail(service)
    qtbot.addWidget(d.view)
    d.view.show()
    qtbot.waitExposed(d.view)
    return d


def test_kikina_and_wakata_join_crew5_with_undo_and_redo(qtbot, detail: Detail, reader) -> None:  # type: ignore[no-untyped-def]
    detail.show(reader, "Crew-5")
    detail.add_by_typing(qtbot, "Anna Kikina", "Mission Specialist")
    detail.add_by_typing(qtbot, "koichi wakata", "Mission Specialist")
    assert detail.names() == ["Nicole Mann", "Josh Cassada", "Anna Kikina", "Koichi Wakata"]
    assert detail.editor.crew_title.text() == "Crew (4 of 4)"
    assert detail.undo_stack.count() == 2
    assert detail.undo_stack.undoText() == "Add Koichi Wakata as Mission Specialist"
    detail.undo_stack.undo()
    assert detail.names() == ["Nicole Mann", "Josh Cassada", "Anna Kikina"]
    detail.undo_stack.undo()
    assert detail.names() == ["Nicole Mann", "Josh Cassada"]
    detail.undo_stack.redo()
    detail.undo_stack.redo()
    assert len(detail.roster()) == 4
    # the database agrees with the view
    crew5 = reader.mission(reader.find_mission("Crew-5"))
    assert [c.name for c in crew5.crew][-2:] == ["Anna Kikina", "Koichi Wakata"]


def test_fifth_person_on_crew3_is_refused_in_place(qtbot, detail: Detail, reader) -> None:  # type: ignore[no-untyped-def]
    detail.show(reader, "Crew-3")
    before = content(reader.db)
    detail.add_by_typing(qtbot, "Anna Kikina", "Pilot")
    message = detail.view.findChild(QLabel, "rosterMessage")
    assert (
        message.isVisibleTo(detail.view)
        and "Crew-3 is full: Crew Dragon carries 4 crew" in message.text()
    )
    assert len(detail.roster()) == 4
    assert detail.undo_stack.count() == 0
    assert content(reader.db) == before
    detail.show(reader, "Crew-5")  # another mission: the refusal was about Crew-3
    assert not message.isVisibleTo(detail.view)


def test_unknown_name_is_refused_with_a_reason(qtbot, detail: Detail, reader) -> None:  # type: ignore[no-untyped-def]
    detail.show(reader, "Crew-5")
    detail.add_by_typing(qtbot, "Nobody Atall", "Pilot")
    assert "No person named 'Nobody Atall'" in detail.editor.message_line.text()
    detail.add_by_typing(qtbot, "", "Pilot")
    assert detail.editor.message_line.text() == "Choose a person to add."


def test_remove_reorder_and_role_with_undo(qtbot, detail: Detail, reader) -> None:  # type: ignore[no-untyped-def]
    detail.show(reader, "Crew-3")
    original = detail.roster()
    view = detail.editor.roster
    view.selectRow(2)  # Kayla Barron
    detail.editor.up_action.trigger()
    assert detail.names()[1] == "Kayla Barron"
    model = view.model()
    model.setData(model.index(1, CrewColumn.ROLE), "Pilot")  # asks; the editor then acts
    qtbot.waitUntil(lambda: detail.roster()[1] == ("Kayla Barron", "Pilot"))
    view.selectRow(0)
    detail.editor.remove_action.trigger()
    assert detail.names() == ["Kayla Barron", "Thomas Marshburn", "Matthias Maurer"]
    for _ in range(3):
        detail.undo_stack.undo()
    assert detail.roster() == original
    for _ in range(3):
        detail.undo_stack.redo()
    assert len(detail.roster()) == 3


def test_alt_up_and_down_move_the_selected_member(qtbot, detail: Detail, reader) -> None:  # type: ignore[no-untyped-def]
    detail.show(reader, "Crew-3")
    view = detail.editor.roster
    view.activateWindow()
    view.setFocus()
    view.selectRow(0)  # Raja Chari
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert detail.names()[:2] == ["Thomas Marshburn", "Raja Chari"]
    assert view.currentIndex().row() == 1  # the selection follows the person
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert detail.names()[0] == "Raja Chari"
    assert not detail.editor.up_action.isEnabled()  # the first seat: no further up


def test_f2_edits_a_role_with_the_roles_combo(qtbot, detail: Detail, reader) -> None:  # type: ignore[no-untyped-def]
    detail.show(reader, "Crew-3")
    view = detail.editor.roster
    view.setFocus()
    view.setCurrentIndex(view.model().index(3, CrewColumn.ROLE))  # Matthias Maurer
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = view.findChild(RoleCombo)
    assert combo is not None and combo.currentText() == "Mission Specialist"
    combo.setCurrentText("Flight Engineer")
    qtbot.keyClick(combo, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: detail.roster()[3] == ("Matthias Maurer", "Flight Engineer"))
    assert detail.undo_stack.undoText() == "Make Matthias Maurer Flight Engineer"


def test_drop_of_a_person_adds_and_reorders(detail: Detail, reader) -> None:  # type: ignore[no-untyped-def]
    detail.show(reader, "Crew-5")
    model = detail.editor.crew_model
    kikina = reader.find_person("Anna Kikina")
    assert PERSON_MIME in model.mimeTypes()
    model.dropMimeData(person_mime(kikina), Qt.DropAction.CopyAction, 0, 0, model.index(-1, -1))
    assert detail.names()[0] == "Anna Kikina"
    mann = reader.find_person("Nicole Mann")
    model.dropMimeData(person_mime(mann), Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    assert detail.names()[:2] == ["Nicole Mann", "Anna Kikina"]


def test_flown_mission_asks_first_and_a_no_changes_nothing(detail: Detail, reader) -> None:  # type: ignore[no-untyped-def]
    detail.show(reader, "Soyuz 1")
    asked: list[str] = []
    detail.view.confirm = lambda q: asked.append(q) is not None  # answers "no"
    before = content(reader.db)
    detail.editor.roster.selectRow(0)
    detail.editor.remove_action.trigger()
    assert asked and "already flown" in asked[0]
    assert content(reader.db) == before
    assert detail.undo_stack.count() == 0
    detail.view.confirm = lambda q: True
    detail.editor.remove_action.trigger()
    assert detail.roster() == []
    detail.undo_stack.undo()
    assert detail.names() == ["Vladimir Komarov"]


def test_an_edit_on_a_stale_mission_is_refused_and_shows_it_again(detail: Detail, reader) -> None:  # type: ignore[no-untyped-def]
    detail.show(reader, "Crew-5")
    kikina = reader.find_person("Anna Kikina")
    reader.add_crew(reader.find_mission("Crew-5"), kikina, "Pilot")  # another program
    assert not detail.editor.add_person(reader.find_person("Koichi Wakata"))
    assert "changed elsewhere" in detail.editor.message_line.text()
    assert "Anna Kikina" in detail.names()  # shown as it is now
    assert detail.undo_stack.count() == 0


def test_the_picker_lists_the_shared_people_model_and_keeps_what_is_typed(
    detail: Detail, reader
) -> None:  # type: ignore[no-untyped-def]
    picker = detail.editor.person_picker
    assert picker.model() is detail.people
    detail.show(reader, "Crew-5")
    picker.setEditText("Anna Ki")
    detail.people.set_people(detail.service.people())  # the people were read again
    assert picker.currentText() == "Anna Ki"
    assert detail.people.find("anna kikina") == reader.find_person("Anna Kikina")
    assert detail.people.find("Anna Kikina (Roscosmos)") == reader.find_person("Anna Kikina")
    assert detail.people.find("Anna") is None


def test_people_are_read_when_needed_before_the_window_reads_them(qtbot, service, reader) -> None:  # type: ignore[no-untyped-def]
    people = PeopleListModel()
    view = MissionDetailView(service, QUndoStack(), lambda _q: True, people)
    qtbot.addWidget(view)
    view.set_mission(service.mission(reader.find_mission("Crew-5")))
    view.roster_editor.person_picker.setEditText("Anna Kikina")
    view.roster_editor.add_selected_person()
    assert people.loaded
    assert view.roster_editor.message_line.text() == ""


def test_reschedule_refusals_show_in_the_detail(detail: Detail, reader) -> None:  # type: ignore[no-untyped-def]
    detail.show(reader, "Soyuz 1")
    asked: list[str] = []
    detail.view.confirm = lambda q: asked.append(q) is not None
    m = detail.view.detail
    assert m is not None
    dialog = RescheduleDialog(m, detail.view.zone, detail.view)
    dialog.set_net(m.net + dt.timedelta(hours=1))
    assert not detail.view.reschedule(dialog.values())
    assert "already flown" in asked[0] and detail.undo_stack.count() == 0


def test_data_shows_as_plain_text(detail: Detail, reader) -> None:  # type: ignore[no-untyped-def]
    name = "<b>bold</b><img src=x>"
    crew5 = detail.service.mission(reader.find_mission("Crew-5"))
    detail.view.set_mission(
        dataclasses.replace(
            crew5, name=name, description=f"about {name}", source=name, launch_site=name
        )
    )
    title = detail.view.findChild(QLabel, "detailTitle")
    assert title.text() == name and title.textFormat() == Qt.TextFormat.PlainText
    source = detail.view.findChild(QLabel, "detailSource")
    assert name in source.text() and source.textFormat() == Qt.TextFormat.PlainText
    for label in detail.view.findChildren(QLabel):
        if name in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    tip = detail.people.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip.replace("<p>", "").replace("</p>", "")


def test_the_refusal_line_follows_light_and_dark(qtbot, detail: Detail) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication, QPalette

    from tracker.ui.theme import Theme

    line = detail.editor.message_line
    detail.editor.show_message("Crew-3 is full")
    assert line.property("tone") == "error"
    theme = Theme()
    original = QApplication.palette()
    seen = []
    try:
        for scheme in ("light", "dark"):
            theme.apply(scheme)
            line.ensurePolished()
            text = line.palette().color(QPalette.ColorRole.WindowText)
            window = line.palette().color(QPalette.ColorRole.Window)
            assert abs(text.lightnessF() - window.lightnessF()) > 0.3, scheme  # it reads
            assert text != QApplication.palette().color(QPalette.ColorRole.WindowText)
            assert line.font().bold()
            seen.append(text.name())
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet("")
        QApplication.setPalette(original)
        QGuiApplication.styleHints().unsetColorScheme()
    assert seen[0] != seen[1]  # restyled by the switch, not pinned by an inline sheet


# --- in the window ------------------------------------------------------------------------


def test_the_window_shares_its_people_model_with_the_picker(window: MainWindow) -> None:
    assert window.detail.roster_editor.person_picker.model() is window.people_model


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
    roster = window.detail.roster_editor.crew_model.members()
    assert "Koichi Wakata" in [c.name for c in roster]
    assert model.index(row, 6).data() == "3"  # the crew column follows
