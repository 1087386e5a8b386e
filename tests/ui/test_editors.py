"""Record editors in the window: create, edit and delete with undo and redo; refusals shown in
the dialog, which stays open, with nothing changed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.helpers import content, repo_of
from tracker.ui.editors import (
    MissionDialog,
    PersonDialog,
    RecordDialog,
    RecordsDialog,
    RecordTableModel,
    VehicleDialog,
    delete_record,
)
from tracker.ui.main_window import MainWindow
from tracker.ui.qtime import from_qdatetime, to_qdatetime


def save(qtbot, dialog: RecordDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def opened(qtbot, dialog: RecordDialog) -> RecordDialog:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def names(window: MainWindow) -> list[str]:
    return [p.name for p in window.service.person_records()]


def crew(window: MainWindow, mission: str) -> list[tuple[str, int]]:
    repo = repo_of(window)
    return [(c.name, c.seat) for c in repo.mission(repo.find_mission(mission)).crew]


def test_create_a_person_then_undo_and_redo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, PersonDialog(window.service, window.undo_stack, lambda _q: True))
    dialog.findChild(QLineEdit, "nameEdit").setText("Sergey Prokopyev")
    dialog.agency.setCurrentIndex(dialog.agency.findText("Roscosmos", Qt.MatchFlag.MatchContains))
    dialog.nationality.setText("Russian")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    created = next(p for p in window.service.person_records() if p.name == "Sergey Prokopyev")
    assert (created.agency, created.nationality, created.status) == (
        "Roscosmos",
        "Russian",
        "Active",
    )
    assert window.undo_stack.undoText() == "New person Sergey Prokopyev"
    # the people panel and the roster's picker follow
    people = window.people_model
    assert "Sergey Prokopyev" in [people.person(r).name for r in range(people.rowCount())]
    window.undo_action.trigger()
    assert "Sergey Prokopyev" not in names(window)
    window.redo_action.trigger()
    assert window.service.person(created.id).name == "Sergey Prokopyev"  # same id


def test_edit_a_missions_name_and_undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    repo = repo_of(window)
    crew5 = repo.find_mission("Crew-5")
    window.select_mission(crew5)
    before = content(repo.db)
    dialog = opened(qtbot, MissionDialog(window.service, window.undo_stack, lambda _q: True, crew5))
    dialog.name.setText("Crew-5 (Endurance)")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.detail.title.text() == "Crew-5 (Endurance)"
    assert repo.mission(crew5).history == ()  # the NET did not move: no slip recorded
    assert window.undo_stack.undoText() == "Edit Crew-5"
    window.undo_action.trigger()
    assert window.detail.title.text() == "Crew-5"
    assert content(repo.db) == before
    window.redo_action.trigger()
    assert repo.mission(crew5).name == "Crew-5 (Endurance)"


def test_a_moved_net_goes_to_the_history_with_its_reason(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    repo = repo_of(window)
    crew3 = repo.find_mission("Crew-3")
    before = repo.mission(crew3)
    dialog = opened(qtbot, MissionDialog(window.service, window.undo_stack, lambda _q: True, crew3))
    later = dt.datetime(2021, 11, 3, 5, 10, tzinfo=dt.UTC)
    dialog.net.edit.setDateTime(to_qdatetime(later))
    dialog.reason.setText("weather")
    save(qtbot, dialog)
    after = repo.mission(crew3)
    assert after.net == later
    assert (after.history[-1].previous_net, after.history[-1].reason) == (before.net, "weather")
    window.undo_action.trigger()
    assert repo.mission(crew3).history == before.history
    assert repo.mission(crew3).net == before.net


def test_delete_a_person_in_use_after_confirming_and_undo_restores_the_crew(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    records = RecordsDialog(
        window.service, window.undo_stack, lambda q: asked.append(q) is None, window
    )
    qtbot.addWidget(records)
    records.show()
    before, roster = content(repo_of(window).db), crew(window, "Crew-3")
    barron = repo_of(window).find_person("Kayla Barron")
    assert records.select("person", barron)
    qtbot.mouseClick(records.tabs["person"].delete_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Kayla Barron is on the crew of 1 mission: Crew-3.")
    assert "Kayla Barron" not in names(window)
    assert crew(window, "Crew-3") == [
        ("Raja Chari", 0), ("Thomas Marshburn", 1), ("Matthias Maurer", 2),
    ]  # fmt: skip
    assert window.undo_stack.undoText() == "Delete Kayla Barron"
    window.undo_action.trigger()
    assert crew(window, "Crew-3") == roster
    assert content(repo_of(window).db) == before
    # the manager's table followed the undo
    model = records.tabs["person"].model
    assert model.row_for(barron) is not None


def test_declining_the_question_deletes_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    records = RecordsDialog(window.service, window.undo_stack, lambda _q: False, window)
    qtbot.addWidget(records)
    before = content(repo_of(window).db)
    dragon = next(v.id for v in window.service.vehicles() if v.name == "Crew Dragon")
    records.select("vehicle", dragon)
    records.delete_selected("vehicle")
    assert content(repo_of(window).db) == before
    assert window.undo_stack.count() == 0


def test_a_duplicate_name_is_refused_in_the_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = content(repo_of(window).db)
    dialog = opened(qtbot, PersonDialog(window.service, window.undo_stack, lambda _q: True))
    dialog.name.setText("anna kikina")
    save(qtbot, dialog)
    message = dialog.findChild(QLabel, "editorMessage")
    assert dialog.isVisible() and message.isVisibleTo(dialog)
    assert message.text() == "there is already a person named Anna Kikina"
    assert dialog.name.text() == "anna kikina"  # what the user typed is kept
    assert content(repo_of(window).db) == before
    assert window.undo_stack.count() == 0
    dialog.name.setText("Anna Kikina-Petrova")  # fixing it saves
    save(qtbot, dialog)
    assert not dialog.isVisible()


def test_lowering_a_capacity_below_a_crew_is_refused_in_place(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = content(repo_of(window).db)
    dragon = next(v.id for v in window.service.vehicles() if v.name == "Crew Dragon")
    dialog = opened(
        qtbot, VehicleDialog(window.service, window.undo_stack, lambda _q: True, dragon)
    )
    assert dialog.capacity.value() == 4
    dialog.capacity.setValue(3)
    save(qtbot, dialog)
    assert "Crew-3 already has 4 crew on Crew Dragon" in dialog.message.text()
    assert dialog.isVisible() and content(repo_of(window).db) == before


def test_a_flown_mission_asks_before_an_edit(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    repo = repo_of(window)
    soyuz1 = repo.find_mission("Soyuz 1")
    asked: list[str] = []
    dialog = opened(
        qtbot,
        MissionDialog(
            window.service, window.undo_stack, lambda q: asked.append(q) is not None, soyuz1
        ),
    )
    dialog.capsule.setText("Soyuz 7K-OK No. 4")
    before = content(repo.db)
    save(qtbot, dialog)  # answered "no"
    assert "Soyuz 1 has already flown" in asked[0]
    assert dialog.isVisible() and content(repo.db) == before
    dialog.confirm = lambda _q: True
    save(qtbot, dialog)
    assert repo.mission(soyuz1).capsule == "Soyuz 7K-OK No. 4"


def test_new_mission_and_records_manager_edit(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, MissionDialog(window.service, window.undo_stack, lambda _q: True))
    dialog.name.setText("Crew-4")
    dialog.spacecraft.setCurrentIndex(dialog.spacecraft.findText("Crew Dragon"))
    net = dt.datetime(2022, 4, 27, 7, 52, 55, tzinfo=dt.UTC)
    dialog.net.edit.setDateTime(to_qdatetime(net))
    save(qtbot, dialog)
    crew4 = repo_of(window).find_mission("Crew-4")
    assert window.service.mission(crew4).net == net
    assert window.model.row_for(crew4) is not None  # the list shows it
    records = RecordsDialog(window.service, window.undo_stack, lambda _q: True, window)
    qtbot.addWidget(records)
    nasa = next(a.id for a in window.service.agencies() if a.abbrev == "NASA")
    records.select("agency", nasa)
    editor = records.edit_selected("agency")
    assert editor is not None and editor is records.editor
    editor.findChild(QLineEdit, "countryEdit").setText("United States")
    save(qtbot, editor)
    assert window.service.agency(nasa).country == "United States"
    assert window.undo_stack.undoText() == "Edit National Aeronautics and Space Administration"


def test_times_cross_into_qt_exactly() -> None:
    for value in (
        dt.datetime(1967, 4, 23, 0, 35, tzinfo=dt.UTC),
        dt.datetime(2021, 10, 31, 6, 21, 0, 123000, tzinfo=dt.UTC),
    ):
        assert from_qdatetime(to_qdatetime(value)) == value
    zoned = dt.datetime(2021, 10, 31, 2, 21, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
    assert from_qdatetime(to_qdatetime(zoned)) == dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)


def test_record_table_model(qtmodeltester, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from tracker.ui.editors import PEOPLE_COLUMNS

    model = RecordTableModel(PEOPLE_COLUMNS)
    model.set_rows(window.service.person_records())
    qtmodeltester.check(model)


def test_delete_a_mission_with_its_crew_and_undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    repo = repo_of(window)
    crew3 = repo.find_mission("Crew-3")
    before = content(repo.db)
    asked: list[str] = []
    refusal = delete_record(
        window.service,
        window.undo_stack,
        lambda q: asked.append(q) is None,
        "mission",
        crew3,
        "Crew-3",
        lambda _m: None,
    )
    assert refusal == "" and asked[0].startswith("Crew-3 has 4 crew members: Raja Chari")
    assert window.model.row_for(crew3) is None
    window.undo_action.trigger()
    assert content(repo.db) == before
    assert window.model.row_for(crew3) is not None


def test_new_spacecraft_in_the_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = opened(qtbot, VehicleDialog(window.service, window.undo_stack, lambda _q: True))
    dialog.name.setText("Starliner")
    dialog.capacity.setValue(0)  # "none": a spacecraft needs a capacity
    save(qtbot, dialog)
    assert "Starliner is a spacecraft: give its crew capacity" in dialog.message.text()
    dialog.capacity.setValue(7)
    dialog.operator.setCurrentIndex(dialog.operator.findText("SpaceX"))
    save(qtbot, dialog)
    starliner = next(v for v in window.service.vehicles() if v.name == "Starliner")
    assert (starliner.crew_capacity, starliner.operator, starliner.first_crewed_flight) == (
        7,
        "SpaceX",
        None,
    )
    assert window.undo_stack.undoText() == "New vehicle Starliner"
