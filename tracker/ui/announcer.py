"""What a screen reader hears of the next launch, and announcements it says unasked.

A screen reader reads what has focus: a countdown ticking in the banner or a refusal shown
under a picker would go unheard. So the banner describes the next launch in words ("Next
launch: Crew-3, T minus 3 days 18 hours 21 minutes": no ``T− 3d 18:21:00`` to spell out), and
a ``QAccessibleAnnouncementEvent`` says, unasked, T−10 min, T−1 min and liftoff of the next
launch, and every refusal shown in place (``labels.MessageLine``).

Announcements are throttled, one ``Announcer`` for a window and the dialogs it owns: at most
one every ``MIN_GAP_S`` seconds (one that comes sooner waits, the latest in its place) and the
same text not again within ``REPEAT_S`` seconds. Time comes from an injected monotonic clock.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from tracker import schedule
from tracker.schedule import DAYLIKE, FINE, Phase, Scheduled
from tracker.store.records import MissionDetail
from tracker.ui import words
from tracker.ui.i18n import Context

MIN_GAP_S = 4.0  # seconds between two announcements at least
REPEAT_S = 20.0  # seconds before the same text is said again
MILESTONES = (600, 60)  # seconds before T−0 that are announced: T−10 min, T−1 min
LATE_S = 61  # seconds between two looks at most (a tick a minute); more: the clock was set

Politeness = QAccessible.AnnouncementPoliteness


class Spoken(Context):
    pass


# --- the countdown in words -----------------------------------------------------------------


def spoken_duration(seconds: int) -> str:
    """'3 days 18 hours 21 minutes' (whole minutes, rounded up like the countdown), or
    '45 seconds' in the last minute."""
    seconds = max(0, seconds)
    if seconds < 60:
        return Spoken.tr("%n seconds", "", seconds)
    days, rest = divmod(math.ceil(seconds / 60), 1440)
    hours, minutes = divmod(rest, 60)
    parts = [Spoken.tr("%n days", "", days)] if days else []
    parts += [Spoken.tr("%n hours", "", hours)] if hours else []
    parts += [Spoken.tr("%n minutes", "", minutes)] if minutes else []
    return " ".join(parts)


def spoken_clock(m: Scheduled, now: dt.datetime, zone: schedule.Zone) -> str:
    """The countdown as said aloud: 'T minus 3 days 18 hours 21 minutes', 'T plus 5
    seconds', 'on hold', 'T minus 4 days, 2021-10-31'; else what the window shows ('NET Nov
    2022', a status), which reads well as it is."""
    p = schedule.phase(m, now)
    seconds = schedule.seconds_until(m, now)
    if m.net_precision in FINE and p is Phase.COUNTDOWN:
        return Spoken.tr("T minus {0}").format(spoken_duration(seconds))
    counting_up = p is Phase.LAUNCHING or (p is Phase.IN_FLIGHT and schedule.is_on_board(m, now))
    if m.net_precision in FINE and counting_up and seconds < 0:
        return Spoken.tr("T plus {0}").format(spoken_duration(-seconds))
    if p is Phase.HOLD:
        return Spoken.tr("on hold")
    if p is Phase.COUNTDOWN and m.net_precision in DAYLIKE:
        days = (m.net.astimezone(dt.UTC).date() - now.astimezone(dt.UTC).date()).days
        if days > 0:
            when = words.format_net(m.net, m.net_precision, zone)
            return Spoken.tr("T minus %n days, {0}", "", days).format(when)
    return words.mission_countdown(m, now, zone)


# --- announcements --------------------------------------------------------------------------


