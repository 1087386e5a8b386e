"""File menu actions that work on whole databases: back up, restore, and recovery at start.

Backups use SQLite's online backup API (consistent while the window is open); a restore
first saves what it replaces beside it, and the window then reopens the restored file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tracker.errors import UserError
from tracker.store import safety


def backup_file_name(db_path: Path) -> str:
    return str(db_path.with_name(f"{db_path.stem}-backup.db"))


class RecoveryDialog(QMessageBox):
    """Opening failed: explain why, and offer another file, a backup, or quitting.

    ``choice()`` after it closes: the database to try next, or None to quit.
    """

    def __init__(self, problem: str, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("Mission Tracker cannot open its database")
        self.setText("<b>The database could not be opened.</b>")
        found = safety.backups(db_path) if db_path is not None else []
        newest = f"\n\nNewest backup: {found[0].path.name}" if found else ""
        self.setInformativeText(f"{problem}{newest}\n\nThe file was not changed.")
        self.db_path = db_path
        self.open_other = self.addButton(
            "Open Another File\u2026", QMessageBox.ButtonRole.ActionRole
        )
        self.restore_button = self.addButton(
            "Restore a Backup\u2026", QMessageBox.ButtonRole.ActionRole
        )
        self.restore_button.setEnabled(db_path is not None)
        self.quit_button = self.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button if found else self.open_other)
        self._choice: str | None = None

    def choice(self) -> str | None:
        clicked = self.clickedButton()
        if clicked is self.open_other:
            name, _ = QFileDialog.getOpenFileName(
                self.parentWidget(),
                "Open a Mission Tracker database",
                str(self.db_path.parent) if self.db_path else "",
                "Mission Tracker databases (*.db *.sqlite);;All files (*)",
            )
            return name or None
        if clicked is self.restore_button and self.db_path is not None:
            return restore_with_dialog(self.parentWidget(), self.db_path)
        return None


def restore_with_dialog(parent: QWidget | None, db_path: Path) -> str | None:
    """Ask for a backup and put it in place of ``db_path``; the path to reopen, or None."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        "Restore a backup",
        str(db_path.parent),
        "Backups (*.bak *.db);;All files (*)",
    )
    if not name:
        return None
    try:
        saved = safety.restore(db_path, Path(name))
    except UserError as exc:
        QMessageBox.warning(parent, "Restore", str(exc))
        return None
    if saved is not None:
        QMessageBox.information(
            parent, "Restore", f"Restored. What it replaced was saved as {saved.name}."
        )
    return str(db_path)


def ask_backup_target(parent: QWidget, db_path: Path, done: Callable[[str], None]) -> None:
    """A non-blocking save dialog for File ▸ Back Up…; calls ``done(path)`` when chosen."""
    dialog = QFileDialog(parent, "Back up the database", backup_file_name(db_path))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter("SQLite databases (*.db)")
    dialog.setDefaultSuffix("db")
    dialog.fileSelected.connect(done)
    dialog.open()
