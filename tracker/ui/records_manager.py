"""The records manager: people, vehicles and agencies in tables, to browse, create, edit
and delete, every change undoable, and to open each one's page (``page_requested``).

It is not modal, so the pages it opens (and the main window) stay usable beside it.

The tables hold plain records (no database handle) and are filled again from the service
whenever its signals say something changed; the dialogs of ``tracker.ui.editors`` make the
changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.store.records import AgencyRecord, PersonRecord, VehicleRecord
from tracker.ui import words
from tracker.ui.editors import (
    AgencyDialog,
    PersonDialog,
    RecordDialog,
    VehicleDialog,
    delete_record,
)
from tracker.ui.labels import MessageLine
from tracker.ui.service import DataService
from tracker.ui.undo import Confirm

if TYPE_CHECKING:
    from tracker.store.records import Kind

Index = QModelIndex | QPersistentModelIndex

R = TypeVar("R", AgencyRecord, VehicleRecord, PersonRecord)
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # what the proxy sorts by


@dataclass(frozen=True)
class RecordColumn(Generic[R]):
    """A column of a record table: its header, its text and, when text sorts wrongly, a key."""

    header: object  # QT_TRANSLATE_NOOP's text, translated when shown
    text: Callable[[R], str]
    key: Callable[[R], Any] | None = None  # sort key, when text would sort wrongly


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Plain records of one kind in columns; read-only (edits go through the dialogs)."""

    def __init__(self, columns: Sequence[RecordColumn[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns: list[RecordColumn[R]] = list(columns)
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
        if role == RECORD_ID_ROLE:
            return record.id
        if role == SORT_KEY_ROLE:
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
            return self.tr(str(self.columns[section].header))
        return None


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _day(day: dt.date | None) -> str:
    """A day in the language's numeric form ('2020-05-30' in English)."""
    when = dt.datetime.combine(day, dt.time(), dt.UTC) if day else None
    return words.format_wall(when, words.date_format()) if when else ""


PEOPLE_COLUMNS: list[RecordColumn[PersonRecord]] = [
    RecordColumn(QT_TRANSLATE_NOOP("RecordTableModel", "Name"), lambda p: p.name),
    RecordColumn(QT_TRANSLATE_NOOP("RecordTableModel", "Agency"), lambda p: p.agency),
    RecordColumn(QT_TRANSLATE_NOOP("RecordTableModel", "Nationality"), lambda p: p.nationality),
    RecordColumn(
        QT_TRANSLATE_NOOP("RecordTableModel", "Status"),
        lambda p: words.person_status_text(p.status),
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("RecordTableModel", "Missions"),
        lambda p: str(p.missions),
        lambda p: p.missions,
    ),
]
VEHICLE_COLUMNS: list[RecordColumn[VehicleRecord]] = [
    RecordColumn(QT_TRANSLATE_NOOP("RecordTableModel", "Name"), lambda v: v.name),
    RecordColumn(
        QT_TRANSLATE_NOOP("RecordTableModel", "Kind"), lambda v: words.vehicle_kind_text(v.kind)
    ),
    RecordColumn(QT_TRANSLATE_NOOP("RecordTableModel", "Operator"), lambda v: v.operator),
    RecordColumn(
        QT_TRANSLATE_NOOP("RecordTableModel", "Crew capacity"),
        lambda v: _number(v.crew_capacity),
        lambda v: v.crew_capacity or 0,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("RecordTableModel", "First crewed flight"),
        lambda v: _day(v.first_crewed_flight),
        lambda v: v.first_crewed_flight or dt.date.min,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("RecordTableModel", "Missions"),
        lambda v: str(v.missions),
        lambda v: v.missions,
    ),
]
AGENCY_COLUMNS: list[RecordColumn[AgencyRecord]] = [
    RecordColumn(QT_TRANSLATE_NOOP("RecordTableModel", "Name"), lambda a: a.name),
    RecordColumn(QT_TRANSLATE_NOOP("RecordTableModel", "Abbreviation"), lambda a: a.abbrev),
    RecordColumn(QT_TRANSLATE_NOOP("RecordTableModel", "Country"), lambda a: a.country),
    RecordColumn(
        QT_TRANSLATE_NOOP("RecordTableModel", "Used by"), lambda a: str(a.uses), lambda a: a.uses
    ),
]


class RecordsTab(QWidget):
    """One kind's table with New…, Edit…, Delete and Open Page (also in its context menu)."""

    def __init__(
        self, kind: Kind, model: RecordTableModel[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_KEY_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setObjectName(f"{kind}Filter")
        self.filter.setPlaceholderText(self.tr("Filter\u2026"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        layout.addWidget(self.filter)
        self.table = QTableView()
        self.table.setObjectName(f"{kind}Table")
        self.table.setTabKeyNavigation(False)  # Tab leaves it; the arrows move in it
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
        self.new_button = QPushButton(self.tr("&New\u2026"))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.page_button = QPushButton(self.tr("Open &Page"))
        self.page_button.setToolTip(self.tr("Open the page of the selected record"))
        for button, name in (
            (self.new_button, "new"),
            (self.edit_button, "edit"),
            (self.delete_button, "delete"),
            (self.page_button, "page"),
        ):
            button.setObjectName(f"{kind}{name.title()}Button")
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        buttons.insertStretch(3, 1)  # Open Page apart, at the right
        layout.addLayout(buttons)
        self.page_action = QAction(self.tr("Open &Page"), self.table)
        self.page_action.triggered.connect(self.page_button.click)
        self.table.addAction(self.page_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(RECORD_ID_ROLE)) if index.isValid() else None

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
        self.page_button.setEnabled(has)
        self.page_action.setEnabled(has)


class RecordsDialog(QDialog):
    """People, vehicles and agencies: browse, create, edit and delete, all undoable; Open
    Page asks for a record's page (``page_requested(kind, id)``)."""

    page_requested = Signal(str, int)

    def __init__(
        self,
        service: DataService,
        undo_stack: QUndoStack,
        confirm: Confirm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordsDialog")
        self.setWindowTitle(self.tr("People, vehicles and agencies"))
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
            ("person", self.tr("&People")),
            ("vehicle", self.tr("&Vehicles")),
            ("agency", self.tr("&Agencies")),
        ):
            tab = self.tabs[kind]  # type: ignore[index]
            self.tabs_widget.addTab(tab, title)
            tab.new_button.clicked.connect(lambda _=False, k=kind: self.new_record(k))
            tab.edit_button.clicked.connect(lambda _=False, k=kind: self.edit_selected(k))
            tab.delete_button.clicked.connect(lambda _=False, k=kind: self.delete_selected(k))
            tab.page_button.clicked.connect(lambda _=False, k=kind: self.open_page(k))
            tab.table.doubleClicked.connect(lambda _i, k=kind: self.edit_selected(k))
        layout.addWidget(self.tabs_widget)
        self.message = MessageLine("recordsMessage")
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(760, 480)
        service.people_changed.connect(self.refresh)
        service.missions_changed.connect(self.refresh)
        service.mission_changed.connect(self.refresh)
        self.refresh()

    def open(self) -> None:
        """Shown without blocking: its pages, opened beside it, must take clicks too."""
        self.show()

    def open_page(self, kind: Kind) -> bool:
        record_id = self.tabs[kind].selected_id()
        if record_id is None:
            return False
        self.page_requested.emit(kind, record_id)
        return True

    def refresh(self, *_: object) -> None:
        self.tabs["person"].set_rows(self.service.person_records())
        self.tabs["vehicle"].set_rows(self.service.vehicles())
        self.tabs["agency"].set_rows(self.service.agencies())

    def show_message(self, text: str) -> None:
        self.message.show_text(text)

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
