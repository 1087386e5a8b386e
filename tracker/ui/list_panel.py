"""The mission list as one widget: the search box, the scope, the filter bar, the table.

The model does the searching, filtering and sorting (see ``mission_model``); this panel
wires the controls to it and keeps the mission the user chose selected through whatever
resets the model (new rows, another filter): while a filter hides it nothing is current
(the detail shows nothing rather than a hidden mission), and it is current again once it
shows, so clearing the search keeps it. Sorting needs no such care: it moves the persistent
indexes. Down and Return in the search box move into the results.

The filter bar (``filter_bar``) folds away (Filters, Ctrl+Shift+F); a line under it says
what hides missions, and how many show, whenever something does, with one button that
clears it all (Ctrl+Shift+L). The filter, named views (``named_views``) and whether the bar
shows are kept in the settings.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.filters import MissionFilter, NamedView
from tracker.store.records import MissionRow
from tracker.ui import words
from tracker.ui.filter_bar import FilterBar, MenuButton, wording
from tracker.ui.labels import text_width
from tracker.ui.mission_model import ROW_ROLE, Column, MissionTableModel, Scope, next_marker
from tracker.ui.named_views import ManageViews, ViewsMenu, ViewStore
from tracker.vocabulary import LaunchStatus, NetPrecision

# What each column must show whole: the longest texts the app writes there itself (the
# next-launch marker, every status and countdown phrase, a NET to the second with a zone),
# in the window's language, and the default data's longest names. Longer names from other
# data elide, with the whole text in the cell's tooltip (the model's ToolTipRole).
_SAMPLE_NET = dt.datetime(2021, 10, 31, 6, 21, 59, tzinfo=dt.UTC)
_SAMPLE_DAY = dt.datetime(2021, 12, 8, tzinfo=dt.UTC)


def column_samples() -> dict[Column, tuple[str, ...]]:
    marker = next_marker()
    return {
        Column.MISSION: (f"Soyuz MS-20  {marker}", f"Inspiration4  {marker}"),
        # "Partial Failure", rare, elides (the tooltip names it); every other status shows whole
        Column.STATUS: tuple(
            words.status_short(s) for s in LaunchStatus if s is not LaunchStatus.PARTIAL_FAILURE
        ),
        Column.NET: (
            f"{words.format_wall(_SAMPLE_NET, words.date_time_format())} CEST",
            words.format_net(_SAMPLE_DAY, NetPrecision.AFTERNOON),
        ),
        Column.COUNTDOWN: (
            words.passed_text(),
            words.countdown_text(
                _SAMPLE_DAY, NetPrecision.DAY, _SAMPLE_DAY - dt.timedelta(days=365)
            ),
            words.fine_countdown(100 * 86_400 - 1),
            *(words.status_text(s) for s in LaunchStatus),
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
    for column, samples in column_samples().items():
        text = max(metrics.horizontalAdvance(sample) for sample in samples) + margin + 2
        title = header.sectionSizeFromContents(column).width() + 4
        widths[column] = max(text, title)
    return widths


class ListPanel(QWidget):
    """``missionFilter`` and the ``filterBar`` above ``missionTable``; ``current_changed``
    names the mission row the user is on (None when there is none)."""

    current_changed = Signal(object)  # MissionRow | None

    def __init__(
        self,
        model: MissionTableModel,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("listPanel")
        self.model = model
        self._wanted: int | None = None  # the mission the user chose, shown or not
        self.store = ViewStore(settings if settings is not None else QSettings(), self)

        self.search = QLineEdit()
        self.search.setObjectName("missionFilter")
        self.search.setAccessibleName(self.tr("Search missions"))
        self.search.setPlaceholderText(self.tr("Search missions\u2026  (Ctrl+F)"))
        self.search.setToolTip(
            self.tr(
                "Finds missions by name, vehicle, agency, destination or crew member; "
                "Down or Return moves into the results"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(model.set_search)
        self.search.installEventFilter(self)

        self.scope = QComboBox()
        self.scope.setObjectName("scopeFilter")
        self.scope.setAccessibleName(self.tr("Show missions"))
        # Linux reads a combo box by its choice: what it is for goes in its description
        self.scope.setAccessibleDescription(self.scope.accessibleName())
        for label, scope in (
            (self.tr("All missions"), Scope.ALL),
            (self.tr("Upcoming"), Scope.UPCOMING),
            (self.tr("Past"), Scope.PAST),
        ):
            self.scope.addItem(label, scope)
        self.scope.currentIndexChanged.connect(
            lambda _i: model.set_scope(Scope(self.scope.currentData()))
        )
        self.scope.setSizeAdjustPolicy(  # it gives way to the search box
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Room for the longest choice whole (Qt counts in widths of an 'x': a Japanese
        # character takes two).
        metrics = self.scope.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.scope.itemText(i)) for i in range(3))
        self.scope.setMinimumContentsLength(math.ceil(widest / metrics.horizontalAdvance("x")))
        self.search.setMinimumWidth(text_width(self.search, self.search.placeholderText()))

        self.filter_bar = FilterBar(model.today)
        self.filter_bar.changed.connect(self._bar_changed)
        self._build_actions()
        self.summary = QLabel()
        self.summary.setObjectName("filterSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # names from the data
        self.summary.setWordWrap(True)

        self.table = self._build_table(model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 8)
        layout.addLayout(self._search_row())
        layout.addWidget(self.filter_bar)
        layout.addLayout(self._summary_row())
        layout.addWidget(self.table, 1)
        self.setMinimumWidth(360)

        model.modelReset.connect(self._restore_current)
        model.modelReset.connect(self._show_summary)
        model.rows_replaced.connect(self._rows_replaced)
        self._restore_filters()

    def _build_actions(self) -> None:
        """Filters and views, each action once: this panel, the menu and the toolbar share
        them (added to the panel too, their shortcuts work wherever the window is)."""
        self.filters_action = QAction(self.tr("&Filter Bar"), self)
        self.filters_action.setIconText(self.tr("Filters"))
        self.filters_action.setCheckable(True)
        self.filters_action.setShortcut("Ctrl+Shift+F")
        self.filters_action.setToolTip(self.tr("Show or hide the filter bar (Ctrl+Shift+F)"))
        self.filters_action.toggled.connect(self._bar_toggled)
        self.clear_action = QAction(self.tr("&Clear Filters"), self)
        self.clear_action.setShortcut("Ctrl+Shift+L")
        self.clear_action.setToolTip(
            self.tr("Show every mission: clear the filters, the search and the scope")
        )
        self.clear_action.triggered.connect(self.clear_filters)
        self.save_view_action = QAction(self.tr("&Save View\u2026"), self)
        self.save_view_action.triggered.connect(self.ask_view_name)
        self.manage_views_action = QAction(self.tr("&Manage Views\u2026"), self)
        self.manage_views_action.triggered.connect(self.manage_views)
        actions = (
            self.filters_action,
            self.clear_action,
            self.save_view_action,
            self.manage_views_action,
        )
        for action in actions:
            self.addAction(action)
        self.views_menu = ViewsMenu(
            self.store,
            [self.filters_action, self.clear_action, None, *actions[2:]],
            self.apply_view,
            self,
        )

    def _search_row(self) -> QHBoxLayout:
        views = MenuButton()
        views.setObjectName("viewsButton")
        views.setText(self.tr("Views"))
        views.setAccessibleName(self.tr("Filters and saved views"))
        views.setToolTip(self.tr("Filters and saved views"))
        views.setMenu(self.views_menu)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.scope)
        row.addWidget(views)
        return row

    def _summary_row(self) -> QHBoxLayout:
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setDefaultAction(self.clear_action)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.summary, 1)
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    # --- filters and views ------------------------------------------------------------------

    def _restore_filters(self) -> None:
        shown = self.store.bar_shown()
        self.filters_action.setChecked(shown)
        self.filter_bar.setVisible(shown)
        self._use(self.store.active())

    def _use(self, wanted: MissionFilter) -> None:
        """Show ``wanted`` in the bar, apply it to the list and keep it."""
        self.filter_bar.set_filter(wanted, self.model.today())
        self.model.set_filter(wanted)
        self.store.keep_active(wanted)
        self._show_summary()

    def _rows_replaced(self) -> None:
        """New rows (maybe on another clock): the names to offer, the days of a range
        relative to today."""
        self.filter_bar.set_choices(self.model.keys)
        self.filter_bar.show_days(self.model.today())

    def _bar_changed(self) -> None:
        wanted = self.filter_bar.filter()
        self.model.set_filter(wanted)
        self.store.keep_active(wanted)
        self._show_summary()

    def _bar_toggled(self, shown: bool) -> None:
        self.filter_bar.setVisible(shown)
        self.store.keep_bar_shown(shown)
        if shown:
            self.filter_bar.agency.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def clear_filters(self) -> None:
        """Every mission shows: no filter, no search, all of them in scope."""
        self.search.clear()
        self.scope.setCurrentIndex(self.scope.findData(Scope.ALL))
        self._use(MissionFilter())

    def apply_view(self, view: NamedView) -> None:
        """The view's filter and search, over all missions (a view has no scope)."""
        self.scope.setCurrentIndex(self.scope.findData(Scope.ALL))
        self.search.setText(view.search)
        self._use(view.filter)

    def ask_view_name(self) -> QInputDialog:
        """Ask for a name and keep the current filter and search under it."""
        dialog = QInputDialog(self)
        dialog.setObjectName("saveViewDialog")
        dialog.setWindowTitle(self.tr("Save View"))
        dialog.setLabelText(self.tr("Keep the current filter and search as:"))
        dialog.textValueSelected.connect(self.save_view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_view(self, name: str) -> None:
        if name.strip():  # a blank name saves nothing
            self.store.save(NamedView(name, self.model.filter, self.search.text()))

    def manage_views(self) -> ManageViews:
        dialog = ManageViews(self.store, self.apply_view, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _show_summary(self) -> None:
        """Say what hides missions and how many show; nothing while all show."""
        parts = []
        if self.search.text().strip():
            parts.append(f"\u201c{self.search.text().strip()}\u201d")
        if self.scope.currentData() is not Scope.ALL:
            parts.append(self.scope.currentText().lower())
        parts.extend(self.model.filter.parts(wording()))
        self.clear_button.setVisible(bool(parts))
        self.summary.setVisible(bool(parts))
        if not parts:
            return
        shown, total = self.model.rowCount(), self.model.total
        count = self.tr("{0} of %Ln missions", "", total).format(QLocale().toString(shown))
        self.summary.setText(
            self.tr("Filtered: {0} \u2014 {1}").format(" \u00b7 ".join(parts), count)
        )

    def _build_table(self, model: MissionTableModel) -> QTableView:
        table = QTableView()
        table.setObjectName("missionTable")
        table.setTabKeyNavigation(False)  # Tab leaves it; the arrows move in it
        table.setAccessibleName(self.tr("Missions"))
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
