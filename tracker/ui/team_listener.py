"""Live refresh from a team database: the server's notices, woken by the event loop.

The store's ``ChangeListener`` holds a LISTENing connection of its own; a ``QSocketNotifier``
on its socket wakes the window only when the server has something to say, so nothing polls
and no timer runs while all is well. A dropped connection (the server restarted, the network
went) is said in the status bar and retried after 1 s, 2 s, 4 s … at most 30 s, each try on a
worker thread so that the window never waits for a connect; once connected again the window
reloads in full, since the notices sent meanwhile are lost.

The first connect is made at once, on the calling thread, before the window's first read:
a change committed between that read and a later LISTEN would never be told.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from tracker.errors import UserError
from tracker.ui.labels import plain_tooltip

if TYPE_CHECKING:
    from tracker.store.listener import Change

log = logging.getLogger("tracker")

FIRST_WAIT_MS = 1000
LONGEST_WAIT_MS = 30_000


class Listener(Protocol):
    """What the store's ``ChangeListener`` offers the window."""

    def fileno(self) -> int: ...
    def poll(self) -> list[Change]: ...
    def close(self) -> None: ...


Connect = Callable[[], Listener]  # a new listening connection; raises UserError when not


def wait_ms(attempt: int, first_ms: int = FIRST_WAIT_MS, longest_ms: int = LONGEST_WAIT_MS) -> int:
    """How long to wait before try ``attempt`` (0, 1, 2 …): doubling from ``first_ms``, at
    most ``longest_ms``, so a server that is down for long is asked twice a minute."""
    return min(first_ms << min(attempt, 30), longest_ms)


class _Connecting(QThread):
    """One try to connect, on a worker thread; the outcome is kept for the GUI thread."""

    def __init__(self, connect: Connect, parent: QObject) -> None:
        super().__init__(parent)
        self._connect = connect
        self.listener: Listener | None = None
        self.error = ""

    def run(self) -> None:
        try:
            self.listener = self._connect()
        except UserError as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - a worker must report, never die silently
            self.error = str(exc) or type(exc).__name__


class TeamListener(QObject):
    """``missions_changed(ids)`` and ``reload_all()`` as others commit; ``state_changed``
    with what to say ("" while listening) and why, ``retrying(ms)`` when the next try is
    due."""

    missions_changed = Signal(object)  # frozenset[int]
    reload_all = Signal()
    state_changed = Signal(str, str)
    retrying = Signal(int)

    def __init__(
        self,
        connect: Connect,
        first_ms: int = FIRST_WAIT_MS,
        longest_ms: int = LONGEST_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._connect, self._first_ms, self._longest_ms = connect, first_ms, longest_ms
        self._listener: Listener | None = None
        self._notifier: QSocketNotifier | None = None
        self._thread: _Connecting | None = None
        self._attempt = 0
        self._running = False
        self.problem = ""  # the last reason the connection failed, for a tooltip
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._try_again)

    @property
    def listening(self) -> bool:
        """True while the server's notices are being watched."""
        return self._notifier is not None and self._notifier.isEnabled()

    @property
    def lost_text(self) -> str:
        return self.tr("Team database connection lost \u2014 reconnecting\u2026")

    def start(self) -> None:
        """Listen, connecting now (see the module's note); a failure is retried."""
        if self._running:
            return
        self._running = True
        try:
            listener = self._connect()
        except UserError as exc:
            self._lost(str(exc))
            return
        self._adopt(listener)

    def stop(self) -> None:
        """Stop listening (the window closes or opens another database); a try under way
        is waited for (at most the connect timeout) and its connection closed."""
        self._running = False
        self._retry.stop()
        self._drop()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            if thread.listener is not None:
                thread.listener.close()

    # --- the connection ---------------------------------------------------------------------

    def _adopt(self, listener: Listener) -> None:
        self._listener = listener
        notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._readable)
        self._notifier = notifier
        self._attempt = 0
        self.problem = ""

    def _drop(self) -> None:
        """Let go of the connection: the notifier first (its socket is about to close)."""
        notifier, self._notifier = self._notifier, None
        if notifier is not None:
            notifier.setEnabled(False)
            notifier.deleteLater()
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()

    def _readable(self) -> None:
        listener = self._listener
        if listener is None:
            return
        try:
            changes = [c for c in listener.poll() if not c.mine]  # this window's own: shown
        except UserError as exc:  # ConnectionLost: the server or the network went
            self._lost(str(exc))
            return
        if any(change.everything for change in changes):
            self.reload_all.emit()
            return
        missions = frozenset().union(*(change.missions for change in changes))
        if missions:
            self.missions_changed.emit(missions)

    def _lost(self, why: str) -> None:
        """Say so, and try again after the next wait."""
        self._drop()
        if not self.problem:
            log.warning("team database: %s", why)
        self.problem = why
        self.state_changed.emit(self.lost_text, why)
        wait = wait_ms(self._attempt, self._first_ms, self._longest_ms)
        self._attempt += 1
        self._retry.start(wait)
        self.retrying.emit(wait)

    def _try_again(self) -> None:
        if not self._running or self._thread is not None:
            return
        thread = _Connecting(self._connect, self)
        thread.finished.connect(self._tried)  # queued: delivered on this object's thread
        self._thread = thread
        thread.start()

    def _tried(self) -> None:
        thread = self.sender()
        assert isinstance(thread, _Connecting)
        thread.deleteLater()
        if thread is not self._thread:
            return  # stop() took care of it
        thread.wait()
        self._thread = None
        if thread.listener is None:
            self._lost(thread.error)
            return
        self._adopt(thread.listener)
        log.info("live refresh connected again")
        self.state_changed.emit("", "")
        self.reload_all.emit()  # what was committed meanwhile was never told


class ConnectionLabel(QLabel):
    """The status bar's word on the team database's connection, shown only while lost; its
    tooltip says why (one line from the store, no password)."""

    def __init__(self, text: str = "", why: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionState")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.show_state(text, why)

    def show_state(self, text: str, why: str = "") -> None:
        self.setText(text)
        self.setToolTip(plain_tooltip(why) if why else "")
        self.setVisible(bool(text))
