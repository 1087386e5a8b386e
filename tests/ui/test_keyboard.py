"""The keyboard alone: Tab goes through search, filters, list, detail and roster in that
order and comes back round (no trap, in the window or a dialog), the focus shows wherever it
is, and adding a crew member, rescheduling and undoing work with key events only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from tests.ui.test_accessibility import OPENERS, _private, show
from tracker.ui.help_dialogs import ShortcutsDialog, keys_of, plain
from tracker.ui.main_window import MainWindow
from tracker.ui.statistics_view import open_statistics

Key = Qt.Key
CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)
LAP = 120  # Tab presses at most before the focus must have come round


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the focus went nowhere"
    return widget


def press(key: Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is, as a user would."""
    QTest.keyClick(focused(), key, modifiers)
    QApplication.processEvents()


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)
    QApplication.processEvents()


def active(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """The window has the keyboard (a window manager's part: offscreen has none of its own)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def lap(backwards: bool = False) -> list[QWidget]:
    """The focus chain from the focused widget, by Tab (or Shift+Tab) until it comes back
    (a date field's Tab goes from its year to its month first: one stop in the chain)."""
    start = focused()
    seen = [start]
    for _ in range(LAP):
        press(Key.Key_Tab, SHIFT if backwards else Qt.KeyboardModifier.NoModifier)
        if focused() is start and len(seen) > 1:
            return seen
        if focused() is not seen[-1]:
            seen.append(focused())
    pytest.fail(f"Tab never came back: a trap at {[w.objectName() for w in seen[-3:]]}")


def names(widgets: list[QWidget]) -> list[str]:
    return [w.objectName() for w in widgets]


def in_order(seen: list[str], wanted: list[str]) -> bool:
    places = [seen.index(name) for name in wanted if name in seen]
    return len(places) == len(wanted) and places == sorted(places)


MAIN_ORDER = [
    "missionFilter",
    "scopeFilter",
    "viewsButton",
    "missionTable",
    "statusButton",
    "rescheduleButton",
    "personPicker",
    "newPersonButton",
    "rolePicker",
    "addCrewButton",
    "crewRoster",
    "slipTimeline",
]
FILTERS = [
    "agencyFilter",
    "vehicleFilter",
    "siteFilter",
    "destinationFilter",
    "crewedFilter",
    "statusFilter",
    "precisionFilter",
    "fromFilter",
    "toFilter",
]


def test_tab_goes_search_list_detail_roster_and_comes_back_round(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    active(qtbot, window)
    press(Key.Key_F, CTRL)
    assert focused() is window.search
    forward = lap()
    assert in_order(names(forward), MAIN_ORDER), names(forward)
    assert len(set(forward)) == len(forward)  # each control once a lap
    backward = lap(backwards=True)
    assert backward == [forward[0], *reversed(forward[1:])]


def test_with_the_filter_bar_open_tab_goes_through_each_filter_before_the_list(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    active(qtbot, window)
    press(Key.Key_F, CTRL | SHIFT)  # Filters: the bar opens on its first field
    assert focused().objectName() == "agencyFilter"
    press(Key.Key_F, CTRL)
    seen = names(lap())
    assert in_order(seen, ["viewsButton", *FILTERS, "missionTable"]), seen


@pytest.mark.parametrize(
    "opened",
    ["reschedule", "new mission", "person editor", "vehicle editor", "clock", "reminders"]
    + ["records manager", "team database", "statistics", "manage views", "person page"],
)
def test_tab_comes_back_round_in_each_dialog(qtbot, window: MainWindow, opened: str) -> None:  # type: ignore[no-untyped-def]
    dialog = show(qtbot, OPENERS[opened](qtbot, window)).window()
    active(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert focused().window() is dialog
    assert len(lap()) > 1


def item_views(qtbot, window: MainWindow) -> list[QAbstractItemView]:  # type: ignore[no-untyped-def]
    views = []
    for opened, open_it in OPENERS.items():
        if opened != "import summary":  # its table is checked by its own tests' window
            root = open_it(qtbot, window)
            views += [v for v in root.findChildren(QAbstractItemView) if not _private(v)]
    return views


def test_no_list_or_table_keeps_tab_to_itself(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    views = item_views(qtbot, window)
    assert any(v.objectName() == "missionTable" for v in views)
    trapping = [v.objectName() for v in views if v.tabKeyNavigation()]
    assert trapping == []


def differs(widget: QWidget, then: Callable[[], None]) -> bool:
    """Whether ``widget`` looks different after ``then`` (what the eye sees of it)."""
    before = widget.grab().toImage()
    then()
    return widget.grab().toImage() != before


def test_the_focus_shows_wherever_it_is(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    active(qtbot, window)
    press(Key.Key_F, CTRL)
    unseen = []
    for widget in lap():
        assert focused() is widget
        if not differs(widget, lambda: press(Key.Key_Tab)):
            unseen.append(widget.objectName() or widget.metaObject().className())
    assert unseen == []


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # pop-ups
def test_add_a_crew_member_reschedule_and_undo_with_keys_only(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Issue 19's Done-when, driven by key events only (state is only read)."""
    active(qtbot, window)
    press(Key.Key_F, CTRL)
    type_text("Crew-5")
    press(Key.Key_Return)  # the first match, the list focused
    assert focused() is window.table
    detail = window.detail
    assert detail.detail is not None and detail.detail.name == "Crew-5"
    crew = [c.name for c in detail.detail.crew]
    net = detail.detail.net

    while focused().objectName() != "personPicker":
        press(Key.Key_Tab)
    type_text("Koichi Wakata")
    press(Key.Key_Return)  # Add to crew
    qtbot.waitUntil(lambda: [c.name for c in detail.detail.crew] == [*crew, "Koichi Wakata"])
    press(Key.Key_Escape)  # the name's completions go

    while focused().objectName() != "rescheduleButton":
        press(Key.Key_Tab, SHIFT)
    press(Key.Key_Space)
    dialog = focused().window()
    assert dialog.objectName() == "rescheduleDialog" and focused().objectName() == "rescheduleNet"
    press(Key.Key_Up)  # the year, one on
    press(Key.Key_R, ALT)  # &Reason
    assert focused().objectName() == "rescheduleReason"
    type_text("vehicle processing")
    press(Key.Key_Return)  # Reschedule
    assert not dialog.isVisible()
    assert detail.detail.net == net.replace(year=net.year + 1)

    active(qtbot, window)
    assert focused() is detail.reschedule_button  # the focus is back where it was
    press(Key.Key_Z, CTRL)
    assert detail.detail.net == net
    assert [c.name for c in detail.detail.crew] == [*crew, "Koichi Wakata"]
    press(Key.Key_Z, CTRL)
    assert [c.name for c in detail.detail.crew] == crew
    press(Key.Key_Z, CTRL | SHIFT)  # and redo
    assert [c.name for c in detail.detail.crew] == [*crew, "Koichi Wakata"]


def test_keyboard_shortcuts_lists_every_action_with_keys(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Help ▸ Keyboard Shortcuts is read from the actions, those outside the menus too
    (the Pages and Statistics windows' keys, once they are made)."""
    window.pages.open("person", window.service.person_records()[0].id)
    open_statistics(window.service, window)
    active(qtbot, window)
    press(Key.Key_Slash, CTRL)
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    listed = {(action, keys) for _where, action, keys in dialog.rows()}
    actions = [a for a in window.findChildren(QAction) if a.shortcuts()]
    missing = [plain(a.text()) for a in actions if (plain(a.text()), keys_of(a)) not in listed]
    assert missing == []
    groups = {where for where, _action, _keys in dialog.rows()}
    assert {"Pages", "Statistics"} <= groups
    assert ("Open Person Page", "Return, Enter") in listed  # Enter on the roster, in Edit
