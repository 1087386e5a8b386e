"""Where the window mentions a person, vehicle or agency, a way to its page.

``PageBrowser`` is what the main window keeps: it wires the mentions (a roster row, the
detail's spacecraft, launcher and operator, the People panel) to ``open``, and makes the
pages window (``tracker.ui.pages``) on first use: that module and the pages' views are
imported then, not when the window starts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLabel, QMenu

if TYPE_CHECKING:
    from tracker.store.records import MissionDetail
    from tracker.ui.main_window import MainWindow
    from tracker.ui.pages import PagesWindow

PageKind = Literal["person", "vehicle", "agency"]
KINDS: tuple[PageKind, ...] = ("person", "vehicle", "agency")


@dataclass(frozen=True, slots=True)
class PageRef:
    kind: PageKind
    id: int


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
            from tracker.ui.images import ImageFeed
            from tracker.ui.pages import PagesWindow

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
