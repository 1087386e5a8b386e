"""The main window, driven as a user would, with a simulated clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from tests.conftest import REPORT_DAY
from tests.helpers import repo_of
from tests.ui.conftest import ManualTime
from tracker.app import build_main_window
from tracker.clock import Clock
from tracker.ui.countdown import MARGIN_MS, Ticker
from tracker.ui.main_window import MainWindow
from tracker.ui.mission_model import NEXT_DESCRIPTION, Column


def visible_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]


def next_rows(window: MainWindow) -> list[str]:
    table = window.findChild(QTableView, "missionTable")
    model = table.model()
    return [
        model.index(r, 0).data().split()[0]
        for r in range(model.rowCount())
        if model.index(r, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole) == NEXT_DESCRIPTION
    ]


def test_crew3_is_marked_next_selected_and_counting_down(window: MainWindow) -> None:
    assert next_rows(window) == ["Crew-3"]
    assert window.table.currentIndex().data().startswith("Crew-3")
    label = window.findChild(QLabel, "countdownLabel")
    assert label.text() in ("T\u2212 3d 18:21:00", "T\u2212 3d 18:20:59")
    assert window.banner.title.text() == "Crew-3"
    assert "Simulated clock: 2021-10-27 12:00" in window.clock_label.text()


def test_countdown_ticks_each_second_of_the_clock(
    still_window: MainWindow, manual_time: ManualTime
) -> None:
    label = still_window.findChild(QLabel, "countdownLabel")
    assert label.text() == "T\u2212 3d 18:21:00"  # the clock stands still until moved
    seen = []
    for _ in range(3):
        manual_time.advance(1.0)
        still_window.ticker.fire()  # what the timer does at each second boundary
        seen.append(label.text())
    assert seen == ["T\u2212 3d 18:20:59", "T\u2212 3d 18:20:58", "T\u2212 3d 18:20:57"]
    assert still_window.ticker.active and still_window.ticker.every_second


def test_ticker_arms_for_the_next_second_boundary(qapp) -> None:  # type: ignore[no-untyped-def]
    clock = Clock(dt.datetime(2021, 10, 27, 12, 0, 0, 250_000, tzinfo=dt.UTC), monotonic=lambda: 0)
    ticker = Ticker(clock)
    assert ticker.next_delay_ms() == 750 + MARGIN_MS
    ticker.set_every_second(False)
    assert ticker.next_delay_ms() == 59_750 + MARGIN_MS


def test_ticker_fires_at_the_boundary(qtbot) -> None:  # type: ignore[no-untyped-def]
    time = ManualTime()
    clock = Clock(dt.datetime(2021, 10, 27, 12, 0, 0, 995_000, tzinfo=dt.UTC), monotonic=time)
    ticker = Ticker(clock)
    assert ticker.next_delay_ms() == 5 + MARGIN_MS  # a few milliseconds of real waiting
    with qtbot.waitSignal(ticker.tick, timeout=5000):
        ticker.start()
    ticker.stop()
    assert not ticker.active


def test_tracker_now_opens_on_the_simulated_clock(
    qtbot, tmp_path: Path, fresh_settings: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """``TRACKER_NOW=2021-10-27T12:00:00Z tracker``: Crew-3 near T− 3d 18:21:00."""
    monkeypatch.setenv("TRACKER_NOW", "2021-10-27T12:00:00Z")
    monkeypatch.setenv("TRACKER_DATABASE_URL", str(tmp_path / "env.db"))
    w = build_main_window()
    qtbot.addWidget(w)
    assert w.service.file_path == tmp_path / "env.db"
    assert w.clock.simulated
    assert w.banner.title.text() == "Crew-3"
    label = w.findChild(QLabel, "countdownLabel")
    assert label.text() in ("T\u2212 3d 18:21:00", "T\u2212 3d 18:20:59")
    assert "Simulated clock: 2021-10-27 12:00" in w.clock_label.text()


def test_the_tracker_command_shows_the_window_on_tracker_now(
    qtbot, tmp_path: Path, fresh_settings: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """What ``run(settings)`` does before its event loop, as ``tracker`` calls it with what
    config resolved from the environment: the shown window counts down to Crew-3 on the
    simulated clock, the daily backup is made once it is painted and the exception hook is in
    place."""
    import sys

    from tracker import config
    from tracker.app import launch
    from tracker.store import safety

    monkeypatch.setenv("TRACKER_NOW", "2021-10-27T12:00:00Z")
    settings = config.resolve(database=str(tmp_path / "cmd.db"))
    window, hook = launch(settings)
    qtbot.addWidget(window)
    try:
        assert window.isVisible() and window.clock.simulated
        assert window.banner.title.text() == "Crew-3"
        label = window.findChild(QLabel, "countdownLabel")
        assert label.text() in ("T\u2212 3d 18:21:00", "T\u2212 3d 18:20:59")
        # made once the list is painted, not before (it would hold up the first frame)
        qtbot.waitUntil(lambda: bool(safety.backups(tmp_path / "cmd.db")), timeout=10_000)
        assert sys.excepthook == hook.handle
    finally:
        hook.uninstall()


def test_highlight_moves_when_the_clock_passes_a_launch(window: MainWindow) -> None:
    window.set_clock(dt.datetime(2021, 11, 20, tzinfo=dt.UTC))
    assert next_rows(window) == ["Soyuz"]  # Soyuz MS-20
    assert window.banner.title.text() == "Soyuz MS-20"
    assert "Crew-3: NET passed \u2014 awaiting update" in window.banner.notice.text()
    crew3 = window.model.row_for(repo_of(window).find_mission("Crew-3"))
    assert window.model.index(crew3, Column.COUNTDOWN).data() == "NET passed \u2014 awaiting update"


def test_typing_soyuz_leaves_only_the_soyuz_flights(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    search = window.findChild(QLineEdit, "missionFilter")
    qtbot.keyClicks(search, "Soyuz")
    assert visible_names(window) == ["Soyuz 1", "Soyuz MS-18", "Soyuz MS-19", "Soyuz MS-20"]
    assert window.mission_count.text() == "4 of 10 missions shown"
    search.clear()
    assert len(visible_names(window)) == 10


def test_ctrl_f_focuses_the_search(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.table.setFocus()
    window.menus.find.trigger()
    assert window.search.hasFocus() or window.focusWidget() is window.search
    assert window.menus.find.shortcut().toString() == "Ctrl+F"


def test_sorting_by_net_and_by_name(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.table.sortByColumn(Column.NET, Qt.SortOrder.DescendingOrder)
    assert visible_names(window)[0] == "Crew-5"
    window.table.sortByColumn(Column.MISSION, Qt.SortOrder.AscendingOrder)
    names = [n.split("  ")[0] for n in visible_names(window)]
    assert names == sorted(names, key=str.casefold)
    window.table.sortByColumn(Column.CREW, Qt.SortOrder.AscendingOrder)
    assert visible_names(window)[0] == "Soyuz 1"


def test_selecting_a_mission_shows_its_detail_and_roster(window: MainWindow) -> None:
    window.select_mission(repo_of(window).find_mission("Crew-1"))
    assert window.detail.title.text() == "Crew-1"
    roster = window.findChild(QTableView, "crewRoster")
    names = [roster.model().index(r, 1).data() for r in range(roster.model().rowCount())]
    assert names == ["Michael Hopkins", "Victor Glover", "Shannon Walker", "Soichi Noguchi"]
    assert "Resilience" in window.detail.fields["Spacecraft"].text()


def test_crew3_roster_has_four(window: MainWindow) -> None:
    roster = window.findChild(QTableView, "crewRoster")
    assert roster.model().rowCount() == 4


def test_settings_are_restored(qtbot, tmp_path: Path, fresh_settings: None) -> None:  # type: ignore[no-untyped-def]
    first = build_main_window(str(tmp_path / "s.db"), REPORT_DAY)
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 700)  # offscreen's screen is small: stay within it
    first.splitter.setSizes([470, 418])
    first.prefs.set_zone("Europe/Berlin")
    sizes = first.splitter.sizes()
    first.close()
    assert QSettings().value("view/zone") == "Europe/Berlin"
    second = build_main_window(str(tmp_path / "s.db"), REPORT_DAY)
    qtbot.addWidget(second)
    second.show()
    assert (second.size().width(), second.size().height()) == (900, 700)
    assert second.splitter.sizes() == sizes
    assert second.prefs.zone_name == "Europe/Berlin"
    assert "CET" in second.banner.net.text()


def test_clock_mode_shows_the_countdown_large(window: MainWindow) -> None:
    mode = window.show_clock_mode()
    assert mode.isVisible()
    assert mode.title.text() == "Crew-3"
    assert mode.countdown.text().startswith("T\u2212 3d 18:2")
    assert "Raja Chari" in mode.crew.text()
    mode.close()


def test_utc_and_local_time_are_labelled(window: MainWindow) -> None:
    assert window.banner.net.text().startswith("NET 2021-10-31 06:21 UTC")
    window.prefs.set_zone("America/New_York")
    assert "02:21 EDT" in window.banner.net.text()
    window.prefs.set_zone("UTC")
    assert "06:21 UTC" in window.banner.net.text()


def test_dark_and_light_appearance_can_be_chosen(window: MainWindow, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    try:
        window.prefs.set_scheme("dark")
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#1e2329"
        assert QSettings().value("view/colorScheme") == "dark"
        window.prefs.set_scheme("light")
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 128
    finally:
        window.prefs.set_scheme("system")


def test_switching_the_appearance_restyles_the_banner_and_the_rest(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Each part follows View ▸ Appearance at once, the countdown banner included (it kept
    its old colours when it had a style sheet of its own)."""

    def colours() -> dict[str, str]:
        banner = window.banner.grab().toImage()
        caption = window.banner.caption.palette().color(window.banner.caption.foregroundRole())
        mode = window.show_clock_mode()
        night = mode.grab().toImage().pixelColor(5, 5).name()
        mode.close()
        return {
            "banner background": banner.pixelColor(banner.width() // 2, 4).name(),
            "banner accent": banner.pixelColor(2, banner.height() // 2).name(),
            "caption": caption.name(),
            "table base": window.table.palette().color(window.table.backgroundRole()).name(),
            "clock mode": night,
        }

    try:
        window.prefs.set_scheme("light")
        light = colours()
        window.prefs.set_scheme("dark")
        dark = colours()
    finally:
        window.prefs.set_scheme("system")
    for part in ("banner background", "banner accent", "caption", "table base"):
        assert light[part] != dark[part], part
    assert (
        QColor(dark["banner background"]).lightness()
        < 80
        < QColor(light["banner background"]).lightness()
    )
    assert light["clock mode"] == dark["clock mode"] == "#0b1320"  # its own night look


def test_sorting_keeps_the_selected_mission_without_a_reset(window: MainWindow) -> None:
    resets: list[bool] = []
    window.model.modelReset.connect(lambda: resets.append(True))
    crew3 = repo_of(window).find_mission("Crew-3")
    window.select_mission(crew3)
    detail_before = window.detail.detail
    window.table.sortByColumn(Column.MISSION, Qt.SortOrder.DescendingOrder)
    window.table.sortByColumn(Column.CREW, Qt.SortOrder.AscendingOrder)
    assert resets == []
    assert window.list_panel.current_mission_id() == crew3
    assert window.table.selectionModel().isRowSelected(window.table.currentIndex().row())
    assert window.detail.detail is detail_before  # the detail was not read again


def test_an_unknown_zone_is_refused_and_said_as_plain_text(window: MainWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    window.prefs.zone_chosen("<b>Mars/Olympus_Mons</b>")
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].textFormat() == Qt.TextFormat.PlainText
    assert "<b>Mars/Olympus_Mons</b>" in boxes[0].text()  # shown as typed, not as markup
    assert window.prefs.zone_name == "UTC"
    boxes[0].close()
