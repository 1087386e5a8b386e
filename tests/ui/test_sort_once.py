"""A header click sorts the mission list once, and rows already in the order asked for are
left as they are until an edit may have moved one out of it.

``QTableView.sortByColumn`` sets the header's sort indicator (whose signal sorts) and then
sorts again: at 100,000 missions that was two full sorts.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from tests.conftest import REPORT_DAY
from tracker.mission_columns import MissionColumns
from tracker.store.repository import Repository
from tracker.ui import arranging
from tracker.ui.mission_model import Column, MissionTableModel

ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


@pytest.fixture
def table(qtbot: Any, repo: Repository) -> QTableView:
    """The default data's missions in a table that sorts on a header click, as the window's."""
    model = MissionTableModel()
    model.set_rows(repo.missions(), REPORT_DAY)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)  # sorts by the header's first indicator: the name, descending
    view.sortByColumn(Column.NET, Qt.SortOrder.AscendingOrder)  # as the window does
    return view


def model_of(view: QTableView) -> MissionTableModel:
    model = view.model()
    assert isinstance(model, MissionTableModel)
    return model


def count_sorts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Column, Qt.SortOrder]]:
    """The column and order of every arrangement the model makes from now on."""
    made: list[tuple[Column, Qt.SortOrder]] = []
    real = arranging.arrange

    def arrange(columns: MissionColumns, column: Column, order: Qt.SortOrder, *rest: Any) -> Any:
        made.append((column, order))
        return real(columns, column, order, *rest)

    monkeypatch.setattr("tracker.ui.mission_model.arrange", arrange)
    return made


def names(model: MissionTableModel) -> list[str]:
    return [model.row(r).name for r in range(model.rowCount())]


def test_sort_by_column_sorts_once_and_again_only_for_another_order(
    table: QTableView, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = model_of(table)
    sorts = count_sorts(monkeypatch)
    layouts: list[str] = []
    model.layoutAboutToBeChanged.connect(lambda *_: layouts.append("about to change"))
    model.layoutChanged.connect(lambda *_: layouts.append("changed"))

    table.sortByColumn(Column.MISSION, DESCENDING)
    assert sorts == [(Column.MISSION, DESCENDING)]
    assert layouts == ["about to change", "changed"]
    assert names(model) == sorted(names(model), key=str.casefold, reverse=True)

    table.sortByColumn(Column.MISSION, DESCENDING)  # in that order already: nothing moves
    assert sorts == [(Column.MISSION, DESCENDING)]
    assert layouts == ["about to change", "changed"]

    table.horizontalHeader().setSortIndicator(Column.NET, ASCENDING)  # what a click does
    assert sorts == [(Column.MISSION, DESCENDING), (Column.NET, ASCENDING)]
    assert layouts == ["about to change", "changed"] * 2
    nets = [model.row(r).net for r in range(model.rowCount())]
    assert nets == sorted(nets) and len(nets) == 10


def test_an_edit_is_sorted_into_place_by_the_next_sort(
    table: QTableView, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = model_of(table)
    table.sortByColumn(Column.MISSION, ASCENDING)
    first = model.row(0)
    sorts = count_sorts(monkeypatch)
    assert model.update_row(dataclasses.replace(first, name="Zond 5"))
    assert model.row(0).id == first.id  # edited in place: the list is out of order now

    table.sortByColumn(Column.MISSION, ASCENDING)
    assert sorts == [(Column.MISSION, ASCENDING)]  # sorted again, once
    assert names(model) == sorted(names(model), key=str.casefold)
    assert model.row(model.rowCount() - 1).id == first.id


def test_rows_read_before_a_click_are_shown_in_the_order_clicked(
    table: QTableView, repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big list is read and arranged on another thread: a header clicked meanwhile is
    obeyed when the rows arrive, and only then."""
    model = model_of(table)
    table.sortByColumn(Column.NET, ASCENDING)
    arranged = model.arrange(MissionColumns.of(repo.missions()))  # a read under way
    table.horizontalHeader().setSortIndicator(Column.MISSION, DESCENDING)
    sorts = count_sorts(monkeypatch)
    model.adopt(arranged, REPORT_DAY)
    assert sorts == [(Column.MISSION, DESCENDING)]
    assert names(model) == sorted(names(model), key=str.casefold, reverse=True)
    model.adopt(model.arrange(MissionColumns.of(repo.missions())), REPORT_DAY)
    assert sorts == [(Column.MISSION, DESCENDING)] * 2  # arranged in the header's order


def test_a_sort_keeps_the_last_order_among_equal_keys(table: QTableView) -> None:
    """Sorting is stable either way: by status after by name, each status's missions stay
    in name order, descending as ascending (a reversal of the list would flip them)."""
    model = model_of(table)
    table.sortByColumn(Column.MISSION, ASCENDING)
    for order in (ASCENDING, DESCENDING):
        table.sortByColumn(Column.STATUS, order)
        rows = [model.row(r) for r in range(model.rowCount())]
        for status in {r.status for r in rows}:
            held = [r.name for r in rows if r.status is status]
            assert held == sorted(held, key=str.casefold)
        assert len({r.status for r in rows}) < len(rows)  # some statuses are shared
