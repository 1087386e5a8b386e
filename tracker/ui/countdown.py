"""The countdown: one ticker for the whole app, the banner above the list, and clock mode.

The ticker is a single-shot precise timer re-armed for the next second boundary of the app's
clock (simulated or live), so seconds are neither skipped nor drift; the remaining time is
always computed from the clock, never by counting down. With no second-precise countdown on
show it wakes once a minute instead, and it stops while nothing shows it.

The banner and clock mode are given the launch on the board (``show_mission``) and the time
at each tick (``tick``); what they show then is ``schedule.launch_state`` in the window's
language (``tracker.ui.words``): the countdown,
through T−0 the count-up with "Liftoff — awaiting confirmation", HOLD with its reason, the
time since liftoff while in flight. Clock mode is a window of its own for a second screen:
closing it (or Esc) when the main window is not shown ends the app.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontDatabase, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker import schedule
from tracker.clock import Clock
from tracker.schedule import Phase
from tracker.store.records import MissionDetail
from tracker.ui import words
from tracker.ui.announcer import spoken_clock
from tracker.ui.i18n import Context
from tracker.vocabulary import NetPrecision

MARGIN_MS = 3  # wake just after the boundary, never just before it


class Countdown(Context):
    pass


class Ticker(QObject):
    """Emits ``tick`` on each second (or minute) boundary of the app's clock."""

    tick = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._every_second = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.fire)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    @property
    def every_second(self) -> bool:
        return self._every_second

    def set_every_second(self, every_second: bool) -> None:
        if every_second != self._every_second:
            self._every_second = every_second
            if self.active:
                self._arm()

    def start(self) -> None:
        if not self.active:
            self._arm()

    def stop(self) -> None:
        self._timer.stop()

    def next_delay_ms(self) -> int:
        """Milliseconds to the next boundary of the clock, plus a small margin."""
        now = self._clock()
        into_second = now.microsecond // 1000
        if self._every_second:
            return 1000 - into_second + MARGIN_MS
        return (59 - now.second) * 1000 + (1000 - into_second) + MARGIN_MS

    def _arm(self) -> None:
        self._timer.start(self.next_delay_ms())

    def fire(self) -> None:
        """Tick now and arm for the next boundary: the timer calls it, and a test that moves
        its clock by hand calls it instead of waiting for the timer."""
        self._arm()
        self.tick.emit()


