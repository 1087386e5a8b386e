"""Help ▸ Keyboard Shortcuts, Help ▸ User Guide and Help ▸ About.

The shortcuts are read from the menus' own actions, so the list can never drift from what
the keys do; the guide is a page of our own (no data from the database in it).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QMessageBox,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker import __version__
from tracker.ui.i18n import Context
from tracker.ui.icons import icon


@dataclass(frozen=True, slots=True)
class Shortcut:
    menu: str  # e.g. "View ▸ Time zone"
    action: str  # the action's text without its mnemonic
    keys: str  # every key sequence, in the platform's spelling


def plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("\u2026.")


def keys_of(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


def shortcuts(bar: QMenuBar) -> list[Shortcut]:
    """Every action with a shortcut, menu by menu, in menu order; then the rest of the
    window's: by the control they act in, or by their own window (Pages, Statistics, once
    made)."""
    found: list[Shortcut] = []
    in_menus: set[QAction] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} \u25b8 {plain(sub.title())}")
            elif not action.isSeparator() and action.shortcuts():
                found.append(Shortcut(path, plain(action.text()), keys_of(action)))
                in_menus.add(action)

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain(menu.title()))
    window = bar.window()
    for action in window.findChildren(QAction):
        owner = next((o for o in action.associatedObjects() if isinstance(o, QWidget)), None)
        if action in in_menus or not action.shortcuts() or owner is None:
            continue
        where = owner.window()
        name = owner.accessibleName() if where is window else where.accessibleName()
        found.append(Shortcut(plain(name), plain(action.text()), keys_of(action)))
    return found


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard Shortcuts: each menu's actions and their keys."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        groups: dict[str, QTreeWidgetItem] = {}
        for s in shortcuts(bar):
            group = groups.get(s.menu)
            if group is None:
                group = groups[s.menu] = QTreeWidgetItem(self.tree, [s.menu])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
            QTreeWidgetItem(group, [s.action, s.keys])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(480, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """(menu, action, keys) as listed."""
        out: list[tuple[str, str, str]] = []
        groups = (self.tree.topLevelItem(g) for g in range(self.tree.topLevelItemCount()))
        for group in groups:
            assert group is not None
            children = (group.child(c) for c in range(group.childCount()))
            out.extend((group.text(0), i.text(0), i.text(1)) for i in children if i is not None)
        return out


class Guide(Context):
    pass


def guide_html() -> str:
    """The guide's page, a paragraph per message so that each translates on its own."""
    parts = (
        Guide.tr("<h2>Mission Tracker</h2>"),
        Guide.tr(
            "<p>Crewed spaceflight missions, their crews and vehicles, and a countdown to the "
            "next launch. Everything is kept in a database on this computer; the app works "
            "offline.</p>"
        ),
        Guide.tr("<h3>The list and the detail</h3>"),
        Guide.tr(
            "<p>The list shows every mission; the next launch is in bold and marked "
            "<b>&#9664; Next</b>. Click a column title to sort. Type in the search box "
            "(<b>Ctrl+F</b>) to find missions by name, vehicle, agency, destination or crew; "
            "press <b>Down</b> to move into the results or <b>Return</b> to take the first "
            "match. The scope box beside it and the filter bar (<b>Ctrl+Shift+F</b>) narrow the "
            "list further; <b>Ctrl+Shift+L</b> clears them.</p>"
        ),
        Guide.tr(
            "<p>The detail on the right shows the selected mission: its vehicles, schedule, "
            "launch window, landing, description and source, its crew and its schedule "
            "history. <b>Reschedule&hellip;</b> moves its NET; the change joins the "
            "history.</p>"
        ),
        Guide.tr("<h3>Crews</h3>"),
        Guide.tr(
            "<p>Pick a person and a role under <i>Crew</i> and choose <b>Add to crew</b>, or "
            "drag a person from the People panel (<b>View &#9656; People</b>) onto the roster "
            "or onto a mission in the list. Drag rows (or <b>Alt+Up</b>/<b>Alt+Down</b>) to "
            "reorder, double-click a role to change it, <b>Delete</b> to remove. A roster over "
            "its spacecraft's capacity, the same person twice, or a person on two overlapping "
            "flights is refused, and nothing is half-saved. Every change can be undone "
            "(<b>Ctrl+Z</b>) and redone.</p>"
        ),
        Guide.tr("<h3>The clock and the data's age</h3>"),
        Guide.tr(
            "<p>The countdown above the list follows the next launch. <b>View &#9656; "
            "Clock</b> sets the clock to live time or runs a simulated clock from a moment "
            "you choose. The default data describes the world as of 27 October 2021, so the "
            "window starts on that moment, with Crew-3 counting down, until you choose live "
            "time or update the data.</p>"
        ),
        Guide.tr("<h3>Staying current</h3>"),
        Guide.tr(
            "<p><b>File &#9656; Update Now</b> (<b>F5</b>) fetches the upcoming launches from "
            "Launch Library 2, within its free budget of requests; once you have updated, the "
            "app keeps the data current in the background. The status bar says when it last "
            "updated and when it will next; offline is normal and changes nothing. <b>View "
            "&#9656; Changes</b> lists what the updates changed, newest first.</p>"
        ),
        Guide.tr("<h3>Files</h3>"),
        Guide.tr(
            "<p><b>File &#9656; Import</b> reads Launch Library 2 JSON or an archive; the "
            "summary can undo the import while nothing else has changed. <b>Export "
            "Archive</b> writes everything to one JSON file, <b>Export Calendar</b> the "
            "upcoming launches as an iCalendar file. <b>Back Up</b> and <b>Restore a "
            "Backup</b> work on the whole database; a copy of what a restore replaces is kept "
            "beside it.</p>"
        ),
        Guide.tr("<h3>Reminders</h3>"),
        Guide.tr(
            "<p>Crewed missions are followed: a reminder comes at the lead times set in "
            "<b>View &#9656; Reminders</b> (for example <i>24 h, 1 h, 10 min</i>). Untick "
            "<i>Remind me before launch</i> in the detail to stop following one.</p>"
        ),
        Guide.tr("<h3>Language</h3>"),
        Guide.tr(
            "<p>The window speaks the system's language when it knows it (English, German, "
            "Russian or Japanese); <b>View &#9656; Language</b> chooses another, from the next "
            "start. The command line and its JSON stay in English, for scripts.</p>"
        ),
        Guide.tr("<p>Every shortcut is listed under <b>Help &#9656; Keyboard Shortcuts</b>.</p>"),
    )
    return "\n".join(parts)


class GuideDialog(QDialog):
    """Help ▸ User Guide: a short page on using the app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Mission Tracker User Guide"))
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setAccessibleName(self.tr("User guide"))
        self.text.setOpenLinks(False)
        self.text.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(620, 640)


def about_box(parent: QWidget, location: str) -> QMessageBox:
    """Help ▸ About: the version and where the data lives (escaped: a path is data). Its
    words keep the window's translation context."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About Mission Tracker"))
    box.setIconPixmap(icon("app").pixmap(64, 64))
    box.setText(
        f"<h3>Mission Tracker {__version__}</h3>"
        + QCoreApplication.translate(
            "MainWindow",
            "<p>Crewed spaceflight missions, crews, vehicles and launch countdowns. "
            "Works offline; your data stays yours.</p>",
        )
        + "<p>"
        + QCoreApplication.translate("MainWindow", "Database: {0}").format(
            f"<code>{escape(location)}</code>"
        )
        + "</p>"
    )
    box.open()
    return box
