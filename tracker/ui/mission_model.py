"""The mission list: one table model over plain rows that also searches and sorts them.

The model holds no database handle. It is given rows (``set_rows``), told which row is the
next launch (``set_next``) and when the clock ticks (``tick``), and emits ``dataChanged`` for
just the cells that change: the countdown column, and the rows whose highlight moves.

Search, filters and sort are done here, on whole Python lists, rather than by a
``QSortFilterProxyModel``: the proxy asks Python once per row (to filter) or per comparison
(to sort), which at 100,000 missions measured 0.55 s per keystroke and 21.7 s to sort by
NET; ``list.sort`` with a key takes about 50 ms. Words are matched through a ``SearchIndex``
(``QueryMatcher``): on a big list a few blocks per turn of the event loop, so typing never
holds the window for long, and only among the last query's matches when the new one extends
it. The filter bar's ``MissionFilter`` works over the rows' ``RowKeys`` (worked out once per
list and carried through sorts), with the code ``tracker list`` uses. The view shows
``_shown``, the positions of the rows that match; a sort moves the persistent indexes (the
selection stays), new rows or another filter reset the model. The missions are held column
by column (``MissionColumns``); a ``MissionRow`` is made when asked for (a cell, an edit).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from tracker import schedule
from tracker.filters import MissionFilter, RowKeys
from tracker.mission_columns import LIVE, PENDING, MissionColumns, Rows
from tracker.search_index import words_of
from tracker.store.records import MissionRow
from tracker.ui import words
from tracker.ui.arranging import Arranged as Arranged
from tracker.ui.arranging import Column as Column
from tracker.ui.arranging import Positions, arrange, sort_key
from tracker.ui.crew_model import PERSON_MIME, person_from_mime
from tracker.ui.labels import plain_tooltip
from tracker.ui.mission_search import CHUNK_S, SYNC_ROWS, QueryMatcher
from tracker.vocabulary import LandingOutcome, LaunchStatus

Index = QModelIndex | QPersistentModelIndex
NEXT_MARKER = QT_TRANSLATE_NOOP("MissionTableModel", "\u25c0 Next")
NEXT_DESCRIPTION = QT_TRANSLATE_NOOP("MissionTableModel", "Next launch")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_COLUMNS = tuple(Column)  # by number: quicker than Column(n) in data(), asked per cell
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FONT = Qt.ItemDataRole.FontRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_ROLES = frozenset(
    {_DISPLAY, SORT_ROLE, ROW_ROLE, _FOREGROUND, _TOOLTIP, _ALIGNMENT, _FONT, _BACKGROUND}
    | {Qt.ItemDataRole.AccessibleDescriptionRole}
)
_MADE = 512  # rows made for the cells kept at most (a screenful or two), then made again
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
    | Qt.ItemFlag.ItemIsDropEnabled
)

HEADERS = {
    Column.MISSION: QT_TRANSLATE_NOOP("MissionTableModel", "Mission"),
    Column.STATUS: QT_TRANSLATE_NOOP("MissionTableModel", "Status"),
    Column.NET: QT_TRANSLATE_NOOP("MissionTableModel", "NET"),
    Column.COUNTDOWN: QT_TRANSLATE_NOOP("MissionTableModel", "Countdown"),
    Column.VEHICLE: QT_TRANSLATE_NOOP("MissionTableModel", "Vehicle"),
    Column.DESTINATION: QT_TRANSLATE_NOOP("MissionTableModel", "Destination"),
    Column.CREW: QT_TRANSLATE_NOOP("MissionTableModel", "Crew"),
    Column.SLIPS: QT_TRANSLATE_NOOP("MissionTableModel", "Slips"),
    Column.OPERATOR: QT_TRANSLATE_NOOP("MissionTableModel", "Operator"),
}


def next_marker() -> str:
    """'◀ Next' after the next launch's name, in the window's language."""
    return QCoreApplication.translate("MissionTableModel", str(NEXT_MARKER))


# Status colours: a hue per meaning; the text always names the status too.
STATUS_COLOURS = {
    LaunchStatus.GO: "#1f8a4c",
    LaunchStatus.TBD: "#7a7f87",
    LaunchStatus.TBC: "#b07d12",
    LaunchStatus.HOLD: "#c0392b",
    LaunchStatus.IN_FLIGHT: "#2f7de1",
    LaunchStatus.SUCCESS: "#4a7fb5",
    LaunchStatus.FAILURE: "#a12a2a",
    LaunchStatus.PARTIAL_FAILURE: "#b5561b",
    LaunchStatus.DEPLOYED: "#4a7fb5",
}


def accent_colour() -> QColor:
    """The palette's highlight, softened: reads on light and dark schemes alike."""
    colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlpha(70)
    return colour


