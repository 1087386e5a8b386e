"""A page for each person, vehicle and agency, opened from wherever the window mentions one,
with Back and Forward as in a browser.

``PageBrowser`` is what the main window keeps: it wires the mentions (a roster row, the
detail's spacecraft, launcher and operator, the People panel) to ``open``, and makes the
pages window on first use. ``PagesWindow`` (``recordPage``) shows one page at a time
(``tracker.ui.pages_view``) read through the service, follows the links on it (another page,
or a mission, which is selected in the main window) and keeps the history. A page is read
again when the data changes, so it never shows what was deleted or edited away; a record
deleted meanwhile says so in place of its page.

The window is a top-level child of the main window (it closes with it) and not modal: it
stays usable beside the main window and the records dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from tracker import schedule
from tracker.errors import NotFound
from tracker.ui.images import ImageFeed
from tracker.ui.labels import MessageLine
from tracker.ui.pages_view import AgencyPage, ClickGuard, PersonPage, RecordPage, VehiclePage
from tracker.ui.service import DataService

if TYPE_CHECKING:
    from tracker.store.records import MissionDetail
    from tracker.ui.main_window import MainWindow

PageKind = Literal["person", "vehicle", "agency"]
KINDS: tuple[PageKind, ...] = ("person", "vehicle", "agency")
TICK_MS = 60_000  # a time in space still counting is redrawn each minute


@dataclass(frozen=True, slots=True)
class PageRef:
    kind: PageKind
    id: int


class History:
    """Pages visited, as a browser keeps them: a new page drops what lay ahead."""

    def __init__(self) -> None:
        self.current: PageRef | None = None
        self._back: list[PageRef] = []
        self._forward: list[PageRef] = []

    def visit(self, ref: PageRef) -> None:
        if ref == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
        self.current = ref
        self._forward.clear()

    def back(self) -> PageRef | None:
        if not self._back or self.current is None:
            return None
        self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> PageRef | None:
        if not self._forward or self.current is None:
            return None
        self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)


class PagesWindow(QMainWindow):
    """One page at a time with Back (Alt+Left) and Forward (Alt+Right).

    ``page_shown(page)`` says which ``RecordPage`` now shows (the images' hook: it has
    ``image_url`` and ``set_image``); ``mission_requested(id)`` asks the main window to
    show a mission.
    """

    page_shown = Signal(object)
    mission_requested = Signal(int)

    def __init__(
        self,
        service: DataService,
        zone: Callable[[], schedule.Zone],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("recordPage")
        self.setAccessibleName(self.tr("Pages"))
        self.service = service
        self._zone = zone
        self.history = History()
        guard = ClickGuard()  # a double-click on a link opens one page
        self.pages: dict[PageKind, RecordPage] = {
            "person": PersonPage(guard),
            "vehicle": VehiclePage(guard),
            "agency": AgencyPage(guard),
        }
        self.stack = QStackedWidget()
        for page in self.pages.values():
            page.open_target.connect(self._follow)
            self.stack.addWidget(page)
        self.gone = MessageLine("pageGone")
        self.stack.addWidget(self.gone)
        self.setCentralWidget(self.stack)
        self._build_toolbar()
        self.resize(760, 600)
        self.setMinimumSize(560, 440)
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self.refresh)
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self._tick)
        service.missions_changed.connect(self._data_changed)
        service.mission_changed.connect(self._data_changed)
        service.people_changed.connect(self._data_changed)
        self._update_actions()

    def _build_toolbar(self) -> None:
        style = self.style()
        self.back_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("Back"), self
        )
        self.back_action.setShortcut(QKeySequence("Alt+Left"))
        self.back_action.setToolTip(self.tr("Back to the page before (Alt+Left)"))
        self.back_action.triggered.connect(self.go_back)
        self.forward_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("Forward"), self
        )
        self.forward_action.setShortcut(QKeySequence("Alt+Right"))
        self.forward_action.setToolTip(self.tr("Forward to the next page (Alt+Right)"))
        self.forward_action.triggered.connect(self.go_forward)
        toolbar = QToolBar(self.tr("Navigation"))
        toolbar.setObjectName("pageToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, name in (
            (self.back_action, "pageBackButton"),
            (self.forward_action, "pageForwardButton"),
        ):
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setObjectName(name)
                button.setAccessibleName(action.text())
        self.addToolBar(toolbar)

    # --- navigation -------------------------------------------------------------------------

    def open(self, kind: PageKind, record_id: int) -> None:
        """Show the page of ``kind`` ``record_id`` (a new step in the history) and bring
        the window up."""
        self.history.visit(PageRef(kind, record_id))
        if self.isVisible():
            self.refresh()
        else:
            self.show()  # which reads it
        self.raise_()
        self.activateWindow()

    def go_back(self) -> None:
        if self.history.back() is not None:
            self.refresh()

    def go_forward(self) -> None:
        if self.history.forward() is not None:
            self.refresh()

    def _follow(self, kind: str, record_id: int) -> None:
        if kind == "mission":
            self.mission_requested.emit(record_id)
        elif kind in KINDS:
            self.open(kind, record_id)

    def current_page(self) -> RecordPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, RecordPage) else None

    # --- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the current page again and show it (a deleted record says so)."""
        ref = self.history.current
        self._update_actions()
        if ref is None:
            return
        zone = self._zone()
        page = self.pages[ref.kind]
        try:
            if ref.kind == "person":
                profile = self.service.person_profile(ref.id)
                assert isinstance(page, PersonPage)
                page.show_profile(profile, zone)
                title, counting = profile.name, profile.in_space_now
            elif ref.kind == "vehicle":
                vehicle = self.service.vehicle_profile(ref.id)
                assert isinstance(page, VehiclePage)
                page.show_profile(vehicle, zone)
                title, counting = vehicle.name, False
            else:
                agency = self.service.agency_profile(ref.id)
                assert isinstance(page, AgencyPage)
                page.show_profile(agency, zone)
                title, counting = agency.name, False
        except NotFound:
            self._show_gone(ref)
            return
        self.stack.setCurrentWidget(page)
        self.setWindowTitle(self.tr("{0} \u2014 Mission Tracker").format(title))
        if counting:
            self._ticker.start()
        else:
            self._ticker.stop()
        self.page_shown.emit(page)

    def _show_gone(self, ref: PageRef) -> None:
        self._ticker.stop()
        what = {
            "person": self.tr("This person is no longer in the database."),
            "vehicle": self.tr("This vehicle is no longer in the database."),
            "agency": self.tr("This agency is no longer in the database."),
        }[ref.kind]
        self.gone.show_text(what)
        self.stack.setCurrentWidget(self.gone)
        self.setWindowTitle(self.tr("Mission Tracker"))

    def _update_actions(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back)
        self.forward_action.setEnabled(self.history.can_go_forward)

    def _data_changed(self, *_: object) -> None:
        if self.isVisible():
            self._refresh_soon.start()  # many changes at once: one read

    def _tick(self) -> None:
        page = self.current_page()
        if isinstance(page, PersonPage) and self.isVisible():
            page.tick(self.service.now())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # also what changed while it was hidden

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._ticker.stop()


