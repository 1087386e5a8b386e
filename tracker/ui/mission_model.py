"""The mission list: a table model over plain rows, and the proxy that searches and filters.

The model holds no database handle. It is given rows (``set_rows``), told which row is the
next launch (``set_next``) and when the clock ticks (``tick``), and emits ``dataChanged`` for
just the cells that change: the countdown column, and the rows whose highlight moves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from tracker import schedule
from tracker.models import LaunchStatus
from tracker.store.records import MissionRow
from tracker.ui.crew_model import PERSON_MIME, person_from_mime

Index = QModelIndex | QPersistentModelIndex
NEXT_MARKER = "\u25c0 Next"
NEXT_DESCRIPTION = "Next launch"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    MISSION = 0
    STATUS = 1
    NET = 2
    COUNTDOWN = 3
    VEHICLE = 4
    DESTINATION = 5
    CREW = 6
    OPERATOR = 7


HEADERS = {
    Column.MISSION: "Mission",
    Column.STATUS: "Status",
    Column.NET: "NET",
    Column.COUNTDOWN: "Countdown",
    Column.VEHICLE: "Vehicle",
    Column.DESTINATION: "Destination",
    Column.CREW: "Crew",
    Column.OPERATOR: "Operator",
}

# Status colours: a hue per meaning; the text always names the status too.
STATUS_COLOURS = {
    LaunchStatus.GO: "#1f8a4c",
    LaunchStatus.TBD: "#7a7f87",
    LaunchStatus.TBC: "#b07d12",
    LaunchStatus.HOLD: "#c0392b",
    LaunchStatus.IN_FLIGHT: "#2f7de1",
    LaunchStatus.SUCCESS: "#4a7fb5",
    LaunchStatus.FAILURE: "#a12a2a",
    LaunchStatus.PARTIAL_FAILURE: "#b5561b",
    LaunchStatus.DEPLOYED: "#4a7fb5",
}


def accent_colour() -> QColor:
    """The palette's highlight, softened: reads on light and dark schemes alike."""
    colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlpha(70)
    return colour


def _search_text(r: MissionRow) -> str:
    """What the search box matches: mission, vehicles, agency, destination and crew names."""
    return " ".join(
        (r.name, r.spacecraft, r.launcher, r.operator, r.destination, r.crew_names)
    ).casefold()


