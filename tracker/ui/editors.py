"""Dialogs that create and edit vehicles, people and agencies, and deleting any record; the
mission editor, which builds on ``RecordDialog`` here, is ``tracker.ui.mission_editor``.

A dialog never writes: Save turns its ``values()`` into an undo command and runs it. When the
service refuses, the reason is shown in the dialog (``editorMessage``) and the dialog stays
open with everything the user typed; nothing was changed. Questions (a flown mission, a
record still in use) go through the injected ``confirm`` callable, so tests can answer them.

Times are edited in ``InstantEdit`` fields, which give back exactly what they were shown
unless the user changed them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import InUse, NeedsConfirmation, UserError
from tracker.ui import words
from tracker.ui.catalog_commands import (
    CreateRecordCommand,
    DeleteRecordCommand,
    UpdateRecordCommand,
)
from tracker.ui.i18n import Context
from tracker.ui.labels import MessageLine
from tracker.ui.service import DataService
from tracker.ui.undo import Confirm, ErrorHandler, ServiceCommand, run_confirmed
from tracker.vocabulary import (
    CAPACITY_MAX,
    NAME_MAX,
    YEAR_MAX,
    YEAR_MIN,
    PersonStatus,
    VehicleKind,
)

if TYPE_CHECKING:
    from tracker.store.records import AgencyRecord, Kind


class Editors(Context):
    pass


def none_label() -> str:
    return Editors.tr("\u2014 none \u2014")


def line_edit(text: str = "", name: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMaxLength(NAME_MAX)
    if name:
        edit.setObjectName(name)
    return edit


def combo(items: Sequence[tuple[str, Any]], current: Any, name: str = "") -> QComboBox:
    combo = QComboBox()
    for label, data in items:
        combo.addItem(label, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    if name:
        combo.setObjectName(name)
    return combo


class WordCombo(QComboBox):
    """An editable picker of Launch Library 2's usual words for a free-text field (a role, a
    person's status), shown in the window's language; rarer ones may be typed. ``value()``
    is the word as stored (Launch Library 2's), whatever the language."""

    def __init__(
        self, values: Iterable[str], say: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self._say = say
        for value in values:
            self.addItem(say(value), value)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

    def value(self) -> str:
        text = self.currentText().strip()
        at = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(at)) if at >= 0 else text

    def set_value(self, value: str) -> None:
        self.setCurrentText(self._say(value))


def agency_items(agencies: Sequence[AgencyRecord], none: str) -> list[tuple[str, Any]]:
    return [(none, None), *((a.label, a.id) for a in agencies)]


# --- dialogs --------------------------------------------------------------------------------


class RecordDialog(QDialog):
    """Common form, message label and Save/Cancel; subclasses give values and a command."""

    def __init__(
        self,
        service: DataService,
        undo_stack: QUndoStack,
        confirm: Confirm,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.service = service
        self.undo_stack = undo_stack
        self.confirm = confirm
        self.on_error: ErrorHandler = lambda _message: None  # for later undo/redo steps
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addLayout(self.form)
        self.message = MessageLine("editorMessage")
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def command(self, confirm: bool) -> ServiceCommand:
        raise NotImplementedError

    def accept(self) -> None:
        """Save through an undo command; on refusal, say why here and stay open."""
        try:
            done = run_confirmed(
                self.command,
                self.undo_stack,
                self.on_error,
                self.confirm,
                Editors.tr("Save anyway?"),
            )
        except UserError as exc:
            self.message.show_text(str(exc))
            return
        if not done:
            self.message.show_text(Editors.tr("Not saved: confirmation declined."))
            return
        self.message.show_text("")
        super().accept()


class AgencyDialog(RecordDialog):
    def __init__(
        self,
        service: DataService,
        undo_stack: QUndoStack,
        confirm: Confirm,
        agency_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        record = service.agency(agency_id) if agency_id is not None else None
        title = Editors.tr("Edit {0}").format(record.name) if record else Editors.tr("New agency")
        super().__init__(service, undo_stack, confirm, title, parent)
        self.record = record
        self.name = line_edit(record.name if record else "", "nameEdit")
        self.abbrev = line_edit(record.abbrev if record else "", "abbrevEdit")
        self.country = line_edit(record.country if record else "", "countryEdit")
        self.form.addRow(Editors.tr("&Name:"), self.name)
        self.form.addRow(Editors.tr("&Abbreviation:"), self.abbrev)
        self.form.addRow(Editors.tr("&Country:"), self.country)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "abbrev": self.abbrev.text(),
            "country": self.country.text(),
        }

    def command(self, confirm: bool) -> ServiceCommand:
        if self.record is None:
            return CreateRecordCommand(self.service, "agency", self.values())
        return UpdateRecordCommand(
            self.service, "agency", self.record.id, self.record.name, self.values()
        )


class PersonDialog(RecordDialog):
    def __init__(
        self,
        service: DataService,
        undo_stack: QUndoStack,
        confirm: Confirm,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        record = service.person(person_id) if person_id is not None else None
        title = Editors.tr("Edit {0}").format(record.name) if record else Editors.tr("New person")
        super().__init__(service, undo_stack, confirm, title, parent)
        self.record = record
        self.name = line_edit(record.name if record else "", "nameEdit")
        self.agency = combo(
            agency_items(service.agencies(), Editors.tr("Private (no agency)")),
            record.agency_id if record else None,
            "agencyCombo",
        )
        self.nationality = line_edit(record.nationality if record else "", "nationalityEdit")
        self.status = WordCombo([s.value for s in PersonStatus], words.person_status_text)
        self.status.setObjectName("statusCombo")
        self.status.set_value(record.status if record else PersonStatus.ACTIVE.value)
        self.form.addRow(Editors.tr("&Name:"), self.name)
        self.form.addRow(Editors.tr("&Agency:"), self.agency)
        self.form.addRow(Editors.tr("N&ationality:"), self.nationality)
        self.form.addRow(Editors.tr("&Status:"), self.status)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "agency_id": self.agency.currentData(),
            "nationality": self.nationality.text(),
            "status": self.status.value(),
        }

    def command(self, confirm: bool) -> ServiceCommand:
        if self.record is None:
            return CreateRecordCommand(self.service, "person", self.values())
        return UpdateRecordCommand(
            self.service, "person", self.record.id, self.record.name, self.values()
        )


class VehicleDialog(RecordDialog):
    def __init__(
        self,
        service: DataService,
        undo_stack: QUndoStack,
        confirm: Confirm,
        vehicle_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        record = service.vehicle(vehicle_id) if vehicle_id is not None else None
        title = Editors.tr("Edit {0}").format(record.name) if record else Editors.tr("New vehicle")
        super().__init__(service, undo_stack, confirm, title, parent)
        self.record = record
        self.name = line_edit(record.name if record else "", "nameEdit")
        self.kind = combo(
            [(words.vehicle_kind_text(k), k.value) for k in VehicleKind],
            record.kind.value if record else VehicleKind.SPACECRAFT.value,
            "kindCombo",
        )
        self.operator = combo(
            agency_items(service.agencies(), none_label()),
            record.operator_id if record else None,
            "operatorCombo",
        )
        self.capacity = QSpinBox()
        self.capacity.setObjectName("capacitySpin")
        self.capacity.setRange(0, CAPACITY_MAX)
        # 0 stands for no capacity
        self.capacity.setSpecialValueText(Editors.tr("none (a launcher)"))
        self.capacity.setValue((record.crew_capacity or 0) if record else 4)
        self.first_flight = QDateEdit()
        self.first_flight.setObjectName("firstFlightEdit")
        self.first_flight.setDisplayFormat(words.date_format())
        self.first_flight.setCalendarPopup(True)
        self.first_flight.setDateRange(QDate(YEAR_MIN, 1, 1), QDate(YEAR_MAX, 12, 31))
        first = record.first_crewed_flight if record else None
        shown = first or service.now().date()
        self.first_flight.setDate(QDate(shown.year, shown.month, shown.day))
        self.first_unset = QCheckBox(Editors.tr("not set"))
        self.first_unset.toggled.connect(lambda on: self.first_flight.setEnabled(not on))
        self.first_unset.setChecked(first is None)
        self.first_flight.setEnabled(first is not None)
        first_row = QHBoxLayout()
        first_row.addWidget(self.first_flight, 1)
        first_row.addWidget(self.first_unset)
        self.form.addRow(Editors.tr("&Name:"), self.name)
        self.form.addRow(Editors.tr("&Kind:"), self.kind)
        self.form.addRow(Editors.tr("&Operator:"), self.operator)
        self.form.addRow(Editors.tr("Crew &capacity:"), self.capacity)
        self.form.addRow(Editors.tr("&First crewed flight:"), first_row)
        label = self.form.labelForField(first_row)  # a row of two: its mnemonic and its
        if isinstance(label, QLabel):  # name go to the date
            label.setBuddy(self.first_flight)

    def values(self) -> dict[str, Any]:
        first: dt.date | None = None
        if not self.first_unset.isChecked():
            q = self.first_flight.date()
            first = dt.date(q.year(), q.month(), q.day())
        return {
            "name": self.name.text(),
            "kind": self.kind.currentData(),
            "operator_id": self.operator.currentData(),
            "crew_capacity": self.capacity.value() or None,
            "first_crewed_flight": first,
        }

    def command(self, confirm: bool) -> ServiceCommand:
        if self.record is None:
            return CreateRecordCommand(self.service, "vehicle", self.values())
        return UpdateRecordCommand(
            self.service, "vehicle", self.record.id, self.record.name, self.values()
        )


# --- deleting -------------------------------------------------------------------------------

CONSEQUENCES: dict[Kind, object] = {
    "person": QT_TRANSLATE_NOOP("Editors", "They come off those crews."),
    "vehicle": QT_TRANSLATE_NOOP("Editors", "Those missions keep no record of it."),
    "agency": QT_TRANSLATE_NOOP("Editors", "Those records are left without an agency."),
    "mission": QT_TRANSLATE_NOOP(
        "Editors", "Its crew assignments and schedule history go with it."
    ),
}


def delete_record(
    service: DataService,
    undo_stack: QUndoStack,
    confirm: Confirm,
    kind: Kind,
    record_id: int,
    name: str,
    on_error: ErrorHandler,
) -> str:
    """Delete through an undo command, asking first when the record is in use (or has flown).

    Returns "" when done or when the user declined, else the refusal to show.
    """
    try:
        run_confirmed(
            lambda force: DeleteRecordCommand(service, kind, record_id, name, force=force),
            undo_stack,
            on_error,
            confirm,
            Editors.tr("Delete {0} anyway? {1} Undo puts it all back.").format(
                name, Editors.tr(str(CONSEQUENCES[kind]))
            ),
            overridable=(InUse, NeedsConfirmation),
        )
    except UserError as exc:
        return str(exc)
    return ""
