"""Work on a worker thread whose outcome comes back to the GUI thread: opening a database
(a server's connect may take its whole timeout), reading after the first paint.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from tracker.errors import UserError

log = logging.getLogger("tracker")

CHECK_MS = 50  # how often the window looks whether the worker has finished


class Job(QObject):
    """``work()`` on a worker thread; ``done(result)`` or ``failed(message)`` on the GUI
    thread. Cancelled, it reports nothing and hands a late result to ``discard`` (a database
    opened after the user gave up is closed again).

    A plain daemon thread, watched from the GUI thread by a short timer while it runs: a
    connect can take the server's whole timeout, and neither Cancel nor quitting the app may
    have to wait for it.
    """

    done = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        work: Callable[[], Any],
        discard: Callable[[Any], None] = lambda _result: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work, self._discard = work, discard
        self._lock = threading.Lock()
        self._cancelled = False
        self._result: Any = None
        self._error: str | None = None
        self._thread = threading.Thread(target=self._run, name="tracker-open", daemon=True)
        self._check = QTimer(self)
        self._check.setInterval(CHECK_MS)
        self._check.timeout.connect(self._look)

    @property
    def busy(self) -> bool:
        return self._check.isActive()

    def start(self) -> None:
        """Start the work, unless cancelled already (a window closed before its delay)."""
        if self._cancelled:
            return
        self._thread.start()
        self._check.start()

    def cancel(self) -> None:
        self._check.stop()
        with self._lock:
            self._cancelled = True
            result, self._result = self._result, None
        if result is not None:
            self._discard(result)

    def _run(self) -> None:
        result: Any = None
        error: str | None = None
        try:
            result = self._work()
        except UserError as exc:
            error = str(exc)
        except Exception as exc:  # noqa: BLE001 - reported in place, the details logged
            log.exception("could not open the database")
            error = str(exc) or type(exc).__name__
        with self._lock:
            if self._cancelled:
                late = result
            else:
                self._result, self._error, late = result, error, None
        if late is not None:
            self._discard(late)

    def _look(self) -> None:
        if self._thread.is_alive():
            return
        self._check.stop()
        with self._lock:
            result, self._result, error = self._result, None, self._error
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(result)
