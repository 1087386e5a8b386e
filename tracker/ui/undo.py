"""Undo commands: every edit in the window is one of these, and each step one transaction.

A command runs its first step before it is pushed (``execute``), so a refusal is shown where
the user acted and nothing lands on the stack. Later undo/redo steps are called by Qt, where
an exception cannot propagate: a failure there (say, the data changed in another window) is
reported through ``on_error`` and the stack is cleared, since its history no longer matches
the database.

A refusal that the user may override (a flown mission's history, a record still in use)
comes back from the service as an exception; ``run_confirmed`` asks the user and runs the
command again, confirmed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from tracker.errors import DatabaseUnavailable, NeedsConfirmation, UserError
from tracker.ui import words
from tracker.ui.error_hook import offer_retry
from tracker.ui.i18n import Context
from tracker.ui.service import DataService
from tracker.vocabulary import NetPrecision

ErrorHandler = Callable[[str], None]
Confirm = Callable[[str], bool]  # asks the user a yes/no question


class Steps(Context):
    """The steps' names (Edit ▸ Undo, the Edit history) and what is said when one fails."""


class ServiceCommand(QUndoCommand):
    """Base: ``_do``/``_undo`` call the service; the first ``redo`` is skipped after
    ``execute`` already did the work."""

    def __init__(self, service: DataService, text: str) -> None:
        super().__init__(text)
        self.service = service
        self._executed = False
        self.on_error: ErrorHandler = lambda _message: None

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def execute(self, stack: QUndoStack, on_error: ErrorHandler) -> None:
        """Run the edit now (raising UserError if refused), then put it on ``stack``."""
        self._retrying(self._do)
        self._executed = True
        self.on_error = on_error
        self._stack = stack
        stack.push(self)

    def _retrying(self, step: Callable[[], None]) -> None:
        """Run ``step``; while the team database's server cannot be reached, offer to run it
        again (Retry), else (Cancel) let the refusal go on like any other."""
        while True:
            try:
                step()
                return
            except DatabaseUnavailable as exc:
                if not (self.service.on_server and offer_retry(str(exc))):
                    raise

    def _guard(self, step: Callable[[], None], failed: str) -> None:
        """Run a later undo or redo; ``failed`` says a refusal ({0} the step, {1} why)."""
        try:
            self._retrying(step)
        except UserError as exc:
            self.on_error(failed.format(self.text(), exc))
            self.service.reload()
            stack = getattr(self, "_stack", None)
            if stack is not None:
                QTimer.singleShot(0, stack.clear)

    def redo(self) -> None:
        if self._executed:
            self._executed = False  # the push itself: already done in execute()
            return
        self._guard(self._do, Steps.tr("Could not redo \u201c{0}\u201d: {1}"))

    def undo(self) -> None:
        self._guard(self._undo, Steps.tr("Could not undo \u201c{0}\u201d: {1}"))


