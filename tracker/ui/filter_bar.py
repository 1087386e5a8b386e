"""The filter bar above the mission list: the widgets that make a ``MissionFilter``.

Agency, vehicle, site and destination are editable combo boxes offering the names the
missions hold (completion finds any part of a name); a name is applied once it is one
of those, or when the user presses Return or leaves the box, so typing "Spa" does not
empty the list on the way to "SpaceX", while an unknown name still shows no mission, as
``tracker list`` does. Statuses and precisions are chosen several at a time from a menu that
stays open; each date may be "Any date". A range relative to today (a named view's "next 30
days") is kept as such until the user changes a date. The bar holds no rows and no
settings: ``ListPanel`` gives it the choices, applies what it makes and keeps it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from tracker.filters import TEXT_FIELDS, MissionFilter, RowKeys, Wording, fold
from tracker.ui import words
from tracker.ui.detail_view import ARROW_ROOM
from tracker.ui.i18n import Context
from tracker.vocabulary import YEAR_MAX, YEAR_MIN, LaunchStatus, NetPrecision

NO_DAY = QDate(YEAR_MIN - 1, 12, 31)  # the date edits' "Any date": below every real day


class FilterWords(Context):
    pass


def wording() -> Wording:
    """The filter's words in the user's language (``MissionFilter.describe``)."""

    def days(first: int, last: int) -> str:
        if first == 0 < last:
            return FilterWords.tr("next %n days", "", last)
        if first < 0 == last:
            return FilterWords.tr("last %n days", "", -first)
        return FilterWords.tr("today {0:+d} to {1:+d} days").format(first, last)

    return Wording(
        none=FilterWords.tr("no filter"),
        crewed=FilterWords.tr("crewed"),
        precisions=FilterWords.tr("precision {}"),
        since=FilterWords.tr("from {}"),
        until=FilterWords.tr("until {}"),
        between=FilterWords.tr("{} to {}"),
        days=days,
    )


class StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while they are ticked, by mouse or keyboard."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._toggle(self.activeAction()):
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() in keys and self._toggle(self.activeAction()):
            return
        super().keyPressEvent(event)

    def _toggle(self, action: QAction | None) -> bool:
        if action is None or not action.isCheckable() or not action.isEnabled():
            return False
        action.trigger()
        return True


class MenuButton(QToolButton):
    """A button that opens its menu, with room beside its text for the arrow Qt draws
    inside it (``detail_view.ARROW_ROOM``)."""

    def __init__(self) -> None:
        super().__init__()
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + ARROW_ROOM, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class ChoiceButton(MenuButton):
    """A button whose menu chooses any number of values; its text says which."""

    changed = Signal()

    def __init__(self, title: str, items: Iterable[tuple[Any, str, str]], name: str) -> None:
        """``items``: (value, text on the button, text in the menu)."""
        super().__init__()
        self.setObjectName(name)
        self._title = title
        self.setAccessibleName(title)
        menu = StayOpenMenu(self)
        self._any = menu.addAction(self.tr("Any"))
        self._any.triggered.connect(lambda: self.set_chosen(frozenset(), notify=True))
        menu.addSeparator()
        self._actions: list[tuple[Any, str, QAction]] = []
        for value, short, long in items:
            action = menu.addAction(long)
            action.setCheckable(True)
            action.toggled.connect(self._toggled)
            self._actions.append((value, short, action))
        self.setMenu(menu)
        self._show()

    def chosen(self) -> frozenset[Any]:
        return frozenset(v for v, _s, a in self._actions if a.isChecked())

    def set_chosen(self, values: frozenset[Any], *, notify: bool = False) -> None:
        for value, _short, action in self._actions:
            action.blockSignals(True)
            action.setChecked(value in values)
            action.blockSignals(False)
        self._show()
        if notify:
            self.changed.emit()

    def _toggled(self, _checked: bool) -> None:
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        shorts = [s for _v, s, a in self._actions if a.isChecked()]
        if not shorts:
            text = self._title
        elif len(shorts) <= 2:
            text = self.tr("{0}: {1}").format(self._title, ", ".join(shorts))
        else:
            text = self.tr("{0} ({1})").format(self._title, len(shorts))
        self.setText(text)
        self.setToolTip(", ".join(shorts) or self.tr("Any"))
        self._any.setEnabled(bool(shorts))


class NameBox(QComboBox):
    """An editable choice of one name: the names the missions hold, or any text."""

    committed = Signal()

    def __init__(self, placeholder: str, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(placeholder)
        self.setToolTip(placeholder)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        edit = self.lineEdit()
        assert edit is not None  # editable
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._known: set[str] = set()
        self.currentTextChanged.connect(self._typed)
        edit.editingFinished.connect(self.committed)

    def text(self) -> str:
        return self.currentText().strip()

    def set_text(self, text: str) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def set_choices(self, names: list[str]) -> None:
        """Offer ``names``, keeping what the box holds."""
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItems(names)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)
        self._known = {fold(n) for n in names}

    def _typed(self, text: str) -> None:
        """Apply at once what is blank or a name offered; anything else on Return."""
        if not text.strip() or fold(text) in self._known:
            self.committed.emit()


class DateField(QDateEdit):
    """A day, or "Any date" (the minimum, shown as that text). The calendar opens on the
    clock's month when there is no day; Delete goes back to "Any date"."""

    def __init__(self, accessible: str, name: str, today: Callable[[], dt.date]) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self._today = today
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DAY)
        self.setMaximumDate(QDate(YEAR_MAX, 12, 31))
        self.setSpecialValueText(self.tr("Any date"))
        self.setDate(NO_DAY)
        self.setToolTip(self.tr("{0} (Delete: any date)").format(accessible))
        self.calendarWidget().installEventFilter(self)

    def day(self) -> dt.date | None:
        date = self.date()
        return None if date == NO_DAY else dt.date(date.year(), date.month(), date.day())

    def set_day(self, day: dt.date | None) -> None:
        self.blockSignals(True)
        self.setDate(NO_DAY if day is None else QDate(day.year, day.month, day.day))
        self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.setDate(NO_DAY)
            return
        if self.day() is None and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # Qt keeps Tab in a date field showing its special value: a keyboard trap
            back = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            QWidget.focusNextPrevChild(self, not back)
            return
        steps = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        if self.day() is None and event.key() in steps:
            today = self._today()
            self.setDate(QDate(today.year, today.month, today.day))  # not 1900
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.day() is None:
            today = self._today()
            self.calendarWidget().setCurrentPage(today.year, today.month)
        return super().eventFilter(watched, event)


