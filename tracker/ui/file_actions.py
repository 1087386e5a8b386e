"""File menu actions on whole databases and files: open another (a file, or a team
database on a server), back up, restore, export a calendar, and the recovery dialog shown
when the database cannot be opened at start.

Backups use SQLite's online backup API (consistent while the window is open); a restore
first saves what it replaces beside it, and the service then reopens the restored file.
Another database is opened on a worker thread (``team_dialog.Job``) and only then takes the
place of the one shown. Every dialog here opens without blocking (``open()``), so tests and
the event loop go on.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tracker import config
from tracker.errors import UserError
from tracker.store import safety
from tracker.ui.i18n import Context
from tracker.ui.messages import tell
from tracker.ui.service import DataService

BACKUP_FILTER = QT_TRANSLATE_NOOP("FileActions", "Backups (*.bak *.db);;All files (*)")
DATABASE_FILTER = QT_TRANSLATE_NOOP(
    "FileActions", "Mission Tracker databases (*.db *.sqlite);;All files (*)"
)
Say = Callable[[str], None]  # a short message for the status bar

if TYPE_CHECKING:
    from tracker.store.repository import Repository
    from tracker.ui.jobs import Job
    from tracker.ui.team_dialog import TeamDialog


def backup_file_name(db_path: Path) -> str:
    return str(db_path.with_name(f"{db_path.stem}-backup.db"))


class FileActions(Context):
    """Back up, restore and export for the window; outcomes go to ``say`` or a warning
    (their words in the context ``FileActions``)."""

    def __init__(
        self, parent: QWidget, service: DataService, undo_stack: QUndoStack, say: Say
    ) -> None:
        self._parent, self._service, self._undo_stack, self._say = parent, service, undo_stack, say

    def _warn(self, title: str, text: str) -> None:
        tell(self._parent, title, text)

    # --- another database -------------------------------------------------------------------

    def open_file(self) -> QFileDialog:
        """Ask for a database file, then show it in place of this one."""
        path = self._service.file_path
        dialog = QFileDialog(
            self._parent,
            self.tr("Open a Mission Tracker database"),
            str(path.parent if path else ""),
        )
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)  # a new name makes a new database
        dialog.setNameFilter(self.tr(str(DATABASE_FILTER)))
        dialog.fileSelected.connect(lambda name: self.open_url(config.database_url(name)))
        dialog.open()
        return dialog

    def open_url(self, url: str) -> Job:
        """Open ``url`` on a worker thread; once open, the window shows it."""
        from tracker.ui.jobs import Job

        job = Job(lambda: self._service.open_repository(url), self._service.discard, self._parent)
        job.done.connect(self.adopt)
        job.failed.connect(
            lambda text: self._warn(
                self.tr("Open Database"), self.tr("Not opened: {0}").format(text)
            )
        )
        for finished in (job.done, job.failed):
            finished.connect(job.deleteLater)
        job.start()
        self._say(self.tr("Opening\u2026"))
        return job

    def open_team(self) -> TeamDialog:
        """File ▸ Open Team Database…: a server's address, tried, then shown."""
        from tracker.ui.team_dialog import TeamDialog  # not while the window starts

        dialog = TeamDialog(self._service, QSettings(), self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.opened.connect(self.adopt)
        dialog.open()
        return dialog

    def adopt(self, repository: Repository) -> None:
        """Show ``repository``'s database from now on; the undo steps go, since they were
        made against the database it replaces."""
        self._service.switch_to(repository)
        self._undo_stack.clear()
        self._say(self.tr("Opened {0}").format(self._service.location))

    # --- back up and restore ----------------------------------------------------------------

    def back_up(self) -> None:
        """Ask where, then write a consistent copy there."""
        path = self._service.file_path
        if path is None:
            return
        dialog = QFileDialog(self._parent, self.tr("Back up the database"), backup_file_name(path))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("SQLite databases (*.db)"))
        dialog.setDefaultSuffix("db")
        dialog.fileSelected.connect(lambda name: self.write_backup(Path(name)))
        dialog.open()

    def write_backup(self, target: Path) -> Path | None:
        try:
            written = self._service.back_up(target)
        except (UserError, OSError) as exc:
            self._warn(self.tr("Back Up"), self.tr("No backup was written: {0}").format(exc))
            return None
        self._say(self.tr("Backed up to {0}").format(written))
        return written

    def restore(self) -> None:
        """Ask for a backup, then put it in place of the database."""
        path = self._service.file_path
        if path is None:
            return
        dialog = QFileDialog(
            self._parent, self.tr("Restore a backup"), str(path.parent), self.tr(str(BACKUP_FILTER))
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.restore_from(Path(name)))
        dialog.open()

    def restore_from(self, backup: Path) -> bool:
        """Put ``backup`` in place of the database and show it; the undo steps go, since
        they were made against the data it replaced."""
        try:
            saved = self._service.restore(backup)
        except (UserError, OSError) as exc:
            self._warn(self.tr("Restore"), self.tr("Nothing was restored: {0}").format(exc))
            return False
        self._undo_stack.clear()
        where = self._service.file_path
        if saved:
            self._say(
                self.tr("Restored {0}; what it replaced is saved as {1}").format(where, saved.name)
            )
        else:
            self._say(self.tr("Restored {0}").format(where))
        return True

    # --- calendar ---------------------------------------------------------------------------

    def export_calendar(self) -> None:
        dialog = QFileDialog(
            self._parent, self.tr("Export upcoming launches as a calendar"), "launches.ics"
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("iCalendar (*.ics)"))
        dialog.setDefaultSuffix("ics")
        dialog.fileSelected.connect(lambda name: self.write_calendar(Path(name)))
        dialog.open()

    def write_calendar(self, path: Path) -> int | None:
        """One event per upcoming launch; the same event again after a reschedule."""
        try:
            count = self._service.write_calendar(path)
        except (UserError, OSError) as exc:
            self._warn(self.tr("Export Calendar"), self.tr("Nothing was written: {0}").format(exc))
            return None
        self._say(self.tr("Wrote %n launches to {0}", "", count).format(path))
        return count


