"""What an import did, as a table, and the import as one step on the undo stack.

The import is one transaction, so undoing it means putting back the database as it was just
before: the backup the import took of it (``before-import``, beside the database). That is
only right while nothing else has changed since (an edit here, a sync, another window or
process): the command keeps a watcher on the database's commits and refuses otherwise,
saying why and which backup to restore by hand. Redo puts back what the undo replaced
(the restore's own safety copy), under the same condition.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import UserError
from tracker.ui.i18n import Context
from tracker.ui.labels import MessageLine, heading
from tracker.ui.service import DataService
from tracker.ui.undo import ServiceCommand

if TYPE_CHECKING:
    from tracker.store.importing import ImportReport
    from tracker.store.watch import ChangeWatcher

Index = QModelIndex | QPersistentModelIndex
KINDS = (
    ("missions", QT_TRANSLATE_NOOP("CountsModel", "Missions")),
    ("people", QT_TRANSLATE_NOOP("CountsModel", "People")),
    ("vehicles", QT_TRANSLATE_NOOP("CountsModel", "Vehicles")),
    ("agencies", QT_TRANSLATE_NOOP("CountsModel", "Agencies")),
)
OUTCOMES = (
    ("added", QT_TRANSLATE_NOOP("CountsModel", "Added")),
    ("updated", QT_TRANSLATE_NOOP("CountsModel", "Updated")),
    ("unchanged", QT_TRANSLATE_NOOP("CountsModel", "Unchanged")),
    ("skipped", QT_TRANSLATE_NOOP("CountsModel", "Skipped")),
)


class ImportText(Context):
    pass


class ImportCommand(ServiceCommand):
    """The import, done (it is pushed after the fact); undo restores the backup taken just
    before it, while nothing else has changed since."""

    def __init__(self, service: DataService, source: str, backup: Path | None, why: str) -> None:
        super().__init__(service, ImportText.tr("Import {0}").format(source))
        self._ran = False  # the first step is the import itself, run on its worker
        self.backup, self._no_backup = backup, why
        self.after: Path | None = None  # what the undo replaced, for redo
        self._watcher: ChangeWatcher | None = None
        self._touched = False
        self._watch()

    def _watch(self) -> None:
        """From now on, any commit to the database counts as a change since this step."""
        if self._watcher is not None:
            self._watcher.close()
        self._watcher = self.service.change_watcher() if self.backup is not None else None
        self._touched = False

    def why_not(self) -> str:
        """Why this step cannot be undone (or redone) now, or ''."""
        if self.backup is None:
            return ImportText.tr("This import cannot be undone: {0}.").format(self._no_backup)
        if self._watcher is not None:
            self._touched = self._touched or self._watcher.changed()
        if self._touched:
            return ImportText.tr(
                "The database has changed since (an edit, an update or another window), and "
                "going back would lose that change, so nothing was undone. To go back anyway, "
                "restore {0} (File \u25b8 Restore a Backup)."
            ).format(self.backup.name)
        return ""

    def _undo(self) -> None:
        refusal = self.why_not()
        if refusal:
            raise UserError(refusal)
        assert self.backup is not None
        self.after = self.service.restore(self.backup)
        self._watch()

    def _do(self) -> None:
        if not self._ran:  # ``execute``: the import has just run; now it is a step
            self._ran = True
            return
        refusal = self.why_not()
        if refusal or self.after is None:
            raise UserError(refusal or ImportText.tr("what the import brought was not kept"))
        self.service.restore(self.after)
        self._watch()


class CountsModel(QAbstractTableModel):
    """Records by kind (rows) and what became of them (columns)."""

    def __init__(self, report: ImportReport, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(KINDS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(OUTCOMES)

    def count(self, row: int, column: int) -> int:
        counts = getattr(self.report, KINDS[row][0])
        return int(getattr(counts, OUTCOMES[column][0]))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(str(OUTCOMES[section][1]))
        return self.tr(str(KINDS[section][1]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(self.count(index.row(), index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            kind = self.tr(str(KINDS[index.row()][1]))
            outcome = self.tr(str(OUTCOMES[index.column()][1]))
            count = QLocale().toString(self.count(index.row(), index.column()))
            return self.tr("{0}, {1}: {2}").format(kind, outcome, count)
        return None


def details(report: ImportReport) -> str:
    """The lists under the table: what was skipped and why, hand edits kept, notes."""
    parts = []
    for title, items in (
        (ImportText.tr("Skipped, and why:"), report.skipped_reasons),
        (ImportText.tr("Your values kept (the file differs):"), report.kept_local_edits),
        (ImportText.tr("Notes:"), report.notes),
    ):
        if items:
            parts.append("\n".join([title, *(f"\u2022 {item}" for item in items)]))
    return "\n\n".join(parts)


class ImportSummaryDialog(QDialog):
    """The outcome of an import: counts in a table, the reasons below, and its undo."""

    def __init__(
        self,
        report: ImportReport,
        command: ImportCommand | None,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(self.tr("Import"))
        self.command, self.undo_stack = command, undo_stack
        title = heading(self.tr("Imported {0}").format(report.source))
        title.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("importCounts")
        self.table.setTabKeyNavigation(False)  # Tab leaves it; the arrows move in it
        self.table.setAccessibleName(self.tr("What the import did"))
        self.table.setModel(CountsModel(report, self))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = sum(self.table.rowHeight(r) for r in range(len(KINDS)))
        self.table.setFixedHeight(rows + header.sizeHint().height() + 2 * self.table.frameWidth())
        moved = QLabel(
            self.tr("NETs moved: {0}").format(QLocale().toString(report.slips))
            if report.slips
            else self.tr("No NET moved.")
        )
        moved.setObjectName("importSlips")
        self.details = QPlainTextEdit(details(report))
        self.details.setObjectName("importDetails")
        self.details.setAccessibleName(self.tr("Skipped, and why"))
        self.details.setReadOnly(True)
        self.details.setVisible(bool(self.details.toPlainText()))
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 8)
        self.message = MessageLine("importUndoMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = QPushButton(self.tr("&Undo this import"))
        self.undo_button.setObjectName("undoImportButton")
        self.undo_button.setEnabled(command is not None)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(self.undo_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, self.table, moved, self.details, self.message, buttons):
            layout.addWidget(widget)
        self.resize(560, 440 if self.details.isVisible() else 260)

    def undo_import(self) -> bool:
        """Undo the import if it is the last step and nothing changed since; else say why."""
        command = self.command
        if command is None:
            return False
        last = self.undo_stack.command(self.undo_stack.index() - 1)
        refusal = command.why_not()
        if not refusal and last is not command:
            refusal = self.tr("Other edits came after the import: undo them first.")
        if refusal:
            self.message.show_text(refusal)
            return False
        self.undo_stack.undo()
        self.message.show_text("")
        self.undo_button.setEnabled(False)
        self.undo_button.setText(self.tr("Import undone"))
        return True
