"""View ▸ Reminders takes what it suggests and refuses anything else in place."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.ui.main_window import MainWindow
from tracker.ui.preferences import LeadTimesDialog

H, MIN = dt.timedelta(hours=1), dt.timedelta(minutes=1)


def open_dialog(qtbot, window: MainWindow) -> LeadTimesDialog:  # type: ignore[no-untyped-def]
    window.menus.reminders.trigger()
    dialog = window.findChild(LeadTimesDialog, "leadTimesDialog")
    assert isinstance(dialog, LeadTimesDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_what_the_dialog_suggests_is_taken(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(qtbot, window)
    dialog.edit.setText("24 h, 2 h, 10 min")
    dialog.accept()
    assert not dialog.isVisible()
    assert window.reminders.leads == (24 * H, 2 * H, 10 * MIN)


@pytest.mark.parametrize(
    ("text", "leads"),
    [("1 d", (24 * H,)), ("30 min", (30 * MIN,)), ("2 h 30 min", (2 * H + 30 * MIN,))],
)
def test_other_ways_of_saying_it(qtbot, window: MainWindow, text: str, leads: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    dialog = open_dialog(qtbot, window)
    dialog.edit.setText(text)
    dialog.accept()
    assert window.reminders.leads == leads


def test_anything_else_is_refused_in_place(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = window.reminders.leads
    dialog = open_dialog(qtbot, window)
    dialog.edit.setText("24 h, soon, 10 min")
    dialog.accept()
    assert dialog.isVisible(), "the dialog stays open with what was typed"
    assert dialog.edit.text() == "24 h, soon, 10 min"
    assert dialog.message.isVisible() and dialog.message.text()
    assert window.reminders.leads == before
    dialog.edit.setText("1 h")
    dialog.accept()
    assert not dialog.isVisible() and window.reminders.leads == (H,)