# --- at start: the database cannot be opened ------------------------------------------------


class Recovery(enum.Enum):
    """What the user chose when the database could not be opened."""

    OPEN_OTHER = "open another file"
    RESTORE = "restore a backup"
    QUIT = "quit"


class RecoveryDialog(QMessageBox):
    """Opening failed: explain why, and offer another file, a backup, or quitting.

    ``choice()`` after it closes says which; the composition root (``tracker.app``) asks
    for the file and does the restore.
    """

    def __init__(self, problem: str, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Mission Tracker cannot open its database"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # the problem names a path: data
        self.setText(self.tr("The database could not be opened."))
        found = safety.backups(db_path) if db_path is not None else []
        newest = self.tr("Newest backup: {0}").format(found[0].path.name) if found else ""
        said = (problem, newest, self.tr("The file was not changed."))
        self.setInformativeText("\n\n".join(part for part in said if part))
        self.open_other = self.addButton(
            self.tr("Open Another File\u2026"), QMessageBox.ButtonRole.ActionRole
        )
        self.restore_button = self.addButton(
            self.tr("Restore a Backup\u2026"), QMessageBox.ButtonRole.ActionRole
        )
        self.restore_button.setEnabled(db_path is not None)
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button if found else self.open_other)

    def choice(self) -> Recovery:
        clicked = self.clickedButton()
        if clicked is self.open_other:
            return Recovery.OPEN_OTHER
        if clicked is self.restore_button:
            return Recovery.RESTORE
        return Recovery.QUIT


def ask_database_file(folder: Path | None) -> Path | None:
    """Another database to open (a blocking dialog: the app has no window yet)."""
    name, _ = QFileDialog.getOpenFileName(
        None,
        FileActions.tr("Open a Mission Tracker database"),
        str(folder or ""),
        FileActions.tr(str(DATABASE_FILTER)),
    )
    return Path(name) if name else None


def ask_backup_file(folder: Path) -> Path | None:
    """The backup to restore (a blocking dialog: the app has no window yet)."""
    name, _ = QFileDialog.getOpenFileName(
        None, FileActions.tr("Restore a backup"), str(folder), FileActions.tr(str(BACKUP_FILTER))
    )
    return Path(name) if name else None
