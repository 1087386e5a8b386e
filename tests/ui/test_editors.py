"""Record editors and the records manager: create, edit and delete with undo and redo;
refusals shown in the dialog, which stays open, with nothing changed.

Most tests run the dialogs on a service of their own over a real SQLite file (``Editing``);
the last ones check that the window follows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.conftest import REPORT_DAY
from tests.helpers import content, repo_of
from tracker.clock import Clock
from tracker.store.database import open_database
from tracker.store.repository import Repository
from tracker.ui.editors import (
    PersonDialog,
    RecordDialog,
    VehicleDialog,
    delete_record,
)
from tracker.ui.mission_editor import MissionDialog
from tracker.ui.qtime import from_qdatetime, to_qdatetime
from tracker.ui.records_manager import PEOPLE_COLUMNS, RecordsDialog, RecordTableModel
from tracker.ui.service import DataService
from tracker.vocabulary import NetPrecision

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow


class Editing:
    """A service on a fresh database, an undo stack, and a repository of the test's own."""

    def __init__(self, path: Path) -> None:
        clock = Clock(REPORT_DAY)

        def open_repository(url: str) -> Repository:
            return Repository(open_database(url), clock)

        seeded = open_repository(f"sqlite:///{path}")
        self.service = DataService(lambda: seeded, clock, open_repository)
        self.undo_stack = QUndoStack()
        self.repo = Repository(open_database(f"sqlite:///{path}", seed=False), clock)

    def close(self) -> None:
        self.repo.db.dispose()
        self.service.close()


@pytest.fixture
def ed(tmp_path: Path) -> Iterator[Editing]:
    editing = Editing(tmp_path / "editors.db")
    yield editing
    editing.close()


def save(qtbot, dialog: RecordDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def opened(qtbot, dialog: RecordDialog) -> RecordDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def names(service: DataService) -> list[str]:
    return [p.name for p in service.person_records()]


def crew(repo: Repository, mission: str) -> list[tuple[str, int]]:
    return [(c.name, c.seat) for c in repo.mission(repo.find_mission(mission)).crew]


def records_dialog(qtbot, ed: Editing, answer) -> RecordsDialog:  # type: ignore[no-untyped-def]
    records = RecordsDialog(ed.service, ed.undo_stack, answer)
    qtbot.addWidget(records)
    records.show()
    return records


def test_create_a_person_then_undo_and_redo(qtbot, ed: Editing) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, PersonDialog(ed.service, ed.undo_stack, lambda _q: True))
    dialog.findChild(QLineEdit, "nameEdit").setText("Sergey Prokopyev")
    dialog.agency.setCurrentIndex(dialog.agency.findText("Roscosmos", Qt.MatchFlag.MatchContains))
    dialog.nationality.setText("Russian")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    created = next(p for p in ed.service.person_records() if p.name == "Sergey Prokopyev")
    assert (created.agency, created.nationality, created.status) == (
        "Roscosmos",
        "Russian",
        "Active",
    )
    assert ed.undo_stack.undoText() == "New person Sergey Prokopyev"
    ed.undo_stack.undo()
    assert "Sergey Prokopyev" not in names(ed.service)
    ed.undo_stack.redo()
    assert ed.service.person(created.id).name == "Sergey Prokopyev"  # same id


def test_edit_a_missions_name_and_undo(qtbot, ed: Editing) -> None:  # type: ignore[no-untyped-def]
    crew5 = ed.repo.find_mission("Crew-5")
    before = content(ed.repo.db)
    dialog = opened(qtbot, MissionDialog(ed.service, ed.undo_stack, lambda _q: True, crew5))
    dialog.name.setText("Crew-5 (Endurance)")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert ed.repo.mission(crew5).name == "Crew-5 (Endurance)"
    assert ed.repo.mission(crew5).history == ()  # the NET did not move: no slip recorded
    assert ed.undo_stack.undoText() == "Edit Crew-5"
    ed.undo_stack.undo()
    assert content(ed.repo.db) == before
    ed.undo_stack.redo()
    assert ed.repo.mission(crew5).name == "Crew-5 (Endurance)"