class AddCrewCommand(ServiceCommand):
    def __init__(
        self,
        service: DataService,
        mission_id: int,
        person_id: int,
        person_name: str,
        role: str,
        seat: int | None = None,
        *,
        confirm: bool = False,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(
            service, Steps.tr("Add {0} as {1}").format(person_name, words.role_text(role))
        )
        self.mission_id, self.person_id, self.role, self.seat = mission_id, person_id, role, seat
        self.confirm = confirm
        self.expected_version = expected_version

    def _do(self) -> None:
        member = self.service.add_crew(
            self.mission_id,
            self.person_id,
            self.role,
            self.seat,
            confirm=self.confirm,
            expected_version=self.expected_version,
        )
        self.seat = member.seat
        self.expected_version = None  # only the first run is checked against what was shown

    def _undo(self) -> None:
        self.service.remove_crew(self.mission_id, self.person_id, confirm=True)


class RemoveCrewCommand(ServiceCommand):
    def __init__(
        self,
        service: DataService,
        mission_id: int,
        person_id: int,
        person_name: str,
        *,
        confirm: bool = False,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(service, Steps.tr("Remove {0}").format(person_name))
        self.mission_id, self.person_id = mission_id, person_id
        self.confirm = confirm
        self.expected_version = expected_version
        self.role = ""
        self.seat = 0

    def _do(self) -> None:
        removed = self.service.remove_crew(
            self.mission_id,
            self.person_id,
            confirm=self.confirm,
            expected_version=self.expected_version,
        )
        self.role, self.seat = removed.role, removed.seat
        self.expected_version = None

    def _undo(self) -> None:
        self.service.add_crew(self.mission_id, self.person_id, self.role, self.seat, confirm=True)


class MoveCrewCommand(ServiceCommand):
    def __init__(
        self,
        service: DataService,
        mission_id: int,
        person_id: int,
        person_name: str,
        seat: int,
        *,
        confirm: bool = False,
    ) -> None:
        super().__init__(service, Steps.tr("Move {0} to seat {1}").format(person_name, seat + 1))
        self.mission_id, self.person_id, self.seat = mission_id, person_id, seat
        self.confirm = confirm
        self.old_seat = seat

    def _do(self) -> None:
        self.old_seat = self.service.move_crew(
            self.mission_id, self.person_id, self.seat, confirm=self.confirm
        )

    def _undo(self) -> None:
        self.service.move_crew(self.mission_id, self.person_id, self.old_seat, confirm=True)


class SetRoleCommand(ServiceCommand):
    def __init__(
        self,
        service: DataService,
        mission_id: int,
        person_id: int,
        person_name: str,
        role: str,
        *,
        confirm: bool = False,
    ) -> None:
        super().__init__(
            service, Steps.tr("Make {0} {1}").format(person_name, words.role_text(role))
        )
        self.mission_id, self.person_id, self.role = mission_id, person_id, role
        self.confirm = confirm
        self.old_role = role

    def _do(self) -> None:
        self.old_role = self.service.set_crew_role(
            self.mission_id, self.person_id, self.role, confirm=self.confirm
        )

    def _undo(self) -> None:
        self.service.set_crew_role(self.mission_id, self.person_id, self.old_role, confirm=True)


class RescheduleCommand(ServiceCommand):
    """A new NET; undo takes the slip back out of the history."""

    def __init__(
        self,
        service: DataService,
        mission_id: int,
        mission_name: str,
        net: dt.datetime,
        precision: NetPrecision,
        reason: str,
        *,
        confirm: bool = False,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(service, Steps.tr("Reschedule {0}").format(mission_name))
        self.mission_id, self.net, self.precision, self.reason = (
            mission_id,
            net,
            precision,
            reason,
        )
        self.confirm = confirm
        self.expected_version = expected_version
        self.change_id = 0

    def _do(self) -> None:
        self.change_id = self.service.reschedule(
            self.mission_id,
            self.net,
            self.precision,
            self.reason,
            expected_version=self.expected_version,
            confirm=self.confirm,
        )
        self.expected_version = None

    def _undo(self) -> None:
        self.service.undo_reschedule(self.mission_id, self.change_id)


def question(refusal: UserError, ask: str) -> str:
    """A refusal that can be overridden, turned into a yes/no question."""
    reason = str(refusal).removesuffix(" Confirm to go on.").rstrip(".")
    return f"{reason}.\n\n{ask}"


def run_confirmed(
    make: Callable[[bool], ServiceCommand],
    stack: QUndoStack,
    on_error: ErrorHandler,
    confirm: Confirm,
    ask: str,
    overridable: tuple[type[UserError], ...] = (NeedsConfirmation,),
) -> bool:
    """Run ``make(False)``; when the service refuses with an ``overridable`` error, ask
    (the refusal and ``ask``) and, on yes, run ``make(True)``.

    Returns False when the user said no; any other refusal raises ``UserError`` with
    nothing changed.
    """
    try:
        make(False).execute(stack, on_error)
    except overridable as exc:
        if not confirm(question(exc, ask)):
            return False
        make(True).execute(stack, on_error)
    return True
