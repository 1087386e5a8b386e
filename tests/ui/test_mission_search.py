"""A search over a big list is matched over several turns of the event loop, and the rows it
shows in the end are those a search matched at once would show.

"Big" is set low here (``sync_rows``, and one block of the index a turn), so the default
data and a few thousand made-up missions take the path 100,000 missions take.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from tests.conftest import REPORT_DAY
from tracker.search_index import BLOCK
from tracker.store.records import MissionRow
from tracker.store.repository import Repository
from tracker.ui.mission_model import Column, MissionTableModel, Scope


@pytest.fixture
def rows(repo: Repository) -> list[MissionRow]:
    """The default data and 3 blocks' worth of made-up flights after it."""
    real = repo.missions()
    base = real[0]
    made = [
        dataclasses.replace(
            base,
            id=1000 + i,
            name=f"Synthetic-{i:05d}",
            launcher="Falcon 9" if i % 3 else "Soyuz-FG",
            crew_names="Yuri Gagarin" if i % 500 == 0 else "",
            net=real[-1].net + dt.timedelta(days=i + 1),  # after them: no ties in NET order
        )
        for i in range(3 * BLOCK)
    ]
    return real + made


def names(model: MissionTableModel) -> list[str]:
    return [model.row(r).name for r in range(model.rowCount())]


def settled(qtbot, model: MissionTableModel) -> list[str]:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not model.searching, timeout=5000)
    return names(model)


def at_once(rows: list[MissionRow], text: str, scope: Scope = Scope.ALL) -> list[str]:
    model = MissionTableModel()
    model.set_rows(rows, REPORT_DAY)
    model.set_scope(scope)
    model.set_search(text)
    assert not model.searching
    return names(model)


def test_big_search_runs_over_turns_and_ends_as_a_small_one(qtbot, rows, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = MissionTableModel(sync_rows=100, chunk_s=0)
    model.set_rows(rows, REPORT_DAY)
    before = names(model)
    with qtbot.waitSignal(model.modelReset, timeout=5000):
        model.set_search("s")
        assert model.searching and names(model) == before  # still the rows before
    assert names(model) == at_once(rows, "s")
    for text in ("sy", "syn", "synthetic-000", "synthetic-0001 falcon"):  # narrowing
        model.set_search(text)
        assert settled(qtbot, model) == at_once(rows, text), text
    model.set_search("gagarin")  # not an extension: every block again
    assert settled(qtbot, model) == at_once(rows, "gagarin")
    model.set_search("")
    assert not model.searching and model.rowCount() == len(rows)
    qtmodeltester.check(model, force_py=True)


def test_the_next_key_replaces_a_search_under_way(qtbot, rows) -> None:  # type: ignore[no-untyped-def]
    model = MissionTableModel(sync_rows=100, chunk_s=0)
    model.set_rows(rows, REPORT_DAY)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_search("f")
    model.set_search("fa")
    model.set_search("soyuz")
    assert settled(qtbot, model) == at_once(rows, "soyuz")
    assert len(resets) == 1  # only the last query was shown


def test_scope_and_filter_apply_to_the_matches(qtbot, rows) -> None:  # type: ignore[no-untyped-def]
    model = MissionTableModel(sync_rows=100, chunk_s=0)
    model.set_rows(rows, REPORT_DAY)
    model.set_search("crew")
    settled(qtbot, model)
    model.set_scope(Scope.UPCOMING)  # no new match: at once
    assert not model.searching
    assert names(model) == at_once(rows, "crew", Scope.UPCOMING)


def test_sort_edit_and_new_rows_while_a_search_runs(qtbot, rows) -> None:  # type: ignore[no-untyped-def]
    model = MissionTableModel(sync_rows=100, chunk_s=0)
    model.set_rows(rows, REPORT_DAY)
    model.set_search("soyuz")
    model.sort(Column.MISSION, Qt.SortOrder.DescendingOrder)  # matched in full, in the new order
    assert not model.searching
    expected = sorted(at_once(rows, "soyuz"), key=str.casefold, reverse=True)
    assert names(model) == expected
    model.sort(Column.NET, Qt.SortOrder.AscendingOrder)  # the matches move with their rows
    assert names(model) == at_once(rows, "soyuz")

    kept = QPersistentModelIndex(model.index(0, 0))
    first = model.row(0)
    model.set_search("soyuz-f")
    renamed = dataclasses.replace(rows[-1], name="Soyuz-FG Renamed", launcher="")
    assert model.update_row(renamed)  # the search starts again with the new text
    changed = [renamed if r.id == renamed.id else r for r in rows]
    assert settled(qtbot, model) == at_once(changed, "soyuz-f")
    assert "Soyuz-FG Renamed" in names(model) and kept.isValid() is (first.name in names(model))

    model.set_search("gagarin")
    model.set_rows(rows[:50], REPORT_DAY)  # new rows: matched at once
    assert not model.searching and names(model) == at_once(rows[:50], "gagarin")


def test_an_edit_changes_what_later_filters_start_from(qtbot, rows) -> None:  # type: ignore[no-untyped-def]
    model = MissionTableModel(sync_rows=100, chunk_s=0)
    model.set_rows(rows, REPORT_DAY)
    model.set_search("gagarin")
    settled(qtbot, model)
    renamed = dataclasses.replace(rows[0], name="Gagarin Memorial")
    assert model.update_row(renamed)
    model.set_scope(Scope.PAST)  # matches are kept up to date, not found again
    changed = [renamed, *rows[1:]]
    assert names(model) == at_once(changed, "gagarin", Scope.PAST)
