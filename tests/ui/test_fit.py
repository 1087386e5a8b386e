"""Nothing is cut off: the list's cells and titles fit their columns (or elide with the whole
text in a tooltip), and at 1024×640, with the People and Edit history docks open, every pane
fits or scrolls."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget

from tracker import schedule
from tracker.ui.main_window import MainWindow
from tracker.ui.mission_model import NEXT_MARKER, Column

AFTER_CREW3 = dt.datetime(2021, 11, 3, 12, 0, tzinfo=dt.UTC)  # Crew-3's NET passed, no word


def settle(qtbot, window: MainWindow, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.size().toTuple() == (width, height))
    QApplication.processEvents()


def cells(window: MainWindow, column: Column) -> list[str]:
    return [window.model.index(r, column).data() for r in range(window.model.rowCount())]


def test_cells_and_titles_fit_their_columns(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    settle(qtbot, window, 1600, 1000)
    window.set_clock(AFTER_CREW3)  # Soyuz MS-20 is next; Crew-3 awaits an update
    names = cells(window, Column.MISSION)
    assert f"Soyuz MS-20  {NEXT_MARKER}" in names
    assert schedule.PASSED_TEXT in cells(window, Column.COUNTDOWN)
    table, header = window.table, window.table.horizontalHeader()
    for column in Column:
        width = table.columnWidth(column)
        assert table.sizeHintForColumn(column) <= width, column.name
        assert header.sectionSizeFromContents(column).width() <= width, column.name


def test_every_cell_has_its_whole_text_in_its_tooltip(window: MainWindow) -> None:
    model = window.model
    for row in range(model.rowCount()):
        for column in (c for c in Column if c not in (Column.STATUS, Column.CREW, Column.SLIPS)):
            index = model.index(row, column)
            text = index.data()
            if text and not (column is Column.MISSION and NEXT_MARKER in text):
                assert html.escape(text) in index.data(Qt.ItemDataRole.ToolTipRole)


def cut_off(window: MainWindow) -> list[str]:
    """Visible widgets that stick out of their parent, unless a scroll bar reaches them."""
    found = []
    for widget in window.findChildren(QWidget):
        parent = widget.parentWidget()
        if not widget.isVisible() or parent is None or widget.isWindow():
            continue
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            if isinstance(area, QScrollArea) and widget is area.widget():
                h, v = area.horizontalScrollBar(), area.verticalScrollBar()
                wide = widget.width() > parent.width() and not (h.isVisible() and h.maximum())
                tall = widget.height() > parent.height() and not (v.isVisible() and v.maximum())
                if wide or tall:
                    found.append(f"{area.objectName()}: {widget.size().toTuple()}")
            continue  # item views and scroll areas move what they hold
        if not parent.rect().contains(widget.geometry()):
            found.append(f"{widget.metaObject().className()} {widget.objectName()!r}")
    return found


def test_at_1024_by_640_with_the_docks_open_every_pane_fits_or_scrolls(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.people_dock.show()
    window.undo_dock.show()
    settle(qtbot, window, 1024, 640)
    assert cut_off(window) == []
    detail = window.detail
    assert detail.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    button = detail.reschedule_button
    detail.ensureWidgetVisible(button)
    QApplication.processEvents()
    where = QRect(button.mapTo(detail.viewport(), button.rect().topLeft()), button.size())
    assert detail.viewport().rect().contains(where), "the Reschedule button can be reached"
    assert window.detail.width() >= 340 and window.list_panel.width() >= 360


def test_the_detail_scrolls_sideways_when_narrower_than_its_content(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.people_dock.show()
    window.undo_dock.show()
    settle(qtbot, window, 1024, 640)
    window.resizeDocks([window.people_dock], [420], Qt.Orientation.Horizontal)
    window.splitter.setSizes([2000, 1])  # the detail as narrow as it may be
    QApplication.processEvents()
    assert cut_off(window) == []


def test_a_wide_window_gives_its_width_to_the_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    settle(qtbot, window, 1024, 640)
    narrow = window.splitter.sizes()
    settle(qtbot, window, 1600, 1000)
    wide = window.splitter.sizes()
    assert 360 <= narrow[1] <= wide[1] <= 600
    assert wide[0] - narrow[0] > 1600 - 1024 - 250
