"""The composition root: settings -> clock -> database -> repository -> service -> window.

``run`` starts the GUI for the ``tracker`` command: it opens the database (offering another
file or a backup when it cannot), makes the daily backup, installs the exception hook and
shows the window. ``build_main_window`` is the same path to a ready window for in-process
use (the GUI tests, the benchmarks), with the database and the clock from ``tracker.config``
as the command would have them (``TRACKER_DATABASE_URL``, ``TRACKER_NOW``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import linecache
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from tracker import APP_ID, APP_NAME, __version__, config
from tracker.clock import Clock
from tracker.config import Settings
from tracker.errors import DatabaseUnavailable, UserError
from tracker.store import safety
from tracker.store.quick_read import QuickReader
from tracker.ui.error_hook import ErrorHook
from tracker.ui.file_actions import (
    FileActions,
    Recovery,
    RecoveryDialog,
    ask_backup_file,
    ask_database_file,
)
from tracker.ui.i18n import install_translators
from tracker.ui.main_window import MainWindow
from tracker.ui.messages import Icon, tell
from tracker.ui.mission_feed import FeedSizes
from tracker.ui.service import DataService

if TYPE_CHECKING:
    from tracker.store.database import Database
    from tracker.store.repository import Repository

log = logging.getLogger("tracker")


def configure_application(app: QApplication) -> None:
    """Names that QSettings and the desktop use to find this app's files and entry."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("Mission Tracker")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    install_translators(app, QSettings())  # the language, before any window is made


def open_window(
    settings: Settings,
    *,
    clock: Clock | None = None,
    sizes: FeedSizes = FeedSizes(),  # noqa: B008 - frozen: shared safely
) -> MainWindow:
    """The window on ``settings``' database, clock and zone; raises ``DatabaseUnavailable``
    when the database cannot be opened. ``clock`` and ``sizes`` are for tests (a clock that
    moves when told, ten missions treated as many). A QApplication must exist.

    A database that opening would leave as it is (a current SQLite file, a current team
    database the role may write) is read for the first paint without SQLAlchemy
    (``QuickReader``) and opened by the first read that needs more (the people's or the full
    list's, on a worker thread, once the list is painted); any other database is opened
    (migrated, seeded) before the window is built, where a failure can be offered recovery.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication first"
    configure_application(app)
    url = settings.database_url
    quick = QuickReader.open(url)
    db = None if quick is not None else _open_database(url)
    # The clock starts once the database is open: a first run's seeding is not in the count.
    clock = clock if clock is not None else Clock(settings.now)

    def reopen(other: str) -> Repository:
        from tracker.store.repository import Repository

        return Repository(_open_database(other), clock)

    def first_open() -> Repository:
        from tracker.store.repository import Repository

        return reopen(url) if db is None else Repository(db, clock)

    service = DataService(first_open, clock, reopen, quick=quick)
    window = MainWindow(service, clock, QSettings(), sizes)
    linecache.clearcache()  # PySide's import hook read in every module's source: 12 MB at 100k
    if settings.zone:
        window.prefs.set_zone(settings.zone)
    return window


def _open_database(url: str) -> Database:
    from tracker.store.database import open_database  # SQLAlchemy: not before a quick read

    return open_database(url)


def build_main_window(
    database: str | None = None, now: dt.datetime | str | None = None
) -> MainWindow:
    """The ready main window on ``database`` (URL or path; else ``TRACKER_DATABASE_URL``,
    else the user's database), its clock started at ``now`` (else ``TRACKER_NOW``, else
    live time). A QApplication must exist."""
    return open_window(config.resolve(database=database, now=now))


def install_error_hook(window: MainWindow) -> ErrorHook:
    """Errors nobody caught: logged, one dialog, the window reloaded from the database."""
    hook = ErrorHook(window.reload_from_database, window)
    hook.install()
    return hook


def _open_with_recovery(settings: Settings) -> MainWindow:
    """Open the window; when the database cannot be opened, offer another file or a backup
    until one opens or the user quits (then the error goes to the command)."""
    while True:
        try:
            return open_window(settings)
        except DatabaseUnavailable as exc:
            from tracker.store.database import sqlite_path

            path = sqlite_path(settings.database_url)
            log.warning("cannot open the database: %s", exc)
            dialog = RecoveryDialog(str(exc), path)
            dialog.exec()
            choice = dialog.choice()
            if choice is Recovery.OPEN_OTHER:
                other = ask_database_file(path.parent if path else None)
                if other is not None:
                    url = config.database_url(str(other))
                    settings = dataclasses.replace(settings, database_url=url)
            elif choice is Recovery.RESTORE and path is not None:
                _restore(path)
            else:
                raise


def _restore(db_path: Path) -> None:
    """Put a chosen backup in place of ``db_path`` (its old content saved beside it)."""
    backup = ask_backup_file(db_path.parent)
    if backup is None:
        return
    try:
        saved = safety.restore(db_path, backup)
    except UserError as exc:
        tell(None, FileActions.tr("Restore"), str(exc), wait=True)
        return
    log.info("restored %s from %s", db_path, backup)
    if saved is not None:
        tell(
            None,
            FileActions.tr("Restore"),
            FileActions.tr("Restored. What it replaced was saved as {0}.").format(saved.name),
            icon=Icon.Information,
            wait=True,
        )


def launch(settings: Settings) -> tuple[MainWindow, ErrorHook]:
    """What ``tracker`` does before its event loop: open the window (with recovery), install
    the exception hook, show the window, and once it is painted make the daily backup."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    try:
        window = _open_with_recovery(settings)
    except UserError as exc:
        if not isinstance(exc, DatabaseUnavailable):  # that one, the user saw and quit
            tell(None, "Mission Tracker", str(exc), icon=Icon.Critical, wait=True)
        raise
    hook = install_error_hook(window)
    if settings.clock_mode:
        start_clock_mode(window)
        QTimer.singleShot(0, lambda: _daily_backup(window))
    else:
        window.first_painted.connect(lambda: _daily_backup(window))
        window.show()
    return window, hook


def _daily_backup(window: MainWindow) -> None:
    """The day's safety copy; a failure is said, and the app goes on."""
    try:
        window.service.daily_backup()
    except UserError as exc:
        log.warning("no daily backup: %s", exc)
        tell(window, "Mission Tracker", str(exc))


def start_clock_mode(window: MainWindow) -> None:
    """``tracker --clock-mode``: only the countdown, full screen, following the launch
    through T−0 and T+. The main window is never shown, so what showing it would start is
    started here: the ticker (else the countdown stands still), a big list's full read
    (the list's first paint starts it), the watch for changes made elsewhere (``tracker
    status`` on launch day) and the reminders. Closing clock mode, or
    Esc, closes the app's last window and the app quits; the feed's reading and polling end
    with it (the main window's closing, which would do that, never comes)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(True)
    window.show_clock_mode_full_screen()
    window.ticker.start()
    window.feed.first_paint()
    window.feed.watch(True)
    window.reminders.start()
    app.aboutToQuit.connect(window.feed.close)
    app.aboutToQuit.connect(window.reminders.stop)


def run(settings: Settings) -> int:
    """Start the GUI for the ``tracker`` command; returns the exit status."""
    _window, hook = launch(settings)
    try:
        return int(QApplication.exec())
    finally:
        hook.uninstall()