def _label(text: str = "", *, name: str = "", size: float = 0, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # mission, vehicle and crew names are data
    if name:
        label.setObjectName(name)
    font = label.font()
    if size:
        font.setPointSizeF(font.pointSizeF() * size)
    font.setBold(bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _digits_font(scale: float) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(QFont().pointSizeF() * scale)
    font.setBold(True)
    return font


def _set(label: QLabel, text: str) -> None:
    """Set a label only when its text changes (a tick each second)."""
    if label.text() != text:
        label.setText(text)


def _show_note(label: QLabel, text: str) -> None:
    """A note that is hidden while it has nothing to say."""
    _set(label, text)
    if label.isHidden() == bool(text):
        label.setVisible(bool(text))


def launch_state(m: MissionDetail, now: dt.datetime, zone: schedule.Zone) -> schedule.LaunchState:
    """The launch's state as the windows show it: compact clock, its status reason."""
    return words.launch_state(m, now, zone, reason=m.status_reason, compact=True)


def caption(phase: Phase) -> str:
    """The banner's and clock mode's heading: the launch on the board is next until it flies."""
    return Countdown.tr("IN FLIGHT") if phase is Phase.IN_FLIGHT else next_launch_caption()


def next_launch_caption() -> str:
    return Countdown.tr("NEXT LAUNCH")


def describe(m: MissionDetail, zone: schedule.Zone) -> tuple[str, str, str]:
    """Vehicle line, NET line and crew line for a mission, as the banner shows them."""
    craft = f"{m.spacecraft} ({m.capsule})" if m.capsule else m.spacecraft
    vehicle = " \u00b7 ".join(v for v in (craft, m.launcher) if v)
    if m.destination:
        vehicle += f" \u2192 {m.destination}"
    net = words.net_label(words.format_net(m.net, m.net_precision, zone))
    if m.launch_site:
        net += f" \u00b7 {m.launch_site}"
    crew = (
        " \u00b7 ".join(c.name for c in m.crew) if m.crew else Countdown.tr("No crew assigned yet")
    )
    return vehicle, net, crew


class CountdownBanner(QFrame):
    """The next launch, always in view above the list (``countdownView``/``countdownLabel``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownView")
        self.setAccessibleName(self.tr("Next launch countdown"))
        self.setFrameShape(QFrame.Shape.StyledPanel)  # its look: the theme's style sheet
        self.caption = _label(next_launch_caption(), name="countdownCaption", size=0.85, bold=True)
        self.title = _label(name="countdownMission", size=1.6, bold=True)
        self.vehicle = _label(name="countdownVehicle")
        self.net = _label(name="countdownNet")
        self.crew = _label(name="countdownCrew")
        self.crew.setWordWrap(True)
        self.notice = _label(name="countdownNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.label = _label(name="countdownLabel")
        self.label.setFont(_digits_font(2.2))
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.label.setAccessibleName(self.tr("Countdown"))
        self.phase_note = _label(name="countdownPhase", size=1.1, bold=True)
        self.phase_note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.phase_note.hide()
        self.mission: MissionDetail | None = None
        self.zone: schedule.Zone = dt.UTC

        text = QVBoxLayout()
        text.setSpacing(2)
        for w in (self.caption, self.title, self.vehicle, self.net, self.crew, self.notice):
            text.addWidget(w)
        clock = QVBoxLayout()
        clock.setSpacing(2)
        clock.addStretch(1)
        clock.addWidget(self.label)
        clock.addWidget(self.phase_note)
        clock.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.addLayout(text, 1)
        row.addLayout(clock, 0)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_mission(self, m: MissionDetail | None, zone: schedule.Zone) -> None:
        """The launch on the board (None: nothing ahead); ``tick`` then keeps its clock."""
        self.mission, self.zone = m, zone
        if m is None:
            self.caption.setText(next_launch_caption())
            self.title.setText(self.tr("No launch ahead"))
            self.vehicle.setText(self.tr("No mission in the database is waiting to fly."))
            self.net.clear()
            self.crew.clear()
            self.label.clear()
            _show_note(self.phase_note, "")
            return
        vehicle, net, crew = describe(m, zone)
        self.title.setText(m.name)
        self.vehicle.setText(vehicle)
        self.net.setText(net)
        self.crew.setText(crew)

    def tick(self, now: dt.datetime) -> schedule.LaunchState | None:
        """Show the launch's clock and phase at ``now``; returns what it showed."""
        m = self.mission
        if m is None:
            return None
        state = launch_state(m, now, self.zone)
        _set(self.caption, caption(state.phase))
        _set(self.label, state.clock)
        _show_note(self.phase_note, state.note)
        if self.label.property("phase") != state.phase.value:
            self.label.setProperty("phase", state.phase.value)
        if self.label.accessibleDescription() != state.note:
            self.label.setAccessibleDescription(state.note)
        return state

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))


