"""Dialogs that create and edit missions, vehicles, people and agencies, and a records manager.

A dialog never writes: Save turns its ``values()`` into an undo command and runs it. When the
catalog refuses, the reason is shown in the dialog (``editorMessage``) and the dialog stays
open with everything the user typed; nothing was changed. Questions (a flown mission, a
record still in use) go through the injected ``confirm`` callable, so tests can answer them.

Times cross into Qt as epoch milliseconds in UTC (PITFALLS.md: ``QDateTime(aware)`` drops the
zone); a field the user did not touch gives back the exact value it was shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimeZone,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.errors import NeedsConfirmation, UserError
from tracker.store.catalog import (
    AgencyRecord,
    InUse,
    Kind,
    PersonRecord,
    VehicleRecord,
)
from tracker.ui.catalog_commands import (
    CreateRecordCommand,
    DeleteRecordCommand,
    UpdateMissionCommand,
    UpdateRecordCommand,
)
from tracker.ui.qtime import from_qdatetime, to_qdatetime
from tracker.ui.service import DataService
from tracker.ui.undo import ServiceCommand
from tracker.vocabulary import (
    CAPACITY_MAX,
    NAME_MAX,
    YEAR_MAX,
    YEAR_MIN,
    LaunchStatus,
    NetPrecision,
    PersonStatus,
    VehicleKind,
)

Confirm = Callable[[str], bool]
ErrorHandler = Callable[[str], None]
Index = QModelIndex | QPersistentModelIndex

NONE_LABEL = "\u2014 none \u2014"
ERROR_STYLE = "QLabel { color: #b3261e; font-weight: bold; padding: 4px; }"


class InstantEdit(QWidget):
    """A UTC date-and-time field, with a "not set" box when the value is optional."""

    def __init__(self, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateTimeEdit()
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm:ss 'UTC'")
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(to_qdatetime(dt.datetime(YEAR_MIN, 1, 1, tzinfo=dt.UTC)))
        self.edit.setMaximumDateTime(
            to_qdatetime(dt.datetime(YEAR_MAX, 12, 31, 23, 59, 59, tzinfo=dt.UTC))
        )
        layout.addWidget(self.edit, 1)
        self.unset: QCheckBox | None = None
        if optional:
            self.unset = QCheckBox("not set")
            self.unset.toggled.connect(lambda checked: self.edit.setEnabled(not checked))
            layout.addWidget(self.unset)
        self._shown: dt.datetime | None = None
        self._shown_ms: int | None = None

    def set_value(self, value: dt.datetime | None, default: dt.datetime) -> None:
        """Show ``value``; an unset optional field shows ``default`` for when it is set."""
        self.edit.setDateTime(to_qdatetime(value or default))
        self._shown = value
        self._shown_ms = self.edit.dateTime().toMSecsSinceEpoch() if value else None
        if self.unset is not None:
            self.unset.setChecked(value is None)
            self.edit.setEnabled(value is not None)

    def is_set(self) -> bool:
        return self.unset is None or not self.unset.isChecked()

    def value(self) -> dt.datetime | None:
        if not self.is_set():
            return None
        ms = self.edit.dateTime().toMSecsSinceEpoch()
        if self._shown is not None and ms == self._shown_ms:
            return self._shown  # untouched: exactly what was stored
        return from_qdatetime(self.edit.dateTime())

    def shift(self, ms: int) -> None:
        if self.is_set():
            self.edit.setDateTime(self.edit.dateTime().addMSecs(ms))


def _line(text: str = "", name: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setMaxLength(NAME_MAX)
    if name:
        edit.setObjectName(name)
    return edit


def _combo(items: Sequence[tuple[str, Any]], current: Any, name: str = "") -> QComboBox:
    combo = QComboBox()
    for label, data in items:
        combo.addItem(label, data)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    if name:
        combo.setObjectName(name)
    return combo


def _agency_items(agencies: Sequence[AgencyRecord], none: str) -> list[tuple[str, Any]]:
    return [(none, None), *((a.label, a.id) for a in agencies)]


def _question(refusal: UserError, ask: str) -> str:
    """A refusal that can be overridden, turned into a yes/no question."""
    reason = str(refusal).removesuffix(" Confirm to go on.").rstrip(".")
    return f"{reason}.\n\n{ask}"


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
        self.message = QLabel()
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
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

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def accept(self) -> None:
        """Save through an undo command; on refusal, say why here and stay open."""
        confirm = False
        while True:
            try:
                self.command(confirm).execute(self.undo_stack, self.on_error)
            except NeedsConfirmation as exc:
                if not confirm and self.confirm(_question(exc, "Save anyway?")):
                    confirm = True
                    continue
                self.show_message("Not saved: confirmation declined." if not confirm else str(exc))
                return
            except UserError as exc:
                self.show_message(str(exc))
                return
            break
        self.show_message("")
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
        title = f"Edit {record.name}" if record else "New agency"
        super().__init__(service, undo_stack, confirm, title, parent)
        self.record = record
        self.name = _line(record.name if record else "", "nameEdit")
        self.abbrev = _line(record.abbrev if record else "", "abbrevEdit")
        self.country = _line(record.country if record else "", "countryEdit")
        self.form.addRow("&Name:", self.name)
        self.form.addRow("&Abbreviation:", self.abbrev)
        self.form.addRow("&Country:", self.country)

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
        title = f"Edit {record.name}" if record else "New person"
        super().__init__(service, undo_stack, confirm, title, parent)
        self.record = record
        self.name = _line(record.name if record else "", "nameEdit")
        self.agency = _combo(
            _agency_items(service.agencies(), "Private (no agency)"),
            record.agency_id if record else None,
            "agencyCombo",
        )
        self.nationality = _line(record.nationality if record else "", "nationalityEdit")
        self.status = QComboBox()
        self.status.setObjectName("statusCombo")
        self.status.setEditable(True)  # Launch Library 2 has rarer statuses too
        self.status.addItems([s.value for s in PersonStatus])
        self.status.setCurrentText(record.status if record else PersonStatus.ACTIVE.value)
        self.form.addRow("&Name:", self.name)
        self.form.addRow("&Agency:", self.agency)
        self.form.addRow("N&ationality:", self.nationality)
        self.form.addRow("&Status:", self.status)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "agency_id": self.agency.currentData(),
            "nationality": self.nationality.text(),
            "status": self.status.currentText(),
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
        title = f"Edit {record.name}" if record else "New vehicle"
        super().__init__(service, undo_stack, confirm, title, parent)
        self.record = record
        self.name = _line(record.name if record else "", "nameEdit")
        self.kind = _combo(
            [
                ("Spacecraft", VehicleKind.SPACECRAFT.value),
                ("Launcher", VehicleKind.LAUNCHER.value),
            ],
            record.kind.value if record else VehicleKind.SPACECRAFT.value,
            "kindCombo",
        )
        self.operator = _combo(
            _agency_items(service.agencies(), NONE_LABEL),
            record.operator_id if record else None,
            "operatorCombo",
        )
        self.capacity = QSpinBox()
        self.capacity.setObjectName("capacitySpin")
        self.capacity.setRange(0, CAPACITY_MAX)
        self.capacity.setSpecialValueText("none (a launcher)")  # 0 stands for no capacity
        self.capacity.setValue((record.crew_capacity or 0) if record else 4)
        self.first_flight = QDateEdit()
        self.first_flight.setObjectName("firstFlightEdit")
        self.first_flight.setDisplayFormat("yyyy-MM-dd")
        self.first_flight.setCalendarPopup(True)
        self.first_flight.setDateRange(QDate(YEAR_MIN, 1, 1), QDate(YEAR_MAX, 12, 31))
        first = record.first_crewed_flight if record else None
        shown = first or service.now().date()
        self.first_flight.setDate(QDate(shown.year, shown.month, shown.day))
        self.first_unset = QCheckBox("not set")
        self.first_unset.toggled.connect(lambda on: self.first_flight.setEnabled(not on))
        self.first_unset.setChecked(first is None)
        self.first_flight.setEnabled(first is not None)
        first_row = QHBoxLayout()
        first_row.addWidget(self.first_flight, 1)
        first_row.addWidget(self.first_unset)
        self.form.addRow("&Name:", self.name)
        self.form.addRow("&Kind:", self.kind)
        self.form.addRow("&Operator:", self.operator)
        self.form.addRow("Crew &capacity:", self.capacity)
        self.form.addRow("&First crewed flight:", first_row)

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


class MissionDialog(RecordDialog):
    """A mission's fields; a moved NET takes the launch window along and goes to its history."""

    def __init__(
        self,
        service: DataService,
        undo_stack: QUndoStack,
        confirm: Confirm,
        mission_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        detail = service.mission(mission_id) if mission_id is not None else None
        title = f"Edit {detail.name}" if detail else "New mission"
        super().__init__(service, undo_stack, confirm, title, parent)
        self.detail = detail
        vehicles = service.vehicles()
        agencies = service.agencies()

        def craft(kind: VehicleKind) -> list[tuple[str, Any]]:
            return [(NONE_LABEL, None), *((v.name, v.id) for v in vehicles if v.kind is kind)]

        now = service.now().replace(second=0, microsecond=0)
        net = detail.net if detail else now
        self.name = _line(detail.name if detail else "", "nameEdit")
        self.status = _combo(
            [(f"{s.value} \u2014 {s.label}", s.value) for s in LaunchStatus],
            (detail.status if detail else LaunchStatus.TBD).value,
            "statusCombo",
        )
        self.spacecraft = _combo(
            craft(VehicleKind.SPACECRAFT),
            detail.spacecraft_id if detail else None,
            "spacecraftCombo",
        )
        self.capsule = _line(detail.capsule if detail else "", "capsuleEdit")
        self.launcher = _combo(
            craft(VehicleKind.LAUNCHER), detail.launcher_id if detail else None, "launcherCombo"
        )
        self.operator = _combo(
            _agency_items(agencies, NONE_LABEL),
            detail.operator_id if detail else None,
            "operatorCombo",
        )
        self.launch_site = _line(detail.launch_site if detail else "", "launchSiteEdit")
        self.destination = _line(detail.destination if detail else "", "destinationEdit")
        self.net = InstantEdit()
        self.net.setObjectName("netEdit")
        self.net.set_value(net, net)
        self.precision = _combo(
            [(p.value, p.value) for p in NetPrecision],
            (detail.net_precision if detail else NetPrecision.DAY).value,
            "precisionCombo",
        )
        self.window_start = InstantEdit(optional=True)
        self.window_start.setObjectName("windowStartEdit")
        self.window_start.set_value(detail.window_start if detail else None, net)
        self.window_end = InstantEdit(optional=True)
        self.window_end.setObjectName("windowEndEdit")
        self.window_end.set_value(detail.window_end if detail else None, net)
        self.landing = InstantEdit(optional=True)
        self.landing.setObjectName("landingEdit")
        self.landing.set_value(detail.landing if detail else None, net)
        self.description = QPlainTextEdit(detail.description if detail else "")
        self.description.setObjectName("descriptionEdit")
        self.description.setTabChangesFocus(True)
        self.source = QPlainTextEdit(detail.source if detail else "")
        self.source.setObjectName("sourceEdit")
        self.source.setTabChangesFocus(True)
        for text in (self.description, self.source):
            text.setMaximumHeight(text.fontMetrics().lineSpacing() * 5)
        self.reason = _line("", "reasonEdit")
        self.reason.setPlaceholderText("why the NET moved (kept in the schedule history)")

        self.form.addRow("&Name:", self.name)
        self.form.addRow("S&tatus:", self.status)
        self.form.addRow("&Spacecraft:", self.spacecraft)
        self.form.addRow("Ca&psule:", self.capsule)
        self.form.addRow("&Launcher:", self.launcher)
        self.form.addRow("&Operator:", self.operator)
        self.form.addRow("Launch s&ite:", self.launch_site)
        self.form.addRow("&Destination:", self.destination)
        self.form.addRow("N&ET:", self.net)
        self.form.addRow("NET p&recision:", self.precision)
        self.form.addRow("&Window opens:", self.window_start)
        self.form.addRow("Window &closes:", self.window_end)
        self.form.addRow("Landin&g:", self.landing)
        self.form.addRow("Descriptio&n:", self.description)
        self.form.addRow("So&urce:", self.source)
        if detail is not None:
            self.form.addRow("&Reason for a NET change:", self.reason)
        self._net_ms = self.net.edit.dateTime().toMSecsSinceEpoch()
        self.net.edit.dateTimeChanged.connect(self._net_moved)

    def _net_moved(self, value: QDateTime) -> None:
        """The launch window moves with its NET, as it does in the repository."""
        ms = value.toMSecsSinceEpoch()
        delta, self._net_ms = ms - self._net_ms, ms
        self.window_start.shift(delta)
        self.window_end.shift(delta)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "status": self.status.currentData(),
            "spacecraft_id": self.spacecraft.currentData(),
            "capsule": self.capsule.text(),
            "launcher_id": self.launcher.currentData(),
            "operator_id": self.operator.currentData(),
            "launch_site": self.launch_site.text(),
            "destination": self.destination.text(),
            "net": self.net.value(),
            "net_precision": self.precision.currentData(),
            "window_start": self.window_start.value(),
            "window_end": self.window_end.value(),
            "landing": self.landing.value(),
            "description": self.description.toPlainText(),
            "source": self.source.toPlainText(),
        }

    def command(self, confirm: bool) -> ServiceCommand:
        values = self.values()
        if self.detail is None:
            return CreateRecordCommand(self.service, "mission", values)
        return UpdateMissionCommand(
            self.service,
            self.detail.id,
            self.detail.name,
            values,
            reason=self.reason.text(),
            confirm=confirm,
            expected_version=self.detail.version,
        )


