"""Help: the keyboard shortcuts, read from the actions, and a short user guide."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from tracker.ui.help_dialogs import GuideDialog, ShortcutsDialog, plain
from tracker.ui.main_window import MainWindow


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        sub = action.menu()
        found.extend(menu_actions(sub) if isinstance(sub, QMenu) else [action])
    return found


def test_help_offers_the_guide_shortcuts_and_about(window: MainWindow) -> None:
    (help_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert texts == ["User &Guide", "&Keyboard Shortcuts", "&About Mission Tracker", "About &Qt"]
    assert window.menus.guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_keyboard_shortcuts_lists_every_action_with_its_keys(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.menus.shortcuts.trigger()
    dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    listed = {(action, keys) for _menu, action, keys in dialog.rows()}
    expected = {
        (
            plain(a.text()),
            ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in a.shortcuts()),
        )
        for top in window.menuBar().actions()
        for a in menu_actions(top.menu())
        if a.shortcuts()
    }
    assert expected and listed == expected
    for action, keys in [("Find", "Ctrl+F"), ("Undo", "Ctrl+Z"), ("Clock", "Ctrl+T")]:
        assert any(a == action and k.startswith(keys) for a, k in listed), action
    assert any(a == "Remove from crew" for a, _k in listed)  # the roster's keys too
    menus = {menu for menu, _a, _k in dialog.rows()}
    assert {"File", "Edit", "View", "Help"} <= menus


def test_the_user_guide_opens(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.menus.guide.trigger()
    dialog = window.findChild(GuideDialog, "guideDialog")
    assert isinstance(dialog, GuideDialog) and dialog.isVisible()
    text = dialog.text.toPlainText()
    for words in ("search box", "Reschedule", "Undo", "Update Now", "Keyboard Shortcuts"):
        assert words.casefold() in text.casefold(), words