def ticks(r: MissionRow) -> bool:
    """Whether a row's countdown cell can change with the clock: yet to fly, or in flight
    (it counts up while on the board)."""
    return r.status.is_pending or r.status is LaunchStatus.IN_FLIGHT


def countdown_cell(r: MissionRow, now: dt.datetime, zone: schedule.Zone) -> str:
    """The list's clock for a mission: 'T+ 00:00:05', and for a flight that did not end in
    a plain landing its end too ('Launch Successful · Crew lost'): Soyuz 1 must not read
    like a routine flight."""
    text = words.mission_countdown(r, now, zone, compact=True)
    outcome = r.landing_outcome
    if ticks(r) or outcome is None or outcome is LandingOutcome.LANDED:
        return text
    return f"{text} \u00b7 {words.landing_text(outcome)}"


class Scope(IntEnum):
    ALL = 0
    UPCOMING = 1
    PAST = 2


class MissionTableModel(QAbstractTableModel):
    """Missions in the chosen order, filtered by search words, scope and a filter."""

    person_dropped = Signal(int, int)  # mission id, person id: a person dragged onto a row
    rows_replaced = Signal()  # new rows (not another filter): the choices to offer may change

    def __init__(
        self, parent: QObject | None = None, sync_rows: int = SYNC_ROWS, chunk_s: float = CHUNK_S
    ) -> None:
        super().__init__(parent)
        self._all = MissionColumns()  # every mission, in the current sort order
        self._keys = RowKeys(self._all)  # what the filter compares: the same columns
        self._at = Positions(self._all.ids)  # mission id -> position in _all
        self._made: dict[int, MissionRow] = {}  # position in _all -> its row, once asked for
        self._shown: Sequence[int] = range(0)  # positions in _all of the rows that pass
        self._ticking: list[int] | None = None  # view rows whose clock moves, when asked
        self._search = QueryMatcher(sync_rows, chunk_s, self)  # the words' matches in _all
        self._search.finished.connect(self._refilter)
        self._scope = Scope.ALL
        self._filter_by = MissionFilter()
        self._sort = Column.NET, Qt.SortOrder.AscendingOrder  # the header's column, direction
        self._arranged_by: tuple[Column, Qt.SortOrder] | None = None  # _all's, until an edit
        self._next_id: int | None = None
        self._now = dt.datetime.now(dt.UTC)
        self._zone: schedule.Zone = dt.UTC
        self._bold = QFont()
        self._bold.setBold(True)
        # The window's words for the cells, translated once: data() is asked per cell.
        self._status_short = {s: words.status_short(s) for s in LaunchStatus}
        self._marker, self._described = next_marker(), self.tr(str(NEXT_DESCRIPTION))

    # --- feeding --------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[MissionRow], now: dt.datetime) -> None:
        self.adopt(self.arrange(MissionColumns.of(rows)), now)

    def arrange(self, columns: MissionColumns) -> Arranged:
        """``columns`` arranged in this model's current order; safe to call on any thread."""
        return arrange(columns, *self._sort)

    def adopt(self, arranged: Arranged, now: dt.datetime) -> None:
        """Show rows arranged (maybe on another thread); sorted if the header changed since."""
        self.beginResetModel()
        self._hold(arranged)
        self._now = now
        self._filter()
        self.endResetModel()
        self.sort(*self._sort)  # nothing to do unless the order changed since
        self.rows_replaced.emit()

    def _hold(self, arranged: Arranged) -> None:
        self._all, self._keys, self._at = arranged.columns, arranged.keys, arranged.at
        self._arranged_by = arranged.by
        self._made = {}
        self._search.use(arranged.search, arranged.moved)

    def set_now(self, now: dt.datetime) -> None:
        """The clock was set (a simulated clock chosen): every countdown, and a range
        relative to today, from ``now``."""
        self._now = now
        self._refilter()

    def update_row(self, row: MissionRow) -> bool:
        """Replace one mission's row in place (an edit); False if it is not in the model."""
        at = self._at.get(row.id)
        if at is None:
            return False
        self._keys.replaced(at, row)  # in the columns too
        self._arranged_by = None  # its sort key may have changed: the next sort sorts
        self._made.pop(at, None)
        self._search.replaced(at, row)
        shown = self._view_row(at)
        if shown is not None:
            self.dataChanged.emit(self.index(shown, 0), self.index(shown, len(_COLUMNS) - 1))
        return True

    def set_zone(self, zone: schedule.Zone) -> None:
        self._zone = zone
        if self._filter_by.dated:  # its days begin and end by this zone's clock
            self._refilter()
        if self._shown:
            self.dataChanged.emit(
                self.index(0, Column.NET), self.index(len(self._shown) - 1, Column.COUNTDOWN)
            )

    def set_next(self, mission_id: int | None) -> None:
        """Move the highlight; repaint only the rows it leaves and reaches."""
        if mission_id == self._next_id:
            return
        old, self._next_id = self._next_id, mission_id
        for changed in (old, mission_id):
            row = self.row_for(changed) if changed is not None else None
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(_COLUMNS) - 1))

    def tick(self, now: dt.datetime, visible: tuple[int, int] | None = None) -> None:
        """The clock moved: refresh the countdown cells of missions yet to fly or in flight.

        Given the ``visible`` rows (first, last), it signals just those cells one by one: a
        range of several rows makes a view repaint its whole viewport, which at one tick a
        second was most of the idle CPU.
        """
        self._now = now
        if visible is None:
            if self._ticking is None:
                statuses = self._all.statuses
                self._ticking = [v for v, p in enumerate(self._shown) if statuses[p] in LIVE]
            if self._ticking:
                self.dataChanged.emit(
                    self.index(self._ticking[0], Column.COUNTDOWN),
                    self.index(self._ticking[-1], Column.COUNTDOWN),
                    [Qt.ItemDataRole.DisplayRole],
                )
            return
        first, last = visible
        statuses, shown = self._all.statuses, self._shown
        for row in range(max(first, 0), min(last + 1, len(shown))):
            if statuses[shown[row]] in LIVE:
                cell = self.index(row, Column.COUNTDOWN)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])

    # --- search ---------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        """Every word must appear in the mission, a vehicle, the agency or a crew name.

        On a big list the rows shown change once the words are matched (``searching``
        until then), over a few turns of the event loop (``QueryMatcher``)."""
        words = words_of(text)
        if words != self._search.words and self._search.set_words(words):
            self._refilter()

    @property
    def searching(self) -> bool:
        """True while a query is being matched (the rows shown are still the last ones)."""
        return self._search.busy

    def set_scope(self, scope: Scope) -> None:
        self._scope = scope
        self._refilter()

    def set_filter(self, wanted: MissionFilter) -> None:
        """Keep the missions ``wanted`` keeps (a range relative to today: from the clock's
        day, in the zone times are shown in)."""
        if wanted != self._filter_by:
            self._filter_by = wanted
            self._refilter()

    @property
    def filter(self) -> MissionFilter:
        return self._filter_by

    @property
    def keys(self) -> RowKeys:
        """The filters' keys of every mission (the distinct names to offer come from them)."""
        return self._keys

    def today(self) -> dt.date:
        """The clock's day where the user reads times: what a relative range counts from."""
        return self._now.astimezone(self._zone).date()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        """Recompute the shown rows from the words' matches with whole-list operations."""
        matched = self._search.matched
        shown: Sequence[int] = range(len(self._all)) if matched is None else matched
        if self._scope is not Scope.ALL:
            pending, statuses = self._scope is Scope.UPCOMING, self._all.statuses
            shown = [i for i in shown if (statuses[i] in PENDING) is pending]
        if self._filter_by.active:
            shown = self._filter_by.select(self._keys, shown, today=self.today(), zone=self._zone)
        self._shown = shown
        self._ticking = None

    def _view_row(self, at: int) -> int | None:
        """The view row of position ``at`` in ``_all`` (``_shown`` is sorted: bisect)."""
        row = bisect_left(self._shown, at)
        return row if row < len(self._shown) and self._shown[row] == at else None

    # --- sort -----------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view when a header is clicked; NET sorts by time, not by text.

        A layout change, not a reset: the same rows in another order, so the view keeps its
        selection and current row through the persistent indexes moved here. Rows already in
        that order (no edit since) are left as they are: ``QTableView.sortByColumn`` asks twice.
        """
        self._sort = Column(column), order
        if self._sort == self._arranged_by:
            return  # a stable sort would move none
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        ids = [self._all.ids[self._shown[p.row()]] for p in kept]
        self._hold(arrange(self._all, *self._sort, self._search.index, self._keys))
        self._filter()
        moved = [  # an edit (or a relative range's day passing) may hide a row: its index goes
            QModelIndex() if row is None else self.index(row, p.column())
            for p, row in zip(kept, map(self.row_for, ids), strict=True)
        ]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    # --- access ---------------------------------------------------------------------------

    def row(self, view_row: int) -> MissionRow:
        return self._row_at(self._shown[view_row])

    def _row_at(self, at: int) -> MissionRow:
        """The row at position ``at``, made once while the rows stay (asked per cell)."""
        made = self._made.get(at)
        if made is None:
            if len(self._made) >= _MADE:
                self._made.clear()
            made = self._made[at] = self._all.row(at)
        return made

    def row_for(self, mission_id: int) -> int | None:
        """The view row of a mission, or None when the filter hides it."""
        at = self._at.get(mission_id)
        return None if at is None else self._view_row(at)

    def rows(self) -> Rows:
        """Every mission, shown or not (each row made when read: to walk them all, ask for
        the ones wanted below)."""
        return self._all.rows()

    def live_rows(self) -> list[MissionRow]:
        """The missions yet to fly or in flight: those the board holds."""
        return [self._all.row(i) for i in self._all.live()]

    def followable_rows(self, followed: Collection[int]) -> list[MissionRow]:
        """The crewed missions and those whose id is in ``followed``: all reminders read."""
        return [self._all.row(i) for i in self._all.crewed_or(followed)]

    def mission(self, mission_id: int) -> MissionRow | None:
        """A mission's row, shown or not; None if the model does not hold it."""
        at = self._at.get(mission_id)
        return None if at is None else self._row_at(at)

    def ids_named(self, name: str) -> list[int]:
        """The ids of the missions called ``name``."""
        return [self._all.ids[i] for i in self._all.named(name)]

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def next_id(self) -> int | None:
        return self._next_id

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(HEADERS[Column(section)]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text and looks: asked for each visible cell and role at every paint,
        so the roles it never answers are turned away first."""
        if role not in _ROLES:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._shown):
            return None
        at = self._shown[row]
        r = self._made.get(at) or self._row_at(at)  # the cache, without a call per cell
        column = _COLUMNS[index.column()]
        is_next = r.id == self._next_id
        if role == _DISPLAY:
            return self._display(r, column, is_next)
        if role == SORT_ROLE:
            return sort_key(r, column)
        if role == ROW_ROLE:
            return r
        if role == _FOREGROUND:
            return QColor(STATUS_COLOURS[r.status]) if column is Column.STATUS else None
        if role == _TOOLTIP:
            return plain_tooltip(self._tooltip(r, column, is_next))
        if role == _ALIGNMENT:
            return _CENTRE if column in (Column.CREW, Column.SLIPS) else None
        if not is_next:
            return None
        if role == _FONT:
            return self._bold
        if role == _BACKGROUND:
            return accent_colour()
        return self._described  # the accessible description

    def flags(self, index: Index) -> Qt.ItemFlag:
        """QAbstractTableModel's flags, and a drop target: constant, as asked per cell."""
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return parent.isValid() and person_from_mime(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        person_id = person_from_mime(data)
        if not parent.isValid() or person_id is None:
            return False
        self.person_dropped.emit(self.row(parent.row()).id, person_id)
        return False  # the roster changes through the repository, not by this drop

    def _tooltip(self, r: MissionRow, column: Column, is_next: bool) -> str:
        """The cell's whole text (a long name elides in its column), or more about it."""
        if column is Column.MISSION and is_next:
            return self.tr("{0}: the next launch").format(r.name)
        if column is Column.STATUS:
            return words.status_text(r.status)
        if column is Column.CREW and r.crew_names:
            return r.crew_names
        if column is Column.SLIPS and r.slips:
            return self.tr("The NET moved %n times; the detail view shows the history", "", r.slips)
        return self._display(r, column, is_next)

    def _display(self, r: MissionRow, column: Column, is_next: bool) -> str:
        if column is Column.MISSION:
            return f"{r.name}  {self._marker}" if is_next else r.name
        if column is Column.STATUS:
            return self._status_short[r.status]
        if column is Column.NET:
            return words.format_net(r.net, r.net_precision, self._zone)
        if column is Column.COUNTDOWN:
            return countdown_cell(r, self._now, self._zone)
        if column is Column.VEHICLE:
            return r.vehicle
        if column is Column.DESTINATION:
            return r.destination
        if column is Column.CREW:
            return str(r.crew_count) if r.crew_count else ""
        if column is Column.SLIPS:
            return str(r.slips) if r.slips else ""
        return r.operator
