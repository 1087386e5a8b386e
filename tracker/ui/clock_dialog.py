"""View ▸ Clock: go back to live time, or run a simulated clock from a chosen moment.

Times cross into Qt through ``tracker.ui.qtime``, which keeps their zone (PITFALLS.md).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimeZone
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tracker.clock import Clock
from tracker.ui import words
from tracker.ui.qtime import from_qdatetime, to_qdatetime
from tracker.vocabulary import DEFAULT_DATA_AS_OF

REPORT_MOMENT = DEFAULT_DATA_AS_OF


class ClockDialog(QDialog):
    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clockDialog")
        self.setWindowTitle(self.tr("Clock"))
        self.live = QRadioButton(self.tr("&Live time"))
        self.simulated = QRadioButton(self.tr("&Simulated clock, running from:"))
        group = QButtonGroup(self)
        group.addButton(self.live)
        group.addButton(self.simulated)
        self.when = QDateTimeEdit()
        self.when.setObjectName("clockMoment")
        self.when.setTimeZone(QTimeZone.utc())
        self.when.setDisplayFormat(self.tr("yyyy-MM-dd HH:mm:ss 'UTC'"))
        self.when.setCalendarPopup(True)
        self.when.setDateTime(to_qdatetime(clock()))
        self.when.setAccessibleName(self.tr("Simulated clock start, in UTC"))
        day = words.format_wall(REPORT_MOMENT, self.tr("d MMM yyyy"))
        report = QPushButton(self.tr("{0} (the default data's day)").format(day))
        report.setObjectName("reportDayButton")
        report.clicked.connect(self._report_day)
        (self.simulated if clock.simulated else self.live).setChecked(True)
        self.when.setEnabled(clock.simulated)
        self.simulated.toggled.connect(self.when.setEnabled)
        self.simulated.toggled.connect(report.setEnabled)
        report.setEnabled(clock.simulated)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("A simulated clock starts at the moment you choose and then runs on."))
        )
        layout.addWidget(self.live)
        layout.addWidget(self.simulated)
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addWidget(self.when, 1)
        row.addWidget(report)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _report_day(self) -> None:
        self.when.setDateTime(to_qdatetime(REPORT_MOMENT))

    def chosen(self) -> dt.datetime | None:
        """None for live time, else the simulated clock's start (aware, UTC)."""
        return from_qdatetime(self.when.dateTime()) if self.simulated.isChecked() else None
