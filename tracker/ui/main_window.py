"""The main window: the countdown banner, the mission list and the selected mission's detail.

It owns one ticker, one data service and one undo stack, and keeps every view in step with
them: the highlight follows the next launch as the clock runs or the data changes.
"""

from __future__ import annotations

import datetime as dt
import gc
from bisect import bisect_right
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QPalette,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from tracker import __version__, schedule
from tracker.clock import Clock
from tracker.errors import UserError
from tracker.reminders import format_leads, parse_leads
from tracker.store.records import MissionDetail, MissionRow
from tracker.ui.clock_dialog import ClockDialog
from tracker.ui.countdown import (
    ClockModeWindow,
    CountdownBanner,
    NotificationBar,
    Ticker,
    simulated_note,
)
from tracker.ui.crew_model import PeopleListModel
from tracker.ui.detail_view import MissionDetailView
from tracker.ui.file_actions import ask_backup_target
from tracker.ui.icons import icon
from tracker.ui.import_export import choose_export, choose_import
from tracker.ui.mission_model import ROW_ROLE, Arranged, Column, MissionTableModel, Scope
from tracker.ui.row_loader import RowLoader
from tracker.ui.service import DataService
from tracker.ui.tray import ReminderService, TrayNotifier, make_notifier
from tracker.vocabulary import LaunchStatus

ZONE_KEY = "view/zone"
SCHEME_KEY = "view/colorScheme"
WATCH_INTERVAL_MS = 1500
# Up to this many missions the list is read on the spot; beyond, the window shows the missions
# yet to fly and the latest FIRST_PAGE others at once and reads the rest in the background.
SYNC_LIMIT = 5_000
LOAD_DELAY_MS = 50  # let the first page paint before the background read takes the GIL
FIRST_PAGE = 120  # how often to look for changes made by another process


