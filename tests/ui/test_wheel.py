"""Combo boxes and spin boxes take the mouse wheel only when they have the focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers import repo_of
from tracker.ui.main_window import MainWindow


def turn_wheel(widget: QWidget, notches: int = -1) -> None:
    """One wheel step over the middle of ``widget`` (down for a negative ``notches``)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_a_wheel_over_an_unfocused_person_picker_leaves_it_alone(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.select_mission(repo_of(window).find_mission("Crew-5"))
    window.reload_people()
    picker = window.detail.roster_editor.person_picker
    picker.setCurrentIndex(0)
    window.table.setFocus()
    assert not picker.hasFocus()
    turn_wheel(picker)
    assert picker.currentIndex() == 0
    role = window.detail.roster_editor.role_picker
    before = role.currentText()
    turn_wheel(role)
    assert role.currentText() == before


def test_a_focused_picker_still_takes_the_wheel(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.reload_people()
    window.activateWindow()
    picker = window.detail.roster_editor.person_picker
    picker.setCurrentIndex(0)
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    turn_wheel(picker)
    assert picker.currentIndex() == 1


def test_the_wheel_gives_no_focus_to_pickers(window: MainWindow) -> None:
    for combo in (window.detail.roster_editor.person_picker, window.list_panel.scope):
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
