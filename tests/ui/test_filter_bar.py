"""The list's filter bar in the real window on the default data: the same missions as
``tracker list`` with the same filter, one click to clear, named views kept across a restart."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from tests.conftest import REPORT_DAY
from tests.helpers import run
from tracker.app import build_main_window
from tracker.filters import MissionFilter, RowKeys
from tracker.store.repository import Repository
from tracker.ui.list_panel import ListPanel
from tracker.ui.main_window import MainWindow
from tracker.ui.mission_model import MissionTableModel
from tracker.ui.named_views import ACTIVE_KEY, VIEWS_KEY, ManageViews
from tracker.vocabulary import LaunchStatus, NetPrecision

NOW = "2021-10-27T12:00:00Z"
# Typing in a name box pops up its completions; offscreen, the popup cannot grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
CREWED_DRAGONS = ["Demo-2", "Crew-1", "Crew-2", "Inspiration4", "Crew-3", "Crew-5"]


def shown(window: MainWindow) -> list[str]:
    model = window.model
    return [model.row(r).name for r in range(model.rowCount())]


def cli_names(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> list[str]:
    code, out, err = run(capsys, "--database", str(db), "--now", NOW, "list", "--json", *args)
    assert code == 0, err
    return [m["name"] for m in json.loads(out)]


def choose(box_edit: object, qtbot: object, text: str) -> None:
    """Type ``text`` into a name box and press Return, as a user would."""
    edit = box_edit.lineEdit()  # type: ignore[attr-defined]
    edit.setFocus()
    qtbot.keyClicks(edit, text)  # type: ignore[attr-defined]
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]


def test_the_window_and_the_command_line_keep_the_same_missions(
    qtbot, window: MainWindow, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    bar = window.list_panel.filter_bar
    window.list_panel.filters_action.trigger()  # the bar folds out
    assert bar.isVisible()
    choose(bar.vehicle, qtbot, "Crew Dragon")
    qtbot.mouseClick(bar.crewed, Qt.MouseButton.LeftButton)
    assert shown(window) == CREWED_DRAGONS
    db = tmp_path / "gui.db"
    assert shown(window) == cli_names(capsys, db, "--vehicle", "Crew Dragon", "--crewed")
    summary = window.list_panel.summary
    assert summary.text() == "Filtered: Crew Dragon \u00b7 crewed \u2014 6 of 10 missions"
    assert summary.textFormat() == Qt.TextFormat.PlainText

    choose(bar.agency, qtbot, "spacex")  # any case: Return takes the name offered
    assert bar.agency.text() == "SpaceX"
    said = "SpaceX \u00b7 Crew Dragon \u00b7 crewed \u2014 6 of 10 missions"
    assert summary.text() == f"Filtered: {said}"
    bar.date_from.setDate(QDate(2021, 1, 1))
    expected = cli_names(
        capsys,
        db,
        "--agency",
        "spacex",
        "--vehicle",
        "Crew Dragon",
        "--crewed",
        "--from",
        "2021-01-01",
    )
    assert shown(window) == expected == ["Crew-2", "Inspiration4", "Crew-3", "Crew-5"]

    bar.statuses.menu().actions()[2].trigger()  # Go (after "Any" and a separator)
    bar.statuses.menu().actions()[3].trigger()  # TBD
    assert bar.statuses.text() == "Status: Go, TBD"
    assert shown(window) == ["Crew-3", "Crew-5"]
    assert shown(window) == cli_names(
        capsys, db, "--agency", "SpaceX", "--vehicle", "Crew Dragon", "--crewed",
        "--from", "2021-01-01", "--status", "Go,TBD",
    )  # fmt: skip


def test_names_are_offered_from_the_data_and_unknown_ones_show_nothing(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    bar = window.list_panel.filter_bar
    agencies = [bar.agency.itemText(i) for i in range(bar.agency.count())]
    assert agencies == ["Roscosmos", "SpaceX", "USSR"]
    vehicles = [bar.vehicle.itemText(i) for i in range(bar.vehicle.count())]
    assert "Falcon 9 Block 5" in vehicles and "Soyuz MS" in vehicles
    sites = [bar.site.itemText(i) for i in range(bar.site.count())]
    assert sites == ["Baikonur Site 1/5", "Baikonur Site 31/6", "KSC LC-39A"]
    window.list_panel.filters_action.trigger()
    bar.agency.lineEdit().setFocus()
    qtbot.keyClicks(bar.agency.lineEdit(), "Spa")  # on the way to SpaceX: nothing applied yet
    assert window.model.rowCount() == 10
    qtbot.keyClicks(bar.agency.lineEdit(), "ceX")  # a name offered: applied at once
    assert len(shown(window)) == 6
    bar.agency.set_text("")
    choose(bar.agency, qtbot, "Blue Origin")  # not an error: nothing matches
    assert shown(window) == []
    assert window.list_panel.summary.text().endswith("0 of 10 missions")
    assert window.list_panel.current_mission_id() is None


def test_clear_in_one_click_and_combined_with_the_search(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = window.list_panel
    assert not panel.summary.isVisible() and not panel.clear_button.isVisible()
    panel.apply_view(panel.store.views[0])  # Crewed to the ISS
    assert len(shown(window)) == 8
    qtbot.keyClicks(window.search, "soyuz")
    assert shown(window) == ["Soyuz MS-18", "Soyuz MS-19", "Soyuz MS-20"]
    panel.scope.setCurrentIndex(1)  # upcoming
    assert shown(window) == ["Soyuz MS-20"]
    said = "\u201csoyuz\u201d \u00b7 upcoming \u00b7 ISS \u00b7 crewed \u2014 1 of 10 missions"
    assert panel.summary.text() == f"Filtered: {said}"
    assert panel.summary.isVisible() and panel.clear_button.isVisible()

    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 10
    assert window.model.filter == MissionFilter()
    assert window.search.text() == "" and panel.scope.currentIndex() == 0
    assert panel.filter_bar.filter() == MissionFilter()
    assert panel.filter_bar.destination.text() == "" and not panel.filter_bar.crewed.isChecked()
    assert not panel.summary.isVisible()
    assert json.loads(QSettings().value(ACTIVE_KEY)) == {}


def test_the_next_30_days_count_from_the_clock_and_stay_relative(window: MainWindow) -> None:
    panel = window.list_panel
    panel.apply_view(panel.store.views[1])
    assert shown(window) == ["Crew-3"]
    bar = panel.filter_bar
    assert bar.date_from.day() == dt.date(2021, 10, 27)
    assert bar.date_to.day() == dt.date(2021, 11, 26)
    assert bar.filter().relative_days == (0, 30)
    assert panel.summary.text() == "Filtered: next 30 days \u2014 1 of 10 missions"
    bar.date_to.setDate(QDate(2021, 12, 31))  # the user picks a day: the range is fixed now
    assert window.model.filter == MissionFilter(
        date_from=dt.date(2021, 10, 27), date_to=dt.date(2021, 12, 31)
    )
    assert shown(window) == ["Crew-3", "Soyuz MS-20"]
    bar.date_to.setFocus()
    QTest.keyClick(bar.date_to, Qt.Key.Key_Delete)  # back to "Any date"
    assert bar.date_to.day() is None and bar.date_to.text() == "Any date"
    assert window.model.filter == MissionFilter(date_from=dt.date(2021, 10, 27))


def test_a_named_view_and_the_filter_survive_a_rebuilt_window(
    qtbot, tmp_path: Path, fresh_settings: None
) -> None:  # type: ignore[no-untyped-def]
    first = build_main_window(str(tmp_path / "v.db"), REPORT_DAY)
    qtbot.addWidget(first)
    first.show()
    panel = first.list_panel
    panel.filters_action.trigger()
    panel.filter_bar.site.set_text("Baikonur")
    panel.filter_bar.site.committed.emit()
    first.search.setText("ms")
    assert shown(first) == ["Soyuz MS-18", "Soyuz MS-19", "Soyuz MS-20"]
    dialog = panel.ask_view_name()
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("Soyuz from Baikonur")
    dialog.accept()
    names = [a.text() for a in panel.views_menu.view_actions()]
    assert names == ["Crewed to the ISS", "Next 30 days", "Soyuz from Baikonur"]
    first.search.clear()
    first.close()

    second = build_main_window(str(tmp_path / "v.db"), REPORT_DAY)
    qtbot.addWidget(second)
    second.show()
    again = second.list_panel
    assert again.filter_bar.isVisible()  # the bar as it was left
    assert second.model.filter == MissionFilter(site="Baikonur")  # the filter as it was left
    assert again.filter_bar.site.text() == "Baikonur"
    assert len(shown(second)) == 4
    actions = again.views_menu.view_actions()
    assert [a.text() for a in actions] == names
    second.search.setText("crew")
    actions[0].trigger()  # Crewed to the ISS: its own search (none) replaces this one
    assert second.search.text() == ""
    assert len(shown(second)) == 8
    actions[2].trigger()
    assert second.search.text() == "ms"
    assert shown(second) == ["Soyuz MS-18", "Soyuz MS-19", "Soyuz MS-20"]


def test_views_are_renamed_and_deleted_and_kept(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = window.list_panel
    dialog = panel.manage_views()
    assert isinstance(dialog, ManageViews)
    qtbot.addWidget(dialog)
    dialog.select(1)
    dialog.names.setData(dialog.names.index(1), "crewed to the iss")  # taken, ignoring case
    assert "already" in dialog.message.text()
    assert [v.name for v in panel.store.views] == ["Crewed to the ISS", "Next 30 days"]
    assert dialog.names.stringList() == ["Crewed to the ISS", "Next 30 days"]
    dialog.names.setData(dialog.names.index(1), "  Next   month ")
    assert dialog.message.text() == ""
    assert [a.text() for a in panel.views_menu.view_actions()] == [
        "Crewed to the ISS",
        "Next month",
    ]
    dialog.select(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [v.name for v in panel.store.views] == ["Next month"]
    stored = json.loads(QSettings().value(VIEWS_KEY))
    assert stored == [{"name": "Next month", "filter": {"relative_days": [0, 30]}}]
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert shown(window) == ["Crew-3"]
    assert not dialog.isVisible()


def test_deleted_examples_stay_deleted_and_bad_entries_are_skipped(
    qtbot, fresh_settings: None
) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings()
    good = {"name": "Holds", "filter": {"statuses": ["Hold"]}}
    settings.setValue(VIEWS_KEY, json.dumps([good, {"name": "Bad", "filter": {"statuses": [1]}}]))
    settings.setValue(ACTIVE_KEY, "{not json")
    panel = ListPanel(MissionTableModel(), settings)
    qtbot.addWidget(panel)
    assert [v.name for v in panel.store.views] == ["Holds"]
    assert panel.model.filter == MissionFilter()


def test_shortcuts_are_set_and_clash_with_no_other(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    panel = window.list_panel
    assert panel.filters_action.shortcut() == QKeySequence("Ctrl+Shift+F")
    assert panel.clear_action.shortcut() == QKeySequence("Ctrl+Shift+L")
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            text = keys.toString()
            assert text not in seen or seen[text] == action.text(), (text, action.text())
            seen[text] = action.text()
    titles = [a.text() for a in window.menus.toolbar.actions()]
    assert "&Filter Bar" in titles
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert panel.views_menu in [a.menu() for a in view_menu.actions()]
    panel.filters_action.trigger()
    assert panel.filter_bar.isVisible()
    panel.filters_action.trigger()
    assert not panel.filter_bar.isVisible() and not QSettings().value("filters/barShown", type=bool)


def test_the_model_filters_with_the_command_lines_rule(qtmodeltester, repo: Repository) -> None:  # type: ignore[no-untyped-def]
    model = MissionTableModel()
    rows = repo.missions()
    model.set_rows(rows, REPORT_DAY)
    wanted = MissionFilter(
        statuses=frozenset({LaunchStatus.TBC, LaunchStatus.TBD}),
        precisions=frozenset({NetPrecision.DAY, NetPrecision.H2}),
    )
    model.set_filter(wanted)
    names = [model.row(r).name for r in range(model.rowCount())]
    assert names == ["Soyuz MS-20", "Crew-5"]
    qtmodeltester.check(model, force_py=True)
    assert sorted(names) == sorted(rows[i].name for i in wanted.select(RowKeys(rows)))
    model.sort(0, Qt.SortOrder.DescendingOrder)  # the keys move with their rows
    model.set_filter(MissionFilter(site="Baikonur", date_from=dt.date(2021, 10, 1)))
    assert [model.row(r).name for r in range(model.rowCount())] == ["Soyuz MS-20", "Soyuz MS-19"]


def test_a_relative_range_restored_counts_from_the_windows_clock(
    qtbot, tmp_path: Path, fresh_settings: None
) -> None:  # type: ignore[no-untyped-def]
    first = build_main_window(str(tmp_path / "r.db"), REPORT_DAY)
    qtbot.addWidget(first)
    first.list_panel.apply_view(first.list_panel.store.views[1])  # Next 30 days
    first.close()
    assert json.loads(QSettings().value(ACTIVE_KEY)) == {"relative_days": [0, 30]}
    later = REPORT_DAY + dt.timedelta(days=20)  # a restart three weeks on (simulated)
    second = build_main_window(str(tmp_path / "r.db"), later)
    qtbot.addWidget(second)
    bar = second.list_panel.filter_bar
    assert (bar.date_from.day(), bar.date_to.day()) == (
        dt.date(2021, 11, 16),
        dt.date(2021, 12, 16),
    )
    assert shown(second) == ["Soyuz MS-20"]