class ClockModeWindow(QWidget):
    """The countdown large, for a second screen; F11 toggles full screen, Esc leaves.

    A window of its own, not a secondary window of its parent (which only keeps it alive):
    with the main window not shown (``tracker --clock-mode``), closing it closes the app's
    last window, and the app quits.
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.mission: MissionDetail | None = None
        self.zone: schedule.Zone = dt.UTC
        self.setObjectName("clockMode")
        self.setWindowTitle(self.tr("Countdown \u2014 Mission Tracker"))
        self.setAccessibleName(self.tr("Countdown, clock mode"))
        self.setMinimumSize(640, 400)
        # A night-sky look of its own (the theme's style sheet): clock mode lives on a second
        # screen, often in the dark.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.caption = _label(next_launch_caption(), name="clockModeCaption", size=1.2, bold=True)
        self.title = _label(size=3.2, bold=True)
        self.countdown = _label(name="clockModeCountdown")
        self.countdown.setFont(_digits_font(6.0))
        self.countdown.setAccessibleName(self.tr("Countdown"))
        self.phase_note = _label(name="clockModePhase", size=2.0, bold=True)
        self.phase_note.hide()
        self.vehicle = _label(size=1.6)
        self.net = _label(size=1.4)
        self.local = _label(name="clockModeDetail", size=1.2)
        self.crew = _label(size=1.4)
        self.crew.setWordWrap(True)
        self.clock_note = _label(name="clockModeNote", size=1.0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addStretch(1)
        for w in (
            self.caption,
            self.title,
            self.countdown,
            self.phase_note,
            self.vehicle,
            self.net,
            self.local,
        ):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(w)
        layout.addSpacing(24)
        for w in (self.crew, self.clock_note):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(w)
        layout.addStretch(1)

    def show_mission(self, m: MissionDetail | None, zone: schedule.Zone) -> None:
        """The launch on the board (None: nothing ahead); ``tick`` then keeps its clock."""
        self.mission, self.zone = m, zone
        if m is None:
            self.caption.setText(next_launch_caption())
            self.title.setText(self.tr("No launch ahead"))
            for w in (self.vehicle, self.net, self.local, self.crew, self.countdown):
                w.clear()
            self.countdown.setAccessibleName("")
            _show_note(self.phase_note, "")
            return
        vehicle, net, _crew = describe(m, zone)
        self.title.setText(m.name)
        self.vehicle.setText(vehicle)
        self.net.setText(net)
        local = m.net.astimezone()
        when = words.format_wall(local, self.tr("dddd dd MMMM yyyy, HH:mm"))
        self.local.setText(
            self.tr("Local time: {0} {1}").format(when, local.tzname())
            if m.net_precision in schedule.FINE
            else ""
        )
        self.crew.setText(
            "\n".join(
                self.tr("{0}: {1} ({2})").format(words.role_text(c.role), c.name, c.agency)
                for c in m.crew
            )
        )

    def tick(self, now: dt.datetime, clock_note: str) -> schedule.LaunchState | None:
        """Show the launch's clock and phase at ``now`` and the clock's note (simulated
        or not); returns what it showed."""
        _set(self.clock_note, clock_note)
        m = self.mission
        if m is None:
            return None
        state = launch_state(m, now, self.zone)
        _set(self.caption, caption(state.phase))
        _set(self.countdown, state.clock)
        # Read aloud in words ("T minus 3 days 18 hours"), not as "T− 3d 18:21:00".
        spoken = spoken_clock(m, now, self.zone)
        if self.countdown.accessibleName() != spoken:
            self.countdown.setAccessibleName(spoken)
        _show_note(self.phase_note, state.note)
        return state

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and handle.transientParent() is not None:
            # a primary window, so that its closing can end the app (the stubs omit None)
            handle.setTransientParent(None)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F11 toggles full screen; Esc leaves clock mode (full screen or not)."""
        if event.key() == Qt.Key.Key_F11:
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        elif event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


def simulated_note(clock: Clock, zone: schedule.Zone) -> str:
    """'Simulated clock: 2021-10-27 12:00:05 UTC', or '' on live time."""
    if not clock.simulated:
        return ""
    return Countdown.tr("Simulated clock: {0}").format(
        words.format_net(clock(), NetPrecision.SECOND, zone)
    )


class NotificationBar(QFrame):
    """A reminder shown in the window, until dismissed (for desktops without a tray, too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBar")
        self.setAccessibleName(self.tr("Reminder"))
        self.text = QLabel()
        self.text.setObjectName("notificationText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # mission names are data
        self.text.setWordWrap(True)
        close = QToolButton()
        close.setText("\u2715")
        close.setAccessibleName(self.tr("Dismiss reminder"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.text, 1)
        row.addWidget(close)
        self.hide()

    def show_message(self, text: str) -> None:
        self.text.setText(text)
        self.show()