class FilterBar(QWidget):
    """The filter's widgets in two rows; ``changed`` when the user changes one."""

    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._relative: tuple[int, int] | None = None  # kept until a date is changed
        self.agency = NameBox(self.tr("Any agency"), "agencyFilter")
        self.vehicle = NameBox(self.tr("Any vehicle"), "vehicleFilter")
        self.site = NameBox(self.tr("Any launch site"), "siteFilter")
        self.destination = NameBox(self.tr("Any destination"), "destinationFilter")
        for box in self.boxes():
            box.committed.connect(self.changed)
        self.crewed = QCheckBox(self.tr("&Crewed only"))
        self.crewed.setObjectName("crewedFilter")
        self.crewed.setAccessibleName(self.tr("Crewed only"))
        self.crewed.toggled.connect(self.changed)
        self.statuses = ChoiceButton(
            self.tr("Status"),
            ((s, words.status_short(s), words.status_text(s)) for s in LaunchStatus),
            "statusFilter",
        )
        self.precisions = ChoiceButton(
            self.tr("Precision"),
            ((p, words.precision_text(p), words.precision_text(p)) for p in NetPrecision),
            "precisionFilter",
        )
        for button in (self.statuses, self.precisions):
            button.changed.connect(self.changed)
        self.date_from = DateField(self.tr("NET from"), "fromFilter", today)
        self.date_to = DateField(self.tr("NET until"), "toFilter", today)
        for field in (self.date_from, self.date_to):
            field.dateChanged.connect(self._date_changed)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        for column, box in enumerate(self.boxes()):
            grid.addWidget(box, 0, column)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.crewed)
        second.addWidget(self.statuses)
        second.addWidget(self.precisions)
        second.addStretch(1)
        net = QLabel(self.tr("NET &from"))
        net.setBuddy(self.date_from)
        until = QLabel(self.tr("&until"))
        until.setBuddy(self.date_to)
        second.addWidget(net)
        second.addWidget(self.date_from)
        second.addSpacing(4)
        second.addWidget(until)
        second.addWidget(self.date_to)
        grid.addLayout(second, 1, 0, 1, 4)

    def boxes(self) -> tuple[NameBox, NameBox, NameBox, NameBox]:
        return (self.agency, self.vehicle, self.site, self.destination)

    def filter(self) -> MissionFilter:
        """What the widgets say now."""
        fixed = self._relative is None
        return MissionFilter(
            agency=self.agency.text(),
            vehicle=self.vehicle.text(),
            site=self.site.text(),
            destination=self.destination.text(),
            crewed_only=self.crewed.isChecked(),
            statuses=self.statuses.chosen(),
            precisions=self.precisions.chosen(),
            date_from=self.date_from.day() if fixed else None,
            date_to=self.date_to.day() if fixed else None,
            relative_days=self._relative,
        )

    def set_filter(self, wanted: MissionFilter, today: dt.date) -> None:
        """Show ``wanted`` (a relative range as the days it means ``today``); no signal."""
        for box, text in zip(
            self.boxes(),
            (wanted.agency, wanted.vehicle, wanted.site, wanted.destination),
            strict=True,
        ):
            box.set_text(text or "")
        self.crewed.blockSignals(True)
        self.crewed.setChecked(wanted.crewed_only)
        self.crewed.blockSignals(False)
        self.statuses.set_chosen(wanted.statuses)
        self.precisions.set_chosen(wanted.precisions)
        self._relative = wanted.relative_days
        if wanted.relative_days is None:
            self.date_from.set_day(wanted.date_from)
            self.date_to.set_day(wanted.date_to)
        self.show_days(today)

    def show_days(self, today: dt.date) -> None:
        """A relative range's days as of ``today`` (the clock moved, or was set)."""
        if self._relative is not None:
            first, last = MissionFilter(relative_days=self._relative).days(today)
            self.date_from.set_day(first)
            self.date_to.set_day(last)

    def set_choices(self, keys: RowKeys) -> None:
        """Offer the names the missions hold."""
        for box, name in zip(self.boxes(), TEXT_FIELDS, strict=True):
            box.set_choices(keys.choices(name))

    def _date_changed(self) -> None:
        self._relative = None  # the user chose days: the range is fixed from now on
        self.changed.emit()
