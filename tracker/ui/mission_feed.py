"""The mission list's supply: what the table holds, read when, and kept current how.

A small database is read on the spot. A big one shows at once the missions yet to fly and
the latest others (the first page), then reads everything on a worker thread; an edit made
while that read runs is applied again to what it brings, so no edit is lost to an older
read. Changes committed by another window or process: on a team database the server tells
of them (``TeamListener``), naming the missions, and only those rows (and the open detail)
are read again; a SQLite file is polled (a cheap check) and then read in full. The sizes
that decide all this are given to the feed, so a test can treat ten missions as a big
database.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from tracker.board import Board
from tracker.clock import Now
from tracker.errors import NotFound
from tracker.store.records import MissionRow
from tracker.ui.mission_model import Arranged, MissionTableModel
from tracker.ui.row_loader import RowLoader
from tracker.ui.service import DataService
from tracker.ui.team_listener import FIRST_WAIT_MS, LONGEST_WAIT_MS, TeamListener


@dataclass(frozen=True, slots=True)
class FeedSizes:
    """How much to read when: the figures behind a first paint at 100,000 missions."""

    sync_limit: int = 5_000  # up to this many missions, everything is read on the spot
    first_page: int = 120  # beyond it, the first page holds this many of the latest others
    load_delay_ms: int = 50  # after the first paint, before the background read starts
    watch_interval_ms: int = 1500  # how often to look for changes made elsewhere (a file)
    reconnect_first_ms: int = FIRST_WAIT_MS  # a team database's lost connection: first try
    reconnect_longest_ms: int = LONGEST_WAIT_MS  # … then doubling waits, at most this


class MissionFeed(QObject):
    """Fills ``model`` from ``service`` and keeps ``board`` (the missions yet to fly) with it.

    ``rows_changed`` after new rows (a load or a reload), ``row_changed(id)`` after one
    mission's row was replaced (an edit here), ``outside_change`` when another process's
    commit was read in, ``connection_changed(text, why)`` when a team database's live
    refresh was lost ("" once it is back).
    """

    rows_changed = Signal()
    row_changed = Signal(int)
    outside_change = Signal()
    failed = Signal(str)
    connection_changed = Signal(str, str)

    def __init__(
        self,
        service: DataService,
        model: MissionTableModel,
        clock: Now,
        sizes: FeedSizes = FeedSizes(),  # noqa: B008 - frozen: shared safely
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._model, self._clock, self._sizes = service, model, clock, sizes
        self.board: Board[MissionRow] = Board()
        self.reading = 0  # missions being read in the background, while they are
        # Counts the changes told or read in (a reload, an edit, a background read's rows):
        # what was read at another version may be out of date; a search or filter is none.
        self.version = 0
        self._changed_while_loading: set[int] = set()
        self._loader = RowLoader(service.mission_columns, model.arrange, self)
        self._loader.loaded.connect(self._adopt)
        self._loader.failed.connect(self._failed)
        self._watch = QTimer(self)
        self._watch.setInterval(sizes.watch_interval_ms)
        self._watch.timeout.connect(self.check_outside_changes)
        self._watching = False
        self._painted = False  # the list's first frame is shown (``first_paint``)
        self._load_after_paint = False  # the first page waits for it to read the rest
        self.team: TeamListener | None = None
        self.connection = ("", "")  # what to say of a team database's connection, and why
        service.missions_changed.connect(self.reload)
        service.mission_changed.connect(self._mission_changed)
        service.database_changed.connect(self._database_changed)
        self._listen()  # before the first read: nothing committed after it goes untold

    @property
    def busy(self) -> bool:
        """True while the whole list is being read in the background."""
        return self._loader.busy

    def first_paint(self) -> None:
        """The list showed its first frame: a read the first page put off may start (after
        ``load_delay_ms``); however slow the start, it never comes before that frame."""
        self._painted = True
        if self._load_after_paint:
            self._load_after_paint = False
            QTimer.singleShot(self._sizes.load_delay_ms, self._loader.load)

    def load_in_background(self) -> None:
        """Read every mission on the worker thread (again, if a read is under way)."""
        self._loader.load()

    def reload(self) -> None:
        """Read every mission again; on a big database, in the background (the first time
        after the first page)."""
        self.version += 1
        self._service.outside_changes()  # what we read now includes any change made so far
        count = self._service.mission_count()
        if count <= self._sizes.sync_limit:
            self._show(self._service.missions())
            return
        self.reading = count
        if self._model.total == 0:
            self._show(self._service.first_page(self._clock(), self._sizes.first_page))
            if self._painted:
                QTimer.singleShot(self._sizes.load_delay_ms, self._loader.load)
            else:
                self._load_after_paint = True
        else:
            self._loader.load()

    def watch(self, on: bool) -> None:
        """Follow changes made elsewhere while the window shows: a team database's notices,
        a file's polling."""
        self._watching = on
        if self.team is not None:
            if on:
                self.team.start()
            else:
                self.team.stop()
        elif on:
            self._watch.start()
        else:
            self._watch.stop()

    @property
    def polling(self) -> bool:
        """True while the file is polled for changes made elsewhere (never on a server)."""
        return self._watch.isActive()

    def check_outside_changes(self) -> bool:
        """Another window or process committed: read everything again (True if so)."""
        if not self._service.outside_changes():
            return False
        self._service.reload()  # every view refreshes, this feed among them
        self.outside_change.emit()
        return True

    def close(self) -> None:
        """Stop polling or listening and drop a read under way (waits for its thread)."""
        self._watch.stop()
        if self.team is not None:
            self.team.stop()
        self._loader.cancel()
        self.reading = 0

    # --- a team database's notices ------------------------------------------------------------

    def _listen(self) -> None:
        """On a server, listen for its notices (the file's polling is not started)."""
        if not self._service.on_server:
            return
        sizes = self._sizes
        team = TeamListener(
            self._service.change_listener,
            sizes.reconnect_first_ms,
            sizes.reconnect_longest_ms,
            self,
        )
        team.missions_changed.connect(self._told)
        team.reload_all.connect(self._told_everything)
        team.state_changed.connect(self._connection_said)
        self.team = team
        team.start()

    def _database_changed(self) -> None:
        """Another database in place of this one: follow it the way it is followed."""
        self._watch.stop()
        if self.team is not None:
            self.team.stop()
            self.team.deleteLater()
            self.team = None
            self._connection_said("", "")
        self._listen()
        if self.team is None and self._watching:
            self._watch.start()

    def _connection_said(self, text: str, why: str) -> None:
        self.connection = (text, why)
        self.connection_changed.emit(text, why)

    def _told(self, missions: frozenset[int]) -> None:
        """The server says these missions changed: re-read those whose rows moved on (an
        edit made here comes back too, already shown); a new or deleted one reads all."""
        if self._loader.busy:  # the rows it brings may predate the change: read once more
            self._loader.load()
            return
        moved = []
        for mission_id in sorted(missions):
            try:
                row = self._service.mission_row(mission_id)
            except NotFound:
                row = None
            held = self._model.mission(mission_id)
            if row is None or held is None:
                self._told_everything()
                return
            if row != held:
                moved.append(mission_id)
        if moved:
            self._service.announce(frozenset(moved))  # rows, the open detail, the people
            self.outside_change.emit()

    def _told_everything(self) -> None:
        self._service.reload()
        self.outside_change.emit()

    # --- rows in ----------------------------------------------------------------------------

    def _show(self, rows: list[MissionRow]) -> None:
        self._model.set_rows(rows, self._clock())
        self._rows_in()

    def _adopt(self, arranged: Arranged) -> None:
        """Every mission, read in the background: show them, with edits made meanwhile."""
        self.version += 1
        self._model.adopt(arranged, self._clock())
        for mission_id in self._changed_while_loading:
            self._model.update_row(self._service.mission_row(mission_id))
        self._changed_while_loading.clear()
        self.reading = 0
        settle_garbage()  # a big list: keep the collector's passes off its rows
        self._rows_in()

    def _rows_in(self) -> None:
        self.board = Board(self._model.live_rows())
        self.rows_changed.emit()

    def _failed(self, message: str) -> None:
        self.reading = 0
        self.failed.emit(message)

    def _mission_changed(self, mission_id: int) -> None:
        """One mission changed (an edit here): replace its row where the model holds it."""
        self.version += 1
        row = self._service.mission_row(mission_id)
        if self._loader.busy:
            self._changed_while_loading.add(mission_id)  # the read may predate the edit
        if not self._model.update_row(row):
            if not self._loader.busy:  # a mission the rows do not hold yet: read them again
                self.reload()
            return
        self.board = Board(self._model.live_rows())
        self._service.outside_changes()  # our own commit: nothing to read again
        self.row_changed.emit(mission_id)


def settle_garbage() -> None:
    """Keep the long-lived rows out of the cyclic garbage collector's passes.

    With 100,000 rows held, each full pass walked them all and stalled the window. Freezing
    moves every tracked object out of the collector's sight; unfreezing and collecting
    first means what a reload left as cyclic garbage is freed rather than kept for good (the
    frozen count stays level across reloads instead of growing with each). Only after a
    background read: a list read on the spot is small enough for the collector as it is.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
