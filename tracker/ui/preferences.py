"""The user's preferences: the time zone, the appearance and the reminder lead times.

Each is kept in QSettings and offered in the View menu; a change is announced once
(``zone_changed``, the theme's ``changed``) and every view that shows it follows. Input the
app cannot read is refused where it was typed, with the reason, never silently replaced.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from tracker import schedule
from tracker.errors import UserError
from tracker.reminders import format_leads, parse_leads
from tracker.ui.labels import MessageLine
from tracker.ui.messages import tell
from tracker.ui.theme import Theme
from tracker.ui.tray import ReminderService

ZONE_KEY = "view/zone"
SCHEME_KEY = "view/colorScheme"
NAMED_ZONES = ("UTC", "local")


def zone_or_utc(name: str) -> schedule.Zone:
    try:
        return schedule.zone_from_name(name)
    except (KeyError, ValueError):
        return dt.UTC


class Preferences(QObject):
    """The zone times are shown in, the colour scheme, and the dialogs that change them."""

    zone_changed = Signal(object)  # a tzinfo

    def __init__(self, settings: QSettings, theme: Theme, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self.settings = settings
        self.theme = theme
        self.zone_name = str(settings.value(ZONE_KEY, "UTC"))
        self.zone = zone_or_utc(self.zone_name)
        self.zone_group = QActionGroup(self)
        self.other_zone_action = QAction(self.tr("&Other\u2026"), self, checkable=True)
        self.scheme_group = QActionGroup(self)

    def apply_scheme(self) -> None:
        """The saved colour scheme, for every widget. The window calls it once its widgets
        exist: a style sheet set before them is resolved again for each widget added."""
        self.theme.apply(str(self.settings.value(SCHEME_KEY, "system")))

    # --- the time zone ----------------------------------------------------------------------

    def zone_menu(self, menu: QMenu) -> None:
        """UTC, local time, or any IANA zone, as checkable entries of ``menu``."""
        labels = {"UTC": self.tr("&UTC"), "local": self.tr("&Local time")}
        for name in NAMED_ZONES:
            action = QAction(labels[name], self, checkable=True)
            action.setData(name)
            action.triggered.connect(lambda _c=False, n=name: self.set_zone(n))
            self.zone_group.addAction(action)
            menu.addAction(action)
        self.other_zone_action.triggered.connect(self.choose_zone)
        self.zone_group.addAction(self.other_zone_action)
        menu.addAction(self.other_zone_action)
        self._check_zone()

    def set_zone(self, name: str) -> None:
        self.zone_name = name
        self.zone = zone_or_utc(name)
        self.settings.setValue(ZONE_KEY, name)
        self._check_zone()
        self.zone_changed.emit(self.zone)

    def _check_zone(self) -> None:
        for action in self.zone_group.actions():
            action.setChecked(action.data() == self.zone_name)
        other = self.zone_name not in NAMED_ZONES
        self.other_zone_action.setChecked(other)
        self.other_zone_action.setText(
            self.tr("&Other ({0})\u2026").format(self.zone_name)
            if other
            else self.tr("&Other\u2026")
        )

    def choose_zone(self) -> None:
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(self.tr("Time zone"))
        dialog.setLabelText(
            self.tr("Show times in this zone (e.g. Europe/Berlin, America/New_York):")
        )
        dialog.setTextValue(self.zone_name if self.zone_name not in NAMED_ZONES else "")
        dialog.textValueSelected.connect(self.zone_chosen)
        dialog.open()

    def zone_chosen(self, name: str) -> None:
        try:
            schedule.zone_from_name(name.strip())
        except (KeyError, ValueError):
            tell(
                self._window,
                self.tr("Time zone"),
                self.tr("Unknown time zone: {0}").format(repr(name)),
            )
            self._check_zone()
            return
        self.set_zone(name.strip() or "UTC")

    # --- the appearance ---------------------------------------------------------------------

    def scheme_menu(self, menu: QMenu) -> None:
        schemes = (
            (self.tr("&Follow the system"), "system"),
            (self.tr("&Light"), "light"),
            (self.tr("&Dark"), "dark"),
        )
        for label, name in schemes:
            action = QAction(label, self, checkable=True)
            action.setData(name)
            action.setChecked(name == self.theme.scheme)
            action.triggered.connect(lambda _c=False, n=name: self.set_scheme(n))
            self.scheme_group.addAction(action)
            menu.addAction(action)

    def set_scheme(self, name: str) -> None:
        """Light, dark, or whatever the system says; every part of the window follows."""
        self.settings.setValue(SCHEME_KEY, name)
        self.theme.apply(name)
        for action in self.scheme_group.actions():
            action.setChecked(action.data() == self.theme.scheme)

    # --- reminders --------------------------------------------------------------------------

    def choose_leads(self, reminders: ReminderService) -> LeadTimesDialog:
        dialog = LeadTimesDialog(reminders, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class LeadTimesDialog(QDialog):
    """View ▸ Reminders: how long before a followed launch to remind. OK takes only what
    ``parse_leads`` reads; anything else is refused here, with its reason, and kept as
    typed so it can be corrected."""

    def __init__(self, reminders: ReminderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadTimesDialog")
        self.setWindowTitle(self.tr("Reminders"))
        self.reminders = reminders
        intro = QLabel(
            self.tr(
                "Remind me this long before each followed launch, e.g. 24 h, 1 h, 10 min "
                "(also 1 d, 30 min, 2 h 30 min).\n"
                "Crewed missions are followed unless you untick \u201cRemind me\u201d."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = QLineEdit(format_leads(reminders.leads))
        self.edit.setObjectName("leadTimesEdit")
        self.edit.setAccessibleName(self.tr("Reminder lead times"))
        self.edit.setPlaceholderText("24 h, 1 h, 10 min")
        self.message = MessageLine("leadTimesMessage")
        self.edit.textEdited.connect(lambda _text: self.message.show_text(""))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        try:
            leads = parse_leads(self.edit.text())
        except (UserError, ValueError) as exc:
            self.message.show_text(str(exc))
            self.adjustSize()  # room for the reason, whole
            self.edit.setFocus()
            return
        self.reminders.set_leads(leads)
        super().accept()
