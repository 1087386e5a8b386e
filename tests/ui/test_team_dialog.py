"""Open Team Database…'s URL, what it remembers (never the password), a refusal in place,
and a worker whose late result is closed once the user cancelled."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.conftest import REPORT_DAY
from tracker.store.database import open_database
from tracker.store.repository import Repository
from tracker.ui.jobs import Job
from tracker.ui.main_window import MainWindow
from tracker.ui.team_dialog import TeamDialog, team_url
from tracker.ui.team_listener import wait_ms


@pytest.mark.parametrize(
    ("fields", "url"),
    [
        (("db.example", 5432, "crew", "ana", "", ""), "postgresql://ana@db.example:5432/crew"),
        (
            ("10.0.0.2", 6432, "crew", "ana", "p@ss/w:rd", "require"),
            "postgresql://ana:p%40ss%2Fw%3Ard@10.0.0.2:6432/crew?sslmode=require",
        ),
        (("::1", 5432, "my db", "", "", ""), "postgresql://[::1]:5432/my%20db"),
    ],
)
def test_the_url_is_built_from_the_fields(
    fields: tuple[str, int, str, str, str, str], url: str
) -> None:
    assert team_url(*fields) == url


def test_the_url_shown_hides_the_password() -> None:
    shown = team_url("h", 5432, "d", "u", "secret", hidden=True)
    assert shown == "postgresql://u:***@h:5432/d"


def test_waits_double_up_to_the_longest() -> None:
    assert [wait_ms(n) for n in range(7)] == [1000, 2000, 4000, 8000, 16000, 30000, 30000]
    assert [wait_ms(n, 10, 40) for n in range(4)] == [10, 20, 40, 40]
    assert wait_ms(10_000) == 30_000  # a server down for days: still twice a minute


def test_a_refusal_shows_in_place_and_nothing_is_remembered(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.files.open_team()
    assert isinstance(dialog, TeamDialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nobody listens there
    dialog.database.setText("crew")
    dialog.user.setText("ana")
    dialog.password.setText("secret")
    assert dialog.url_label.text() == "postgresql://ana:***@127.0.0.1:1/crew"
    dialog.open_database()
    assert dialog.busy and dialog.progress.isVisible()
    qtbot.waitUntil(lambda: not dialog.busy)
    message = dialog.message.text()
    assert "cannot" in message and "secret" not in message and len(message.splitlines()) == 1
    assert dialog.isVisible() and not window.service.on_server  # the window stays as it was
    assert QSettings().value("teamDatabase/database") is None  # only a success is remembered
    assert not any("secret" in str(QSettings().value(k)) for k in QSettings().allKeys())
    dialog.reject()


def test_no_database_name_is_asked_for_before_anything_runs(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.files.open_team()
    dialog.database.clear()
    assert dialog.test_connection() is None and not dialog.busy
    assert "database" in dialog.message.text().lower()
    dialog.reject()


def test_a_database_opened_after_cancel_is_closed_not_switched_to(
    qtbot: QtBot, tmp_path: Path
) -> None:
    release = threading.Event()
    discarded: list[Repository] = []

    def slow_open() -> Repository:
        release.wait(30)
        return Repository(open_database(f"sqlite:///{tmp_path / 'late.db'}"), lambda: REPORT_DAY)

    def discard(repo: Repository) -> None:
        repo.db.dispose()
        discarded.append(repo)

    job = Job(slow_open, discard)
    done: list[object] = []
    job.done.connect(done.append)
    job.start()
    assert job.busy
    job.cancel()
    assert not job.busy
    release.set()
    qtbot.waitUntil(lambda: len(discarded) == 1)
    assert done == []