# --- deleting -------------------------------------------------------------------------------

CONSEQUENCES: dict[Kind, str] = {
    "person": "They come off those crews.",
    "vehicle": "Those missions keep no record of it.",
    "agency": "Those records are left without an agency.",
    "mission": "Its crew assignments and schedule history go with it.",
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
        DeleteRecordCommand(service, kind, record_id, name).execute(undo_stack, on_error)
        return ""
    except (InUse, NeedsConfirmation) as exc:
        if not confirm(
            _question(exc, f"Delete {name} anyway? {CONSEQUENCES[kind]} Undo puts it all back.")
        ):
            return ""
    except UserError as exc:
        return str(exc)
    try:
        DeleteRecordCommand(service, kind, record_id, name, force=True).execute(
            undo_stack, on_error
        )
    except UserError as exc:
        return str(exc)
    return ""


# --- the records manager --------------------------------------------------------------------

R = TypeVar("R", AgencyRecord, VehicleRecord, PersonRecord)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    text: Callable[[R], str]
    key: Callable[[R], Any] | None = None  # sort key, when text would sort wrongly


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Plain records of one kind in columns; read-only (edits go through the dialogs)."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column[R]] = list(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._rows[row]

    def row_for(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == ID_ROLE:
            return record.id
        if role == SORT_ROLE:
            return column.key(record) if column.key else column.text(record).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key is not None:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # numbers
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


PEOPLE_COLUMNS: list[Column[PersonRecord]] = [
    Column("Name", lambda p: p.name),
    Column("Agency", lambda p: p.agency),
    Column("Nationality", lambda p: p.nationality),
    Column("Status", lambda p: p.status),
    Column("Missions", lambda p: str(p.missions), lambda p: p.missions),
]
VEHICLE_COLUMNS: list[Column[VehicleRecord]] = [
    Column("Name", lambda v: v.name),
    Column("Kind", lambda v: v.kind.value),
    Column("Operator", lambda v: v.operator),
    Column("Crew capacity", lambda v: _number(v.crew_capacity), lambda v: v.crew_capacity or 0),
    Column(
        "First crewed flight",
        lambda v: v.first_crewed_flight.isoformat() if v.first_crewed_flight else "",
    ),
    Column("Missions", lambda v: str(v.missions), lambda v: v.missions),
]
AGENCY_COLUMNS: list[Column[AgencyRecord]] = [
    Column("Name", lambda a: a.name),
    Column("Abbreviation", lambda a: a.abbrev),
    Column("Country", lambda a: a.country),
    Column("Used by", lambda a: str(a.uses), lambda a: a.uses),
]


class RecordsTab(QWidget):
    """One kind's table with New…, Edit… and Delete."""

    def __init__(
        self, kind: Kind, model: RecordTableModel[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setObjectName(f"{kind}Filter")
        self.filter.setPlaceholderText("Filter\u2026")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        layout.addWidget(self.filter)
        self.table = QTableView()
        self.table.setObjectName(f"{kind}Table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.new_button = QPushButton("&New\u2026")
        self.edit_button = QPushButton("&Edit\u2026")
        self.delete_button = QPushButton("&Delete")
        for button, name in (
            (self.new_button, "new"),
            (self.edit_button, "edit"),
            (self.delete_button, "delete"),
        ):
            button.setObjectName(f"{kind}{name.title()}Button")
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def selected_name(self) -> str:
        index = self.table.currentIndex()
        return str(index.siblingAtColumn(0).data()) if index.isValid() else ""

    def select(self, record_id: int) -> bool:
        row = self.model.row_for(record_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.setCurrentIndex(index)
        return True

    def set_rows(self, rows: Sequence[Any]) -> None:
        selected = self.selected_id()
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected)
        self._update_buttons()

    def _update_buttons(self, *_: QModelIndex) -> None:
        has = self.table.currentIndex().isValid()
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)


class RecordsDialog(QDialog):
    """People, vehicles and agencies: browse, create, edit and delete, all undoable."""

    def __init__(
        self,
        service: DataService,
        undo_stack: QUndoStack,
        confirm: Confirm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordsDialog")
        self.setWindowTitle("People, vehicles and agencies")
        self.service = service
        self.undo_stack = undo_stack
        self.confirm = confirm
        self.editor: RecordDialog | None = None
        layout = QVBoxLayout(self)
        self.tabs_widget = QTabWidget()
        self.tabs_widget.setObjectName("recordTabs")
        self.tabs: dict[Kind, RecordsTab] = {
            "person": RecordsTab("person", RecordTableModel(PEOPLE_COLUMNS, self)),
            "vehicle": RecordsTab("vehicle", RecordTableModel(VEHICLE_COLUMNS, self)),
            "agency": RecordsTab("agency", RecordTableModel(AGENCY_COLUMNS, self)),
        }
        for kind, title in (
            ("person", "&People"),
            ("vehicle", "&Vehicles"),
            ("agency", "&Agencies"),
        ):
            tab = self.tabs[kind]  # type: ignore[index]
            self.tabs_widget.addTab(tab, title)
            tab.new_button.clicked.connect(lambda _=False, k=kind: self.new_record(k))
            tab.edit_button.clicked.connect(lambda _=False, k=kind: self.edit_selected(k))
            tab.delete_button.clicked.connect(lambda _=False, k=kind: self.delete_selected(k))
            tab.table.doubleClicked.connect(lambda _i, k=kind: self.edit_selected(k))
        layout.addWidget(self.tabs_widget)
        self.message = QLabel()
        self.message.setObjectName("recordsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(760, 480)
        service.people_changed.connect(self.refresh)
        service.missions_changed.connect(self.refresh)
        service.mission_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        self.tabs["person"].set_rows(self.service.person_records())
        self.tabs["vehicle"].set_rows(self.service.vehicles())
        self.tabs["agency"].set_rows(self.service.agencies())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _dialog(self, kind: Kind, record_id: int | None) -> RecordDialog:
        args = (self.service, self.undo_stack, self.confirm, record_id, self)
        if kind == "person":
            return PersonDialog(*args)
        if kind == "vehicle":
            return VehicleDialog(*args)
        return AgencyDialog(*args)

    def _open(self, dialog: RecordDialog) -> RecordDialog:
        self.show_message("")
        dialog.on_error = self.show_message
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = dialog
        dialog.open()
        return dialog

    def new_record(self, kind: Kind) -> RecordDialog:
        self.tabs_widget.setCurrentWidget(self.tabs[kind])
        return self._open(self._dialog(kind, None))

    def edit_selected(self, kind: Kind) -> RecordDialog | None:
        record_id = self.tabs[kind].selected_id()
        if record_id is None:
            return None
        return self._open(self._dialog(kind, record_id))

    def delete_selected(self, kind: Kind) -> None:
        tab = self.tabs[kind]
        record_id = tab.selected_id()
        if record_id is None:
            return
        self.show_message(
            delete_record(
                self.service,
                self.undo_stack,
                self.confirm,
                kind,
                record_id,
                tab.selected_name(),
                self.show_message,
            )
        )

    def select(self, kind: Kind, record_id: int) -> bool:
        self.tabs_widget.setCurrentWidget(self.tabs[kind])
        return self.tabs[kind].select(record_id)
