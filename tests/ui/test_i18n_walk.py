"""Nothing in the window or its dialogs is left in English once it speaks German, Russian
or Japanese: each is built in English and in the language, and every word of its own (menus,
actions, buttons, tabs, docks, form labels, placeholders, column headers) must differ from
the English it came from, unless it is the same word in both (a short list).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

from tests.ui.test_i18n import UseLanguage, open_window
from tests.ui.test_i18n import language as language  # noqa: F401  (the fixture)
from tracker.ui.clock_dialog import ClockDialog
from tracker.ui.editors import AgencyDialog, PersonDialog, VehicleDialog
from tracker.ui.error_hook import ErrorDialog
from tracker.ui.file_actions import RecoveryDialog
from tracker.ui.main_window import MainWindow
from tracker.ui.schedule_widgets import RescheduleDialog
from tracker.ui.statistics_view import open_statistics
from tracker.vocabulary import LaunchStatus

# Words that are the same in English and in the language (abbreviations, Qt's "OK", names
# of languages, examples of what to type, German words that are English ones too). Any
# other word the window or a dialog says that equals its English, was not translated.
SAME_IN_BOTH = {
    "*": {"NET", "NET:", "UTC", "OK", "Mission Tracker", "24 h, 1 h, 10 min", "localhost"}
    | {"missions", "English", "Deutsch", "Русский", "日本語"},
    "de": {"Status", "Status:", "Mission", "Countdown", "Name", "Name:", "Go", "System"}
    | {"Filter", "Host", "Host:", "Port", "Port:", "Minute", "Detail", "Navigation"}
    | {"Q1", "Q2", "Q3", "Q4", "PNG", "SVG", "Person", "Pilot", "Tourist"},
    "ru": set(),
    "ja": set(),
}


def _menu_texts(actions: list[QAction], seen: set[int]) -> Iterator[str]:
    for action in actions:
        if id(action) in seen or action.isSeparator():
            continue
        seen.add(id(action))
        yield action.text()
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _menu_texts(menu.actions(), seen)


def _own(widget: QWidget) -> bool:
    """Not inside one of Qt's composite widgets (a date field's calendar: Qt's words)."""
    w: QWidget | None = widget
    while w is not None:
        if isinstance(w, QCalendarWidget):
            return False
        w = w.parentWidget()
    return True


def said(root: QWidget) -> list[str]:
    """The words ``root`` says of its own: its title, its menus' and toolbars' actions (and
    their menus'), buttons (and their menus), tabs, docks, group boxes, form labels,
    placeholders and the column headers of its tables."""
    texts = [root.windowTitle()]
    seen: set[int] = set()
    if isinstance(root, QMainWindow):
        texts += _menu_texts(root.menuBar().actions(), seen)
        for bar in root.findChildren(QToolBar):
            texts += [bar.windowTitle(), *_menu_texts(bar.actions(), seen)]
    for w in filter(_own, root.findChildren(QWidget)):
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
            menu = w.menu() if isinstance(w, QToolButton | QPushButton) else None
            texts += _menu_texts(menu.actions(), seen) if menu is not None else []
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QDockWidget):
            texts.append(w.windowTitle())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model, across = w.model(), Qt.Orientation.Horizontal
            texts += [str(model.headerData(c, across) or "") for c in range(model.columnCount())]
    return [t.replace("&", "").strip() for t in texts if any(c.isalpha() for c in t)]


def _person_page(w: MainWindow) -> QWidget:
    return w.pages.open("person", w.service.person_records()[0].id)


def _reason(w: MainWindow) -> QWidget:
    dialog = w.detail.status_menu.pick(LaunchStatus.HOLD)
    assert dialog is not None
    return dialog


def _reschedule(w: MainWindow) -> QWidget:
    assert w.detail.detail is not None
    return RescheduleDialog(w.detail.detail, dt.UTC, w)


def _record_dialog(kind: type[QDialog]) -> Callable[[MainWindow], QWidget]:
    return lambda w: kind(w.service, w.undo_stack, lambda _q: True, None, w)


OPENERS: dict[str, Callable[[MainWindow], QWidget]] = {
    "main window": lambda w: w,
    "clock": lambda w: ClockDialog(w.clock, w),
    "reminders": lambda w: w.prefs.choose_leads(w.reminders),
    "records": lambda w: w.records.show_records(),
    "new mission": lambda w: w.records.new_mission(),
    "edit mission": lambda w: w.records.edit_mission() or w,
    "person editor": _record_dialog(PersonDialog),
    "vehicle editor": _record_dialog(VehicleDialog),
    "agency editor": _record_dialog(AgencyDialog),
    "reschedule": _reschedule,
    "team database": lambda w: w.files.open_team(),
    "statistics": lambda w: open_statistics(w.service, w),
    "pages": _person_page,
    "manage views": lambda w: w.list_panel.manage_views(),
    "save view": lambda w: w.list_panel.ask_view_name(),
    "mark as": _reason,
    "shortcuts": lambda w: w.show_shortcuts(),
    "recovery": lambda w: RecoveryDialog("disk I/O error", None, w),
    "error": lambda w: ErrorDialog("ValueError: x", "Traceback", w),
    "about": lambda w: w.show_about(),
}
ENGLISH: dict[str, set[str]] = {}  # what each says in English (read once)


def everything_said(qtbot, folder: Path) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """What the window and each dialog it opens say, by opener; the data's names left out
    (a page's title, a link to an agency)."""
    folder.mkdir()
    QSettings().remove("filters")  # the saved views of another language's run are data
    w = open_window(qtbot, folder)
    w.select_mission(w.model.next_id)  # Crew-3: the detail, the roster, Reschedule
    s = w.service
    records = (*s.person_records(), *s.vehicles(), *s.agencies(), *w.model.rows())
    names = [r.name for r in records]
    found = {}
    for opened, opener in OPENERS.items():
        widget = opener(w)
        widget.show()
        found[opened] = [t for t in said(widget) if not any(n in t for n in names)]
        if widget is not w:
            widget.close()
    w.close()
    return found


@pytest.mark.parametrize("code", ["de", "ru", "ja"])
def test_no_menu_button_tab_dock_or_header_is_left_in_english(
    qtbot, tmp_path: Path, language: UseLanguage, code: str
) -> None:  # type: ignore[no-untyped-def]
    """The window and every dialog it opens, built in the language: none of their words
    is the English it was translated from (read from the same window built in English)."""
    if not ENGLISH:
        language("en")
        for opened, texts in everything_said(qtbot, tmp_path / "en").items():
            ENGLISH[opened] = set(texts)
    language(code)
    same = SAME_IN_BOTH["*"] | SAME_IN_BOTH[code]
    found = everything_said(qtbot, tmp_path / code)
    assert len(found["main window"]) > 150  # the walk reaches the menus, the list, the detail
    left = {o: sorted(set(t) & ENGLISH[o] - same) for o, t in found.items()}
    untranslated = {o: texts for o, texts in left.items() if texts}
    assert not untranslated, "\n".join(f"{o}: {t}" for o, t in untranslated.items())
