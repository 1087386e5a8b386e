"""The window on a team database: live refresh through LISTEN (another process's edit shown
at once, no polling), a role that may only read, a dropped connection, Open Team Database…,
the server gone mid-edit, and never a password in sight."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import REPORT_DAY
from tests.helpers import agree
from tests.pg.conftest import SERVER
from tracker import config
from tracker.app import build_main_window, open_window
from tracker.store.database import open_database
from tracker.store.repository import Repository
from tracker.ui.main_window import MainWindow
from tracker.ui.mission_feed import FeedSizes
from tracker.ui.team_dialog import TeamDialog

LISTENER = "mission-tracker-listener"  # the listening connection's application_name
SECRET = "s3cret-Pa55"  # trust authentication ignores it: the database opens all the same
QUICK = FeedSizes(reconnect_first_ms=50, reconnect_longest_ms=200)


def _admin(database: str = "postgres") -> sa.Engine:
    return sa.create_engine(
        SERVER.replace("postgresql:", "postgresql+psycopg:") + database,
        isolation_level="AUTOCOMMIT",
    )


def _sql(sql: str, **params: object) -> None:
    """Run ``sql`` as the server's superuser, on the maintenance database."""
    admin = _admin()
    with admin.connect() as conn:
        conn.execute(sa.text(sql), params)
    admin.dispose()


def _terminate(name: str, application: str | None = None) -> None:
    """End the server processes serving database ``name`` (of one application, or all)."""
    only = " AND application_name = :app" if application else ""
    _sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = :name AND pid <> pg_backend_pid(){only}",
        name=name,
        app=application,
    )


@pytest.fixture
def settings_cleared() -> Iterator[None]:
    QSettings().clear()
    yield
    QSettings().clear()


def _show(qtbot: QtBot, w: MainWindow) -> MainWindow:
    qtbot.addWidget(w)
    w.detail.confirm = agree
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def team_window(qtbot: QtBot, pg_url: str, settings_cleared: None) -> Iterator[MainWindow]:
    w = _show(qtbot, build_main_window(pg_url, REPORT_DAY))
    yield w
    w.close()  # the listener and the connections go before the database is dropped


def _row(w: MainWindow, name: str) -> object:
    return next(r for r in w.model.rows() if r.name == name)


def _crew_count(w: MainWindow, name: str) -> int:
    return int(_row(w, name).crew_count)  # type: ignore[attr-defined]


def _mission_id(w: MainWindow, name: str) -> int:
    return int(_row(w, name).id)  # type: ignore[attr-defined]


def _person_id(w: MainWindow, name: str) -> int:
    return next(p.id for p in w.service.people() if p.name == name)


def _count(signal: object) -> list[int]:
    seen: list[int] = []
    signal.connect(lambda *_: seen.append(1))  # type: ignore[attr-defined]
    return seen


