"""The window's menus and toolbar: each action once, with its shortcut and icon.

The actions call the window's parts (file actions, record actions, preferences, the
window's own clock and views); nothing here does the work.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar, QToolButton
from shiboken6 import isValid

from tracker.store.records import MissionRow
from tracker.ui.i18n import Context, LanguageMenu
from tracker.ui.icons import icon
from tracker.ui.labels import plain_tooltip
from tracker.ui.mission_model import ROW_ROLE
from tracker.ui.status_actions import StatusMenu

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None
# A mnemonic the way Japanese menus write it, '(&F)' after the text. A toolbar button has
# none; Qt drops only the '&' and would show '(F)'.
MNEMONIC_AFTER = re.compile(r"\s*\(&\w\)")


def unmarked(action: QAction) -> str:
    """The action's text without its mnemonic, '&Undo' or '元に戻す(&U)', for a button."""
    return MNEMONIC_AFTER.sub("", action.text()).replace("&", "")


def _step_tip(action: QAction) -> None:
    """Undo's or redo's tooltip: the step it would take. (The stack changes it as it goes,
    while the window is taken down too: by then the action may be gone.)"""
    if isValid(action):
        action.setToolTip(plain_tooltip(unmarked(action)))


# What an action opens is imported when it is first asked for, not while the window starts.


def _import(w: MainWindow) -> None:
    from tracker.ui.import_export import choose_import

    choose_import(w, w.service, w.undo_stack)


def _export(w: MainWindow) -> None:
    from tracker.ui.import_export import choose_export

    choose_export(w, w.service)


def _open_statistics(w: MainWindow) -> None:
    """View ▸ Statistics: its window, charts and figures."""
    from tracker.ui.statistics_view import open_statistics

    open_statistics(w.service, w)


def _action(
    parent: QObject,
    text: str,
    slot: Callable[[], object],
    shortcut: Shortcut = None,
    icon_name: str | None = None,
) -> QAction:
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(lambda _checked=False: slot())
    return action


