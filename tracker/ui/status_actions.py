""" "Mark as…": a launch's status by hand, from the detail and the list's context menu.

Each change is one undoable ``SetStatusCommand``, a mission edit through the service, so
undo puts back the status and its reason exactly. Hold, Failure and Partial Failure ask for
a reason (it may stay empty); a mission that has flown is confirmed first (the store asks,
``run_confirmed`` turns that into a question), except In Flight reaching its outcome, which
is the flight ending and not a rewrite of history (``schedule.ends_flight``).

How to use it, from the detail or a list's context menu::

    menu = StatusMenu(parent)
    menu.set_mission(row.name, row.status)
    menu.chosen.connect(lambda status, reason: run_confirmed(
        status_command(service, row, status, reason), undo_stack, say, ask, "Change it anyway?"))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from tracker import schedule
from tracker.ui import words
from tracker.ui.catalog_commands import UpdateMissionCommand
from tracker.ui.service import DataService
from tracker.ui.undo import ServiceCommand, Steps
from tracker.vocabulary import LaunchStatus

# What a person marks on launch day, in the order it happens.
MARKABLE = (
    LaunchStatus.GO,
    LaunchStatus.HOLD,
    LaunchStatus.IN_FLIGHT,
    LaunchStatus.SUCCESS,
    LaunchStatus.FAILURE,
    LaunchStatus.PARTIAL_FAILURE,
)
ASKS_REASON = frozenset({LaunchStatus.HOLD, LaunchStatus.FAILURE, LaunchStatus.PARTIAL_FAILURE})


class Marked(Protocol):
    """The mission being marked: a ``MissionRow`` or a ``MissionDetail``."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def status(self) -> LaunchStatus: ...
    @property
    def version(self) -> int: ...


class SetStatusCommand(UpdateMissionCommand):
    """ "Mark Crew-3 as Launch Successful": the status and its reason, as one mission edit."""

    def __init__(
        self,
        service: DataService,
        mission: Marked,
        status: LaunchStatus,
        reason: str = "",
        *,
        confirm: bool = False,
    ) -> None:
        super().__init__(
            service,
            mission.id,
            mission.name,
            {"status": status.value, "status_reason": reason.strip()},
            confirm=confirm or schedule.ends_flight(mission.status, status),
            expected_version=mission.version,
        )
        self.setText(Steps.tr("Mark {0} as {1}").format(mission.name, words.status_text(status)))


def status_command(
    service: DataService, mission: Marked, status: LaunchStatus, reason: str = ""
) -> Callable[[bool], ServiceCommand]:
    """What ``run_confirmed`` (or the roster editor's ``run``) needs: confirmed -> command."""
    return lambda confirm: SetStatusCommand(service, mission, status, reason, confirm=confirm)


class StatusMenu(QMenu):
    """ "Mark as…" for one mission: ``chosen(status, reason)`` once a status is picked (and,
    where one is asked, its reason given; cancelling asks nothing more)."""

    chosen = Signal(object, str)  # LaunchStatus, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mark as\u2026"), parent)
        self.setObjectName("statusMenu")
        self._name = ""
        self.status_actions: dict[LaunchStatus, QAction] = {}
        for status in MARKABLE:
            if status is LaunchStatus.IN_FLIGHT:
                self.addSeparator()
            text = words.status_short(status) + ("\u2026" if status in ASKS_REASON else "")
            action = self.addAction(text)
            action.setCheckable(True)
            action.setToolTip(words.status_text(status))
            action.triggered.connect(lambda _checked=False, s=status: self.pick(s))
            self.status_actions[status] = action

    def set_mission(self, name: str, status: LaunchStatus) -> None:
        """The mission the menu is for: its status checked (choosing it again does nothing)."""
        self._name = name
        for s, action in self.status_actions.items():
            action.setChecked(s is status)
            action.setEnabled(s is not status)

    def pick(self, status: LaunchStatus) -> QInputDialog | None:
        """Choose ``status``: at once, or after asking why (returns the open dialog)."""
        if status not in ASKS_REASON:
            self.chosen.emit(status, "")
            return None
        dialog = QInputDialog(self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Mark as {0}").format(words.status_short(status)))
        dialog.setLabelText(
            self.tr("Why is {0} marked {1}? (optional)").format(
                self._name, words.status_text(status)
            )
        )
        dialog.setTextValue("")
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.textValueSelected.connect(lambda text: self.chosen.emit(status, text.strip()))
        dialog.open()
        return dialog