class Announcer(QObject):
    """Says a text to assistive technology now, within the throttle; ``announced`` tells
    what was said (tests, and anything that wants to show it too)."""

    announced = Signal(str)

    def __init__(
        self,
        parent: QObject,
        monotonic: Callable[[], float] = time.monotonic,
        gap_s: float = MIN_GAP_S,
        repeat_s: float = REPEAT_S,
    ) -> None:
        super().__init__(parent)
        self._monotonic, self._gap, self._repeat = monotonic, gap_s, repeat_s
        self._said_at: float | None = None
        self._said = ""
        self._waiting: tuple[str, QObject, Politeness] | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.flush)

    @staticmethod
    def of(obj: QObject) -> Announcer:
        """The announcer of ``obj``'s window and the dialogs it owns (the one on its top-most
        parent, made on first use), so that the throttle holds across them."""
        root = obj
        while (parent := root.parent()) is not None:
            root = parent
        found = root.findChild(Announcer, "", Qt.FindChildOption.FindDirectChildrenOnly)
        return found if found is not None else Announcer(root)

    def say(self, text: str, source: QObject, assertive: bool = False) -> bool:
        """Announce ``text`` about ``source`` (a widget); True when said now. Too soon after
        the last one it waits (replacing any other waiting); the same text again soon, or
        an empty one, is dropped."""
        politeness = Politeness.Assertive if assertive else Politeness.Polite
        now = self._monotonic()
        if not text or self._repeats(text, now):
            return False
        if self._said_at is not None and now - self._said_at < self._gap:
            self._waiting = (text, source, politeness)
            self._timer.start(max(1, round((self._gap - (now - self._said_at)) * 1000)))
            return False
        self._announce(text, source, politeness, now)
        return True

    def flush(self) -> bool:
        """Say the waiting announcement once the gap has passed; True when said."""
        if self._waiting is None:
            return False
        text, source, politeness = self._waiting
        self._waiting = None
        return self.say(text, source, politeness is Politeness.Assertive)

    def _repeats(self, text: str, now: float) -> bool:
        recent = self._said_at is not None and now - self._said_at < self._repeat
        return (recent and text == self._said) or (
            self._waiting is not None and self._waiting[0] == text
        )

    def _announce(self, text: str, source: QObject, politeness: Politeness, now: float) -> None:
        self._said_at, self._said = now, text
        event = QAccessibleAnnouncementEvent(source, text)
        event.setPoliteness(politeness)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)


def announce(source: QWidget, text: str) -> None:
    """A refusal or a note shown in place at ``source``: said at once (assertively: it
    answers what the user just did)."""
    Announcer.of(source).say(text, source, assertive=True)


class LaunchWatch:
    """Which announcement the next launch calls for at a moment: T−10 min, T−1 min and
    liftoff, each once, as the clock runs past it. The first look at a launch (a new next
    launch) only sets where it stands, and so does a clock set by hand past a moment (it
    moved more than a tick's worth)."""

    def __init__(self) -> None:
        self._last: tuple[int, int, Phase] | None = None  # mission, seconds until, phase

    def observe(self, m: Scheduled, mission_id: int, name: str, now: dt.datetime) -> str:
        phase, seconds = schedule.phase(m, now), schedule.seconds_until(m, now)
        before = self._last if self._last is not None and self._last[0] == mission_id else None
        self._last = (mission_id, seconds, phase)
        if before is None or m.net_precision not in FINE:
            return ""
        _id, was, was_phase = before
        if was - seconds > LATE_S:  # the clock was set, not run: not a moment it passed
            return ""
        if phase is Phase.LAUNCHING and was_phase is Phase.COUNTDOWN:
            return Spoken.tr("{0}: liftoff").format(name)
        if phase is Phase.COUNTDOWN:
            for mark in MILESTONES:
                if was > mark >= seconds:
                    return Spoken.tr("{0}: T minus {1}").format(name, spoken_duration(mark))
        return ""


class LaunchVoice:
    """The banner's words for a screen reader, kept at each tick, and the next launch's
    announcements (``MainWindow.on_tick`` calls ``follow``)."""

    def __init__(self, banner: QWidget, clock_label: QWidget) -> None:
        self.banner, self.clock_label = banner, clock_label
        self.watch = LaunchWatch()

    def follow(self, m: MissionDetail | None, now: dt.datetime, zone: schedule.Zone) -> None:
        """``m``: the launch on the board, or None."""
        if m is None:
            self._describe(Spoken.tr("No launch ahead"), "")
            return
        clock = spoken_clock(m, now, zone)
        self._describe(Spoken.tr("Next launch: {0}, {1}").format(m.name, clock), clock)
        said = self.watch.observe(m, m.id, m.name, now)
        if said:
            Announcer.of(self.banner).say(said, self.banner)

    def _describe(self, whole: str, clock: str) -> None:
        if self.banner.accessibleDescription() != whole:
            self.banner.setAccessibleDescription(whole)
        if self.clock_label.accessibleName() != clock:
            self.clock_label.setAccessibleName(clock)  # none: the label's (empty) text