class MissionTableModel(QAbstractTableModel):
    person_dropped = Signal(int, int)  # mission id, person id: a person dragged onto a row

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MissionRow] = []
        self._search: list[str] = []
        self._row_of: dict[int, int] = {}
        self._ticking: list[int] = []
        self._next_id: int | None = None
        self._now = dt.datetime.now(dt.UTC)
        self._zone: schedule.Zone = dt.UTC
        self._bold = QFont()
        self._bold.setBold(True)

    # --- feeding --------------------------------------------------------------------------

    def set_rows(self, rows: list[MissionRow], now: dt.datetime) -> None:
        self.beginResetModel()
        self._rows = rows
        self._now = now
        self._row_of = {r.id: i for i, r in enumerate(rows)}
        self._search = [_search_text(r) for r in rows]
        self._ticking = [i for i, r in enumerate(rows) if r.status.is_pending]
        self.endResetModel()

    def update_row(self, row: MissionRow) -> bool:
        """Replace one mission's row in place (an edit); False if it is not in the model."""
        index = self._row_of.get(row.id)
        if index is None:
            return False
        self._rows[index] = row
        self._search[index] = _search_text(row)
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(Column) - 1))
        return True

    def set_zone(self, zone: schedule.Zone) -> None:
        self._zone = zone
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.NET), self.index(len(self._rows) - 1, Column.COUNTDOWN)
            )

    def set_next(self, mission_id: int | None) -> None:
        """Move the highlight; repaint only the rows it leaves and reaches."""
        if mission_id == self._next_id:
            return
        old, self._next_id = self._next_id, mission_id
        for changed in (old, mission_id):
            row = self._row_of.get(changed) if changed is not None else None
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def tick(self, now: dt.datetime) -> None:
        """The clock moved: refresh the countdown cells of missions yet to fly."""
        self._now = now
        if self._ticking:
            self.dataChanged.emit(
                self.index(self._ticking[0], Column.COUNTDOWN),
                self.index(self._ticking[-1], Column.COUNTDOWN),
                [Qt.ItemDataRole.DisplayRole],
            )

    def row(self, source_row: int) -> MissionRow:
        return self._rows[source_row]

    def row_for(self, mission_id: int) -> int | None:
        return self._row_of.get(mission_id)

    def rows(self) -> list[MissionRow]:
        return self._rows

    def search_text(self, source_row: int) -> str:
        return self._search[source_row]

    @property
    def next_id(self) -> int | None:
        return self._next_id

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = Column(index.column())
        is_next = r.id == self._next_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column, is_next)
        if role == SORT_ROLE:
            return self._sort_key(r, column)
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.FontRole and is_next:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and is_next:
            return accent_colour()
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and is_next:
            return NEXT_DESCRIPTION
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATUS:
            return QColor(STATUS_COLOURS[r.status])
        if role == Qt.ItemDataRole.ToolTipRole:
            if is_next:
                return f"{r.name}: the next launch"
            if column is Column.STATUS:
                return r.status.label
            if column is Column.CREW and r.crew_names:
                return r.crew_names
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.CREW:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return parent.isValid() and person_from_mime(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        person_id = person_from_mime(data)
        if not parent.isValid() or person_id is None:
            return False
        self.person_dropped.emit(self._rows[parent.row()].id, person_id)
        return False  # the roster changes through the repository, not by this drop

    def _display(self, r: MissionRow, column: Column, is_next: bool) -> str:
        if column is Column.MISSION:
            return f"{r.name}  {NEXT_MARKER}" if is_next else r.name
        if column is Column.STATUS:
            return r.status.value
        if column is Column.NET:
            return schedule.format_net(r.net, r.net_precision, self._zone)
        if column is Column.COUNTDOWN:
            return schedule.mission_countdown(r, self._now, self._zone)
        if column is Column.VEHICLE:
            return r.vehicle
        if column is Column.DESTINATION:
            return r.destination
        if column is Column.CREW:
            return str(r.crew_count) if r.crew_count else ""
        return r.operator

    def _sort_key(self, r: MissionRow, column: Column) -> Any:
        if column in (Column.NET, Column.COUNTDOWN):
            return r.net.timestamp() + r.net_precision.rank / 100
        if column is Column.CREW:
            return r.crew_count
        if column is Column.STATUS:
            return list(LaunchStatus).index(r.status)
        return self._display(r, column, False).casefold()


class Scope(IntEnum):
    ALL = 0
    UPCOMING = 1
    PAST = 2


class MissionFilterProxy(QSortFilterProxyModel):
    """Search as you type (every word must match mission, vehicle, agency or crew), plus
    quick filters for upcoming/past and status. Sorting uses the model's sort keys, so the
    NET column sorts by time, not by text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._scope = Scope.ALL
        self._status: LaunchStatus | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def set_scope(self, scope: Scope) -> None:
        self._refilter(lambda: setattr(self, "_scope", scope))

    def set_status(self, status: LaunchStatus | None) -> None:
        self._refilter(lambda: setattr(self, "_status", status))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Apply a filter change; Qt 6.10+ wants it bracketed, older Qt re-filters after."""
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - Qt 6.9
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MissionTableModel)
        r = model.row(source_row)
        if self._status is not None and r.status is not self._status:
            return False
        if self._scope is Scope.UPCOMING and not r.status.is_pending:
            return False
        if self._scope is Scope.PAST and r.status.is_pending:
            return False
        if self._words:
            text = model.search_text(source_row)
            return all(word in text for word in self._words)
        return True
