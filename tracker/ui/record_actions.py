"""Edit menu actions on records: new, edit and delete a mission, the records manager, and a
new person for the roster. Each change is an undo command, made by the dialogs.

The editors load on first use: they are not needed to show the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from tracker.ui.file_actions import Say
from tracker.ui.i18n import Context
from tracker.ui.messages import tell
from tracker.ui.roster_editor import RosterEditor
from tracker.ui.service import DataService
from tracker.ui.undo import Confirm


class RecordActions(Context):
    """Opens the record dialogs for the window, on the mission ``current()`` names."""

    def __init__(
        self,
        parent: QWidget,
        service: DataService,
        undo_stack: QUndoStack,
        confirm: Confirm,
        current: Callable[[], int | None],
        say: Say,
    ) -> None:
        self._parent, self._service, self._undo_stack = parent, service, undo_stack
        self.confirm, self._current, self._say = confirm, current, say
        self.open_page: Callable[[str, int], object] = lambda _kind, _id: None  # the window's

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _error(self, message: str) -> None:
        """A later undo or redo of a dialog's edit was refused."""
        tell(self._parent, "Mission Tracker", message)

    def new_mission(self) -> QDialog:
        from tracker.ui.mission_editor import MissionDialog

        dialog = MissionDialog(self._service, self._undo_stack, self.confirm, None, self._parent)
        dialog.on_error = self._error
        return self._open(dialog)

    def edit_mission(self) -> QDialog | None:
        mission_id = self._current()
        if mission_id is None:
            return None
        from tracker.ui.mission_editor import MissionDialog

        dialog = MissionDialog(
            self._service, self._undo_stack, self.confirm, mission_id, self._parent
        )
        dialog.on_error = self._error
        return self._open(dialog)

    def delete_mission(self) -> None:
        mission_id = self._current()
        if mission_id is None:
            return
        from tracker.ui.editors import delete_record

        name = self._service.mission(mission_id).name
        count = self._undo_stack.count()
        refusal = delete_record(
            self._service, self._undo_stack, self.confirm, "mission", mission_id, name, self._error
        )
        if refusal:
            tell(self._parent, self.tr("Delete Mission"), refusal)
        elif self._undo_stack.count() > count:
            self._say(self.tr("Deleted {0} \u2014 Undo (Ctrl+Z) brings it back").format(name))

    def show_records(self) -> QDialog:
        from tracker.ui.edit_gate import guard_records
        from tracker.ui.records_manager import RecordsDialog

        dialog = RecordsDialog(self._service, self._undo_stack, self.confirm, self._parent)
        guard_records(dialog)  # browsable, not editable, while the database is read-only
        dialog.page_requested.connect(lambda kind, rid: self.open_page(kind, rid))
        return self._open(dialog)

    def new_person_for(self, roster: RosterEditor) -> QDialog:
        """The roster editor's "New…": once saved, its person picker holds their name."""
        from tracker.ui.editors import PersonDialog

        dialog = PersonDialog(self._service, self._undo_stack, self.confirm, None, self._parent)
        dialog.on_error = self._error
        dialog.accepted.connect(lambda: roster.person_picker.setEditText(dialog.name.text()))
        return self._open(dialog)
