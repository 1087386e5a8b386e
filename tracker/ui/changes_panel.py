"""View ▸ Changes: what the syncs changed, newest first, with what is new since you looked.

The rows come from the database (``sync_change``, through the service), so they survive a
restart and include syncs made by ``tracker sync`` or another window. "Since you last
looked" is the newest change the panel showed before it was last closed, kept in QSettings:
changes after it are marked (bold, a dot, and said to a screen reader) until the panel is
closed again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker import schedule
from tracker.store.records import ChangeRow
from tracker.ui import words
from tracker.ui.labels import plain_tooltip
from tracker.ui.service import DataService
from tracker.vocabulary import NetPrecision

Index = QModelIndex | QPersistentModelIndex
LAST_LOOKED_KEY = "changes/lastLooked"
SHOWN = 500  # the newest this many changes: older ones are for `tracker changes`
NEW_MARK = "\u25cf"
NEW_DESCRIPTION = str(QT_TRANSLATE_NOOP("ChangesModel", "New since you last looked"))
KIND_LABELS = {
    "new": QT_TRANSLATE_NOOP("ChangesModel", "New launch"),
    "net": QT_TRANSLATE_NOOP("ChangesModel", "NET moved"),
    "status": QT_TRANSLATE_NOOP("ChangesModel", "Status"),
    "crew": QT_TRANSLATE_NOOP("ChangesModel", "Crew"),
    "webcast": QT_TRANSLATE_NOOP("ChangesModel", "Webcast added"),
}
HEADERS = (
    "",
    QT_TRANSLATE_NOOP("ChangesModel", "When"),
    QT_TRANSLATE_NOOP("ChangesModel", "Mission"),
    QT_TRANSLATE_NOOP("ChangesModel", "Change"),
    QT_TRANSLATE_NOOP("ChangesModel", "Detail"),
)
NEW, WHEN, MISSION, KIND, DETAIL = range(len(HEADERS))


def read_instant(value: object) -> dt.datetime | None:
    try:
        when = dt.datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    return when if when is None or when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


class ChangesModel(QAbstractTableModel):
    """Changes, newest first; those after ``seen`` are new."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChangeRow] = []
        self._seen: dt.datetime | None = None
        self._zone: schedule.Zone = dt.UTC
        self._bold = QFont()
        self._bold.setBold(True)

    def set_changes(
        self, rows: list[ChangeRow], seen: dt.datetime | None, zone: schedule.Zone
    ) -> None:
        self.beginResetModel()
        self._rows, self._seen, self._zone = rows, seen, zone
        self.endResetModel()

    def is_new(self, row: int) -> bool:
        return self._seen is None or self._rows[row].at > self._seen

    def new_count(self) -> int:
        return sum(1 for r in range(len(self._rows)) if self.is_new(r))

    def newest(self) -> dt.datetime | None:
        return self._rows[0].at if self._rows else None

    def change(self, row: int) -> ChangeRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            header = str(HEADERS[section])
            return self.tr(header) if header else header
        return None

    def text(self, row: int, column: int) -> str:
        c = self._rows[row]
        if column == NEW:
            return NEW_MARK if self.is_new(row) else ""
        if column == WHEN:
            return words.format_net(c.at, NetPrecision.MINUTE, self._zone)
        if column == MISSION:
            return c.mission_name
        if column == KIND:
            label = KIND_LABELS.get(c.kind)
            return self.tr(str(label)) if label else c.kind
        return c.detail

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column != NEW:
            return plain_tooltip(self.text(row, column))
        if role == Qt.ItemDataRole.FontRole and self.is_new(row):
            return self._bold
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and self.is_new(row):
            return self.tr(NEW_DESCRIPTION)
        return None


class ChangesDock(QDockWidget):
    """The Changes panel; ``mission_requested(name)`` when a change is activated."""

    mission_requested = Signal(str)

    def __init__(
        self,
        service: DataService,
        settings: QSettings,
        zone: schedule.Zone,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes"))
        self.setObjectName("changesDock")
        self.service, self.settings, self.zone = service, settings, zone
        self.model = ChangesModel(self)
        self.summary = QLabel()
        self.summary.setObjectName("changesSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        body = _Body()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.addWidget(self.summary)
        self.setWidget(body)
        self.view: QTableView | None = None  # made when first shown: hidden at start
        self.visibilityChanged.connect(self._visibility_changed)

    def _build_view(self) -> None:
        """The list, made the first time the panel shows (it costs the start nothing)."""
        self.view = QTableView()
        self.view.setObjectName("changesList")
        self.view.setTabKeyNavigation(False)  # Tab leaves it; the arrows move in it
        self.view.setAccessibleName(self.tr("Changes the updates brought, newest first"))
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.view.fontMetrics()
        when = words.format_net(dt.datetime(2021, 10, 27, 12, tzinfo=dt.UTC), NetPrecision.MINUTE)
        for column, sample in ((NEW, "\u25cf\u25cf"), (WHEN, when)):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        header.resizeSection(MISSION, metrics.horizontalAdvance("Soyuz MS-20") + 24)
        kinds = (self.model.tr(str(label)) for label in KIND_LABELS.values())
        header.resizeSection(KIND, max(metrics.horizontalAdvance(k) for k in kinds) + 24)
        self.view.activated.connect(
            lambda index: self.mission_requested.emit(self.model.change(index.row()).mission_name)
        )
        self._layout.addWidget(self.view, 1)

    def last_looked(self) -> dt.datetime | None:
        return read_instant(self.settings.value(LAST_LOOKED_KEY))

    def refresh(self) -> None:
        """Read the changes again (after a sync, or another process's) if the panel shows."""
        if not self.isVisible():
            return
        self.model.set_changes(self.service.changes(SHOWN), self.last_looked(), self.zone)
        count, new = self.model.rowCount(), self.model.new_count()
        if count == 0:
            self.summary.setText(
                self.tr(
                    "No changes yet: File \u25b8 Update Now (F5) fetches the launches from "
                    "Launch Library 2, and what each update changes is listed here."
                )
            )
        elif new:
            text = self.tr("%n new since you last looked (marked {0})", "", new)
            self.summary.setText(text.format(NEW_MARK))
        else:
            self.summary.setText(self.tr("Nothing new since you last looked."))

    def set_zone(self, zone: schedule.Zone) -> None:
        self.zone = zone
        self.refresh()

    def mark_seen(self) -> None:
        """What the panel shows now has been looked at."""
        newest = self.model.newest()
        if newest is not None:
            self.settings.setValue(LAST_LOOKED_KEY, newest.isoformat())

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            if self.view is None:
                self._build_view()
            self.refresh()
        else:
            self.mark_seen()


class _Body(QWidget):
    def sizeHint(self) -> QSize:
        return QSize(420, super().sizeHint().height())
