"""The item models pass Qt's model tester, without a window."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt

from tests.conftest import REPORT_DAY
from tracker.filters import MissionFilter
from tracker.store.repository import Repository
from tracker.ui.crew_model import CrewTableModel, PeopleListModel
from tracker.ui.mission_model import (
    NEXT_DESCRIPTION,
    SORT_ROLE,
    Column,
    MissionTableModel,
    Scope,
)


def test_mission_model_is_a_sound_qt_model(qtmodeltester, repo: Repository) -> None:  # type: ignore[no-untyped-def]
    model = MissionTableModel()
    model.set_rows(repo.missions(), REPORT_DAY)
    model.set_next(repo.find_mission("Crew-3"))
    qtmodeltester.check(model, force_py=True)


def test_crew_and_people_models_are_sound(qtmodeltester, repo: Repository) -> None:  # type: ignore[no-untyped-def]
    crew = CrewTableModel()
    crew.set_crew(repo.mission(repo.find_mission("Crew-3")).crew)
    qtmodeltester.check(crew, force_py=True)
    people = PeopleListModel()
    people.set_people(repo.people())
    qtmodeltester.check(people, force_py=True)


def test_only_the_next_launch_answers_next(repo: Repository) -> None:
    model = MissionTableModel()
    model.set_rows(repo.missions(), REPORT_DAY)
    crew3 = repo.find_mission("Crew-3")
    model.set_next(crew3)
    for row in range(model.rowCount()):
        for column in Column:
            index = model.index(row, column)
            is_next = model.row(row).id == crew3
            described = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
            assert described == (NEXT_DESCRIPTION if is_next else None)
            font = index.data(Qt.ItemDataRole.FontRole)
            assert (font is not None and font.bold()) == is_next


def test_net_sorts_by_time_not_text(repo: Repository) -> None:
    model = MissionTableModel()
    model.set_rows(repo.missions(), REPORT_DAY)
    keys = [model.index(r, Column.NET).data(SORT_ROLE) for r in range(model.rowCount())]
    assert keys == sorted(keys)  # the rows come in NET order
    model.set_zone(dt.timezone(dt.timedelta(hours=-5)))
    texts = [model.index(r, Column.NET).data() for r in range(model.rowCount())]
    assert isinstance(keys[0], float) and texts[0].startswith("1967-04-22")


def test_search_by_words_scope_and_status(qtmodeltester, repo: Repository) -> None:  # type: ignore[no-untyped-def]
    from tracker.vocabulary import LaunchStatus

    model = MissionTableModel()
    model.set_rows(repo.missions(), REPORT_DAY)

    def names() -> list[str]:
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    model.set_search("soyuz")
    assert names() == ["Soyuz 1", "Soyuz MS-18", "Soyuz MS-19", "Soyuz MS-20"]
    qtmodeltester.check(model, force_py=True)
    model.set_search("chari")  # a crew member
    assert names() == ["Crew-3"]
    model.set_search("spacex crew-2")
    assert names() == ["Crew-2"]
    model.set_search("")
    model.set_scope(Scope.UPCOMING)
    assert names() == ["Crew-3", "Soyuz MS-20", "Crew-5"]
    model.set_scope(Scope.PAST)
    assert len(names()) == 7
    model.set_scope(Scope.ALL)
    model.set_filter(MissionFilter(statuses=frozenset({LaunchStatus.TBC})))
    assert names() == ["Soyuz MS-20"]
    assert model.total == 10


def test_sort_by_each_column_keeps_every_row(repo: Repository) -> None:
    model = MissionTableModel()
    model.set_rows(repo.missions(), REPORT_DAY)
    for column in Column:
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            keys = [model.index(r, column).data(SORT_ROLE) for r in range(model.rowCount())]
            assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
            assert model.rowCount() == 10
    model.sort(Column.NET, Qt.SortOrder.DescendingOrder)
    assert model.index(0, Column.MISSION).data() == "Crew-5"


def test_tick_signals_only_the_countdown_column(qtbot, repo: Repository) -> None:  # type: ignore[no-untyped-def]
    model = MissionTableModel()
    model.set_rows(repo.missions(), REPORT_DAY)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.tick(REPORT_DAY + dt.timedelta(seconds=1))
    top, bottom = blocker.args[0], blocker.args[1]
    assert top.column() == bottom.column() == Column.COUNTDOWN
    assert model.index(top.row(), 0).data() == "Crew-3"
    assert model.index(bottom.row(), 0).data() == "Crew-5"


def test_tick_for_visible_rows_signals_single_cells(qtbot, repo: Repository) -> None:  # type: ignore[no-untyped-def]
    model = MissionTableModel()
    model.set_rows(repo.missions(), REPORT_DAY)
    seen: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda tl, br, _roles=(): seen.append((tl.row(), tl.column(), br.row(), br.column()))
    )
    model.tick(REPORT_DAY + dt.timedelta(seconds=1), (0, 8))  # Crew-5 (row 9) is off screen
    assert seen == [
        (7, Column.COUNTDOWN, 7, Column.COUNTDOWN),
        (8, Column.COUNTDOWN, 8, Column.COUNTDOWN),
    ]


def test_sort_is_a_layout_change_that_keeps_persistent_indexes(
    qtmodeltester, qtbot, repo: Repository
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPersistentModelIndex

    model = MissionTableModel()
    model.set_rows(repo.missions(), REPORT_DAY)
    model.set_search("crew")  # a filter holds through the sort
    crew3 = model.row_for(repo.find_mission("Crew-3"))
    assert crew3 is not None
    kept = QPersistentModelIndex(model.index(crew3, Column.STATUS))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    qtmodeltester.check(model, force_py=True)
    with qtbot.waitSignals([model.layoutAboutToBeChanged, model.layoutChanged]):
        model.sort(Column.MISSION, Qt.SortOrder.DescendingOrder)
    assert resets == []
    assert kept.isValid() and kept.column() == Column.STATUS
    assert model.index(kept.row(), Column.MISSION).data() == "Crew-3"
    assert kept.row() != crew3  # it moved, and the index moved with it
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold, reverse=True)


def test_the_model_hands_out_the_rows_asked_for(repo: Repository) -> None:
    rows = repo.missions()
    model = MissionTableModel()
    model.set_rows(rows, REPORT_DAY)
    assert sorted(model.rows(), key=lambda r: r.id) == sorted(rows, key=lambda r: r.id)
    live = [r for r in rows if r.status.is_pending or r.status.name == "IN_FLIGHT"]
    assert sorted(model.live_rows(), key=lambda r: r.id) == sorted(live, key=lambda r: r.id)
    uncrewed = dataclasses.replace(rows[0], crew_count=0, crew_names="")
    assert model.update_row(uncrewed)
    crewed = {r.id for r in rows[1:] if r.crew_count}
    assert {r.id for r in model.followable_rows(())} == crewed
    assert {r.id for r in model.followable_rows({uncrewed.id})} == crewed | {uncrewed.id}
    crew3 = repo.find_mission("Crew-3")
    assert model.ids_named("Crew-3") == [crew3]
    found = model.mission(crew3)
    assert found is not None and found.name == "Crew-3"
    assert model.mission(-1) is None