class Menus(Context):
    """File, Edit, View and Help, and the main toolbar, for ``window`` (their texts in the
    context ``Menus``: not a QObject, so ``Context.tr``)."""

    def __init__(self, window: MainWindow) -> None:
        w = window
        files, records = w.files, w.records
        self.import_ = _action(
            w,
            self.tr("&Import\u2026"),
            lambda: _import(w),
            "Ctrl+I",
            "import",
        )
        self.export = _action(
            w,
            self.tr("&Export Archive\u2026"),
            lambda: _export(w),
            "Ctrl+Shift+E",
            "export",
        )
        self.export_ics = _action(
            w, self.tr("Export &Calendar\u2026"), files.export_calendar, "Ctrl+Shift+C", "calendar"
        )
        self.backup = _action(w, self.tr("&Back Up\u2026"), files.back_up, "Ctrl+Shift+B", "backup")
        self.restore = _action(
            w, self.tr("&Restore a Backup\u2026"), files.restore, None, "restore"
        )
        on_sqlite = w.service.file_path is not None  # a server database has no file to copy
        self.backup.setEnabled(on_sqlite)
        self.restore.setEnabled(on_sqlite)
        self.quit = _action(w, self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)
        live = w.live
        self.update = _action(w, self.tr("&Update Now"), live.update_now, "F5", "update")
        self.update.setToolTip(self.tr("Fetch the current launches from Launch Library 2 (F5)"))
        self.automatic = QAction(self.tr("Update &Automatically"), w, checkable=True)
        self.automatic.setChecked(live.sync.automatic)
        self.automatic.toggled.connect(live.sync.set_automatic)
        live.sync.changed.connect(lambda: self.automatic.setChecked(live.sync.automatic))

        self.new_mission = _action(
            w,
            self.tr("&New Mission\u2026"),
            records.new_mission,
            QKeySequence.StandardKey.New,
            "new",
        )
        self.edit_mission = _action(
            w, self.tr("&Edit Mission\u2026"), records.edit_mission, "Ctrl+E", "edit"
        )
        self.delete_mission = _action(
            w, self.tr("&Delete Mission\u2026"), records.delete_mission, "Ctrl+Shift+Del", "delete"
        )
        self.records = _action(
            w,
            self.tr("People, &Vehicles and Agencies\u2026"),
            records.show_records,
            "Ctrl+Shift+R",
            "people",
        )
        self.find = _action(
            w,
            self.tr("&Find\u2026"),
            w.list_panel.focus_search,
            QKeySequence.StandardKey.Find,
            "search",
        )

        self.countdown = _action(
            w, self.tr("&Countdown (clock mode)"), w.show_clock_mode, "Ctrl+K", "countdown"
        )
        self.fullscreen = _action(
            w,
            self.tr("Clock mode &full screen"),
            w.show_clock_mode_full_screen,
            "F11",
            "fullscreen",
        )
        self.clock = _action(w, self.tr("C&lock\u2026"), w.choose_clock, "Ctrl+T", "clock")
        self.reminders = _action(
            w, self.tr("&Reminders\u2026"), lambda: w.prefs.choose_leads(w.reminders), None, "bell"
        )
        self.people = w.people_dock.toggleViewAction()
        self.people.setText(self.tr("&People"))
        self.people.setShortcut("Ctrl+P")
        self.people.setIcon(icon("people"))
        self.history = w.undo_dock.toggleViewAction()
        self.history.setText(self.tr("Edit &history"))
        self.history.setShortcut("Ctrl+H")
        self.changes = w.live.changes.toggleViewAction()
        self.changes.setText(self.tr("&Changes"))
        self.changes.setShortcut("Ctrl+J")
        self.changes.setIcon(icon("changes"))

        self.guide = _action(
            w, self.tr("User &Guide"), w.show_guide, QKeySequence.StandardKey.HelpContents, "help"
        )
        self.shortcuts = _action(w, self.tr("&Keyboard Shortcuts"), w.show_shortcuts, "Ctrl+/")

        self.toolbar = self._toolbar(w)
        self._menus(w)
        w.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        w.table.customContextMenuRequested.connect(lambda pos: self._pop_up(w, pos))

    def _pop_up(self, w: MainWindow, pos: QPoint) -> None:
        menu = self.mission_menu(w, pos)
        if menu is not None:
            menu.popup(w.table.viewport().mapToGlobal(pos))

    def mission_menu(self, w: MainWindow, pos: QPoint) -> QMenu | None:
        """The list's context menu for the mission under ``pos`` (in the viewport): it
        becomes the current one (so the detail shows it, and any refusal there), then Mark
        as…, Reschedule, Edit and Delete act on it."""
        index = w.table.indexAt(pos)
        row = index.data(ROW_ROLE) if index.isValid() else None
        if not isinstance(row, MissionRow):
            return None
        w.select_mission(row.id)
        menu = QMenu(w.table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        status = StatusMenu(menu)
        status.set_mission(row.name, row.status)
        status.chosen.connect(w.detail.mark)
        menu.addMenu(status)
        reschedule = menu.addAction(
            icon("reschedule"), self.tr("Re&schedule\u2026"), w.detail.ask_reschedule
        )
        w.gate.add_actions(status.menuAction(), reschedule)  # off while read-only
        menu.addSeparator()
        menu.addAction(self.edit_mission)
        menu.addAction(self.delete_mission)
        return menu

    def _menus(self, w: MainWindow) -> None:
        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_file = _action(
            w, self.tr("&Open Database File\u2026"), w.files.open_file, "Ctrl+O"
        )
        self.open_team = _action(
            w, self.tr("Open &Team Database\u2026"), w.files.open_team, "Ctrl+Shift+O"
        )
        file_menu.addActions([self.open_file, self.open_team])
        file_menu.addSeparator()
        file_menu.addAction(self.update)
        file_menu.addAction(self.automatic)
        file_menu.addSeparator()
        for action in (self.import_, self.export, self.export_ics):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup)
        file_menu.addAction(self.restore)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(w.undo_action)
        edit.addAction(w.redo_action)
        edit.addSeparator()
        for action in (self.new_mission, self.edit_mission, self.delete_mission, self.records):
            edit.addAction(action)
        edit.addSeparator()
        edit.addAction(self.find)
        edit.addSeparator()
        roster = w.detail.roster_editor
        edit.addAction(roster.page_action)  # Enter on a crew member: their page
        for action in (roster.remove_action, roster.up_action, roster.down_action):
            edit.addAction(action)

        view = bar.addMenu(self.tr("&View"))
        for action in (self.countdown, self.fullscreen, self.clock, self.reminders):
            view.addAction(action)
        w.prefs.zone_menu(view.addMenu(self.tr("Time &zone")))
        w.prefs.scheme_menu(view.addMenu(self.tr("&Appearance")))
        view.addMenu(LanguageMenu(w.settings, w))  # View ▸ Language (tracker/ui/i18n.py)
        view.addSeparator()
        view.addAction(self.people)
        view.addAction(self.history)
        view.addAction(self.changes)
        self.statistics = _action(  # a window of its own (tracker/ui/statistics_view.py)
            w, self.tr("&Statistics\u2026"), lambda: _open_statistics(w), "Ctrl+Shift+S"
        )
        view.addAction(self.statistics)
        view.addMenu(w.list_panel.views_menu)  # filters and saved views (list_panel)
        view.addSeparator()
        toolbar_toggle = self.toolbar.toggleViewAction()
        toolbar_toggle.setText(self.tr("&Toolbar"))
        view.addAction(toolbar_toggle)

        help_menu = bar.addMenu(self.tr("&Help"))
        for action in (self.guide, self.shortcuts):
            help_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(_action(w, self.tr("&About Mission Tracker"), w.show_about))
        help_menu.addAction(_action(w, self.tr("About &Qt"), lambda: QMessageBox.aboutQt(w)))

    def _toolbar(self, w: MainWindow) -> QToolBar:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (w.undo_action, w.redo_action):
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):  # the step's name is in the tooltip
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            # ... as plain text (it names data) and without the menu's mnemonic
            action.changed.connect(lambda a=action: _step_tip(a))
            _step_tip(action)
        toolbar.addSeparator()
        toolbar.addAction(self.new_mission)
        toolbar.addAction(self.edit_mission)
        toolbar.addSeparator()
        toolbar.addAction(self.countdown)
        toolbar.addAction(self.clock)
        toolbar.addAction(self.people)
        toolbar.addAction(w.list_panel.filters_action)
        toolbar.addSeparator()
        toolbar.addAction(self.update)
        named = (self.new_mission, self.edit_mission, self.countdown, self.clock, self.people)
        for action in (*named, self.update):
            if MNEMONIC_AFTER.search(action.text()):
                action.setIconText(unmarked(action).removesuffix("\u2026"))
        for action in named:  # (Update Now has a tooltip of its own)
            if MNEMONIC_AFTER.search(action.text()):
                action.setToolTip(action.iconText())
        w.addToolBar(toolbar)
        return toolbar
