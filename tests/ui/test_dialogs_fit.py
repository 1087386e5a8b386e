"""Dialogs say what they mean: mnemonics are mnemonics, and placeholders show whole."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFormLayout, QLabel

from tests.helpers import repo_of
from tracker.ui.main_window import MainWindow
from tracker.ui.schedule_widgets import RescheduleDialog


def test_the_reschedule_dialog_shows_new_net_and_its_whole_placeholder(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    crew3 = window.service.mission(repo_of(window).find_mission("Crew-3"))
    dialog = RescheduleDialog(crew3, dt.UTC, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.findChild(QFormLayout)
    labels = [
        form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget() for row in range(form.rowCount())
    ]
    assert [label.text() for label in labels] == ["New &NET:", "&Precision:", "&Reason:"]
    for label in labels:  # with a buddy, "&" marks the shortcut key and is not shown
        assert isinstance(label, QLabel) and label.buddy() is not None
    assert labels[0].buddy() is dialog.net_edit
    reason = dialog.reason
    placeholder = reason.fontMetrics().horizontalAdvance(reason.placeholderText())
    assert reason.width() >= placeholder + 12
