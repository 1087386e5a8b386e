"""File ▸ Import… and File ▸ Export…: long work off the GUI thread, with progress and cancel.

The import runs in a worker thread (the importer opens its own session and returns a plain
report); the progress dialog's Cancel asks it to stop, and since the import is one
transaction, a cancel changes nothing.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from tracker.errors import ImportCancelled, UserError
from tracker.ui.messages import tell
from tracker.ui.service import DataService

if TYPE_CHECKING:  # the importer loads only when a file is imported or exported
    from tracker.store.importing import ImportReport

FILE_FILTER = "Launch Library 2 or archive JSON (*.json);;All files (*)"


class ImportWorker(QObject):
    """Runs ``import_file`` on a worker thread; reports progress and the outcome."""

    progress = Signal(int, int)
    finished = Signal(object)  # ImportReport
    failed = Signal(str)

    def __init__(self, service: DataService, path: Path) -> None:
        super().__init__()
        self.service = service
        self.path = path
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        try:
            report = self.service.import_file(
                self.path,
                progress=lambda done, total: self.progress.emit(done, total),
                cancelled=self.cancel_requested.is_set,
            )
        except ImportCancelled:
            self.failed.emit("Import cancelled: nothing was changed.")
        except UserError as exc:
            self.failed.emit(f"Nothing was imported: {exc}")
        except Exception as exc:  # noqa: BLE001 - a worker must report, never die silently
            self.failed.emit(f"Nothing was imported: unexpected error: {exc}")
        else:
            self.finished.emit(report)


class ImportRunner(QObject):
    """One import from start to finish: thread, progress dialog, outcome, refresh."""

    done = Signal(str)  # the message shown to the user

    def __init__(self, parent: QWidget, service: DataService, path: Path) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.service = service
        self.worker_thread = QThread(self)
        self.worker = ImportWorker(service, path)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.dialog = QProgressDialog(f"Importing {path.name}\u2026", "Cancel", 0, 0, parent)
        self.dialog.setObjectName("importProgress")
        self.dialog.setWindowTitle("Import")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.worker.cancel_requested.set)

    def start(self) -> None:
        self.worker_thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))

    def _finish(self, message: str) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.dialog.reset()
        self.dialog.hide()
        self.done.emit(message)

    def _on_finished(self, report: ImportReport) -> None:
        self.service.reload()
        self._finish(report.summary())

    def _on_failed(self, message: str) -> None:
        self._finish(message)


def choose_import(parent: QWidget, service: DataService) -> None:
    """Ask for a file, import it in the background, then say what happened."""
    dialog = QFileDialog(parent, "Import Launch Library 2 data or an archive")
    dialog.setNameFilter(FILE_FILTER)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda name: start_import(parent, service, Path(name)))
    dialog.open()


def start_import(parent: QWidget, service: DataService, path: Path) -> ImportRunner:
    runner = ImportRunner(parent, service, path)
    runner.done.connect(lambda message: _show_outcome(parent, message))
    runner.start()
    return runner


def _show_outcome(parent: QWidget, message: str) -> None:
    box = tell(parent, "Import", message, icon=QMessageBox.Icon.Information)
    box.setObjectName("importOutcome")


def choose_export(parent: QWidget, service: DataService) -> None:
    dialog = QFileDialog(parent, "Export everything to an archive", "mission-tracker.json")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter("Mission Tracker archive (*.json)")
    dialog.setDefaultSuffix("json")
    dialog.fileSelected.connect(lambda name: export_to(parent, service, Path(name)))
    dialog.open()


def export_to(parent: QWidget, service: DataService, path: Path) -> int | None:
    try:
        count = service.export_archive(path)
    except (UserError, OSError) as exc:
        tell(parent, "Export", f"Nothing was written: {exc}")
        return None
    return count
