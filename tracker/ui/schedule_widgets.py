"""Schedule widgets for the detail view: the reschedule dialog and the slip timeline.

Neither touches the database: the dialog returns what the user asked for (the window wraps
it in an undo command that calls the repository), and the timeline shows the history a
``MissionDetail`` already carries. Times cross into Qt as wall-clock fields of the chosen
zone (``zoneinfo`` stays the truth): ``QDateTime`` from an aware datetime would silently
take it as local time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tracker import schedule
from tracker.store.records import MissionDetail, ScheduleEntry
from tracker.ui import words
from tracker.ui.labels import MessageLine, plain_tooltip, text_width
from tracker.ui.qtime import UTC, from_wall, to_wall
from tracker.vocabulary import REASON_MAX, YEAR_MAX, YEAR_MIN, NetPrecision


def signed_duration(delta: dt.timedelta) -> str:
    """'+2 days 22 h 49 min' for a slip, '−1 day' for a move earlier."""
    sign = "+" if delta >= dt.timedelta(0) else schedule.MINUS
    return sign + words.format_duration(delta)


@dataclass(frozen=True, slots=True)
class RescheduleRequest:
    """What the user asked for: pass it to ``Repository.reschedule``."""

    net: dt.datetime  # aware, UTC
    precision: NetPrecision
    reason: str


class RescheduleDialog(QDialog):
    """New NET (read in the display zone), precision and reason; OK only when it is valid."""

    def __init__(
        self, mission: MissionDetail, zone: schedule.Zone, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rescheduleDialog")
        self.mission = mission
        self.zone = zone
        self.setWindowTitle(self.tr("Reschedule {0}").format(mission.name))
        current = words.format_net(mission.net, mission.net_precision, zone)
        intro = QLabel(self.tr("{0} is NET {1}. Move it to:").format(mission.name, current))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        self.net_edit = QDateTimeEdit(to_wall(mission.net, zone))
        self.net_edit.setObjectName("rescheduleNet")
        self.net_edit.setAccessibleName(self.tr("New NET"))
        self.net_edit.setDisplayFormat(words.date_time_format())
        self.net_edit.setCalendarPopup(True)
        self.net_edit.setTimeZone(UTC)
        self.net_edit.setMinimumDateTime(QDateTime(QDate(YEAR_MIN, 1, 1), QTime(0, 0), UTC))
        self.net_edit.setMaximumDateTime(QDateTime(QDate(YEAR_MAX, 12, 31), QTime(23, 59, 59), UTC))
        self.zone_label = QLabel()
        self.zone_label.setObjectName("rescheduleZone")
        net_row = QHBoxLayout()
        net_row.addWidget(self.net_edit, 1)
        net_row.addWidget(self.zone_label)

        self.precision = QComboBox()
        self.precision.setObjectName("reschedulePrecision")
        self.precision.setAccessibleName(self.tr("NET precision"))
        for p in NetPrecision:
            self.precision.addItem(words.precision_text(p), p)
        self.precision.setCurrentIndex(list(NetPrecision).index(mission.net_precision))

        self.reason = QLineEdit()
        self.reason.setObjectName("rescheduleReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(self.tr("e.g. weather, vehicle processing"))
        self.reason.setMinimumWidth(text_width(self.reason, self.reason.placeholderText()))

        self.preview = QLabel()
        self.preview.setObjectName("reschedulePreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        self.error = MessageLine("rescheduleError")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Reschedule"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        net_label = QLabel(self.tr("New &NET:"))  # a row of a layout gets no buddy by itself
        net_label.setBuddy(self.net_edit)
        form.addRow(net_label, net_row)
        form.addRow(self.tr("&Precision:"), self.precision)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.net_edit.dateTimeChanged.connect(self._validate)
        self.precision.currentIndexChanged.connect(self._validate)
        self._validate()

    # --- values ---------------------------------------------------------------------------

    def net(self) -> dt.datetime:
        return from_wall(self.net_edit.dateTime(), self.zone)

    def set_net(self, when: dt.datetime) -> None:
        self.net_edit.setDateTime(to_wall(when, self.zone))

    def selected_precision(self) -> NetPrecision:
        return NetPrecision(self.precision.currentData())

    def set_precision(self, precision: NetPrecision) -> None:
        self.precision.setCurrentIndex(list(NetPrecision).index(precision))

    def values(self) -> RescheduleRequest:
        return RescheduleRequest(self.net(), self.selected_precision(), self.reason.text().strip())

    # --- validation -----------------------------------------------------------------------

    def problem(self) -> str:
        """Why the values can't be used, or '' (the repository checks again, in its turn)."""
        net, precision = self.net(), self.selected_precision()
        if not YEAR_MIN <= net.year <= YEAR_MAX:
            return self.tr("The NET must fall in the years {0} to {1}.").format(YEAR_MIN, YEAR_MAX)
        if net == self.mission.net and precision is self.mission.net_precision:
            return self.tr("That is the current NET: change the date, time or precision.")
        return ""

    def _validate(self) -> None:
        net, precision = self.net(), self.selected_precision()
        self.zone_label.setText(schedule.zone_label(net, self.zone))
        problem = self.problem()
        self.error.show_text(problem)
        self.ok_button.setEnabled(not problem)
        if problem:
            self.preview.clear()
            return
        new = words.format_net(net, precision, self.zone)
        moved = signed_duration(net - self.mission.net)
        self.preview.setText(self.tr("New NET: {0} ({1})").format(new, moved))

    def accept(self) -> None:
        """Close only with usable values (Enter in a field lands here too)."""
        if not self.problem():
            super().accept()