def apply_scheme(name: str) -> None:
    """Light, dark, or the system's scheme.

    Qt follows the system's scheme where the platform reports one; an explicit choice is
    asked of the platform and, since many (plain X11 among them) cannot switch, also set as
    a palette of our own.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = QGuiApplication.styleHints()
    if name == "system":
        hints.unsetColorScheme()
        app.setPalette(QPalette())
        return
    hints.setColorScheme(Qt.ColorScheme.Dark if name == "dark" else Qt.ColorScheme.Light)
    app.setPalette(dark_palette() if name == "dark" else QPalette())


def dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, colour in (
        (role.Window, "#1e2329"),
        (role.WindowText, "#e6e9ee"),
        (role.Base, "#15191e"),
        (role.AlternateBase, "#1b2026"),
        (role.ToolTipBase, "#2a3038"),
        (role.ToolTipText, "#e6e9ee"),
        (role.Text, "#e6e9ee"),
        (role.PlaceholderText, "#8a929c"),
        (role.Button, "#262c33"),
        (role.ButtonText, "#e6e9ee"),
        (role.BrightText, "#ff6b6b"),
        (role.Highlight, "#2f7de1"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#5aa2ff"),
        (role.Mid, "#3a414a"),
        (role.Dark, "#101316"),
        (role.Light, "#343b44"),
    ):
        palette.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#6b737d"))
    return palette


class MainWindow(QMainWindow):
    def __init__(
        self, service: DataService, clock: Clock, settings: QSettings | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Mission Tracker")
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(900, 560)
        self.clock = clock
        self.settings = settings if settings is not None else QSettings()
        self.service = service
        service.setParent(self)
        self.undo_stack = QUndoStack(self)
        self.zone_name = str(self.settings.value(ZONE_KEY, "UTC"))
        self.zone = self._zone_or_utc(self.zone_name)
        apply_scheme(str(self.settings.value(SCHEME_KEY, "system")))
        self.next_detail: MissionDetail | None = None
        self.clock_mode: ClockModeWindow | None = None
        self._pending: list[MissionRow] = []  # in launch order
        self._pending_nets: list[dt.datetime] = []
        self._last_fine_net: dt.datetime | None = None

        self.model = MissionTableModel(self)
        self.loader = RowLoader(self.service.missions, self.model.arrange, self)
        self.loader.loaded.connect(self._adopt_rows)
        app = QApplication.instance()
        if app is not None:  # never let Qt destroy a thread that is still reading
            app.aboutToQuit.connect(self.loader.wait)
        self.loader.failed.connect(
            lambda message: self.statusBar().showMessage(f"Could not read missions: {message}")
        )
        self._changed_while_loading: set[int] = set()
        self._reading = 0  # missions being read in the background, while they are
        self._keep_selection: int | None = None
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.ticker = Ticker(clock, self)
        self.ticker.tick.connect(self.on_tick)

        self.banner = CountdownBanner()
        self.detail = MissionDetailView(self.service, self.undo_stack, self._ask)
        self.detail.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.detail.new_person_requested.connect(self.new_person_for_roster)
        self._build_central()
        self._build_docks()
        self._build_actions()
        self._build_status_bar()

        self.service.missions_changed.connect(self.reload)
        self.service.mission_changed.connect(self.on_mission_changed)
        self.service.people_changed.connect(self.reload_people)

        self.notifier = make_notifier(self)
        self.notifier.message.connect(self.show_notification)
        if isinstance(self.notifier, TrayNotifier):
            self.notifier.show_requested.connect(self._bring_to_front)
        self.reminders = ReminderService(
            self._pending_soon,
            clock,
            self.settings,
            self.notifier,
            zone=self.zone,
            next_launch=lambda: self.next_detail,
            parent=self,
        )
        self.detail.follow_toggled.connect(self.reminders.set_followed)

        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(WATCH_INTERVAL_MS)
        self.watch_timer.timeout.connect(self.check_outside_changes)

        self.reload()
        QTimer.singleShot(LOAD_DELAY_MS, self.reload_people)  # not needed for the first paint
        self.select_mission(self.model.next_id)
        self._restore_settings()

    # --- construction -----------------------------------------------------------------------

    def _build_central(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("missionFilter")
        self.search.setAccessibleName("Search missions")
        self.search.setPlaceholderText("Search missions, vehicles, agencies, crew\u2026  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.search.textChanged.connect(self._after_filter)

        self.scope = QComboBox()
        self.scope.setObjectName("scopeFilter")
        self.scope.setAccessibleName("Show missions")
        self.scope.addItem("All missions", Scope.ALL)
        self.scope.addItem("Upcoming", Scope.UPCOMING)
        self.scope.addItem("Past", Scope.PAST)
        self.scope.currentIndexChanged.connect(self._scope_chosen)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName("Filter by status")
        self.status_filter.addItem("Any status", None)
        for status in LaunchStatus:
            self.status_filter.addItem(status.label, status)
        self.status_filter.currentIndexChanged.connect(self._status_chosen)

        self.table = QTableView()
        self.table.setObjectName("missionTable")
        self.table.setAccessibleName("Missions")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NET, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (Column.MISSION, 128),
            (Column.STATUS, 56),
            (Column.NET, 164),
            (Column.VEHICLE, 100),
            (Column.DESTINATION, 84),
            (Column.CREW, 40),
            (Column.SLIPS, 38),
            (Column.OPERATOR, 86),
        ):
            header.resizeSection(column, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.COUNTDOWN, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.setAcceptDrops(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.table.setDropIndicatorShown(True)
        self.model.person_dropped.connect(self.add_person_to_mission)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.scope)
        filters.addWidget(self.status_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("filterCount")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 0, 0, 8)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(420)
        self.detail.setMinimumWidth(340)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 8, 8, 0)
        layout.setSpacing(8)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(8, 0, 0, 0)
        banner_row.addWidget(self.banner)
        layout.addLayout(banner_row)
        self.notification_bar = NotificationBar()
        bar_row = QHBoxLayout()
        bar_row.setContentsMargins(8, 0, 0, 0)
        bar_row.addWidget(self.notification_bar)
        layout.addLayout(bar_row)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        self.people_model = PeopleListModel(self)
        self.people_proxy = QSortFilterProxyModel(self)
        self.people_proxy.setSourceModel(self.people_model)
        self.people_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        people = QWidget()
        layout = QVBoxLayout(people)
        layout.setContentsMargins(6, 6, 6, 6)
        self.people_filter = QLineEdit()
        self.people_filter.setObjectName("peopleFilter")
        self.people_filter.setPlaceholderText("Filter people\u2026")
        self.people_filter.setClearButtonEnabled(True)
        self.people_filter.textChanged.connect(self.people_proxy.setFilterFixedString)
        self.people_list = QListView()
        self.people_list.setObjectName("peopleList")
        self.people_list.setAccessibleName("People: drag one onto a crew roster")
        self.people_list.setModel(self.people_proxy)
        self.people_list.setDragEnabled(True)
        self.people_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.people_list.setToolTip("Drag a person onto the crew roster to add them")
        layout.addWidget(self.people_filter)
        layout.addWidget(self.people_list)
        self.people_dock = QDockWidget("People", self)
        self.people_dock.setObjectName("peopleDock")
        self.people_dock.setWidget(people)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.people_dock)
        self.people_dock.hide()

        self.undo_view = QUndoView(self.undo_stack)
        self.undo_view.setObjectName("undoView")
        self.undo_view.setEmptyLabel("Opened")
        self.undo_dock = QDockWidget("Edit history", self)
        self.undo_dock.setObjectName("undoDock")
        self.undo_dock.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.undo_dock)
        self.undo_dock.hide()

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.file_menu = file_menu
        self.backup_action = self._action("&Back Up\u2026", self.back_up, "Ctrl+Shift+B", "backup")
        self.restore_action = self._action("&Restore a Backup\u2026", self.restore, None, "restore")
        self.import_action = self._action(
            "&Import\u2026", lambda: choose_import(self, self.service), "Ctrl+I", "import"
        )
        self.export_action = self._action(
            "&Export Archive\u2026",
            lambda: choose_export(self, self.service),
            "Ctrl+Shift+E",
            "export",
        )
        self.export_ics_action = self._action(
            "Export &Calendar\u2026", self.export_calendar, "Ctrl+Shift+C", "calendar"
        )
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_ics_action)
        on_sqlite = self.service.file_path is not None
        self.backup_action.setEnabled(on_sqlite)
        self.restore_action.setEnabled(on_sqlite)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.quit_action)

        edit = menu.addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.redo_action.setIcon(icon("redo"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.new_mission_action = self._action(
            "&New Mission\u2026", self.new_mission, QKeySequence.StandardKey.New, "new"
        )
        self.edit_mission_action = self._action(
            "&Edit Mission\u2026", self.edit_mission, "Ctrl+E", "edit"
        )
        self.delete_mission_action = self._action(
            "&Delete Mission\u2026", self.delete_mission, "Ctrl+Shift+Del", "delete"
        )
        self.records_action = self._action(
            "People, &Vehicles and Agencies\u2026", self.show_records, "Ctrl+Shift+R", "people"
        )
        for action in (
            self.new_mission_action,
            self.edit_mission_action,
            self.delete_mission_action,
            self.records_action,
        ):
            edit.addAction(action)
        edit.addSeparator()
        self.find_action = self._action(
            "&Find\u2026", self.focus_search, QKeySequence.StandardKey.Find, "search"
        )
        edit.addAction(self.find_action)
        edit.addSeparator()
        edit.addAction(self.detail.remove_action)
        edit.addAction(self.detail.up_action)
        edit.addAction(self.detail.down_action)

        view = menu.addMenu("&View")
        self.countdown_action = self._action(
            "&Countdown (clock mode)", self.show_clock_mode, "Ctrl+K", "countdown"
        )
        view.addAction(self.countdown_action)
        self.fullscreen_action = self._action(
            "Clock mode &full screen", self.show_clock_mode_full_screen, "F11", "fullscreen"
        )
        view.addAction(self.fullscreen_action)
        self.clock_action = self._action("C&lock\u2026", self.choose_clock, "Ctrl+T", "clock")
        view.addAction(self.clock_action)
        self.reminders_action = self._action("&Reminders\u2026", self.choose_leads, None, "bell")
        view.addAction(self.reminders_action)
        zone_menu = view.addMenu("Time &zone")
        self.zone_group = QActionGroup(self)
        for label, name in (("UTC", "UTC"), ("Local time", "local")):
            action = QAction(label, self, checkable=True)
            action.setData(name)
            action.setChecked(self.zone_name == name)
            action.triggered.connect(lambda _c=False, n=name: self.set_zone(n))
            self.zone_group.addAction(action)
            zone_menu.addAction(action)
        self.other_zone_action = QAction("Other\u2026", self, checkable=True)
        self.other_zone_action.setChecked(self.zone_name not in ("UTC", "local"))
        self.other_zone_action.triggered.connect(self.choose_zone)
        self.zone_group.addAction(self.other_zone_action)
        zone_menu.addAction(self.other_zone_action)
        scheme_menu = view.addMenu("&Appearance")
        self.scheme_group = QActionGroup(self)
        current_scheme = str(self.settings.value(SCHEME_KEY, "system"))
        for label, name in (("Follow the system", "system"), ("Light", "light"), ("Dark", "dark")):
            action = QAction(label, self, checkable=True)
            action.setData(name)
            action.setChecked(name == current_scheme)
            action.triggered.connect(lambda _c=False, n=name: self.set_scheme(n))
            self.scheme_group.addAction(action)
            scheme_menu.addAction(action)
        view.addSeparator()
        people_toggle = self.people_dock.toggleViewAction()
        people_toggle.setText("&People")
        people_toggle.setShortcut("Ctrl+P")
        people_toggle.setIcon(icon("people"))
        view.addAction(people_toggle)
        history_toggle = self.undo_dock.toggleViewAction()
        history_toggle.setText("Edit &history")
        history_toggle.setShortcut("Ctrl+H")
        view.addAction(history_toggle)

        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self._action("&About Mission Tracker", self.show_about))
        help_menu.addAction(self._action("About &Qt", lambda: QMessageBox.aboutQt(self)))

        toolbar = QToolBar("Main toolbar")
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (self.undo_action, self.redo_action):
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):  # the step's name is in the tooltip
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.addSeparator()
        toolbar.addAction(self.new_mission_action)
        toolbar.addAction(self.edit_mission_action)
        toolbar.addSeparator()
        toolbar.addAction(self.countdown_action)
        toolbar.addAction(self.clock_action)
        toolbar.addAction(people_toggle)
        self.toolbar = toolbar
        self.addToolBar(toolbar)
        view.addSeparator()
        toolbar_toggle = toolbar.toggleViewAction()
        toolbar_toggle.setText("&Toolbar")
        view.addAction(toolbar_toggle)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.clock_label = QLabel()
        self.clock_label.setObjectName("simulatedClock")
        self.clock_label.setStyleSheet("QLabel { color: #b07d12; font-weight: bold; }")
        self.mission_count = QLabel()
        self.mission_count.setObjectName("missionCount")
        self.database_label = QLabel(f"Database: {self.service.location}")
        self.database_label.setObjectName("databaseLocation")
        bar.addPermanentWidget(self.clock_label)
        bar.addPermanentWidget(self.mission_count)
        bar.addPermanentWidget(self.database_label)

    # --- data -------------------------------------------------------------------------------

    def check_outside_changes(self) -> None:
        """Another window or process committed: read everything again."""
        if self.service.outside_changes():
            self.service.reload()
            self.statusBar().showMessage("Updated with changes made elsewhere", 5000)

    # --- records ------------------------------------------------------------------------------

    def _open_editor(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # The record editors load on first use: they are not needed to show the window.

    def new_mission(self) -> QDialog:
        from tracker.ui.editors import MissionDialog

        dialog = MissionDialog(self.service, self.undo_stack, self._ask, None, self)
        dialog.on_error = self._undo_error
        return self._open_editor(dialog)

    def edit_mission(self) -> QDialog | None:
        mission_id = self.current_mission_id()
        if mission_id is None:
            return None
        from tracker.ui.editors import MissionDialog

        dialog = MissionDialog(self.service, self.undo_stack, self._ask, mission_id, self)
        dialog.on_error = self._undo_error
        return self._open_editor(dialog)

    def delete_mission(self) -> None:
        mission_id = self.current_mission_id()
        if mission_id is None:
            return
        from tracker.ui.editors import delete_record

        name = self.service.mission(mission_id).name
        count = self.undo_stack.count()
        refusal = delete_record(
            self.service, self.undo_stack, self._ask, "mission", mission_id, name, self._undo_error
        )
        if refusal:
            QMessageBox.warning(self, "Delete Mission", refusal)
        elif self.undo_stack.count() > count:
            self.statusBar().showMessage(
                f"Deleted {name} \u2014 Undo (Ctrl+Z) brings it back", 8000
            )

    def show_records(self) -> QDialog:
        from tracker.ui.editors import RecordsDialog

        return self._open_editor(RecordsDialog(self.service, self.undo_stack, self._ask, self))

    def new_person_for_roster(self) -> QDialog:
        """The roster editor's "New…": once saved, the picker holds their name."""
        from tracker.ui.editors import PersonDialog

        dialog = PersonDialog(self.service, self.undo_stack, self._ask, None, self)
        dialog.on_error = self._undo_error
        dialog.accepted.connect(lambda: self.detail.person_picker.setEditText(dialog.name.text()))
        return self._open_editor(dialog)

    def _undo_error(self, message: str) -> None:
        QMessageBox.warning(self, "Mission Tracker", message)

    def show_notification(self, title: str, text: str) -> None:
        """A reminder, in the window (and in the tray's balloon where there is a tray)."""
        self.notification_bar.show_message(f"{title} \u2014 {text}")
        self.statusBar().showMessage(f"{title}: {text}", 15000)

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def export_calendar(self) -> None:
        dialog = QFileDialog(self, "Export upcoming launches as a calendar", "launches.ics")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("iCalendar (*.ics)")
        dialog.setDefaultSuffix("ics")
        dialog.fileSelected.connect(lambda name: self.write_calendar(Path(name)))
        dialog.open()

    def write_calendar(self, path: Path) -> int | None:
        """One event per upcoming launch; the same event again after a reschedule."""
        try:
            count = self.service.write_calendar(path)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, "Export Calendar", f"Nothing was written: {exc}")
            return None
        self.statusBar().showMessage(f"Wrote {count} launches to {path}", 8000)
        return count

    def choose_leads(self) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("leadTimesDialog")
        dialog.setWindowTitle("Reminders")
        dialog.setLabelText(
            "Remind me this long before each followed launch (e.g. 24 h, 1 h, 10 min).\n"
            "Crewed missions are followed unless you untick \u201cRemind me\u201d."
        )
        dialog.setTextValue(format_leads(self.reminders.leads))
        dialog.textValueSelected.connect(lambda text: self.reminders.set_leads(parse_leads(text)))
        dialog.open()

    def back_up(self) -> None:
        path = self.service.file_path
        if path is None:
            return
        ask_backup_target(self, path, self._write_backup)

    def _write_backup(self, target: str) -> None:
        try:
            written = self.service.back_up(Path(target))
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, "Back Up", f"No backup was written: {exc}")
            return
        self.statusBar().showMessage(f"Backed up to {written}", 8000)

    def restore(self) -> None:
        path = self.service.file_path
        if path is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, "Restore a backup", str(path.parent), "Backups (*.bak *.db);;All files (*)"
        )
        if name:
            self.restore_from(Path(name))

    def restore_from(self, backup: Path) -> bool:
        """Put ``backup`` in place of the database and show it; the undo steps go, since
        they were made against the data it replaced."""
        try:
            saved = self.service.restore(backup)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, "Restore", f"Nothing was restored: {exc}")
            return False
        self.undo_stack.clear()
        kept = f"; what it replaced is saved as {saved.name}" if saved else ""
        self.statusBar().showMessage(f"Restored {self.service.file_path}{kept}", 8000)
        return True

    def reload(self) -> None:
        """Read every mission again, keeping the selection.

        A big database is read in the background: the first time, the missions yet to fly
        and the latest others show at once, and the rest joins them when read.
        """
        self.service.outside_changes()  # what we read now includes any change made so far
        repo = self.service
        count = repo.mission_count()
        if count <= SYNC_LIMIT:
            self._show_rows(repo.missions())
            return
        self._reading = count
        if self.model.total == 0:
            self._show_rows(repo.first_page(self.clock(), FIRST_PAGE))
            QTimer.singleShot(LOAD_DELAY_MS, self.loader.load)  # after the first paint
        else:
            self.loader.load()

    def _pending_soon(self) -> list[MissionRow]:
        """Missions yet to fly whose NET falls within the longest reminder lead from now:
        the only ones a reminder can be due for (a slice, not a scan of every pending row)."""
        now = self.clock()
        horizon = now + max(self.reminders.leads, default=dt.timedelta(0))
        nets = self._pending_nets
        return self._pending[bisect_right(nets, now) : bisect_right(nets, horizon)]

    def _set_pending(self, pending: list[MissionRow]) -> None:
        """The missions yet to fly, and the latest second-precise NET among them."""
        self._pending = sorted(pending, key=schedule.launch_key)
        self._pending_nets = [r.net for r in self._pending]
        fine = [r.net for r in pending if r.net_precision in schedule.FINE]
        self._last_fine_net = max(fine, default=None)

    def _show_rows(self, rows: list[MissionRow]) -> None:
        selected = self.current_mission_id()
        self._set_pending([r for r in rows if r.status.is_pending])
        self.model.set_rows(rows, self.clock())
        self._after_rows(selected)

    def _adopt_rows(self, arranged: Arranged) -> None:
        """Every mission, read in the background: show them, with edits made meanwhile."""
        selected = self.current_mission_id()
        self.model.adopt(arranged, self.clock())
        self._set_pending([r for r in arranged.rows if r.status.is_pending])
        for mission_id in self._changed_while_loading:
            self.model.update_row(self.service.mission_row(mission_id))
        self._changed_while_loading.clear()
        self._reading = 0
        self._after_rows(selected)

    def _after_rows(self, selected: int | None) -> None:
        # The rows live long: keep the cyclic garbage collector from walking 100,000 of them
        # again and again (each full pass stalled the window). Frozen objects are still freed
        # by reference counting when a reload replaces them.
        gc.freeze()
        self.refresh_next(force=True)
        self._after_filter()
        if selected is not None:
            self.select_mission(selected)

    def reload_people(self) -> None:
        people = self.service.people()
        self.people_model.set_people(people)
        self.detail.set_people(people)

    def on_mission_changed(self, mission_id: int) -> None:
        """One mission changed (an edit here): refresh its row, the detail and the banner."""
        row = self.service.mission_row(mission_id)
        if self.loader.busy:
            self._changed_while_loading.add(mission_id)  # the read may predate the edit
        if not self.model.update_row(row):
            if not self.loader.busy:  # a mission the rows do not hold yet: read them again
                self.reload()
            return
        self._set_pending([r for r in self.model.rows() if r.status.is_pending])
        self.service.outside_changes()  # our own commit: nothing to read again
        if self.current_mission_id() == mission_id:
            self.detail.set_mission(self.service.mission(mission_id))
        self.refresh_next(force=True)

    def add_person_to_mission(self, mission_id: int, person_id: int) -> None:
        """A person dropped on a mission's row: select it and add them to its roster."""
        self.select_mission(mission_id)
        if self.current_mission_id() == mission_id:
            self.detail.add_person(person_id, self.detail.role_picker.currentText(), None)

    def current_mission_id(self) -> int | None:
        index = self.table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row.id if isinstance(row, MissionRow) else None

    def select_mission(self, mission_id: int | None) -> None:
        if mission_id is None:
            return
        row = self.model.row_for(mission_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        if isinstance(row, MissionRow):
            self.detail.show_message("")
            self.detail.set_mission(self.service.mission(row.id))
            self.detail.set_followed(self.reminders.is_followed(row))
        else:
            self.detail.set_mission(None)

    def _remember_selection(self) -> None:
        self._keep_selection = self.current_mission_id()

    def _restore_selection(self) -> None:
        """A search or sort rebuilt the rows: keep the same mission selected if shown."""
        kept, self._keep_selection = self._keep_selection, None
        if kept is not None and self.model.row_for(kept) is not None:
            self.select_mission(kept)

    def _scope_chosen(self, _index: int) -> None:
        self.model.set_scope(Scope(self.scope.currentData()))
        self._after_filter()

    def _status_chosen(self, _index: int) -> None:
        self.model.set_status(self.status_filter.currentData())
        self._after_filter()

    def _after_filter(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self._reading:
            text = f"Reading {self._reading:,} missions\u2026 ({total:,} so far)"
        elif shown == total:
            text = f"{total:,} missions"
        else:
            text = f"{shown:,} of {total:,} missions shown"
        self.mission_count.setText(text)
        if self.table.currentIndex().isValid():
            self.table.scrollTo(self.table.currentIndex())

    # --- time -------------------------------------------------------------------------------

    def refresh_next(self, *, force: bool = False) -> None:
        """Find the next launch for the clock's current time and show it everywhere."""
        now = self.clock()
        nxt, awaiting = schedule.scan_pending(self._pending, now)
        next_id = nxt.id if nxt is not None else None
        changed = next_id != (self.next_detail.id if self.next_detail else None)
        if changed or force:
            self.model.set_next(next_id)
            self.next_detail = self.service.mission(next_id) if next_id is not None else None
            self.banner.show_mission(self.next_detail, self.zone)
            if self.clock_mode is not None:
                self.clock_mode.show_mission(self.next_detail, self.zone)
        stale = [r.name for r in awaiting]
        self.banner.show_notice(
            ", ".join(stale[:3])
            + (f" and {len(stale) - 3} more" if len(stale) > 3 else "")
            + f": {schedule.PASSED_TEXT}"
            if stale
            else ""
        )
        self.on_tick()

    def on_tick(self) -> None:
        now = self.clock()
        nxt = self.next_detail
        if nxt is not None and not nxt.status.is_pending:
            nxt = None
        if nxt is not None and schedule.is_awaiting_update(nxt, now):
            self.refresh_next()  # the clock passed it: the highlight moves on
            return
        text = schedule.mission_countdown(nxt, now, self.zone) if nxt else ""
        self.banner.show_countdown(text)
        note = simulated_note(self.clock, self.zone)
        self.clock_label.setText(note)
        self.clock_label.setVisible(bool(note))
        self.model.tick(now, self._visible_rows())
        self.detail.tick(now)
        if self.clock_mode is not None and self.clock_mode.isVisible():
            self.clock_mode.show_countdown(text, note)
        # Tick each second while a second-precise countdown can still run (or the simulated
        # clock shows its seconds); else once a minute. O(1): no scan of the rows per tick.
        self.ticker.set_every_second(
            self.clock.simulated or (self._last_fine_net is not None and self._last_fine_net > now)
        )

    def _visible_rows(self) -> tuple[int, int]:
        """The first and last rows of the list on screen (the only ones worth repainting)."""
        top = self.table.rowAt(0)
        bottom = self.table.rowAt(self.table.viewport().height() - 1)
        last = self.model.rowCount() - 1
        return (max(top, 0), last if bottom < 0 else bottom)

    def choose_clock(self) -> None:
        dialog = ClockDialog(self.clock, self)
        dialog.accepted.connect(lambda: self.set_clock(dialog.chosen()))
        dialog.open()

    def set_clock(self, start: dt.datetime | None) -> None:
        """Live time (None) or a simulated clock starting at ``start``."""
        self.clock.set(start)
        self.model.set_rows(self.model.rows(), self.clock())
        self.refresh_next(force=True)
        self.select_mission(self.model.next_id)

    def set_zone(self, name: str) -> None:
        self.zone_name = name
        self.zone = self._zone_or_utc(name)
        self.settings.setValue(ZONE_KEY, name)
        self.model.set_zone(self.zone)
        self.detail.set_zone(self.zone)
        self.reminders.set_zone(self.zone)
        self.refresh_next(force=True)
        for action in self.zone_group.actions():
            action.setChecked(action.data() == name)
        self.other_zone_action.setChecked(name not in ("UTC", "local"))
        self.other_zone_action.setText(
            f"Other ({name})\u2026" if name not in ("UTC", "local") else "Other\u2026"
        )

    def choose_zone(self) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Time zone")
        dialog.setLabelText("Show times in this zone (e.g. Europe/Berlin, America/New_York):")
        dialog.setTextValue(self.zone_name if self.zone_name not in ("UTC", "local") else "")
        dialog.textValueSelected.connect(self._zone_chosen)
        dialog.open()

    def _zone_chosen(self, name: str) -> None:
        try:
            schedule.zone_from_name(name.strip())
        except (KeyError, ValueError):
            QMessageBox.warning(self, "Time zone", f"Unknown time zone: {name!r}")
            self.set_zone(self.zone_name)
            return
        self.set_zone(name.strip() or "UTC")

    def set_scheme(self, name: str) -> None:
        """Light, dark, or whatever the system says (Qt follows it when unset)."""
        self.settings.setValue(SCHEME_KEY, name)
        apply_scheme(name)
        self.refresh_next(force=True)  # re-read palette-derived colours

    @staticmethod
    def _zone_or_utc(name: str) -> schedule.Zone:
        try:
            return schedule.zone_from_name(name)
        except (KeyError, ValueError):
            return dt.UTC

    # --- clock mode -------------------------------------------------------------------------

    def show_clock_mode(self) -> ClockModeWindow:
        if self.clock_mode is None:
            self.clock_mode = ClockModeWindow(self)
            self.clock_mode.setWindowIcon(icon("app"))
            self.clock_mode.resize(1000, 640)
        self.clock_mode.show_mission(self.next_detail, self.zone)
        self.clock_mode.show()
        self.clock_mode.raise_()
        self.clock_mode.activateWindow()
        self.on_tick()
        return self.clock_mode

    def show_clock_mode_full_screen(self) -> None:
        self.show_clock_mode().showFullScreen()

    # --- misc -------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            "Mission Tracker",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("About Mission Tracker")
        box.setIconPixmap(icon("app").pixmap(64, 64))
        box.setText(
            f"<h3>Mission Tracker {__version__}</h3>"
            "<p>Crewed spaceflight missions, crews, vehicles and launch countdowns. "
            "Works offline; your data stays yours.</p>"
            f"<p>Database: <code>{self.service.location}</code></p>"
        )
        box.open()

    # --- settings and lifetime --------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([840, 480])
        header = self.settings.value("window/missionHeader")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/missionHeader", self.table.horizontalHeader().saveState())
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ticker.start()
        self.watch_timer.start()
        self.reminders.start()
        self.on_tick()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.clock_mode is None or not self.clock_mode.isVisible():
            self.ticker.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.loader.wait()
        self.ticker.stop()
        self.watch_timer.stop()
        self.reminders.stop()
        if isinstance(self.notifier, TrayNotifier):
            self.notifier.hide()
        if self.clock_mode is not None:
            self.clock_mode.close()
        super().closeEvent(event)
