"""The main window: it composes the parts and keeps them showing the same moment.

The countdown banner above, the mission list (``ListPanel``) beside the selected mission's
detail, the People and Edit history docks, the menus and the status bar. What the list
holds comes from the ``MissionFeed``; which mission is next, from its launch board; the
time, from one ticker on the injected clock. File operations, preferences and the record
dialogs live in modules of their own; this one only wires them together and shows.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QEvent, QLocale, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from tracker import schedule
from tracker.board import Outlook
from tracker.clock import Clock
from tracker.errors import UserError
from tracker.store.records import MissionDetail, MissionRow
from tracker.ui.announcer import LaunchVoice
from tracker.ui.countdown import (
    ClockModeWindow,
    CountdownBanner,
    NotificationBar,
    Ticker,
    simulated_note,
)
from tracker.ui.crew_model import PeopleListModel
from tracker.ui.detail_view import MissionDetailView
from tracker.ui.docks import PeopleDock, UndoDock
from tracker.ui.edit_gate import EditGate, guard_window
from tracker.ui.file_actions import FileActions
from tracker.ui.icons import icon
from tracker.ui.images import sync_online
from tracker.ui.jobs import Job
from tracker.ui.labels import plain_tooltip
from tracker.ui.list_panel import ListPanel
from tracker.ui.live_data import LiveData
from tracker.ui.main_splitter import DETAIL_MIN, MainSplitter
from tracker.ui.menus import Menus
from tracker.ui.messages import ask
from tracker.ui.mission_feed import FeedSizes, MissionFeed
from tracker.ui.mission_model import MissionTableModel
from tracker.ui.page_links import PageBrowser
from tracker.ui.preferences import Preferences
from tracker.ui.record_actions import RecordActions
from tracker.ui.service import DataService
from tracker.ui.team_listener import ConnectionLabel
from tracker.ui.theme import Theme
from tracker.ui.tray import ReminderService, TrayNotifier, make_notifier
from tracker.ui.wheel_guard import WheelGuard

if TYPE_CHECKING:
    from tracker.ui.help_dialogs import GuideDialog, ShortcutsDialog

MESSAGE_MS = 8000  # how long a status bar message stays
D = TypeVar("D", bound=QDialog)
# The list's column widths as the user left them (a new key: widths saved by versions that
# cut the next-launch marker and the countdown short are not restored).
HEADER_KEY = "window/missionColumns"


class MainWindow(QMainWindow):
    """The parts, wired: every view follows the feed's rows, the board's next launch and
    the one ticker; ``sizes`` decide how a big database is read (tests make them small)."""

    first_painted = Signal()  # the list is on screen: what may wait for it can start

    def __init__(
        self,
        service: DataService,
        clock: Clock,
        settings: QSettings | None = None,
        sizes: FeedSizes = FeedSizes(),  # noqa: B008 - frozen: shared safely
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Mission Tracker")
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(900, 480)  # fits a 1080p screen at 200 % (540 points high)
        self.clock = clock
        self.settings = settings if settings is not None else QSettings()
        self.service = service
        service.setParent(self)
        self.undo_stack = QUndoStack(self)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.redo_action.setIcon(icon("redo"))
        self.theme = Theme(self)
        self.prefs = Preferences(self.settings, self.theme, self)
        self.next_detail: MissionDetail | None = None
        self._detail_read_at = self._next_read_at = -1  # the feed's version at each read
        self.clock_mode: ClockModeWindow | None = None
        self.live = LiveData(self)  # before the first read: it may move the clock
        service.images.online = sync_online(self.live.sync)

        self.model = MissionTableModel(self)
        self.model.set_zone(self.prefs.zone)
        self.feed = MissionFeed(service, self.model, clock, sizes, self)
        self.list_panel = ListPanel(self.model, self.settings)
        self.table, self.search = self.list_panel.table, self.list_panel.search
        self.people_model = PeopleListModel(self)  # one for the People dock and the roster
        self.detail = MissionDetailView(service, self.undo_stack, self._ask, self.people_model)
        self.detail.set_zone(self.prefs.zone)
        self.banner = CountdownBanner()
        self.voice = LaunchVoice(self.banner, self.banner.label)  # for a screen reader
        self.notification_bar = NotificationBar()
        self.ticker = Ticker(clock, self)
        self.files = FileActions(self, service, self.undo_stack, self.say)
        self.records = RecordActions(
            self, service, self.undo_stack, self._ask, self.list_panel.current_mission_id, self.say
        )
        self.notifier = make_notifier(self)
        self.reminders = ReminderService(
            self._reminder_candidates,
            clock,
            self.settings,
            self.notifier,
            zone=self.prefs.zone,
            next_launch=lambda: self.next_detail,
            parent=self,
        )
        self._build_central()
        self.people_dock = PeopleDock(self.people_model, self)
        self.undo_dock = UndoDock(self.undo_stack, self)
        for dock in (self.people_dock, self.undo_dock, self.live.changes):
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
        self.menus = Menus(self)
        self._build_status_bar()
        self.gate = EditGate(self)  # a database that may only be read: editing off, said why
        guard_window(self.gate, self)
        self._connect()
        self.pages = PageBrowser(self)  # a page for each person, vehicle and agency
        self.records.open_page = self.pages.open
        # Once the widgets exist: the style sheet (set before them, it is resolved again for
        # each widget added) and the application's event filter (else it sees every event of
        # the building too); the widgets are polished when first shown, after both.
        self.prefs.apply_scheme()
        self.wheel_guard = WheelGuard(self).install()

        # Last: the reads the feed delays (load_delay_ms) and the people's follow the paint.
        self.feed.reload()
        self.people_job: Job | None = None  # opens the repository, then the people are read
        self.load_delay_ms = sizes.load_delay_ms  # after the first paint, before the reads
        self.table.viewport().installEventFilter(self)
        self.list_panel.select_mission(self.model.next_id)
        self._restore_settings()

    # --- construction -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The list's first paint starts the people's read and the feed's full read:
        however slow the start, neither comes before the first frame (a timer from the
        build's end could)."""
        if event.type() == QEvent.Type.Paint and watched is self.table.viewport():
            watched.removeEventFilter(self)
            # on a worker, once painted: opening the repository (a quick start) takes 0.5 s+
            self.people_job = Job(self.service.open, parent=self)  # the people's read follows
            self.people_job.done.connect(lambda _none: self.reload_people())
            self.people_job.failed.connect(self.say)  # a database gone: said; a reload reads
            QTimer.singleShot(self.load_delay_ms, self.people_job, self.people_job.start)
            self.feed.first_paint()
            QTimer.singleShot(0, self.first_painted.emit)  # once this paint is done
        return super().eventFilter(watched, event)

    def _build_central(self) -> None:
        self.splitter = MainSplitter(self._detail_needs)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.detail.setMinimumWidth(DETAIL_MIN)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 8, 8, 0)
        layout.setSpacing(8)
        for bar in (self.live.bar, self.banner, self.notification_bar):
            row = QHBoxLayout()
            row.setContentsMargins(8, 0, 0, 0)
            row.addWidget(bar)
            layout.addLayout(row)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _detail_needs(self) -> int:
        """The detail's width with nothing cut off and no sideways scrolling."""
        body = self.detail.widget()
        if body is None:
            return DETAIL_MIN
        bar = self.detail.verticalScrollBar().sizeHint().width()
        return body.minimumSizeHint().width() + bar + 2 * self.detail.frameWidth()

    def _build_status_bar(self) -> None:
        self.clock_label = QLabel()
        self.clock_label.setObjectName("simulatedClock")  # its colour: the theme's
        self.mission_count = QLabel()
        self.mission_count.setObjectName("missionCount")
        # The file's name (a long path would widen the window past a small screen); the
        # whole location in the tooltip and in Help ▸ About.
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLocation")
        self.database_label.setTextFormat(Qt.TextFormat.PlainText)  # a path is data
        self.show_location()
        self.connection_label = ConnectionLabel(*self.feed.connection)  # a team database's
        labels = (self.live.status_label, self.clock_label, self.mission_count)
        for label in (*labels, self.connection_label, self.database_label):
            self.statusBar().addPermanentWidget(label)

    def show_location(self) -> None:
        """Where the data is (a URL without its password): a file by its name, a server in
        the title too, since several windows may show several."""
        where = self.service.location
        self.database_label.setText(self.tr("Database: {0}").format(self.service.place))
        self.database_label.setToolTip(plain_tooltip(where))
        title = "Mission Tracker" if self.service.file_path else f"{where} \u2014 Mission Tracker"
        self.setWindowTitle(title)

    def _connect(self) -> None:
        self.feed.rows_changed.connect(self._rows_changed)
        self.feed.row_changed.connect(self._row_changed)
        self.feed.failed.connect(
            lambda m: self.say(self.tr("Could not read missions: {0}").format(m))
        )
        self.feed.connection_changed.connect(self.connection_label.show_state)
        self.service.database_changed.connect(self.show_location)
        self.feed.outside_change.connect(
            lambda: self.statusBar().showMessage(
                self.tr("Updated with changes made elsewhere"), 5000
            )
        )
        self.model.modelReset.connect(self._count_shown)
        self.model.person_dropped.connect(self.add_person_to_mission)
        self.list_panel.current_changed.connect(self._current_changed)
        self.service.people_changed.connect(self.reload_people)
        self.detail.message.connect(self.say)
        self.detail.new_person_requested.connect(self.new_person_for_roster)
        self.detail.follow_toggled.connect(self.reminders.set_followed)
        self.ticker.tick.connect(self.on_tick)
        self.prefs.zone_changed.connect(self._zone_changed)
        self.notifier.message.connect(self.show_notification)
        if isinstance(self.notifier, TrayNotifier):
            self.notifier.show_requested.connect(self._bring_to_front)

    # --- data -------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    def _reminder_candidates(self) -> list[MissionRow]:
        """The missions a reminder can be due for: NETs within the longest lead from now."""
        longest = max(self.reminders.leads, default=dt.timedelta(0))
        return self.feed.board.due_within(self.clock(), longest)

    def reload_people(self) -> None:
        try:
            self.people_model.set_people(self.service.people())
        except UserError as exc:  # the database went (a server down): said; a reload reads them
            self.say(str(exc))

    def reload_from_database(self) -> None:
        """Show the database as it is now in every view (after an unexpected error)."""
        self.service.reload()
        mission_id = self.list_panel.current_mission_id()
        self.detail.set_mission(
            self.service.mission(mission_id) if mission_id is not None else None
        )
        self.refresh_next(force=True)

    def _rows_changed(self) -> None:
        self.reminders.observe(self.model.followable_rows(self.reminders.followed))
        self.refresh_next(force=True)
        self._count_shown()

    def _row_changed(self, mission_id: int) -> None:
        self.reminders.observe([self.service.mission_row(mission_id)])
        if self.list_panel.current_mission_id() == mission_id:
            self.detail.set_mission(self.service.mission(mission_id))
        self.refresh_next(force=True)

    def _count_shown(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        number = QLocale().toString
        if self.feed.reading:
            text = self.tr("Reading %Ln missions\u2026 ({0} so far)", "", self.feed.reading)
        elif shown == total:
            text = self.tr("%Ln missions", "", total)
        else:
            text = self.tr("{0} of %Ln missions shown", "", total)
        self.mission_count.setText(text.format(number(total if self.feed.reading else shown)))

    def _current_changed(self, row: MissionRow | None) -> None:
        """Show the current mission; the one shown already is read again only when the feed
        was told of a change since (a search or filter resets the list: ~30 ms a keystroke
        at 100,000 missions); the next launch's, just read for the banner, is not (start)."""
        if row is None:
            self.detail.set_mission(None)
            return
        shown = self.detail.detail
        if shown is None or shown.id != row.id or self._detail_read_at != self.feed.version:
            nxt, self._detail_read_at = self.next_detail, self.feed.version
            fresh = nxt is not None and nxt.id == row.id and self._next_read_at == self.feed.version
            self.detail.set_mission(nxt if fresh else self.service.mission(row.id))
        self.detail.set_followed(self.reminders.is_followed(row))

    def select_mission(self, mission_id: int | None) -> None:
        self.list_panel.select_mission(mission_id)

    def add_person_to_mission(self, mission_id: int, person_id: int) -> None:
        """A person dropped on a mission's row: select it and add them to its roster."""
        self.select_mission(mission_id)
        if self.list_panel.current_mission_id() == mission_id:
            self.detail.roster_editor.add_person(person_id)

    def new_person_for_roster(self) -> None:
        self.records.new_person_for(self.detail.roster_editor)

    # --- time -------------------------------------------------------------------------------

    def refresh_next(self, *, force: bool = False) -> None:
        """Find the next launch for the clock's current time and show it everywhere."""
        outlook: Outlook[MissionRow] = self.feed.board.outlook(self.clock())
        next_id = outlook.next_id
        if force or next_id != (self.next_detail.id if self.next_detail else None):
            self.model.set_next(next_id)
            self.next_detail = self.service.mission(next_id) if next_id is not None else None
            self._next_read_at = self.feed.version
            self.banner.show_mission(self.next_detail, self.prefs.zone)
            if self.clock_mode is not None:
                self.clock_mode.show_mission(self.next_detail, self.prefs.zone)
        self.banner.show_notice(self.live.banner_notice(outlook))
        self.on_tick()

    def on_tick(self) -> None:
        now, zone = self.clock(), self.prefs.zone
        nxt = self.next_detail
        if self.feed.board.outlook(now).next_id != (nxt.id if nxt else None):
            self.refresh_next()  # the board moved on (a grace period ended): show the next
            return
        self.banner.tick(now)
        self.voice.follow(nxt, now, zone)
        note = simulated_note(self.clock, zone)
        self.clock_label.setText(note)
        self.clock_label.setVisible(bool(note))
        self.live.refresh()
        self.model.tick(now, self.list_panel.visible_rows())
        self.detail.tick(now)
        if self.clock_mode is not None and self.clock_mode.isVisible():
            self.clock_mode.tick(now, note)
        # Each second while a second-precise countdown can still run (or the simulated clock
        # shows its seconds); else once a minute.
        self.ticker.set_every_second(
            self.clock.simulated or self.feed.board.ticks_every_second(now)
        )

    def choose_clock(self) -> None:
        from tracker.ui.clock_dialog import ClockDialog  # the dialogs: when first opened

        dialog = ClockDialog(self.clock, self)
        dialog.accepted.connect(lambda: self.set_clock(dialog.chosen()))
        dialog.open()

    def set_clock(self, start: dt.datetime | None) -> None:
        """Live time (None) or a simulated clock starting at ``start``."""
        self.clock.set(start)
        self.live.clock_chosen(start)
        self.model.set_now(self.clock())
        self.refresh_next(force=True)
        self.select_mission(self.model.next_id)

    def _zone_changed(self, zone: schedule.Zone) -> None:
        self.model.set_zone(zone)
        self.detail.set_zone(zone)
        self.reminders.set_zone(zone)
        self.live.changes.set_zone(zone)
        self.refresh_next(force=True)

    def show_clock_mode(self) -> ClockModeWindow:
        if self.clock_mode is None:
            self.clock_mode = ClockModeWindow(self)
            self.clock_mode.setWindowIcon(icon("app"))
            self.clock_mode.resize(1000, 640)
        self.clock_mode.show_mission(self.next_detail, self.prefs.zone)
        self.clock_mode.show()
        self.ticker.start()  # it ticks with the main window hidden too (--clock-mode)
        self.clock_mode.raise_()
        self.clock_mode.activateWindow()
        self.on_tick()
        return self.clock_mode

    def show_clock_mode_full_screen(self) -> None:
        self.show_clock_mode().showFullScreen()

    # --- messages ---------------------------------------------------------------------------

    def show_notification(self, title: str, text: str) -> None:
        """A reminder, in the window (and in the tray's balloon where there is a tray)."""
        self.notification_bar.show_message(f"{title} \u2014 {text}")
        self.statusBar().showMessage(f"{title}: {text}", 15000)

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _ask(self, question: str) -> bool:
        return ask(self, question)

    def show_shortcuts(self) -> ShortcutsDialog:
        from tracker.ui.help_dialogs import ShortcutsDialog

        return self._open_once(ShortcutsDialog(self.menuBar(), self))

    def show_guide(self) -> GuideDialog:
        from tracker.ui.help_dialogs import GuideDialog

        return self._open_once(GuideDialog(self))

    def _open_once(self, dialog: D) -> D:
        """Open ``dialog`` without blocking; it goes when closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_about(self) -> QMessageBox:
        from tracker.ui.help_dialogs import about_box

        return about_box(self, self.service.location)

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
        if isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter):
            self.splitter.by_width = False
        header = self.settings.value(HEADER_KEY)
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        self.settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ticker.start()
        self.feed.watch(True)
        self.reminders.start()
        self.on_tick()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.clock_mode is None or not self.clock_mode.isVisible():
            self.ticker.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.live.close()
        self.feed.close()
        if self.people_job is not None:
            self.people_job.cancel()  # the window is closing: no people's read after it
        self.service.close()  # the database's connections (a server's are not left open)
        self.ticker.stop()
        self.reminders.stop()
        if isinstance(self.notifier, TrayNotifier):
            self.notifier.hide()
        if self.clock_mode is not None:
            self.clock_mode.close()
        super().closeEvent(event)
