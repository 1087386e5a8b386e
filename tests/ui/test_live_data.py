"""The data knows its age, and the window syncs with Launch Library 2 without blocking.

A fresh install opens on the default data's moment with the clock running and says so; one
click goes to live time (remembered), one updates. Syncs run against the replaying LL2
server of tests/sync on 127.0.0.1: the status line, the clock going live, the Changes panel
with what is new since you looked, offline and rate-limited states.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from tests.conftest import REPORT_DAY
from tests.helpers import content, repo_of
from tests.sync.server import LL2Server, Reply
from tracker.app import build_main_window
from tracker.sync.client import Endpoint
from tracker.sync.ledger import Ledger
from tracker.ui.changes_panel import LAST_LOOKED_KEY, NEW_DESCRIPTION, NEW_MARK
from tracker.ui.data_age import CLOCK_CHOICE_KEY, LIVE, age_text, notice
from tracker.ui.main_window import MainWindow

DEFAULT_NOTICE = "Default data as of 27 October 2021 \u2014 the clock runs from there"


@pytest.fixture(autouse=True)
def _local_only(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "*")


@pytest.fixture
def fresh(qtbot, tmp_path: Path, fresh_settings: None) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as a fresh install's ``tracker`` opens it: live time, the default data."""
    w = build_main_window(str(tmp_path / "fresh.db"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def server() -> Iterator[LL2Server]:
    with LL2Server() as running:
        yield running


def sync_from(window: MainWindow, url: str, state: Path) -> None:
    """Point the window's sync at ``url`` with a ledger of the test's own."""
    endpoint = Endpoint(url, connect_timeout=2.0, read_timeout=2.0, deadline=10.0)
    ledger = Ledger(state / "ll2-requests.sqlite", "127.0.0.1", budget=15)
    window.live.sync.source = lambda: (endpoint, ledger)


def synced(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.live.sync.changed, timeout=20_000):
        window.live.bar.update_button.click()
        assert window.live.sync.busy, "the sync runs on its thread; the window goes on"
    qtbot.waitUntil(lambda: not window.live.sync.busy)


# --- the data's age -----------------------------------------------------------------------


def test_a_fresh_install_opens_on_the_data_moment_and_says_so(fresh: MainWindow) -> None:
    assert fresh.clock.simulated
    assert abs(fresh.clock() - REPORT_DAY) < dt.timedelta(seconds=30)
    assert fresh.banner.title.text() == "Crew-3"
    assert fresh.findChild(QLabel, "countdownLabel").text().startswith("T\u2212 3d 18:2")
    bar = fresh.live.bar
    assert bar.isVisible() and bar.text.text() == DEFAULT_NOTICE
    assert bar.live_button.isVisible() and bar.update_button.isVisible()
    assert "Simulated clock: 2021-10-27 12:0" in fresh.clock_label.text()


def test_live_time_is_one_click_and_remembered(qtbot, fresh: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fresh.live.bar.live_button.click()
    assert not fresh.clock.simulated
    assert QSettings().value(CLOCK_CHOICE_KEY) == LIVE
    bar = fresh.live.bar
    assert bar.isVisible() and not bar.live_button.isVisible()
    assert bar.text.text().startswith("The data is ")
    assert "years old (as of 27 October 2021)" in bar.text.text()
    # Every default launch's NET has passed: the banner says why there is none ahead.
    assert fresh.banner.title.text() == "No launch ahead"
    assert "The data is " in fresh.banner.notice.text()
    assert "Update Now" in fresh.banner.notice.text()
    fresh.close()
    again = build_main_window(str(tmp_path / "fresh.db"))  # the next start
    qtbot.addWidget(again)
    assert not again.clock.simulated


def test_a_chosen_moment_is_kept_and_says_nothing_while_the_data_is_current(
    window: MainWindow,
) -> None:
    assert window.clock.simulated  # --now 2021-10-27T12:00Z
    assert not window.live.bar.isVisible()
    window.set_clock(dt.datetime(2022, 6, 1, tzinfo=dt.UTC))
    assert window.live.bar.isVisible()
    assert window.live.bar.text.text().startswith("The data is 7 months old")


def test_the_age_in_words() -> None:
    as_of = dt.datetime(2021, 10, 27, 12, tzinfo=dt.UTC)
    assert notice(as_of, as_of + dt.timedelta(hours=23), False) == ""
    assert age_text(dt.timedelta(hours=30)) == "30 hours"
    assert age_text(dt.timedelta(days=12)) == "12 days"
    assert age_text(dt.timedelta(days=75)) == "2 months"
    assert age_text(dt.timedelta(days=1500)) == "4 years"


# --- syncing in the window ----------------------------------------------------------------


def test_update_fetches_in_the_background_and_goes_live(
    qtbot, fresh: MainWindow, server: LL2Server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sync_from(fresh, server.base_url, tmp_path)
    before = fresh.model.total
    synced(qtbot, fresh)
    assert fresh.model.total > before
    assert len(server.api_requests()) == 1
    status = fresh.findChild(QLabel, "syncStatus").text()
    assert status.startswith("Updated ") and " \u00b7 next " in status
    assert fresh.live.sync.automatic, "an update by hand keeps the data current from then on"
    assert not fresh.clock.simulated, "current data, current time"
    assert not fresh.live.bar.isVisible()


def test_f5_is_update_now(qtbot, fresh: MainWindow, server: LL2Server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert fresh.menus.update.shortcut() == QKeySequence("F5")
    sync_from(fresh, server.base_url, tmp_path)
    with qtbot.waitSignal(fresh.live.sync.synced, timeout=20_000):
        fresh.menus.update.trigger()


def test_the_changes_panel_lists_what_syncs_changed_newest_first(
    qtbot, fresh: MainWindow, server: LL2Server, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sync_from(fresh, server.base_url, tmp_path)
    synced(qtbot, fresh)
    fresh.menus.changes.trigger()
    dock = fresh.live.changes
    assert dock.isVisible()
    model = dock.model
    assert model.rowCount() >= 1
    times = [model.change(r).at for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)
    assert {model.change(r).kind for r in range(model.rowCount())} >= {"new"}
    first = model.index(0, 0)
    assert first.data() == NEW_MARK
    assert model.index(0, 2).data(Qt.ItemDataRole.AccessibleDescriptionRole) == NEW_DESCRIPTION
    assert dock.summary.text().startswith(f"{model.rowCount()} new since you last looked")
    fresh.menus.changes.trigger()  # closed: looked at
    assert QSettings().value(LAST_LOOKED_KEY)
    fresh.menus.changes.trigger()
    assert model.new_count() == 0 and dock.summary.text() == "Nothing new since you last looked."


def test_offline_is_said_in_one_line_and_changes_nothing(
    qtbot, fresh: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with LL2Server() as gone:
        url = gone.base_url  # nothing listens there once it has stopped
    before = content(repo_of(fresh).db)
    sync_from(fresh, url, tmp_path)
    synced(qtbot, fresh)
    status = fresh.findChild(QLabel, "syncStatus").text()
    assert status == "Offline \u2014 data as of 27 Oct 2021 12:00 UTC"
    assert content(repo_of(fresh).db) == before
    assert fresh.clock.simulated, "still on the data's moment"


def test_a_429_says_until_when(qtbot, fresh: MainWindow, server: LL2Server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server.queued.append(Reply.json({"detail": "Throttled."}, 429, **{"Retry-After": "600"}))
    sync_from(fresh, server.base_url, tmp_path)
    synced(qtbot, fresh)
    status = fresh.findChild(QLabel, "syncStatus").text()
    assert status.startswith("Rate limited until ")
    until = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=600)
    assert status.endswith(f"{until:%H:%M}") or status.endswith(
        f"{until - dt.timedelta(minutes=1):%H:%M}"
    )