def test_a_roster_change_by_another_process_shows_within_a_second_without_polling(
    qtbot: QtBot, team_window: MainWindow, pg_url: str
) -> None:
    w = team_window
    assert w.feed.team is not None and w.feed.team.listening
    assert not w.feed.polling  # the file's poll timer never runs on a server
    crew5 = _mission_id(w, "Crew-5")
    w.select_mission(crew5)
    assert _crew_count(w, "Crew-5") == 2
    full_reloads = _count(w.service.missions_changed)
    other = subprocess.run(
        [sys.executable, "-m", "tracker", "--database", pg_url, "--now", REPORT_DAY.isoformat()]
        + ["crew", "add", "Crew-5", "Anna Kikina", "--role", "Mission Specialist"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert other.returncode == 0, other.stderr
    committed = time.monotonic()
    qtbot.waitUntil(lambda: _crew_count(w, "Crew-5") == 3, timeout=1000)
    print(f"shown {time.monotonic() - committed:.3f} s after the other process ended")
    assert w.detail.detail is not None and w.detail.detail.id == crew5
    assert "Anna Kikina" in [c.name for c in w.detail.detail.crew]  # the open detail too
    assert full_reloads == []  # only the mission that changed was read again
    assert not w.feed.polling
    assert "elsewhere" in w.statusBar().currentMessage()


def test_an_edit_made_here_is_not_reported_as_made_elsewhere(
    qtbot: QtBot, team_window: MainWindow
) -> None:
    w = team_window
    w.select_mission(_mission_id(w, "Crew-5"))
    outside = _count(w.feed.outside_change)
    reads = _count(w.service.mission_changed)
    assert w.detail.roster_editor.add_person(_person_id(w, "Koichi Wakata"))
    assert len(reads) == 1
    # the server tells this window of its own commit too, marked as its own: nothing is
    # read again, not even for an edit that reaches every mission (a person's)
    listener = w.feed.team
    assert listener is not None
    with (
        qtbot.assertNotEmitted(listener.missions_changed, wait=1000),
        qtbot.assertNotEmitted(listener.reload_all, wait=1000),
    ):
        w.service.update_record("person", _person_id(w, "Koichi Wakata"), nationality="JPN")
    assert outside == [] and len(reads) == 1


@pytest.fixture
def reader_url(pg_name: str) -> Iterator[tuple[str, str]]:
    """A role that may log in and read the database, nothing more; and its URL."""
    role = f"{pg_name}_window_reader"
    admin = _admin(pg_name)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
        conn.exec_driver_sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"')
    yield role, f"postgresql://{role}@127.0.0.1/{pg_name}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
        conn.exec_driver_sql(f'DROP ROLE "{role}"')
    admin.dispose()


def test_a_role_that_may_only_read_opens_the_window_read_only_saying_why(
    qtbot: QtBot, reader_url: tuple[str, str], settings_cleared: None
) -> None:
    role, url = reader_url
    w = _show(qtbot, build_main_window(url, REPORT_DAY))
    try:
        why = f"Read-only: the database role {role} may only read it"
        assert not w.gate.open
        assert w.gate.label.isVisible() and w.gate.label.text() == why
        crew3 = _mission_id(w, "Crew-3")
        w.select_mission(crew3)  # the detail enables its controls for a mission: not these
        detail, roster = w.detail, w.detail.roster_editor
        roster.roster.selectRow(0)  # a crew member chosen: Remove and Down would be on
        m = w.menus
        for action in (m.new_mission, m.edit_mission, m.delete_mission, m.import_, m.update):
            assert not action.isEnabled(), action.text()
            assert action.statusTip() == why and role in action.toolTip()
        for action in (roster.remove_action, roster.up_action, roster.down_action, m.automatic):
            assert not action.isEnabled(), action.text()
        for widget in (
            detail.reschedule_button,
            detail.status_button,
            roster.add_button,
            roster.person_picker,
            roster.new_person_button,
            w.live.bar.update_button,
        ):
            assert not widget.isEnabled(), widget.objectName()
            assert why in widget.statusTip() and role in widget.toolTip()
        assert roster.roster.isEnabled()  # the crew can still be read, scrolled, selected
        assert roster.roster.editTriggers() == roster.roster.EditTrigger.NoEditTriggers
        assert not roster.roster.acceptDrops() and not w.table.acceptDrops()
        # the list's context menu: Mark as… and Reschedule off, the rest as usual
        at = w.model.row_for(crew3)
        assert at is not None
        rect = w.table.visualRect(w.model.index(at, 0))
        menu = m.mission_menu(w, rect.center())
        assert menu is not None
        offered = {a.text(): a.isEnabled() for a in menu.actions() if a.text()}
        assert offered["Re&schedule\u2026"] is False and offered["Mark as\u2026"] is False
        menu.close()
        # People, vehicles and agencies: browsable, not editable
        records = w.records.show_records()
        tabs = records.tabs.values()  # type: ignore[attr-defined]
        assert all(not t.new_button.isEnabled() and not t.delete_button.isEnabled() for t in tabs)
        records.close()
        # an edit that gets through anyway (a drop, a script) is refused in place by the server
        assert not roster.add_person(_person_id(w, "Anna Kikina"))
        assert "may be read but not changed" in roster.message_line.text()
    finally:
        w.close()


def test_a_dropped_connection_is_said_retried_and_followed_by_a_full_reload(
    qtbot: QtBot, pg_url: str, pg_name: str, settings_cleared: None
) -> None:
    settings = config.resolve(database=pg_url, now=REPORT_DAY)
    w = _show(qtbot, open_window(settings, sizes=QUICK))
    qtbot.waitUntil(lambda: w.service.opened)  # started in full (after the quick first paint)
    # another desk, connected before the server stops taking new connections
    desk_db = open_database(pg_url)
    desk = Repository(desk_db, lambda: REPORT_DAY)
    crew5, kikina = desk.find_mission("Crew-5"), desk.find_person("Anna Kikina")
    listener = w.feed.team
    assert listener is not None and listener.listening
    waits: list[int] = []
    listener.retrying.connect(waits.append)
    full_reloads = _count(w.service.missions_changed)
    _sql(f'ALTER DATABASE "{pg_name}" ALLOW_CONNECTIONS false')
    try:
        _terminate(pg_name, LISTENER)
        qtbot.waitUntil(lambda: len(waits) >= 3)  # lost, and two tries refused since
        assert not listener.listening
        label = w.connection_label
        assert label.isVisible()
        assert label.text() == "Team database connection lost \u2014 reconnecting\u2026"
        assert waits[:3] == [50, 100, 200]  # doubling, at most the longest wait
        desk.add_crew(crew5, kikina, "Mission Specialist")  # told to nobody: nobody listens
    finally:
        _sql(f'ALTER DATABASE "{pg_name}" ALLOW_CONNECTIONS true')
    qtbot.waitUntil(lambda: listener.listening and not w.connection_label.isVisible())
    qtbot.waitUntil(lambda: _crew_count(w, "Crew-5") == 3)  # read in full on reconnecting
    assert full_reloads and not w.feed.polling
    desk_db.dispose()
    w.close()


def _answer_when_asked(button: QMessageBox.StandardButton, before: Callable[[], None]) -> None:
    """When the retry dialog shows, call ``before``, then press ``button``."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "retryDialog":
            assert "s3cret" not in box.informativeText()
            before()
            box.button(button).click()
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def test_the_server_gone_mid_edit_offers_retry_and_retry_makes_the_edit(
    qtbot: QtBot, team_window: MainWindow, pg_name: str
) -> None:
    w = team_window
    w.select_mission(_mission_id(w, "Crew-5"))
    roster = w.detail.roster_editor
    kikina, wakata = _person_id(w, "Anna Kikina"), _person_id(w, "Koichi Wakata")
    qtbot.waitUntil(lambda: w.people_model.loaded)  # read before the server goes
    _sql(f'ALTER DATABASE "{pg_name}" ALLOW_CONNECTIONS false')
    try:
        _terminate(pg_name)
        # Cancel: refused in place, in one line, nothing changed, no traceback
        _answer_when_asked(QMessageBox.StandardButton.Cancel, lambda: None)
        assert not roster.add_person(kikina)
        message = roster.message_line.text()
        assert "cannot be reached" in message and "Traceback" not in message
        assert len(message.splitlines()) == 1
        # Retry once the server is back: the same edit, made
        allow = f'ALTER DATABASE "{pg_name}" ALLOW_CONNECTIONS true'
        _answer_when_asked(QMessageBox.StandardButton.Retry, lambda: _sql(allow))
        assert roster.add_person(wakata)
    finally:
        _sql(f'ALTER DATABASE "{pg_name}" ALLOW_CONNECTIONS true')
    names = [c.name for c in w.service.mission(_mission_id(w, "Crew-5")).crew]
    assert "Koichi Wakata" in names and "Anna Kikina" not in names
    assert w.undo_stack.count() == 1


def test_open_team_database_builds_the_url_switches_and_keeps_no_password(
    qtbot: QtBot, tmp_path: Path, pg_name: str, settings_cleared: None
) -> None:
    w = _show(qtbot, build_main_window(str(tmp_path / "desk.db"), REPORT_DAY))
    assert w.feed.polling and w.feed.team is None  # a file: polled
    dialog = w.files.open_team()
    assert isinstance(dialog, TeamDialog)
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(5432)
    dialog.database.setText(pg_name)
    dialog.user.setText("postgres")
    dialog.password.setText(SECRET)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
    assert (
        dialog.url() == f"postgresql://postgres:{SECRET}@127.0.0.1:5432/{pg_name}?sslmode=disable"
    )
    assert SECRET not in dialog.url_label.text() and ":***@" in dialog.url_label.text()
    # a port nobody listens on: refused in place, one line, the dialog stays
    dialog.port.setValue(1)
    dialog.test_connection()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "cannot be reached" in dialog.message.text() and SECRET not in dialog.message.text()
    assert dialog.isVisible()
    dialog.port.setValue(5432)
    dialog.test_connection()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.message.text() == "Connected: the server answers."
    with qtbot.waitSignal(w.service.database_changed, timeout=10_000):
        dialog.open_database()
    assert w.service.on_server and pg_name in w.service.location
    assert w.feed.team is not None and w.feed.team.listening and not w.feed.polling
    assert pg_name in w.windowTitle() and pg_name in w.database_label.text()
    assert w.gate.open and not w.gate.label.isVisible()
    settings = QSettings()
    stored = {key: str(settings.value(key)) for key in settings.allKeys()}
    assert stored["teamDatabase/database"] == pg_name and stored["teamDatabase/port"] == "5432"
    assert not any(SECRET in value for value in stored.values()), stored
    assert not any("password" in key.lower() for key in stored)
    # the next time, the dialog remembers all but the password
    again = w.files.open_team()
    assert again.database.text() == pg_name and again.user.text() == "postgres"
    assert again.password.text() == "" and again.sslmode.currentData() == "disable"
    again.reject()
    # and the window follows the team database live now
    desk_db = open_database(SERVER + pg_name)
    desk = Repository(desk_db, lambda: REPORT_DAY)
    desk.add_crew(desk.find_mission("Crew-5"), desk.find_person("Anna Kikina"), "Pilot")
    qtbot.waitUntil(lambda: _crew_count(w, "Crew-5") == 3)
    desk_db.dispose()
    w.close()


def test_no_password_in_title_status_bar_tooltips_or_log(
    qtbot: QtBot,
    pg_url: str,
    pg_name: str,
    settings_cleared: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with_secret = pg_url.replace("postgres@", f"postgres:{SECRET}@")
    settings = config.resolve(database=with_secret, now=REPORT_DAY)
    w = _show(qtbot, open_window(settings, sizes=QUICK))
    _sql(f'ALTER DATABASE "{pg_name}" ALLOW_CONNECTIONS false')
    try:  # a lost connection is said, its reason in a tooltip
        _terminate(pg_name, LISTENER)
        qtbot.waitUntil(lambda: "accepting" in w.connection_label.toolTip())
        shown = [w.windowTitle(), w.statusBar().currentMessage()]
        for label in w.statusBar().findChildren(QLabel):
            shown += [label.text(), label.toolTip()]
    finally:
        _sql(f'ALTER DATABASE "{pg_name}" ALLOW_CONNECTIONS true')
    assert any(pg_name in text for text in shown)
    assert not any(SECRET in text for text in shown), shown
    qtbot.waitUntil(lambda: not w.connection_label.isVisible())
    w.close()
    assert "live refresh stopped" in caplog.text
    assert SECRET not in caplog.text


def test_the_status_bar_names_the_server_in_the_windows_language(
    qtbot: QtBot, pg_url: str, pg_name: str, settings_cleared: None
) -> None:
    """'Database: crew on host:5432' in English, 'crew auf host:5432' in German."""
    from tracker.app import configure_application
    from tracker.ui.i18n import LANGUAGE_KEY, install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    configure_application(app)
    w = _show(qtbot, build_main_window(pg_url, REPORT_DAY))
    assert w.database_label.text() == f"Database: {pg_name} on 127.0.0.1:5432"
    QSettings().setValue(LANGUAGE_KEY, "de")
    try:
        assert install_translators(app, QSettings()) == "de"
        german = _show(qtbot, build_main_window(pg_url, REPORT_DAY))
        assert german.database_label.text().endswith(f"{pg_name} auf 127.0.0.1:5432")
    finally:
        QSettings().remove(LANGUAGE_KEY)
        install_translators(app, QSettings())