class HistoryColumn:
    CHANGED, FROM, TO, MOVED, REASON = range(5)


HEADERS = (
    QT_TRANSLATE_NOOP("SlipHistoryModel", "Changed"),
    QT_TRANSLATE_NOOP("SlipHistoryModel", "From"),
    QT_TRANSLATE_NOOP("SlipHistoryModel", "To"),
    QT_TRANSLATE_NOOP("SlipHistoryModel", "Moved"),
    QT_TRANSLATE_NOOP("SlipHistoryModel", "Reason"),
)


class SlipHistoryModel(QAbstractTableModel):
    """The slip history, oldest change first, as text in the display zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ScheduleEntry] = []
        self._zone: schedule.Zone = dt.UTC

    def set_history(self, history: Sequence[ScheduleEntry], zone: schedule.Zone) -> None:
        self.beginResetModel()
        self._rows, self._zone = list(history), zone
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(str(HEADERS[section])) if 0 <= section < len(HEADERS) else None
        return None

    def text(self, row: int, column: int) -> str:
        h = self._rows[row]
        if column == HistoryColumn.CHANGED:
            return words.format_net(h.changed_at, NetPrecision.MINUTE, self._zone)
        if column == HistoryColumn.FROM:
            return words.format_net(h.previous_net, h.previous_precision, self._zone)
        if column == HistoryColumn.TO:
            return words.format_net(h.new_net, h.new_precision, self._zone)
        if column == HistoryColumn.MOVED:
            return signed_duration(h.new_net - h.previous_net)
        return h.reason or self.tr("no reason given")

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:  # the reason may be longer than its column
            return plain_tooltip(self.text(index.row(), index.column()))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            r = index.row()
            return self.tr("Changed {0}: NET {1} to {2}, {3}, {4}").format(
                *(self.text(r, c) for c in range(len(HEADERS)))
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == HistoryColumn.MOVED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SlipHistoryView(QWidget):
    """A mission's slip history: the total slip in words, then each change in order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slipHistoryView")
        self._mission: MissionDetail | None = None
        self._zone: schedule.Zone = dt.UTC
        self.summary = QLabel()
        self.summary.setObjectName("slipTotal")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = SlipHistoryModel(self)
        self.timeline = QTreeView()
        self.timeline.setObjectName("slipTimeline")
        self.timeline.setAccessibleName(self.tr("Schedule changes"))
        self.timeline.setModel(self.model)
        self.timeline.setRootIsDecorated(False)
        self.timeline.setUniformRowHeights(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.timeline.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.timeline)
        self.set_mission(None)

    def set_mission(self, mission: MissionDetail | None, zone: schedule.Zone | None = None) -> None:
        self._mission = mission
        if zone is not None:
            self._zone = zone
        self._refresh()

    def set_zone(self, zone: schedule.Zone) -> None:
        self._zone = zone
        self._refresh()

    def _refresh(self) -> None:
        m = self._mission
        history = m.history if m is not None else ()
        self.model.set_history(history, self._zone)
        self.timeline.setVisible(bool(history))
        if m is None:
            self.summary.clear()
            return
        text = words.slip_summary(m.name, history)
        if history:
            first = history[0]
            since = words.format_net(first.previous_net, first.previous_precision, self._zone)
            text += self.tr(" (first NET on record: {0})").format(since)
        self.summary.setText(text)
