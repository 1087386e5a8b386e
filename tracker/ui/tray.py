"""Launch reminders in the tray, or in the window when there is no tray.

``ReminderService`` asks the pure ``tracker.reminders`` what is due every few seconds and
hands it to a ``Notifier``: the system tray when the desktop has one, else a plain object
whose ``message`` signal the window shows in its status bar (the offscreen platform, and
some desktops, have no tray). The service remembers fired reminders, follow choices and
lead times in QSettings, so a restart never repeats a reminder. It also tells when a
followed launch lifts off or gets its outcome, from the rows the window hands to ``observe``
after each load, edit or sync.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from tracker import reminders, schedule
from tracker.clock import Now
from tracker.errors import UserError
from tracker.reminders import Followable, OutcomeNotice, Reminder
from tracker.ui import words
from tracker.ui.i18n import Context
from tracker.ui.icons import icon as named_icon

FIRED_KEY = "reminders/fired"
UNFOLLOWED_KEY = "reminders/unfollowed"
FOLLOWED_KEY = "reminders/followed"
LEADS_KEY = "reminders/leads"
CHECK_EVERY_MS = 5000
BALLOON_MS = 15_000


class Notifier(Protocol):
    """Where reminders go. Both implementations also emit ``message(title, text)``."""

    def notify(self, title: str, text: str) -> None: ...
    def set_status(self, text: str) -> None: ...


class WindowNotifier(QObject):
    """No tray: reminders become ``message`` signals for the window's status bar or banner."""

    message = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = ""

    def notify(self, title: str, text: str) -> None:
        self.message.emit(title, text)

    def set_status(self, text: str) -> None:
        self.status = text


class TrayNotifier(QObject):
    """A tray icon whose tooltip and menu show the next launch; reminders as balloons."""

    message = Signal(str, str)
    show_requested = Signal()

    def __init__(self, icon: QIcon | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray = QSystemTrayIcon(icon or named_icon("app"), self)
        self.menu = QMenu()  # no parent: a QObject can't own a widget; kept alive here
        self.next_action = QAction("", self.menu)
        self.next_action.setEnabled(False)
        self.menu.addAction(self.next_action)
        self.menu.addSeparator()
        show = self.menu.addAction(self.tr("Show Mission Tracker"))
        show.triggered.connect(self.show_requested)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._activated)
        self.tray.setToolTip(self.tr("Mission Tracker"))
        self.tray.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason is QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()

    def notify(self, title: str, text: str) -> None:
        self.tray.showMessage(title, text, named_icon("app"), BALLOON_MS)
        self.message.emit(title, text)

    def set_status(self, text: str) -> None:
        if self.tray.toolTip() != text:
            self.tray.setToolTip(text)
            self.next_action.setText(text)

    def hide(self) -> None:
        self.tray.hide()


def make_notifier(parent: QObject | None = None) -> TrayNotifier | WindowNotifier:
    """The tray when the desktop has one; never fails for lack of it."""
    if QSystemTrayIcon.isSystemTrayAvailable():
        return TrayNotifier(parent=parent)
    return WindowNotifier(parent)


class Reminders(Context):
    pass


def reminder_title(r: Reminder, now: dt.datetime) -> str:
    """``Reminder.title`` in the window's language: 'Crew-3 launches in 1 h'."""
    if r.net_precision in schedule.FINE:
        left = r.net - now
        if round(left.total_seconds() / 60) <= 0:
            return Reminders.tr("{0} is launching now").format(r.mission_name)
        return Reminders.tr("{0} launches in {1}").format(
            r.mission_name, words.format_duration(left)
        )
    days = (r.net.astimezone(dt.UTC).date() - now.astimezone(dt.UTC).date()).days
    if days <= 0:
        return Reminders.tr("{0} launches today").format(r.mission_name)
    if days == 1:
        return Reminders.tr("{0} launches tomorrow").format(r.mission_name)
    return Reminders.tr("{0} launches in %n days", "", days).format(r.mission_name)


def reminder_text(r: Reminder, zone: schedule.Zone) -> str:
    """``Reminder.text`` in the window's language: 'Crew Dragon · NET 2021-10-31 06:21 UTC'."""
    net = words.net_label(words.format_net(r.net, r.net_precision, zone))
    return f"{r.vehicle} \u00b7 {net}" if r.vehicle else net


def outcome_title(notice: OutcomeNotice) -> str:
    """'Crew-3: Launch Successful'."""
    return Reminders.tr("{0}: {1}").format(notice.mission_name, words.status_text(notice.status))


def _ids(value: object) -> set[int]:
    return {int(part) for part in str(value or "").split(",") if part.strip().isdigit()}


def _leads(value: object) -> tuple[dt.timedelta, ...]:
    """The lead times kept in the settings; the defaults when there are none (or nonsense)."""
    try:
        return reminders.parse_leads(str(value or ""))
    except UserError:
        return reminders.DEFAULT_LEADS


