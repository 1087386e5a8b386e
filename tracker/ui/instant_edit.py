"""A UTC date-and-time field for the record dialogs, optionally "not set".

Times cross into Qt as epoch milliseconds in UTC (PITFALLS.md: ``QDateTime(aware)`` drops the
zone); a field the user did not touch gives back the exact value it was shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimeZone
from PySide6.QtGui import QAccessible, QShowEvent
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QWidget

from tracker.ui.qtime import from_qdatetime, to_qdatetime
from tracker.vocabulary import YEAR_MAX, YEAR_MIN


class InstantEdit(QWidget):
    """A UTC date-and-time field, with a "not set" box (or ``unset_text``) when the value is
    optional."""

    def __init__(
        self, optional: bool = False, parent: QWidget | None = None, unset_text: str = ""
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QDateTimeEdit()
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setDisplayFormat(self.tr("yyyy-MM-dd HH:mm:ss 'UTC'"))
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDateTime(to_qdatetime(dt.datetime(YEAR_MIN, 1, 1, tzinfo=dt.UTC)))
        self.edit.setMaximumDateTime(
            to_qdatetime(dt.datetime(YEAR_MAX, 12, 31, 23, 59, 59, tzinfo=dt.UTC))
        )
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)  # its label's mnemonic reaches the field itself
        self.unset: QCheckBox | None = None
        if optional:
            self.unset = QCheckBox(unset_text or self.tr("not set"))
            self.unset.toggled.connect(lambda checked: self.edit.setEnabled(not checked))
            layout.addWidget(self.unset)
        self._shown: dt.datetime | None = None
        self._shown_ms: int | None = None

    def showEvent(self, event: QShowEvent) -> None:
        """The field is named by the label whose buddy this widget is (what a screen reader
        would say for the widget), unless it was named otherwise."""
        super().showEvent(event)
        if not self.edit.accessibleName():
            interface = QAccessible.queryAccessibleInterface(self)
            name = interface.text(QAccessible.Text.Name) if interface is not None else ""
            self.edit.setAccessibleName(name.rstrip(":"))

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
