"""Syncing with Launch Library 2 from the window: on a worker thread, never blocking.

``SyncController`` runs one ``tracker.sync`` sync at a time on its own thread (the same code
as ``tracker sync``), keeps the one-line state the status bar shows ("Updated 12:03 · next
12:33", "Offline — data as of …", "Rate limited until 12:40") and, once the user has updated
by hand, syncs in the background at the cadence ``tracker.sync.cadence`` sets. The ledger
has the last word on every request. Times here are wall-clock times: a simulated clock
moves countdowns, never the request budget. The status line says what
``tracker.sync.status`` says, in the window's language (``status_text``).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QThread, QTimer, Signal

from tracker import schedule
from tracker.errors import ImportCancelled, UserError
from tracker.sync import cadence
from tracker.sync.cadence import live_now
from tracker.sync.errors import SyncFailed
from tracker.sync.status import SyncStatus
from tracker.ui import words
from tracker.ui.i18n import Context
from tracker.ui.service import DataService

if TYPE_CHECKING:
    from tracker.sync.client import Endpoint
    from tracker.sync.ledger import Ledger
    from tracker.sync.run import SyncResult

SyncSource = Callable[[], "tuple[Endpoint, Ledger]"]  # where to sync from, within what budget
AUTOMATIC_KEY = "sync/automatic"
FREE_BUDGET = 15  # requests an hour, until a sync has said what the ledger allows
CHECK_AT_MOST_MS = 15 * 60 * 1000  # look again at least this often (the clock may jump)


class Sync(Context):
    pass


def clock_time(when: dt.datetime, now: dt.datetime, zone: schedule.Zone) -> str:
    """'12:03' on the same day as ``now`` in ``zone``, else '28 Oct 12:03'."""
    local = when.astimezone(zone)
    if local.date() == now.astimezone(zone).date():
        return words.format_wall(local, Sync.tr("HH:mm"))
    return words.format_wall(local, Sync.tr("d MMM HH:mm"))


def moment(when: dt.datetime, zone: schedule.Zone) -> str:
    """'27 Oct 2021 12:00 UTC'."""
    local = when.astimezone(zone)
    text = words.format_wall(local, Sync.tr("d MMM yyyy HH:mm"))
    return f"{text} {schedule.zone_label(when, zone)}"


def status_text(status: SyncStatus, now: dt.datetime, zone: schedule.Zone) -> str:
    """``SyncStatus.text`` in the window's language: 'Updated 12:03 · next 12:33',
    'Offline — data as of 27 Oct 2021 12:00 UTC', 'Rate limited until 12:40'."""
    if status.waiting_until is not None and status.waiting_until > now:
        until = clock_time(status.waiting_until, now, zone)
        if status.throttled:
            return Sync.tr("Rate limited until {0}").format(until)
        return Sync.tr("Request budget spent \u2014 next update {0}").format(until)
    as_of = status.data_as_of
    if status.failure is not None:
        if as_of is None:
            return (
                Sync.tr("Offline \u2014 not updated yet")
                if status.offline
                else Sync.tr("Update failed \u2014 not updated yet")
            )
        head = (
            Sync.tr("Offline \u2014 data as of {0}")
            if status.offline
            else Sync.tr("Update failed \u2014 data as of {0}")
        )
        return head.format(moment(as_of, zone))
    if status.last_success is not None:
        done = clock_time(status.last_success, now, zone)
        if status.next_sync is None:
            return Sync.tr("Updated {0}").format(done)
        after = clock_time(status.next_sync, now, zone)
        return Sync.tr("Updated {0} \u00b7 next {1}").format(done, after)
    if as_of is None:
        return Sync.tr("Not updated yet")
    return Sync.tr("Data as of {0}").format(moment(as_of, zone))


def configured() -> tuple[Endpoint, Ledger]:
    """The settings' endpoint and ledger (``tracker.sync.run.configured``), imported on
    the worker when a sync starts: the window starts without the HTTP stack."""
    from tracker.sync import run

    return run.configured()


class _Sync(QThread):
    """One sync: ``run`` (on the worker thread) keeps its outcome for the GUI thread."""

    def __init__(self, service: DataService, source: SyncSource, parent: QObject) -> None:
        super().__init__(parent)
        self._service, self._source = service, source
        self.cancel = threading.Event()
        self.result: SyncResult | None = None
        self.error: SyncFailed | None = None
        self.budget = FREE_BUDGET

    def run(self) -> None:
        try:
            endpoint, ledger = self._source()  # reads the key: off the GUI thread too
            self.budget = ledger.budget
            self.result = self._service.sync(endpoint, ledger, cancelled=self.cancel.is_set)
        except SyncFailed as exc:
            self.error = exc
        except ImportCancelled:
            self.error = SyncFailed(Sync.tr("update cancelled; nothing was changed"))
        except UserError as exc:  # a setting that cannot be used (an address, a budget)
            self.error = SyncFailed(str(exc))
        except Exception as exc:  # noqa: BLE001 - a worker must report, never die silently
            self.error = SyncFailed(Sync.tr("unexpected error: {0}").format(exc))


class SyncController(QObject):
    """Update Now, the background cadence, and the status line; ``changed`` after each
    change of state (the status bar reads ``text()``), ``synced(result)`` after a sync
    that fetched."""

    changed = Signal()
    synced = Signal(object)  # SyncResult

    def __init__(
        self,
        service: DataService,
        settings: QSettings,
        zone: Callable[[], schedule.Zone],
        followed: Callable[[], list[dt.datetime]],
        source: SyncSource = configured,
        wall: Callable[[], dt.datetime] = live_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._settings = service, settings
        self._zone, self._followed, self.source, self._wall = zone, followed, source, wall
        self.status = SyncStatus(data_as_of=service.data_as_of())
        self._thread: _Sync | None = None
        self._budget = FREE_BUDGET
        self._last_attempt: dt.datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._due)

    # --- state ----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._thread is not None

    @property
    def automatic(self) -> bool:
        """Syncing in the background: on once the user has updated by hand."""
        value = self._settings.value(AUTOMATIC_KEY, False)
        return value is True or str(value).lower() == "true"

    def set_automatic(self, on: bool) -> None:
        self._settings.setValue(AUTOMATIC_KEY, on)
        self.schedule()
        self.changed.emit()

    def text(self) -> str:
        if self.busy:
            return self.tr("Updating from Launch Library 2\u2026")
        return status_text(self.status, self._wall(), self._zone())

    # --- syncing --------------------------------------------------------------------------

    def update_now(self) -> bool:
        """Start a sync unless one runs; False when one was already running."""
        if self._thread is not None:
            return False
        self._timer.stop()
        self._last_attempt = self._wall()
        thread = _Sync(self._service, self.source, self)
        thread.finished.connect(self._finished)  # queued: delivered on this object's thread
        self._thread = thread
        thread.start()
        self.changed.emit()
        return True

    def _finished(self) -> None:
        thread = self.sender()
        assert isinstance(thread, _Sync)
        thread.deleteLater()
        if thread is not self._thread:
            return  # one cancelled by close()
        thread.wait()
        self._thread = None
        self._budget = thread.budget
        now = self._wall()
        if thread.error is not None:
            self.status = self.status.failed(thread.error)
        elif thread.result is not None:
            result = thread.result
            self.status = self.status.after(result, now, None)
            if result.fetched:
                self._service.reload()
                if not self.automatic:  # updating by hand once asks to stay current
                    self._settings.setValue(AUTOMATIC_KEY, True)
                self.synced.emit(result)
        self.schedule()
        self.changed.emit()

    def next_due(self) -> dt.datetime:
        """When the background sync is due next (the cadence, the retry wait, the ledger)."""
        return cadence.next_sync(
            self._wall(),
            last_success=self.status.last_success or self.status.data_as_of,
            last_attempt=self._last_attempt,
            failures=self.status.failures,
            followed=self._followed(),
            budget=self._budget,
            allowed_from=self.status.waiting_until,
        )

    def schedule(self) -> None:
        """Arm the timer for the next background sync (nothing while it is off)."""
        self._timer.stop()
        if not self.automatic or self.busy:
            self.status = replace(self.status, next_sync=None)
            return
        due = self.next_due()
        self.status = replace(self.status, next_sync=due)
        wait_ms = int((due - self._wall()).total_seconds() * 1000)
        self._timer.start(max(0, min(wait_ms, CHECK_AT_MOST_MS)))

    def _due(self) -> None:
        if self.automatic and self.next_due() <= self._wall():
            self.update_now()
        else:
            self.schedule()

    def close(self) -> None:
        """Stop the timer and a sync under way (it changes nothing), waiting for its end."""
        self._timer.stop()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.cancel.set()
            thread.wait()
