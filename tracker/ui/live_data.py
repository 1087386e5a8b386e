"""The window's live data: the data's age at the top, syncing, its status line, the Changes
panel, wired to the main window (which only calls in).

At start, a window on live time over the default data moves its clock to the data's moment
(unless the user chose live time before): a fresh install shows Crew-3 counting down, with
the reason said at the top and live time or an update one click away.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

from tracker.board import AWAITING_NAMED, Outlook
from tracker.store.records import MissionRow
from tracker.ui import words
from tracker.ui.changes_panel import ChangesDock
from tracker.ui.data_age import (
    CLOCK_CHOICE_KEY,
    LIVE,
    DataAgeBar,
    no_launch_reason,
    notice,
    opens_on_data_moment,
)
from tracker.ui.syncing import SyncController

if TYPE_CHECKING:
    from tracker.sync.run import SyncResult
    from tracker.ui.main_window import MainWindow


class LiveData(QObject):
    """The age bar (``bar``), the sync (``sync``), the status line (``status_label``) and
    the Changes dock (``changes``) for ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        w = self.window = window
        self.as_of = w.service.data_as_of()
        self.on_data_moment = opens_on_data_moment(w.clock.simulated, self.as_of, w.settings)
        if self.on_data_moment:
            assert self.as_of is not None
            w.clock.set(self.as_of)
        self.bar = DataAgeBar()
        self.sync = SyncController(
            w.service, w.settings, lambda: w.prefs.zone, self._followed_nets, parent=self
        )
        self.status_label = QLabel()
        self.status_label.setObjectName("syncStatus")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # a failure may quote data
        self.changes = ChangesDock(w.service, w.settings, w.prefs.zone, w)
        self.bar.live_requested.connect(self.use_live_time)
        self.bar.update_requested.connect(self.update_now)
        self.sync.changed.connect(self.refresh)
        self.sync.synced.connect(self._synced)
        self.changes.mission_requested.connect(self._show_mission)
        w.service.missions_changed.connect(self._data_changed)

    def _followed_nets(self) -> list[dt.datetime]:
        w = self.window
        return [r.net for r in w.feed.board.pending if w.reminders.is_followed(r)]

    # --- what the window shows ------------------------------------------------------------

    def refresh(self) -> None:
        """The bar and the status line, for the clock's time now (each tick calls it)."""
        text = notice(self.as_of, self.window.clock(), self.on_data_moment)
        self.bar.show_notice(text, offer_live=self.on_data_moment, updating=self.sync.busy)
        status = self.sync.text()
        if self.status_label.text() != status:
            self.status_label.setText(status)

    def banner_notice(self, outlook: Outlook[MissionRow]) -> str:
        """The banner's note: missions awaiting an update, and why no launch is ahead when
        the data's age explains it (never a bare "No launch ahead")."""
        parts = [self.awaiting_notice(outlook)]
        if outlook.next is None:
            parts.append(no_launch_reason(self.as_of, self.window.clock()))
        return "\n".join(p for p in parts if p)

    def awaiting_notice(self, outlook: Outlook[MissionRow]) -> str:
        """``Outlook.notice`` in the window's language: 'Crew-3, Soyuz MS-20 and 2 more:
        NET passed — awaiting update', or ''."""
        if not outlook.awaiting:
            return ""
        names = ", ".join(m.name for m in outlook.awaiting[:AWAITING_NAMED])
        more = len(outlook.awaiting) - AWAITING_NAMED
        if more > 0:
            names = self.tr("{0} and %n more", "", more).format(names)
        return self.tr("{0}: {1}").format(names, words.passed_text())

    # --- what the user asks -----------------------------------------------------------------

    def use_live_time(self) -> None:
        """Live time, remembered: the next start opens on it too."""
        self.window.set_clock(None)

    def clock_chosen(self, start: dt.datetime | None) -> None:
        """The clock was set (the bar, View ▸ Clock): live time is remembered as a choice."""
        self.on_data_moment = False
        if start is None:
            self.window.settings.setValue(CLOCK_CHOICE_KEY, LIVE)
        self.refresh()

    def update_now(self) -> None:
        if self.sync.update_now():
            self.window.say(self.tr("Updating from Launch Library 2\u2026"))
        self.refresh()

    def _synced(self, result: SyncResult) -> None:
        self.as_of = self.window.service.data_as_of()
        if self.on_data_moment:  # the data is current now: so is the clock
            self.window.set_clock(None)
        counts = result.launches
        self.window.say(
            self.tr("Updated from Launch Library 2: {0} new, {1} updated").format(
                counts.added, counts.updated
            )
        )
        self.changes.refresh()
        self.window.refresh_next(force=True)

    def _data_changed(self) -> None:
        """A reload (an import, a restore, another process's sync): the age may have moved."""
        self.as_of = self.window.service.data_as_of()
        self.changes.refresh()

    def _show_mission(self, name: str) -> None:
        w = self.window
        found = w.model.ids_named(name)
        if len(found) == 1:
            w.search.clear()
            w.select_mission(found[0])

    def close(self) -> None:
        self.sync.close()
        if self.changes.isVisible():
            self.changes.mark_seen()