class ReminderService(QObject):
    """Checks reminders on a timer, notifies, and keeps what it must remember in QSettings."""

    reminded = Signal(object)  # a tracker.reminders.Reminder, after it was shown
    outcome = Signal(object)  # a tracker.reminders.OutcomeNotice, after it was shown
    follow_changed = Signal(int, bool)

    def __init__(
        self,
        missions: Callable[[], Sequence[Followable]],
        clock: Now,
        settings: QSettings,
        notifier: Notifier,
        *,
        zone: schedule.Zone = dt.UTC,
        interval_ms: int = CHECK_EVERY_MS,
        next_launch: Callable[[], schedule.Scheduled | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._missions = missions
        self._next_launch = next_launch  # the window knows it already: no scan to find it
        self.clock = clock
        self.settings = settings
        self.notifier = notifier
        self.zone = zone
        self._fired = {k for k in str(settings.value(FIRED_KEY, "") or "").splitlines() if k}
        self._followed = _ids(settings.value(FOLLOWED_KEY, ""))
        self._unfollowed = _ids(settings.value(UNFOLLOWED_KEY, ""))
        self._leads = _leads(settings.value(LEADS_KEY, ""))
        self._outcomes = reminders.OutcomeWatch()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    # --- running --------------------------------------------------------------------------

    def start(self) -> None:
        """Check now (a late start fires what is due at once), then every few seconds."""
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> list[Reminder]:
        """Show the reminders due now and remember them; refresh the tray's tooltip."""
        now = self.clock()
        rows = list(self._missions())
        followed = reminders.followed_ids(rows, self._followed, self._unfollowed)
        due = reminders.due_reminders(rows, self._leads, followed, self._fired, now)
        for r in due:
            self._fired.update(r.settles)
        if due:
            self._fired = reminders.prune_fired(self._fired, now)
            self.settings.setValue(FIRED_KEY, "\n".join(sorted(self._fired)))
        for r in due:
            self.notifier.notify(reminder_title(r, now), reminder_text(r, self.zone))
            self.reminded.emit(r)
        self.notifier.set_status(self.tooltip_text(rows, now))
        return due

    def observe(self, rows: Sequence[Followable]) -> list[OutcomeNotice]:
        """Rows as they are now (after a load, an edit, a sync): a followed launch that lifted
        off or got its outcome since it was last seen is announced, once."""
        followed = reminders.followed_ids(rows, self._followed, self._unfollowed)
        news = self._outcomes.update(rows, followed)
        for notice in news:
            self.notifier.notify(outcome_title(notice), notice.text())
            self.outcome.emit(notice)
        return news

    # --- what it shows --------------------------------------------------------------------

    def tooltip_text(
        self, rows: Sequence[Followable] | None = None, now: dt.datetime | None = None
    ) -> str:
        """E.g. 'Next launch: Crew-3 · NET 2021-10-31 06:21 UTC · T− 3d 18:21:00', and
        through T−0 '… · T+ 00:00:05 · Liftoff — awaiting confirmation'."""
        now = now or self.clock()
        if self._next_launch is not None:
            nxt: schedule.Scheduled | None = self._next_launch()
        else:
            nxt = schedule.next_launch(rows if rows is not None else self._missions(), now)
        if nxt is None:
            return self.tr("Mission Tracker: no launch ahead")
        net = words.format_net(nxt.net, nxt.net_precision, self.zone)
        state = words.launch_state(nxt, now, self.zone, compact=True)
        parts = [state.clock] if state.clock != words.net_label(net) else []
        tail = "".join(f" \u00b7 {part}" for part in (*parts, state.note) if part)
        return self.tr("Next launch: {0} \u00b7 NET {1}").format(nxt.name, net) + tail

    def set_zone(self, zone: schedule.Zone) -> None:
        self.zone = zone

    # --- settings -------------------------------------------------------------------------

    def is_followed(self, mission: Followable) -> bool:
        """Crewed missions are followed unless the user said otherwise."""
        return bool(reminders.followed_ids([mission], self._followed, self._unfollowed))

    @property
    def followed(self) -> set[int]:
        """The ids chosen to follow (a crewed mission is followed unless unfollowed)."""
        return self._followed

    def set_followed(self, mission_id: int, follow: bool) -> None:
        (self._followed if follow else self._unfollowed).add(mission_id)
        (self._unfollowed if follow else self._followed).discard(mission_id)
        self.settings.setValue(FOLLOWED_KEY, ",".join(map(str, sorted(self._followed))))
        self.settings.setValue(UNFOLLOWED_KEY, ",".join(map(str, sorted(self._unfollowed))))
        self.follow_changed.emit(mission_id, follow)

    @property
    def leads(self) -> tuple[dt.timedelta, ...]:
        return self._leads

    def set_leads(self, leads: Sequence[dt.timedelta]) -> None:
        """New lead times (e.g. from a settings dialog); nonsense falls back to the defaults."""
        self._leads = _leads(reminders.format_leads(leads))
        self.settings.setValue(LEADS_KEY, reminders.format_leads(self._leads))
