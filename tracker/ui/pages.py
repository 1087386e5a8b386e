"""The pages window: a page for each person, vehicle and agency, with Back and Forward as in
a browser.

``tracker.ui.page_links.PageBrowser`` makes it on first use (this module is imported then,
not at start). ``PagesWindow`` (``recordPage``) shows one page at a time
(``tracker.ui.pages_view``) read through the service, follows the links on it (another page,
or a mission, which is selected in the main window) and keeps the history. A page is read
again when the data changes, so it never shows what was deleted or edited away; a record
deleted meanwhile says so in place of its page.

The window is a top-level child of the main window (it closes with it) and not modal: it
stays usable beside the main window and the records dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QHideEvent,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from tracker import schedule
from tracker.errors import NotFound
from tracker.ui.labels import MessageLine
from tracker.ui.page_links import KINDS, PageKind, PageRef
from tracker.ui.pages_view import AgencyPage, ClickGuard, PersonPage, RecordPage, VehiclePage
from tracker.ui.service import DataService

TICK_MS = 60_000  # a time in space still counting is redrawn each minute


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