class MentionLink(QObject):
    """Makes a label of the detail lead to a page: double-click it, press Enter on it, or
    choose Open Page from its context menu. ``target()`` names the page (None: nothing)."""

    def __init__(
        self,
        label: QLabel,
        target: Callable[[], PageRef | None],
        open_page: Callable[[PageRef], None],
    ) -> None:
        super().__init__(label)
        self.label, self._target, self._open = label, target, open_page
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.setProperty("mention", True)  # its focus shows (resources/style/tracker.qss)
        label.style().polish(label)  # the sheet's rules for it, now that it is a mention
        label.setToolTip(self.tr("Double-click (or Enter) to open its page"))
        label.setAccessibleDescription(self.tr("Press Enter to open its page"))
        label.installEventFilter(self)

    def open(self) -> bool:
        ref = self._target()
        if ref is None:
            return False
        self._open(ref)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick:
            return self.open()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return self.open()
        if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            self.menu().popup(event.globalPos())
            return True
        return False

    def menu(self) -> QMenu:
        menu = QMenu(self.label)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        opening = menu.addAction(self.tr("Open &Page"), self.open)
        opening.setEnabled(self._target() is not None)
        clipboard = QGuiApplication.clipboard()
        menu.addAction(self.tr("&Copy"), lambda: clipboard.setText(self.label.text()))
        return menu


class PageBrowser(QObject):
    """The main window's pages: the mentions wired to them, the window made on first use."""

    def __init__(self, main: MainWindow) -> None:
        super().__init__(main)
        self.main = main
        self._window: PagesWindow | None = None
        main.detail.roster_editor.person_page_requested.connect(
            lambda person_id: self.open("person", person_id)
        )
        main.people_dock.person_activated.connect(lambda person_id: self.open("person", person_id))
        fields = main.detail.fields
        self.mentions = [
            MentionLink(
                fields["Spacecraft"],
                self._shown("vehicle", lambda m: m.spacecraft_id),
                self.open_ref,
            ),
            MentionLink(
                fields["Launcher"], self._shown("vehicle", lambda m: m.launcher_id), self.open_ref
            ),
            MentionLink(
                fields["Operator"], self._shown("agency", lambda m: m.operator_id), self.open_ref
            ),
        ]
        main.prefs.zone_changed.connect(lambda _zone: self.refresh())

    def _shown(
        self, kind: PageKind, pick: Callable[[MissionDetail], int | None]
    ) -> Callable[[], PageRef | None]:
        """The page a reference of the mission the detail shows leads to, when it has one."""

        def target() -> PageRef | None:
            shown = self.main.detail.detail
            record_id = pick(shown) if shown is not None else None
            return None if record_id is None else PageRef(kind, record_id)

        return target

    @property
    def window(self) -> PagesWindow:
        if self._window is None:
            self._window = PagesWindow(self.main.service, lambda: self.main.prefs.zone, self.main)
            self._window.mission_requested.connect(self.show_mission)
            pictures = ImageFeed(self.main.service.images, self._window)  # portraits, pictures
            self._window.page_shown.connect(pictures.show)
        return self._window

    def open(self, kind: str, record_id: int) -> PagesWindow:
        """The page of a ``person``, ``vehicle`` or ``agency`` (the records dialog's
        ``page_requested`` names it so)."""
        window = self.window
        if kind in KINDS:
            window.open(kind, record_id)
        return window

    def open_ref(self, ref: PageRef) -> None:
        self.open(ref.kind, ref.id)

    def refresh(self) -> None:
        if self._window is not None and self._window.isVisible():
            self._window.refresh()

    def show_mission(self, mission_id: int) -> None:
        """A mission on a page: select it in the main window and bring that up."""
        self.main.select_mission(mission_id)
        self.main.raise_()
        self.main.activateWindow()