def test_a_moved_net_goes_to_the_history_with_its_reason(qtbot, ed: Editing) -> None:  # type: ignore[no-untyped-def]
    crew3 = ed.repo.find_mission("Crew-3")
    before = ed.repo.mission(crew3)
    dialog = opened(qtbot, MissionDialog(ed.service, ed.undo_stack, lambda _q: True, crew3))
    later = dt.datetime(2021, 11, 3, 5, 10, tzinfo=dt.UTC)
    dialog.net.edit.setDateTime(to_qdatetime(later))
    dialog.reason.setText("weather")
    save(qtbot, dialog)
    after = ed.repo.mission(crew3)
    assert after.net == later
    assert (after.history[-1].previous_net, after.history[-1].reason) == (before.net, "weather")
    ed.undo_stack.undo()
    assert ed.repo.mission(crew3).history == before.history
    assert ed.repo.mission(crew3).net == before.net


def test_delete_a_person_in_use_after_confirming_and_undo_restores_the_crew(
    qtbot, ed: Editing
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    records = records_dialog(qtbot, ed, lambda q: asked.append(q) is None)
    before, roster = content(ed.repo.db), crew(ed.repo, "Crew-3")
    barron = ed.repo.find_person("Kayla Barron")
    assert records.select("person", barron)
    qtbot.mouseClick(records.tabs["person"].delete_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Kayla Barron is on the crew of 1 mission: Crew-3.")
    assert "Kayla Barron" not in names(ed.service)
    assert crew(ed.repo, "Crew-3") == [
        ("Raja Chari", 0), ("Thomas Marshburn", 1), ("Matthias Maurer", 2),
    ]  # fmt: skip
    assert ed.undo_stack.undoText() == "Delete Kayla Barron"
    ed.undo_stack.undo()
    assert crew(ed.repo, "Crew-3") == roster
    assert content(ed.repo.db) == before
    # the manager's table followed the undo
    model = records.tabs["person"].model
    assert model.row_for(barron) is not None


def test_declining_the_question_deletes_nothing(qtbot, ed: Editing) -> None:  # type: ignore[no-untyped-def]
    records = records_dialog(qtbot, ed, lambda _q: False)
    before = content(ed.repo.db)
    dragon = next(v.id for v in ed.service.vehicles() if v.name == "Crew Dragon")
    records.select("vehicle", dragon)
    records.delete_selected("vehicle")
    assert content(ed.repo.db) == before
    assert ed.undo_stack.count() == 0
    assert not records.message.isVisibleTo(records)  # declined: nothing to report


def test_a_duplicate_name_is_refused_in_the_dialog(qtbot, ed: Editing) -> None:  # type: ignore[no-untyped-def]
    before = content(ed.repo.db)
    dialog = opened(qtbot, PersonDialog(ed.service, ed.undo_stack, lambda _q: True))
    dialog.name.setText("anna kikina")
    save(qtbot, dialog)
    message = dialog.findChild(QLabel, "editorMessage")
    assert dialog.isVisible() and message.isVisibleTo(dialog)
    assert message.text() == "there is already a person named Anna Kikina"
    assert message.textFormat() == Qt.TextFormat.PlainText
    assert dialog.name.text() == "anna kikina"  # what the user typed is kept
    assert content(ed.repo.db) == before
    assert ed.undo_stack.count() == 0
    dialog.name.setText("Anna Kikina-Petrova")  # fixing it saves
    save(qtbot, dialog)
    assert not dialog.isVisible()


def test_lowering_a_capacity_below_a_crew_is_refused_in_place(qtbot, ed: Editing) -> None:  # type: ignore[no-untyped-def]
    before = content(ed.repo.db)
    dragon = next(v.id for v in ed.service.vehicles() if v.name == "Crew Dragon")
    dialog = opened(qtbot, VehicleDialog(ed.service, ed.undo_stack, lambda _q: True, dragon))
    assert dialog.capacity.value() == 4
    dialog.capacity.setValue(3)
    save(qtbot, dialog)
    assert "Crew-3 already has 4 crew on Crew Dragon" in dialog.message.text()
    assert dialog.isVisible() and content(ed.repo.db) == before


def test_a_flown_mission_asks_before_an_edit(qtbot, ed: Editing) -> None:  # type: ignore[no-untyped-def]
    soyuz1 = ed.repo.find_mission("Soyuz 1")
    asked: list[str] = []
    dialog = opened(
        qtbot,
        MissionDialog(ed.service, ed.undo_stack, lambda q: asked.append(q) is not None, soyuz1),
    )
    dialog.capsule.setText("Soyuz 7K-OK No. 4")
    before = content(ed.repo.db)
    save(qtbot, dialog)  # answered "no"
    assert "Soyuz 1 has already flown" in asked[0]
    assert dialog.isVisible() and content(ed.repo.db) == before
    assert dialog.message.text() == "Not saved: confirmation declined."
    dialog.confirm = lambda _q: True
    save(qtbot, dialog)
    assert ed.repo.mission(soyuz1).capsule == "Soyuz 7K-OK No. 4"


def test_new_mission_and_records_manager_edit(qtbot, ed: Editing) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, MissionDialog(ed.service, ed.undo_stack, lambda _q: True))
    dialog.name.setText("Crew-4")
    dialog.spacecraft.setCurrentIndex(dialog.spacecraft.findText("Crew Dragon"))
    net = dt.datetime(2022, 4, 27, 7, 52, 55, tzinfo=dt.UTC)
    dialog.net.set_value(net, net)
    save(qtbot, dialog)
    crew4 = ed.repo.find_mission("Crew-4")
    assert ed.service.mission(crew4).net == net
    records = records_dialog(qtbot, ed, lambda _q: True)
    nasa = next(a.id for a in ed.service.agencies() if a.abbrev == "NASA")
    records.select("agency", nasa)
    editor = records.edit_selected("agency")
    assert editor is not None and editor is records.editor
    editor.findChild(QLineEdit, "countryEdit").setText("United States")
    save(qtbot, editor)
    assert ed.service.agency(nasa).country == "United States"
    assert ed.undo_stack.undoText() == "Edit National Aeronautics and Space Administration"


def test_times_cross_into_qt_exactly() -> None:
    for value in (
        dt.datetime(1967, 4, 23, 0, 35, tzinfo=dt.UTC),
        dt.datetime(2021, 10, 31, 6, 21, 0, 123000, tzinfo=dt.UTC),
    ):
        assert from_qdatetime(to_qdatetime(value)) == value
    zoned = dt.datetime(2021, 10, 31, 2, 21, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    assert from_qdatetime(to_qdatetime(zoned)) == dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)


def test_record_table_model(qtmodeltester, ed: Editing) -> None:  # type: ignore[no-untyped-def]
    model = RecordTableModel(PEOPLE_COLUMNS)
    model.set_rows(ed.service.person_records())
    qtmodeltester.check(model)


def test_delete_a_mission_with_its_crew_and_undo(ed: Editing) -> None:
    crew3 = ed.repo.find_mission("Crew-3")
    before = content(ed.repo.db)
    asked: list[str] = []
    refusal = delete_record(
        ed.service,
        ed.undo_stack,
        lambda q: asked.append(q) is None,
        "mission",
        crew3,
        "Crew-3",
        lambda _m: None,
    )
    assert refusal == "" and asked[0].startswith("Crew-3 has 4 crew members: Raja Chari")
    assert "Crew-3" not in [m.name for m in ed.service.missions()]
    ed.undo_stack.undo()
    assert content(ed.repo.db) == before


def test_new_spacecraft_in_the_dialog(qtbot, ed: Editing) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, VehicleDialog(ed.service, ed.undo_stack, lambda _q: True))
    dialog.name.setText("Starliner")
    dialog.capacity.setValue(0)  # "none": a spacecraft needs a capacity
    save(qtbot, dialog)
    assert "Starliner is a spacecraft: give its crew capacity" in dialog.message.text()
    dialog.capacity.setValue(7)
    dialog.operator.setCurrentIndex(dialog.operator.findText("SpaceX"))
    save(qtbot, dialog)
    starliner = next(v for v in ed.service.vehicles() if v.name == "Starliner")
    assert (starliner.crew_capacity, starliner.operator, starliner.first_crewed_flight) == (
        7,
        "SpaceX",
        None,
    )
    assert ed.undo_stack.undoText() == "New vehicle Starliner"


