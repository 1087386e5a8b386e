"""The reschedule dialog and the slip timeline, opened with show(), never exec()."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from tracker.store.repository import Repository
from tracker.ui.qtime import from_wall, to_wall
from tracker.ui.schedule_widgets import (
    RescheduleDialog,
    RescheduleRequest,
    SlipHistoryView,
)
from tracker.vocabulary import NetPrecision

NOV3 = dt.datetime(2021, 11, 3, 5, 10, tzinfo=dt.UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def test_wall_clock_round_trip_across_dst() -> None:
    for when in (NOV3, dt.datetime(2021, 7, 1, 12, 0, tzinfo=dt.UTC)):
        q = to_wall(when, BERLIN)
        assert from_wall(q, BERLIN) == when
    assert to_wall(NOV3, BERLIN).time().hour() == 6  # CET, UTC+1


def test_dialog_returns_the_values_in_utc(repo: Repository, qtbot) -> None:  # type: ignore[no-untyped-def]
    crew3 = repo.mission(repo.find_mission("Crew-3"))
    dialog = RescheduleDialog(crew3, BERLIN)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.net_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2021-10-31 07:21"
    assert dialog.zone_label.text() == "CET"
    assert not dialog.ok_button.isEnabled()  # nothing changed yet
    assert "current NET" in dialog.error.text()
    dialog.set_net(NOV3)
    qtbot.keyClicks(dialog.reason, "weather")
    assert dialog.ok_button.isEnabled() and dialog.error.text() == ""
    assert dialog.preview.text() == "New NET: 2021-11-03 06:10 CET (+2 days 22 h 49 min)"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == RescheduleRequest(NOV3, NetPrecision.MINUTE, "weather")
    # the dialog changed nothing by itself
    assert repo.mission(crew3.id).net == crew3.net


def test_precision_alone_is_a_change(repo: Repository, qtbot) -> None:  # type: ignore[no-untyped-def]
    crew3 = repo.mission(repo.find_mission("Crew-3"))
    dialog = RescheduleDialog(crew3, dt.UTC)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_precision(NetPrecision.DAY)
    assert dialog.ok_button.isEnabled()
    assert dialog.preview.text() == "New NET: 2021-10-31 (+0 min)"


def test_enter_with_nothing_changed_keeps_the_dialog_open(repo: Repository, qtbot) -> None:  # type: ignore[no-untyped-def]
    crew3 = repo.mission(repo.find_mission("Crew-3"))
    dialog = RescheduleDialog(crew3, dt.UTC)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted


def test_values_feed_the_repository(repo: Repository, qtbot) -> None:  # type: ignore[no-untyped-def]
    crew3 = repo.mission(repo.find_mission("Crew-3"))
    dialog = RescheduleDialog(crew3, dt.UTC)
    qtbot.addWidget(dialog)
    dialog.set_net(NOV3)
    dialog.reason.setText("  weather ")
    v = dialog.values()
    repo.reschedule(crew3.id, v.net, v.precision, v.reason, expected_version=crew3.version)
    assert repo.mission(crew3.id).history[-1].reason == "weather"


def test_history_view_shows_timeline_and_total(repo: Repository, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    mid = repo.find_mission("Crew-3")
    repo.reschedule(mid, NOV3, NetPrecision.MINUTE, "weather")
    view = SlipHistoryView()
    qtbot.addWidget(view)
    view.set_mission(repo.mission(mid), dt.UTC)
    view.show()
    qtmodeltester.check(view.model)
    assert view.summary.text() == (
        "Crew-3: 2 changes, slipped 3 days 22 h 27 min in all "
        "(first NET on record: 2021-10-30 06:43 UTC)"
    )
    model = view.model
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert rows == [
        [
            "2021-10-19 00:00 UTC",
            "2021-10-30 06:43 UTC",
            "2021-10-31 06:21 UTC",
            "+23 h 38 min",
            "Spacecraft processing",
        ],
        [
            "2021-10-27 12:00 UTC",
            "2021-10-31 06:21 UTC",
            "2021-11-03 05:10 UTC",
            "+2 days 22 h 49 min",
            "weather",
        ],
    ]
    assert view.timeline.isVisible()
    view.set_zone(BERLIN)
    assert model.index(1, 2).data() == "2021-11-03 06:10 CET"
    assert model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Changed 2021-10-27 14:00 CEST: NET 2021-10-31 07:21 CET to 2021-11-03 06:10 CET, "
        "+2 days 22 h 49 min, weather"
    )


def test_history_view_for_a_mission_never_moved(repo: Repository, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = SlipHistoryView()
    qtbot.addWidget(view)
    view.show()
    view.set_mission(repo.mission(repo.find_mission("Soyuz MS-20")))
    assert view.summary.text() == "Soyuz MS-20: no changes to its NET"
    assert view.model.rowCount() == 0 and not view.timeline.isVisible()
    view.set_mission(None)
    assert view.summary.text() == ""


def test_names_and_reasons_show_as_plain_text(repo: Repository, qtbot) -> None:  # type: ignore[no-untyped-def]
    name = "<b>bold</b><img src=x>"
    mid = repo.find_mission("Crew-3")
    repo.reschedule(mid, NOV3, NetPrecision.MINUTE, name)
    crew3 = dataclasses.replace(repo.mission(mid), name=name)
    dialog = RescheduleDialog(crew3, dt.UTC)
    view = SlipHistoryView()
    for widget in (dialog, view):
        qtbot.addWidget(widget)
    view.set_mission(crew3)
    shown = [
        label
        for widget in (dialog, view)
        for label in widget.findChildren(QLabel)
        if name in label.text()
    ]
    assert len(shown) == 2  # the dialog's question and the history's total
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
    tip = view.model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=x&gt;" in tip and "<img" not in tip
