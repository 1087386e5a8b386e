"""File ▸ Import… and File ▸ Export…: long work off the GUI thread, with progress and cancel.

The import runs in a worker thread (the importer opens its own session and returns a plain
report), after a backup of the database taken there too; the progress dialog's Cancel asks
it to stop, and since the import is one transaction, a cancel changes nothing. Done, it is
one step on the undo stack (``import_summary``), and its summary says what it did.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from tracker.errors import ImportCancelled, UserError
from tracker.ui.i18n import Context
from tracker.ui.messages import tell
from tracker.ui.service import DataService

if TYPE_CHECKING:  # the importer loads only when a file is imported or exported
    from tracker.store.importing import ImportReport
    from tracker.ui.import_summary import ImportCommand


class Files(Context):
    pass


class ImportWorker(QObject):
    """Runs ``import_file`` on a worker thread; reports progress and the outcome."""

    progress = Signal(int, int)
    finished = Signal(object, object, str)  # ImportReport, the backup (or None), why none
    failed = Signal(str)

    def __init__(self, service: DataService, path: Path) -> None:
        super().__init__()
        self.service = service
        self.path = path
        self.cancel_requested = threading.Event()

    def _back_up(self) -> tuple[Path | None, str]:
        """The database as it is before the import, for its undo (or why there is none)."""
        if self.service.file_path is None:
            return None, Files.tr("a server database has no file to go back to")
        try:
            return self.service.back_up_beside("before-import"), ""
        except (UserError, OSError) as exc:
            return None, Files.tr("no backup could be taken before it ({0})").format(exc)

    def run(self) -> None:
        backup, why = self._back_up()
        try:
            report = self.service.import_file(
                self.path,
                progress=lambda done, total: self.progress.emit(done, total),
                cancelled=self.cancel_requested.is_set,
            )
        except ImportCancelled:
            self.failed.emit(Files.tr("Import cancelled: nothing was changed."))
        except UserError as exc:
            self.failed.emit(Files.tr("Nothing was imported: {0}").format(exc))
        except Exception as exc:  # noqa: BLE001 - a worker must report, never die silently
            self.failed.emit(Files.tr("Nothing was imported: unexpected error: {0}").format(exc))
        else:
            self.finished.emit(report, backup, why)


class ImportRunner(QObject):
    """One import from start to finish: thread, progress dialog, outcome, refresh, and the
    step on ``undo_stack``; ``imported`` carries the report and that step."""

    done = Signal(str)  # the message shown to the user
    imported = Signal(object, object)  # ImportReport, ImportCommand
    failed_message = Signal(str)  # why nothing was imported

    def __init__(
        self, parent: QWidget, service: DataService, path: Path, undo_stack: QUndoStack
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.service = service
        self.undo_stack = undo_stack
        self.worker_thread = QThread(self)
        self.worker = ImportWorker(service, path)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.dialog = QProgressDialog(
            Files.tr("Importing {0}\u2026").format(path.name), Files.tr("Cancel"), 0, 0, parent
        )
        self.dialog.setObjectName("importProgress")
        self.dialog.setWindowTitle(Files.tr("Import"))
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

    def _on_finished(self, report: ImportReport, backup: Path | None, why: str) -> None:
        from tracker.ui.import_summary import ImportCommand

        command = ImportCommand(self.service, Path(report.source).name, backup, why)
        command.execute(self.undo_stack, self._refused)
        self.service.reload()
        self.imported.emit(report, command)
        self._finish(report.summary())

    def _refused(self, message: str) -> None:
        """A later undo or redo of the import was refused (something changed since)."""
        tell(self.parent_widget, Files.tr("Import"), message)

    def _on_failed(self, message: str) -> None:
        self.failed_message.emit(message)
        self._finish(message)


def choose_import(parent: QWidget, service: DataService, undo_stack: QUndoStack) -> None:
    """Ask for a file, import it in the background, then say what happened."""
    dialog = QFileDialog(parent, Files.tr("Import Launch Library 2 data or an archive"))
    dialog.setNameFilter(Files.tr("Launch Library 2 or archive JSON (*.json);;All files (*)"))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.fileSelected.connect(lambda name: start_import(parent, service, Path(name), undo_stack))
    dialog.open()


def start_import(
    parent: QWidget, service: DataService, path: Path, undo_stack: QUndoStack
) -> ImportRunner:
    """Import ``path`` in the background; its summary (or why nothing was imported) shows
    when it is done."""
    runner = ImportRunner(parent, service, path, undo_stack)
    runner.imported.connect(
        lambda report, command: _show_summary(parent, report, command, undo_stack)
    )
    runner.failed_message.connect(lambda message: _show_failure(parent, message))
    runner.start()
    return runner


def _show_summary(
    parent: QWidget, report: ImportReport, command: ImportCommand, undo_stack: QUndoStack
) -> None:
    from tracker.ui.import_summary import ImportSummaryDialog

    dialog = ImportSummaryDialog(report, command, undo_stack, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _show_failure(parent: QWidget, message: str) -> None:
    box = tell(parent, Files.tr("Import"), message, icon=QMessageBox.Icon.Information)
    box.setObjectName("importOutcome")


def choose_export(parent: QWidget, service: DataService) -> None:
    dialog = QFileDialog(
        parent, Files.tr("Export everything to an archive"), "mission-tracker.json"
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(Files.tr("Mission Tracker archive (*.json)"))
    dialog.setDefaultSuffix("json")
    dialog.fileSelected.connect(lambda name: export_to(parent, service, Path(name)))
    dialog.open()


def export_to(parent: QWidget, service: DataService, path: Path) -> int | None:
    try:
        count = service.export_archive(path)
    except (UserError, OSError) as exc:
        tell(parent, Files.tr("Export"), Files.tr("Nothing was written: {0}").format(exc))
        return None
    return count
