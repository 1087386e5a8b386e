"""What happens to an error nobody caught: logged in full, said once, the views reloaded.

Qt calls slots from its event loop, so an exception in one never reaches ``main``: PySide
hands it to ``sys.excepthook`` (and a worker thread's to ``threading.excepthook``), which by
default prints it and lets the window carry on in an unknown state. The hook logs it with
its traceback (the log file is where the details go), shows one dialog however many errors
come in a burst, and has the window read everything again from the database. The database
itself is consistent: each command is one transaction that either committed or did not.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("tracker")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class ErrorDialog(QMessageBox):
    """The one dialog for a burst of unexpected errors; later ones only add to its count."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Mission Tracker: unexpected error"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(
            self.tr(
                "Something went wrong that Mission Tracker did not expect. Nothing half-done "
                "was saved: the window shows the database as it is now."
            )
        )
        self.setDetailedText(details)
        self.summary = summary
        self.count = 1
        self._say()

    def add_one(self) -> None:
        self.count += 1
        self._say()

    def _say(self) -> None:
        more = self.tr("%n more error(s) since.", "", self.count - 1) if self.count > 1 else ""
        said = (self.summary, more, self.tr("The log file has the details."))
        self.setInformativeText("\n\n".join(part for part in said if part))


def offer_retry(problem: str, parent: QWidget | None = None) -> bool:
    """The server could not take an edit: say so plainly, with Retry and Cancel; True for
    Retry. Blocks, since the edit waits for the answer; never a traceback."""
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setObjectName("retryDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Mission Tracker")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the problem names the server: data
    box.setText(
        QCoreApplication.translate(
            "ServerFault", "The change was not made: the team database cannot be reached."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ServerFault", "{problem}\n\nRetry once the server is back, or Cancel to leave it."
        ).format(problem=problem)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    return box.exec() == QMessageBox.StandardButton.Retry


class ErrorHook(QObject):
    """Installs itself as ``sys.excepthook`` and ``threading.excepthook`` while it lives.

    ``recover`` puts the window back in step with the database after an error.
    """

    _raised = Signal(str, str)  # summary, traceback: to the GUI thread, after the slot ends

    def __init__(self, recover: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recover = recover
        self._parent = parent
        self.dialog: ErrorDialog | None = None
        self._previous = (sys.excepthook, threading.excepthook)
        self._raised.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous[0]
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous[1]

    def handle(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        """Log the error with its traceback, then report it on the GUI thread."""
        if not issubclass(kind, Exception):  # KeyboardInterrupt, SystemExit: not ours
            self._previous[0](kind, error, tb)
            return
        log.error("Unexpected error: %s", error, exc_info=(kind, error, tb))
        summary = "".join(traceback.format_exception_only(kind, error)).strip()
        details = "".join(traceback.format_exception(kind, error, tb))
        self._raised.emit(summary, details)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            self._previous[1](args)
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _report(self, summary: str, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_one()  # one dialog for a burst
            return
        try:
            self._recover()
        except Exception:  # noqa: BLE001 - the reload failing must not loop through here
            log.exception("Could not read the database again after an error")
        self.dialog = ErrorDialog(summary, details, self._parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()

    def _closed(self) -> None:
        self.dialog = None
