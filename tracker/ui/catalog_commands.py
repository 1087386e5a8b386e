"""Undo commands for creating, editing and deleting agencies, vehicles, people and missions.

Each step is one catalog transaction with an exact inverse: a created record is undone by a
delete that keeps its snapshot, and redone by restoring that snapshot, so its id never
changes (later commands on the stack refer to it); a delete is undone by restoring; an edit
by writing back the values it replaced (for a mission, ``revert_mission``, which also takes
its slip-history entry back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tracker.ui.service import DataService
from tracker.ui.undo import ServiceCommand, Steps

if TYPE_CHECKING:
    from tracker.store.records import Kind, MissionEdit, Snapshot

NEW_RECORD = {  # "New person Anna Kikina", by kind
    "agency": QT_TRANSLATE_NOOP("Steps", "New agency {0}"),
    "vehicle": QT_TRANSLATE_NOOP("Steps", "New vehicle {0}"),
    "person": QT_TRANSLATE_NOOP("Steps", "New person {0}"),
    "mission": QT_TRANSLATE_NOOP("Steps", "New mission {0}"),
}


class CreateRecordCommand(ServiceCommand):
    """ "New person Anna Kikina": create, then delete/restore with the same id."""

    def __init__(self, service: DataService, kind: Kind, values: dict[str, Any]) -> None:
        name = str(values.get("name", "")).strip()
        super().__init__(service, Steps.tr(str(NEW_RECORD[kind])).format(name))
        self.kind = kind
        self.values = dict(values)
        self.record_id: int | None = None
        self.snapshot: Snapshot | None = None

    def _do(self) -> None:
        if self.snapshot is None:
            self.record_id = self.service.create_record(self.kind, **self.values)
        else:
            self.service.restore_record(self.snapshot)

    def _undo(self) -> None:
        assert self.record_id is not None
        self.snapshot = self.service.delete_record(self.kind, self.record_id)


class UpdateRecordCommand(ServiceCommand):
    """ "Edit Crew Dragon" for an agency, a vehicle or a person."""

    def __init__(
        self, service: DataService, kind: Kind, record_id: int, name: str, values: dict[str, Any]
    ) -> None:
        super().__init__(service, Steps.tr("Edit {0}").format(name))
        self.kind, self.record_id = kind, record_id
        self.values = dict(values)
        self.old: dict[str, Any] = {}

    def _do(self) -> None:
        self.old = self.service.update_record(self.kind, self.record_id, **self.values)
        if not self.old:
            self.setObsolete(True)  # nothing changed: the stack drops it

    def _undo(self) -> None:
        self.service.update_record(self.kind, self.record_id, **self.old)


class UpdateMissionCommand(ServiceCommand):
    """ "Edit Crew-5": one mission edit, its NET move (if any) recorded in its history."""

    def __init__(
        self,
        service: DataService,
        mission_id: int,
        name: str,
        values: dict[str, Any],
        *,
        reason: str = "",
        confirm: bool = False,
        expected_version: int | None = None,
    ) -> None:
        super().__init__(service, Steps.tr("Edit {0}").format(name))
        self.mission_id = mission_id
        self.values = dict(values)
        self.reason = reason
        self.confirm = confirm
        self.expected_version = expected_version
        self.edit: MissionEdit | None = None

    def _do(self) -> None:
        values = self.values if self.edit is None else self.edit.new
        self.edit = self.service.update_mission(
            self.mission_id,
            self.expected_version,
            confirm=self.confirm or self.edit is not None,
            reason=self.reason,
            **values,
        )
        self.expected_version = None  # only the first run is checked against what was shown
        if not self.edit.changed:
            self.setObsolete(True)

    def _undo(self) -> None:
        assert self.edit is not None
        self.service.revert_mission(self.edit)


class DeleteRecordCommand(ServiceCommand):
    """ "Delete Crew Dragon": with ``force``, what used it is detached, and undo reattaches."""

    def __init__(
        self, service: DataService, kind: Kind, record_id: int, name: str, *, force: bool = False
    ) -> None:
        super().__init__(service, Steps.tr("Delete {0}").format(name))
        self.kind, self.record_id, self.force = kind, record_id, force
        self.snapshot: Snapshot | None = None

    def _do(self) -> None:
        self.snapshot = self.service.delete_record(self.kind, self.record_id, force=self.force)

    def _undo(self) -> None:
        assert self.snapshot is not None
        self.service.restore_record(self.snapshot)
