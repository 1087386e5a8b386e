"""The detail of the selected mission (``missionDetail``): status, vehicles, schedule, launch
window, description and source, its webcasts and links, its crew roster editor and its slip
history.

Everything shown from the database is plain text. Edits made here (a reschedule, "Mark
as…") go through the roster editor's ``run``, so every refusal about the mission shows on
one line. The countdown line follows the launch through T−0 (``words.launch_state``), and
"Remind me before launch" is offered only while a reminder can still come
(``reminders.follow_offer``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker import reminders, schedule
from tracker.schedule import Phase
from tracker.store.records import MissionDetail
from tracker.ui import words
from tracker.ui.announcer import spoken_clock
from tracker.ui.crew_model import PeopleListModel
from tracker.ui.icons import icon
from tracker.ui.images import ImageKind, ImageLabel
from tracker.ui.labels import heading, plain_tooltip, value_label
from tracker.ui.links import LinkList
from tracker.ui.mission_model import STATUS_COLOURS
from tracker.ui.roster_editor import RosterEditor
from tracker.ui.schedule_widgets import RescheduleDialog, RescheduleRequest, SlipHistoryView
from tracker.ui.service import DataService
from tracker.ui.status_actions import StatusMenu, status_command
from tracker.ui.undo import Confirm, RescheduleCommand
from tracker.vocabulary import LaunchStatus, NetPrecision

NOT_GIVEN = "\u2014"
# Each field by its key, with its label in the window's language.
FIELDS = {
    "Spacecraft": QT_TRANSLATE_NOOP("MissionDetailView", "Spacecraft:"),
    "Launcher": QT_TRANSLATE_NOOP("MissionDetailView", "Launcher:"),
    "Operator": QT_TRANSLATE_NOOP("MissionDetailView", "Operator:"),
    "Launch site": QT_TRANSLATE_NOOP("MissionDetailView", "Launch site:"),
    "Destination": QT_TRANSLATE_NOOP("MissionDetailView", "Destination:"),
    "NET": QT_TRANSLATE_NOOP("MissionDetailView", "NET:"),
    "Window": QT_TRANSLATE_NOOP("MissionDetailView", "Window:"),
    "Landing": QT_TRANSLATE_NOOP("MissionDetailView", "Landing:"),
}
# What ``reminders.follow_offer`` says (in English, its rules' own words), in the window's.
FOLLOW_NOTES = (
    QT_TRANSLATE_NOOP("MissionDetailView", "NET passed: no reminder to give"),
    QT_TRANSLATE_NOOP("MissionDetailView", "On hold: reminders wait until the count resumes"),
    QT_TRANSLATE_NOOP(
        "MissionDetailView", "A day ahead; nearer reminders once the launch time is known"
    ),
    QT_TRANSLATE_NOOP("MissionDetailView", "Reminders start once the NET is known to the day"),
)


ARROW_ROOM = 14  # pixels the "Mark as…" button's menu arrow needs beside its text
PATCH_SIDE = 96  # pixels: the mission patch at the header's right


class StatusBadge(QLabel):
    """A mission's status on a rounded patch of its status colour (the list's colours),
    in white or black, whichever reads on it; drawn, so no style sheet pins a colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBadge")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(10, 2, 10, 2)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self._colour = QColor()

    def show_status(self, status: LaunchStatus, phase: Phase, reason: str = "") -> None:
        """The status; a pending one whose NET passed with no update says so instead of
        'Go for Launch' (in grey: the data is stale, not the launch go), and one past T−0
        awaiting confirmation says 'Liftoff?' (the status has not caught up yet)."""
        stale = phase is Phase.AWAITING_UPDATE
        launching = phase is Phase.LAUNCHING
        self._colour = QColor(STATUS_COLOURS[LaunchStatus.TBD if stale else status])
        dark = self._colour.lightnessF() < 0.6
        palette = self.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText,
            QColor(Qt.GlobalColor.white if dark else Qt.GlobalColor.black),
        )
        self.setPalette(palette)
        text = self.tr("Awaiting update") if stale else words.status_text(status)
        self.setText(self.tr("Liftoff?") if launching else text)
        tip = self.tr("Status: {0}").format(words.status_short(status))
        tip += f" \u2014 {reason}" if reason else ""
        self.setToolTip(plain_tooltip(tip + (f"; {words.passed_text()}" if stale else "")))
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        radius = self.height() / 2
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        painter.end()
        super().paintEvent(event)


