"""Reading every mission off the GUI thread, for big databases.

With 100,000 missions, reading and arranging the rows takes about a second of Python; done
on the GUI thread it would freeze the window (and delay its first paint). The loader runs it
on a worker thread, which touches no Qt object but its own, and hands the rows, ready to
adopt in one step, to the GUI thread when the thread has finished. The read fills
``MissionColumns`` as the database hands the rows over, never holding them all as objects.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from tracker.mission_columns import MissionColumns
from tracker.ui.arranging import Arranged


class _Read(QThread):
    """One read: ``run`` (on the worker thread) keeps its outcome for the GUI thread."""

    def __init__(
        self,
        read: Callable[[], MissionColumns],
        arrange: Callable[[MissionColumns], Arranged],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._read, self._arrange = read, arrange
        self.arranged: Arranged | None = None
        self.error = ""

    def run(self) -> None:
        try:
            self.arranged = self._arrange(self._read())
        except Exception as exc:  # noqa: BLE001 - reported to the window, never lost
            self.error = str(exc) or type(exc).__name__


class RowLoader(QObject):
    """One load at a time; asking again while one runs loads once more when it ends."""

    loaded = Signal(object)  # Arranged
    failed = Signal(str)

    def __init__(
        self,
        read: Callable[[], MissionColumns],
        arrange: Callable[[MissionColumns], Arranged],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._read, self._arrange = read, arrange
        self._thread: _Read | None = None
        self._again = False

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def load(self) -> None:
        if self._thread is not None:
            self._again = True
            return
        thread = _Read(self._read, self._arrange, self)
        thread.finished.connect(self._finished)  # queued: delivered on this object's thread
        self._thread = thread
        thread.start()

    def cancel(self) -> None:
        """Drop the load under way (the window is closing, the app quitting): block until
        its thread ends, which it does by itself, and hand nothing over."""
        thread, self._thread, self._again = self._thread, None, False
        if thread is not None:
            thread.wait()

    def _finished(self) -> None:
        thread = self.sender()
        assert isinstance(thread, _Read)
        thread.deleteLater()
        if thread is not self._thread:
            return  # a cancelled read
        thread.wait()  # ``finished`` comes just before the thread ends: let it end
        self._thread = None
        if self._again:  # the rows read may predate a change: read again, show that
            self._again = False
            self.load()
        elif thread.error:
            self.failed.emit(thread.error)
        elif thread.arranged is not None:
            self.loaded.emit(thread.arranged)
