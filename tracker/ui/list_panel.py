"""The mission list as one widget: the search box, the scope and status filters, the table.

The model does the searching and sorting (see ``mission_model``); this panel wires the
controls to it and keeps the mission the user chose selected through whatever resets the
model (new rows, another filter): while a filter hides it nothing is current (the detail
shows nothing rather than a hidden mission), and it is current again once it shows, so
clearing the search keeps it. Sorting needs no such care: it moves the persistent indexes.
Down and Return in the search box move into the results.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker import schedule
from tracker.store.records import MissionRow
from tracker.ui.labels import text_width
from tracker.ui.mission_model import NEXT_MARKER, ROW_ROLE, Column, MissionTableModel, Scope
from tracker.vocabulary import LaunchStatus

# What each column must show whole: the longest texts the app writes there itself (the
# next-launch marker, every status and countdown phrase, a NET to the second with a zone)
# and the default data's longest names. Longer names from other data elide, with the whole
# text in the cell's tooltip (the model's ToolTipRole).
_SAMPLE_NET = dt.datetime(2021, 10, 31, 6, 21, 59, tzinfo=dt.UTC)
COLUMN_SAMPLES: dict[Column, tuple[str, ...]] = {
    Column.MISSION: (f"Soyuz MS-20  {NEXT_MARKER}", f"Inspiration4  {NEXT_MARKER}"),
    # "Partial Failure", rare, elides (the tooltip names it); every other status shows whole
    Column.STATUS: tuple(s.value for s in LaunchStatus if s is not LaunchStatus.PARTIAL_FAILURE),
    Column.NET: (f"{_SAMPLE_NET:%Y-%m-%d %H:%M:%S} CEST", "2021-12-08 (afternoon)"),
    Column.COUNTDOWN: (
        schedule.PASSED_TEXT,
        f"T{schedule.MINUS} 365 days \u00b7 2021-12-08",
        f"T{schedule.MINUS} 99d 23:59:59",
        *(s.label for s in LaunchStatus),
    ),
    Column.VEHICLE: ("Crew Dragon", "Soyuz 7K-OK", "Starliner"),
    Column.DESTINATION: ("LEO (free flight)", "Tiangong"),
    Column.CREW: ("12",),
    Column.SLIPS: ("12",),
    Column.OPERATOR: ("Roscosmos", "SpaceX", "CNSA"),
}


def column_widths(table: QTableView) -> dict[Column, int]:
    """Widths that show each column's samples whole, in bold (the next launch's row), and
    its title with the sort arrow."""
    bold = QFont(table.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    style = table.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    header = table.horizontalHeader()
    widths = {}
    for column, samples in COLUMN_SAMPLES.items():
        text = max(metrics.horizontalAdvance(sample) for sample in samples) + margin + 2
        title = header.sectionSizeFromContents(column).width() + 4
        widths[column] = max(text, title)
    return widths


class ListPanel(QWidget):
    """``missionFilter`` above ``missionTable``; ``current_changed`` names the mission row
    the user is on (None when there is none)."""

    current_changed = Signal(object)  # MissionRow | None

    def __init__(self, model: MissionTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listPanel")
        self.model = model
        self._wanted: int | None = None  # the mission the user chose, shown or not

        self.search = QLineEdit()
        self.search.setObjectName("missionFilter")
        self.search.setAccessibleName("Search missions")
        self.search.setPlaceholderText("Search missions\u2026  (Ctrl+F)")
        self.search.setToolTip(
            "Finds missions by name, vehicle, agency, destination or crew member; "
            "Down or Return moves into the results"
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(model.set_search)
        self.search.installEventFilter(self)

        self.scope = QComboBox()
        self.scope.setObjectName("scopeFilter")
        self.scope.setAccessibleName("Show missions")
        for label, scope in (
            ("All missions", Scope.ALL),
            ("Upcoming", Scope.UPCOMING),
            ("Past", Scope.PAST),
        ):
            self.scope.addItem(label, scope)
        self.scope.currentIndexChanged.connect(
            lambda _i: model.set_scope(Scope(self.scope.currentData()))
        )
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName("Filter by status")
        self.status_filter.addItem("Any status", None)
        for status in LaunchStatus:
            self.status_filter.addItem(status.label, status)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: model.set_status(self.status_filter.currentData())
        )

        for combo in (self.scope, self.status_filter):  # they give way to the search box
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
        self.search.setMinimumWidth(text_width(self.search, self.search.placeholderText()))

        self.table = self._build_table(model)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.scope)
        filters.addWidget(self.status_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 8)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setMinimumWidth(360)

        model.modelReset.connect(self._restore_current)

    def _build_table(self, model: MissionTableModel) -> QTableView:
        table = QTableView()
        table.setObjectName("missionTable")
        table.setAccessibleName("Missions")
        table.setModel(model)
        table.setSortingEnabled(True)
        table.sortByColumn(Column.NET, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(36)
        for column, width in column_widths(table).items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        table.setAcceptDrops(True)  # a person dragged from the People dock onto a mission
        table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        table.setDropIndicatorShown(True)
        return table

    # --- the current mission ----------------------------------------------------------------

    def current_mission_id(self) -> int | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row.id if isinstance(row, MissionRow) else None

    def select_mission(self, mission_id: int | None) -> None:
        """Make ``mission_id`` the current row and scroll it into the middle, if it shows."""
        row = self.model.row_for(mission_id) if mission_id is not None else None
        if row is not None:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if isinstance(row, MissionRow):
            self._wanted = row.id
        self.current_changed.emit(row if isinstance(row, MissionRow) else None)

    def _restore_current(self) -> None:
        """New rows or another filter: the chosen mission is current while it shows; while
        it is hidden nothing is, and the detail says so (a reset moves no current row by
        itself, so nothing else would tell it)."""
        row = self.model.row_for(self._wanted) if self._wanted is not None else None
        if row is not None:
            self._select_row(row)
        else:
            self.current_changed.emit(None)

    # --- the search box ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down moves into the results (on the current row, else the first); Return takes
        the first match. Either way the table has the keyboard next."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Down:
                self.enter_results(first=False)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.enter_results(first=True)
                return True
        return super().eventFilter(watched, event)

    def enter_results(self, *, first: bool) -> None:
        """Focus the table on the first match (``first``) or on the current row."""
        if self.model.rowCount() == 0:
            return
        current = self.table.currentIndex()
        if first or not current.isValid():
            self._select_row(0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- what shows -------------------------------------------------------------------------

    def visible_rows(self) -> tuple[int, int]:
        """The first and last rows on screen (the only ones worth repainting each tick)."""
        top = self.table.rowAt(0)
        bottom = self.table.rowAt(self.table.viewport().height() - 1)
        last = self.model.rowCount() - 1
        return (max(top, 0), last if bottom < 0 else bottom)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