class MissionDetailView(QScrollArea):
    """Name, status, vehicles, schedule, description, source, crew roster and slip history.

    ``people`` is the window's one people model; the roster's person picker lists it.
    """

    message = Signal(str)
    follow_toggled = Signal(int, bool)
    new_person_requested = Signal()

    def __init__(
        self,
        service: DataService,
        undo_stack: QUndoStack,
        confirm: Confirm,
        people: PeopleListModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("missionDetail")
        self.setAccessibleName(self.tr("Mission detail"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Narrower than its content (a small window, the docks open), it scrolls sideways
        # rather than cutting off its right edge (the Reschedule button).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.service = service
        self.zone: schedule.Zone = dt.UTC
        self.detail: MissionDetail | None = None
        self._phase: Phase | None = None  # the badge's, redrawn when it changes

        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_actions())

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(14)
        self.fields: dict[str, QLabel] = {}
        for name, label in FIELDS.items():
            self.fields[name] = value_label()
            form.addRow(self.tr(str(label)), self.fields[name])
        layout.addLayout(form)

        self.description = value_label("detailDescription")
        layout.addWidget(self.description)
        self.source = value_label("detailSource")
        italic = self.source.font()
        italic.setItalic(True)
        self.source.setFont(italic)
        layout.addWidget(self.source)

        layout.addSpacing(6)
        self.links_heading = heading(self.tr("Webcasts and links"))
        layout.addWidget(self.links_heading)
        self.links = LinkList()
        self.links.message.connect(self.message)
        layout.addWidget(self.links)

        layout.addSpacing(6)
        self.roster_editor = RosterEditor(service, undo_stack, confirm, people)
        self.roster_editor.message.connect(self.message)
        self.roster_editor.new_person_requested.connect(self.new_person_requested)
        self.roster_editor.stale.connect(self._show_again)
        layout.addWidget(self.roster_editor)

        layout.addSpacing(6)
        layout.addWidget(heading(self.tr("Schedule history")))
        self.history = SlipHistoryView()
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.set_mission(None)

    def _build_header(self) -> QVBoxLayout:
        self.title = value_label("detailTitle")
        self.title.setWordWrap(False)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.title.setFont(font)
        self.badge = StatusBadge()
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(8)
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        self.countdown = QLabel()
        self.countdown.setObjectName("detailCountdown")
        self.countdown.setTextFormat(Qt.TextFormat.PlainText)
        font = self.countdown.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.countdown.setFont(font)
        text = QVBoxLayout()
        text.addLayout(header)
        text.addWidget(self.countdown)
        text.addStretch(1)
        self.patch = ImageLabel(ImageKind.PATCH, self.service.images, PATCH_SIDE)
        self.patch.setObjectName("missionPatch")
        top = QHBoxLayout()
        top.addLayout(text, 1)
        top.addWidget(self.patch, 0, Qt.AlignmentFlag.AlignTop)
        rows = QVBoxLayout()
        rows.addLayout(top)
        return rows

    def _build_actions(self) -> QVBoxLayout:
        self.follow = QCheckBox(self.tr("Remind me before launch"))
        self.follow.setObjectName("followToggle")
        self.follow.setToolTip(
            self.tr("Notify me at the reminder lead times (View \u25b8 Reminders\u2026)")
        )
        self.follow.toggled.connect(self._follow_toggled)
        self.follow_note = value_label("followNote")
        self.follow_note.hide()
        self.status_menu = StatusMenu(self)
        self.status_menu.chosen.connect(self.mark)
        self.status_button = QToolButton()
        self.status_button.setObjectName("statusButton")
        self.status_button.setText(self.tr("Mark as\u2026"))
        self.status_button.setToolTip(
            self.tr("Set the launch status by hand: a hold, the liftoff, the outcome")
        )
        self.status_button.setMenu(self.status_menu)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The menu arrow is drawn inside the button: room for it beside the text.
        self.status_button.setMinimumWidth(self.status_button.sizeHint().width() + ARROW_ROOM)
        self.reschedule_button = QPushButton(icon("reschedule"), self.tr("Reschedule\u2026"))
        self.reschedule_button.setObjectName("rescheduleButton")
        self.reschedule_button.setToolTip(
            self.tr("Move this mission's NET; the change joins its history")
        )
        self.reschedule_button.clicked.connect(self.ask_reschedule)
        actions = QHBoxLayout()
        actions.addWidget(self.follow)
        actions.addStretch(1)
        actions.addWidget(self.status_button)
        actions.addWidget(self.reschedule_button)
        rows = QVBoxLayout()
        rows.addLayout(actions)
        rows.addWidget(self.follow_note)
        return rows

    @property
    def confirm(self) -> Confirm:
        """Asks the user before an edit rewrites a flown mission's history."""
        return self.roster_editor.confirm

    @confirm.setter
    def confirm(self, ask: Confirm) -> None:
        self.roster_editor.confirm = ask

    # --- showing ----------------------------------------------------------------------------

    def set_zone(self, zone: schedule.Zone) -> None:
        self.zone = zone
        self.set_mission(self.detail)

    def set_followed(self, followed: bool) -> None:
        """Show whether reminders are on for this mission (without asking to change it)."""
        self.follow.blockSignals(True)
        self.follow.setChecked(followed)
        self.follow.blockSignals(False)

    def _follow_toggled(self, on: bool) -> None:
        if self.detail is not None:
            self.follow_toggled.emit(self.detail.id, on)

    def _show_again(self, mission_id: int) -> None:
        self.set_mission(self.service.mission(mission_id))

    def set_mission(self, m: MissionDetail | None) -> None:
        self.detail = m
        self._phase = None
        self.roster_editor.set_mission(m)
        self.history.set_mission(m, self.zone)
        self.reschedule_button.setEnabled(m is not None)
        self.status_button.setEnabled(m is not None)
        self.links.set_links(m.links if m is not None else ())
        self.patch.setVisible(m is not None)
        self.patch.show_url(m.image_url if m is not None else "")
        if m is None:
            self.title.setText(self.tr("Select a mission"))
            self.badge.hide()
            self.countdown.clear()
            self.countdown.setAccessibleName("")
            self.follow.setEnabled(False)
            self.follow_note.hide()
            self.links_heading.hide()
            for label in (*self.fields.values(), self.description, self.source):
                label.clear()
            return
        self.title.setText(m.name)
        self.status_menu.set_mission(m.name, m.status)
        self.links_heading.setVisible(bool(m.links))
        capsule = self.tr(" \u2014 capsule {0}").format(m.capsule) if m.capsule else ""
        craft = m.spacecraft + capsule
        self.fields["Spacecraft"].setText(craft or NOT_GIVEN)
        self.fields["Launcher"].setText(m.launcher or NOT_GIVEN)
        self.fields["Operator"].setText(m.operator or NOT_GIVEN)
        self.fields["Launch site"].setText(m.launch_site or NOT_GIVEN)
        self.fields["Destination"].setText(m.destination or NOT_GIVEN)
        self.fields["NET"].setText(
            self.tr("{0}  (precision: {1})").format(
                words.format_net(m.net, m.net_precision, self.zone),
                words.precision_text(m.net_precision),
            )
        )
        self.fields["Window"].setText(self._window(m))
        self.fields["Landing"].setText(self._landing(m))
        self.description.setText(m.description or self.tr("No description."))
        self.source.setText(self.tr("Source: {0}").format(m.source or self.tr("not recorded")))
        self.tick(self.service.now())

    def _landing(self, m: MissionDetail) -> str:
        """'1967-04-24 03:22:52 UTC · Crew lost': how the flight ended, not only when."""
        when = words.format_net(m.landing, NetPrecision.SECOND, self.zone) if m.landing else ""
        outcome = words.landing_text(m.landing_outcome) if m.landing_outcome is not None else ""
        return " \u00b7 ".join(part for part in (when, outcome) if part) or self.tr("not known")

    def _window(self, m: MissionDetail) -> str:
        if m.window_start is None and m.window_end is None:
            return self.tr("not announced")
        fmt = [
            words.format_net(t, NetPrecision.SECOND, self.zone)
            for t in (m.window_start, m.window_end)
            if t is not None
        ]
        return " \u2013 ".join(fmt)

    def tick(self, now: dt.datetime) -> None:
        """The countdown line (with the phase in words), the badge when the phase changes,
        and whether a reminder can still be offered."""
        m = self.detail
        if m is None:
            return
        state = words.launch_state(m, now, self.zone, reason=m.status_reason, compact=True)
        text = " \u00b7 ".join(part for part in (state.clock, state.note) if part)
        if self.countdown.text() != text:
            self.countdown.setText(text)
            # Read aloud in words ("T minus 3 days …"), not as the glyphs "T− 3d 18:21:00".
            spoken = ", ".join(p for p in (spoken_clock(m, now, self.zone), state.note) if p)
            self.countdown.setAccessibleName(spoken)
        if state.phase is not self._phase:
            self._phase = state.phase
            self.badge.show_status(m.status, state.phase, m.status_reason)
        offer = reminders.follow_offer(m, now)
        if self.follow.isEnabled() != offer.offered:
            self.follow.setEnabled(offer.offered)
        note = self.tr(offer.note) if offer.note else ""
        if self.follow_note.text() != note:
            self.follow_note.setText(note)
            self.follow_note.setVisible(bool(note))

    # --- editing ----------------------------------------------------------------------------

    def mark(self, status: LaunchStatus, reason: str = "") -> bool:
        """ "Mark as…": the launch status (and why) by hand, an undoable edit."""
        m = self.detail
        if m is None:
            return False
        return self.roster_editor.run(status_command(self.service, m, status, reason))

    def ask_reschedule(self) -> None:
        m = self.detail
        if m is None:
            return
        dialog = RescheduleDialog(m, self.zone, self)
        dialog.accepted.connect(lambda: self.reschedule(dialog.values()))
        dialog.open()

    def reschedule(self, request: RescheduleRequest) -> bool:
        """Move the NET (an undo command); the change joins the mission's history."""
        m = self.detail
        if m is None:
            return False
        return self.roster_editor.run(
            lambda confirm: RescheduleCommand(
                self.service,
                m.id,
                m.name,
                request.net,
                request.precision,
                request.reason,
                confirm=confirm,
                expected_version=m.version,
            )
        )
