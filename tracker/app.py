"""Wires the database, the clock and the settings into the Qt application.

``build_main_window`` is the one code path to a ready window, used by the ``tracker`` command
and by the GUI tests alike.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from tracker import APP_ID, APP_NAME, __version__, schedule
from tracker.clock import Clock, parse_instant
from tracker.errors import DatabaseUnavailable, UserError
from tracker.store.database import open_database, resolve_url, sqlite_path
from tracker.store.repository import Repository
from tracker.ui.file_actions import RecoveryDialog
from tracker.ui.main_window import MainWindow
from tracker.ui.service import DataService


def configure_application(app: QApplication) -> None:
    """Names that QSettings and the desktop use to find this app's files and entry."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName("Mission Tracker")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)


def build_main_window(
    database: str | None = None, now: dt.datetime | str | None = None
) -> MainWindow:
    """The ready main window on ``database`` (URL or path; default: the user's database).

    ``now`` starts a simulated clock there (it then runs on); None means live time. A
    QApplication must exist.
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication first"
    configure_application(app)
    start = parse_instant(now) if isinstance(now, str) else now
    clock = Clock(start)
    def open_repository(url: str) -> Repository:
        return Repository(open_database(url), clock)

    service = DataService(open_repository(resolve_url(database)), clock, open_repository)
    return MainWindow(service, clock, QSettings())


def run(args: argparse.Namespace) -> int:
    """Start the GUI for the ``tracker`` command; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    database = args.database
    while True:
        try:
            window = build_main_window(database, args.now)
            break
        except DatabaseUnavailable as exc:
            dialog = RecoveryDialog(str(exc), sqlite_path(resolve_url(database)))
            dialog.exec()
            database = dialog.choice()
            if database is None:
                raise
        except UserError as exc:
            QMessageBox.critical(None, "Mission Tracker", str(exc))
            raise
    try:
        window.service.daily_backup()
    except UserError as exc:
        QMessageBox.warning(window, "Mission Tracker", str(exc))
    if args.zone:
        schedule.zone_from_name(args.zone)  # validated by the CLI already; raises if bad
        window.set_zone(args.zone)
    if args.clock_mode:
        window.show_clock_mode_full_screen()
    else:
        window.show()
    return int(app.exec())