# --- the window follows every edit --------------------------------------------------------


def test_a_created_person_joins_the_people_panel_and_the_picker(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, PersonDialog(window.service, window.undo_stack, lambda _q: True))
    dialog.name.setText("Sergey Prokopyev")
    save(qtbot, dialog)
    people = window.people_model
    assert "Sergey Prokopyev" in [people.person(r).name for r in range(people.rowCount())]
    assert window.detail.roster_editor.person_picker.model() is people
    window.undo_action.trigger()
    assert "Sergey Prokopyev" not in [people.person(r).name for r in range(people.rowCount())]
    window.redo_action.trigger()
    assert "Sergey Prokopyev" in names(window.service)


def test_the_detail_follows_a_mission_edit_and_its_undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    crew5 = repo_of(window).find_mission("Crew-5")
    window.select_mission(crew5)
    dialog = opened(qtbot, MissionDialog(window.service, window.undo_stack, lambda _q: True, crew5))
    dialog.name.setText("Crew-5 (Endurance)")
    save(qtbot, dialog)
    assert window.detail.title.text() == "Crew-5 (Endurance)"
    window.undo_action.trigger()
    assert window.detail.title.text() == "Crew-5"


def test_the_list_follows_a_new_and_a_deleted_mission(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, MissionDialog(window.service, window.undo_stack, lambda _q: True))
    dialog.name.setText("Crew-4")
    net = dt.datetime(2022, 4, 27, 7, 52, 55, tzinfo=dt.UTC)
    dialog.net.set_value(net, net)
    save(qtbot, dialog)
    crew4 = repo_of(window).find_mission("Crew-4")
    assert window.model.row_for(crew4) is not None  # the list shows it
    crew3 = repo_of(window).find_mission("Crew-3")
    refusal = delete_record(
        window.service,
        window.undo_stack,
        lambda _q: True,
        "mission",
        crew3,
        "Crew-3",
        lambda _m: None,
    )
    assert refusal == ""
    assert window.model.row_for(crew3) is None
    window.undo_action.trigger()
    assert window.model.row_for(crew3) is not None


def test_a_new_mission_with_only_a_name_is_not_saved_and_never_next(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """The form's NET starts empty: saving without one is refused in place, so a mission
    saved with only a name can never become the next launch ("Test flight · Today")."""
    before = content(repo_of(window).db)
    dialog = opened(qtbot, MissionDialog(window.service, window.undo_stack, lambda _q: True))
    assert dialog.net.value() is None and not dialog.net.is_set()
    dialog.name.setText("Test flight")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.message.isVisible() and dialog.message.text().startswith("Give a NET:")
    assert content(repo_of(window).db) == before
    assert window.banner.title.text() == "Crew-3"
    next_year = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    dialog.net.set_value(next_year, next_year)
    dialog.precision.setCurrentIndex(dialog.precision.findData(NetPrecision.YEAR.value))
    save(qtbot, dialog)
    test_flight = window.service.mission(repo_of(window).find_mission("Test flight"))
    assert (test_flight.net, test_flight.net_precision) == (next_year, NetPrecision.YEAR)
    assert window.banner.title.text() == "Crew-3"
