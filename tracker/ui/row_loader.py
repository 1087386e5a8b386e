"""Reading every mission off the GUI thread, for big databases.

With 100,000 missions, reading and arranging the rows takes about a second of Python; done
on the GUI thread it would freeze the window (and delay its first paint). The loader runs it
on a worker thread, which touches no Qt object but its own signals, and hands the window rows
ready to adopt in one step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal

from tracker.store.records import MissionRow
from tracker.ui.mission_model import Arranged


class _Job(QObject):
    done = Signal(object)  # Arranged
    failed = Signal(str)

    def __init__(
        self, read: Callable[[], list[MissionRow]], arrange: Callable[[list[MissionRow]], Arranged]
    ) -> None:
        super().__init__()
        self.read, self.arrange = read, arrange

    def run(self) -> None:
        try:
            self.done.emit(self.arrange(self.read()))
        except Exception as exc:  # noqa: BLE001 - reported to the window, never lost
            self.failed.emit(str(exc))


class RowLoader(QObject):
    """One load at a time; asking again while one runs loads once more when it ends."""

    loaded = Signal(object)  # Arranged
    failed = Signal(str)

    def __init__(
        self,
        read: Callable[[], list[MissionRow]],
        arrange: Callable[[list[MissionRow]], Arranged],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._read, self._arrange = read, arrange
        self._thread: QThread | None = None
        self._again = False

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def load(self) -> None:
        if self._thread is not None:
            self._again = True
            return
        thread = QThread(self)
        job = _Job(self._read, self._arrange)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.done.connect(self._finished)
        job.failed.connect(self._failed)
        self._thread, self._job = thread, job
        thread.start()

    def _end(self) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self._thread.deleteLater()
        self._job.deleteLater()
        self._thread = None
        if self._again:
            self._again = False
            self.load()

    def _finished(self, arranged: Arranged) -> None:
        again = self._again
        self._end()
        if not again:
            self.loaded.emit(arranged)

    def _failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)

    def wait(self) -> None:
        """Block until no load runs (closing the window, tests).

        The worker's thread ends only when ``_end`` quits it, which runs on this thread when
        the job's signal is delivered: so pump events here rather than block in
        ``QThread.wait`` (that would wait for itself).
        """
        while self._thread is not None:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            QThread.msleep(2)
