"""The Statistics window: a chart at a time, the numbers behind it as a table, exports.

Non-modal, opened from View ▸ Statistics. The figures come from one read through the
service (``DataService.statistics``), on a worker thread: at 100,000 missions the grouped
queries take a few hundred milliseconds, too long for the GUI thread. Any change the
service announces reads them again, once, while the window shows (else when it next
shows). Chart and table show one ``ChartData``: what is drawn is what is listed, and what
``tracker stats --json`` prints for the same database and clock.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QLocale,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker import stats
from tracker.errors import UserError
from tracker.ui import words
from tracker.ui.chart_view import ChartView
from tracker.ui.charts import OKABE_ITO, ChartData, Kind, Series
from tracker.ui.service import DataService
from tracker.ui.statistics_table import StatisticsTableModel
from tracker.vocabulary import NetPrecision

OUTCOME_COLOURS = {
    stats.Outcome.SUCCESS: OKABE_ITO["green"],
    stats.Outcome.PARTIAL_FAILURE: OKABE_ITO["orange"],
    stats.Outcome.FAILURE: OKABE_ITO["vermillion"],
    stats.Outcome.IN_FLIGHT: OKABE_ITO["purple"],
    stats.Outcome.PENDING: OKABE_ITO["grey"],
}
# The charts in the picker's order, each with the name its export is offered under.
CHARTS = {
    "per_year": "launches-per-year",
    "by_agency": "launches-by-agency",
    "by_vehicle": "launches-by-vehicle",
    "crewed": "crewed-flights-per-year",
    "time_in_space": "time-in-space",
    "slips": "slips",
}


class _Signals(QObject):
    done = Signal(object)  # stats.Statistics, or an error's text


class _Read(QRunnable):
    """One read on the pool's thread; its outcome goes back through ``signals``."""

    def __init__(self, read: Callable[[], stats.Statistics], signals: _Signals):
        super().__init__()
        self._read, self._signals = read, signals

    def run(self) -> None:
        try:
            result: object = self._read()
        except Exception as exc:  # noqa: BLE001 - shown in the window, never lost
            result = str(exc) or type(exc).__name__
        self._signals.done.emit(result)


class StatisticsView(QWidget):
    """The window; ``refreshed`` once the figures it shows are read."""

    refreshed = Signal()

    def __init__(self, service: DataService, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("statisticsView")
        self.setAccessibleName(self.tr("Statistics"))
        self.setWindowTitle(self.tr("Statistics \u2014 Mission Tracker"))
        self.resize(980, 620)
        self._service = service
        self._statistics: stats.Statistics | None = None
        # The pool first, its signals its child: destroying the window waits for a read
        # under way before the object it reports through goes.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self._pool)
        self._signals.done.connect(self._loaded)
        self._reading = False  # one read at a time; one asked for meanwhile follows it
        self._stale = True
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.refresh)
        self._build()
        for signal in (
            service.missions_changed,
            service.mission_changed,
            service.people_changed,
        ):
            signal.connect(self._data_changed)

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setObjectName("statisticsSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        self.picker = QListWidget()
        self.picker.setObjectName("statisticsCharts")
        self.picker.setAccessibleName(self.tr("Charts"))
        titles = self._titles()
        for key in CHARTS:
            self.picker.addItem(titles[key])
        frame = 2 * self.picker.frameWidth()
        self.picker.setFixedSize(  # as big as its items: a menu of charts, not a list to scroll
            self.picker.sizeHintForColumn(0) + frame + 16,
            self.picker.sizeHintForRow(0) * len(CHARTS) + frame,
        )
        self.picker.currentRowChanged.connect(lambda _row: self._show_current())

        self.chart = ChartView()
        self.chart.setObjectName("statisticsChart")
        self.model = StatisticsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("statisticsTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves it; the arrows move in it
        self.table.setAccessibleName(self.tr("Numbers behind the chart"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("statisticsTabs")
        self.tabs.setAccessibleName(self.tr("Chart or table"))
        self.tabs.addTab(self.chart, self.tr("&Chart"))
        self.tabs.addTab(self.table, self.tr("&Table"))

        self.export_png_button = QPushButton(self.tr("Export &PNG\u2026"))
        self.export_png_button.setObjectName("exportPng")
        self.export_png_button.setAccessibleName(self.tr("Export the chart as PNG"))
        self.export_png_button.setToolTip(self.tr("Save the chart as a PNG image (Ctrl+E)"))
        self.export_png_button.clicked.connect(lambda: self.choose_export("png"))
        self.export_svg_button = QPushButton(self.tr("Export &SVG\u2026"))
        self.export_svg_button.setObjectName("exportSvg")
        self.export_svg_button.setAccessibleName(self.tr("Export the chart as SVG"))
        self.export_svg_button.setToolTip(
            self.tr("Save the chart as an SVG drawing (Ctrl+Shift+E)")
        )
        self.export_svg_button.clicked.connect(lambda: self.choose_export("svg"))
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close statistics"))
        close.clicked.connect(self.close)
        self.status = QLabel()
        self.status.setObjectName("statisticsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # a path is data

        shortcuts: list[tuple[str, QKeySequence, Callable[[], object]]] = [
            (self.tr("Export PNG"), QKeySequence("Ctrl+E"), lambda: self.choose_export("png")),
            (
                self.tr("Export SVG"),
                QKeySequence("Ctrl+Shift+E"),
                lambda: self.choose_export("svg"),
            ),
            (self.tr("Close"), QKeySequence(QKeySequence.StandardKey.Close), self.close),
        ]
        for text, keys, slot in shortcuts:
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.addAction(action)

        body = QHBoxLayout()
        side = QVBoxLayout()
        side.addWidget(self.picker)
        side.addStretch(1)
        body.addLayout(side)
        body.addWidget(self.tabs, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.export_png_button, self.export_svg_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.picker.setCurrentRow(0)
        self._set_enabled(False)

    def _titles(self) -> dict[str, str]:
        return {
            "per_year": self.tr("Launches per year by outcome"),
            "by_agency": self.tr("Launches by agency"),
            "by_vehicle": self.tr("Launches by vehicle"),
            "crewed": self.tr("Crewed flights per year"),
            "time_in_space": self.tr("Time in space"),
            "slips": self.tr("Slips"),
        }

    def _set_enabled(self, ready: bool) -> None:
        for button in (self.export_png_button, self.export_svg_button):
            button.setEnabled(ready)

    # --- reading --------------------------------------------------------------------------

    @property
    def statistics(self) -> stats.Statistics | None:
        return self._statistics

    @property
    def reading(self) -> bool:
        return self._reading

    def current_key(self) -> str:
        return list(CHARTS)[max(self.picker.currentRow(), 0)]

    def select_chart(self, key: str) -> None:
        self.picker.setCurrentRow(list(CHARTS).index(key))

    def _data_changed(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self._debounce.start()

    def refresh(self) -> None:
        """Read the figures again (on the worker); a read asked for during one follows it."""
        self._stale = False
        if self._reading:
            self._stale = True
            return
        self._reading = True
        if self._statistics is None:
            self.summary.setText(self.tr("Reading the statistics\u2026"))
        self._pool.start(_Read(self._service.statistics, self._signals))

    def _loaded(self, result: object) -> None:
        self._reading = False
        if self._stale and self.isVisible():
            self.refresh()  # something changed while reading: what was read may be old
        if isinstance(result, str):
            self.summary.setText(self.tr("Could not read the statistics: {0}").format(result))
            return
        assert isinstance(result, stats.Statistics)
        self._statistics = result
        self.summary.setText(self._summary(result))
        self._show_current()
        self._set_enabled(True)
        self.refreshed.emit()

    def _summary(self, s: stats.Statistics) -> str:
        pending = s.outcome_total(stats.Outcome.PENDING)
        return self.tr("{0}: {1} launched, {2} yet to launch \u00b7 as of {3}").format(
            self.tr("%Ln missions", "", s.missions),
            QLocale().toString(s.missions - pending),
            QLocale().toString(pending),
            words.format_net(s.as_of, NetPrecision.MINUTE),
        )

    def _show_current(self) -> None:
        if self._statistics is None:
            return
        data = self.chart_data(self.current_key(), self._statistics)
        self.chart.set_data(data)
        self.model.set_chart(data)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._debounce.stop()

    def chart_data(self, key: str, s: stats.Statistics) -> ChartData:
        """The chart ``key`` of the figures, with its words in the user's language."""
        title = self._titles()[key]
        empty = self.tr("No missions to count yet.")
        if key == "per_year":
            names = {
                stats.Outcome.SUCCESS: self.tr("Success"),
                stats.Outcome.PARTIAL_FAILURE: self.tr("Partial failure"),
                stats.Outcome.FAILURE: self.tr("Failure"),
                stats.Outcome.IN_FLIGHT: self.tr("In flight"),
                stats.Outcome.PENDING: self.tr("Yet to launch"),
            }
            return ChartData(
                title=title,
                kind=Kind.COLUMNS,
                categories=tuple(str(y.year) for y in s.per_year),
                series=tuple(
                    Series(names[o], tuple(y.count(o) for y in s.per_year), OUTCOME_COLOURS[o])
                    for o in stats.Outcome
                ),
                value_axis=self.tr("Launches"),
                category_axis=self.tr("Year (UTC, by NET)"),
                years=True,
                empty=empty,
            )
        if key == "crewed":
            rows = s.crewed_per_year
            return ChartData(
                title=title,
                kind=Kind.COLUMNS,
                categories=tuple(str(y.year) for y in rows),
                series=(
                    Series(self.tr("Flown"), tuple(y.flown for y in rows), OKABE_ITO["blue"]),
                    Series(self.tr("Planned"), tuple(y.planned for y in rows), OKABE_ITO["grey"]),
                ),
                value_axis=self.tr("Crewed flights"),
                category_axis=self.tr("Year (UTC, by NET)"),
                years=True,
                empty=self.tr("No crewed flights yet."),
            )
        if key in ("by_agency", "by_vehicle"):
            counts = s.by_agency if key == "by_agency" else s.by_vehicle

            def name(c: stats.Count) -> str:
                if c.others:
                    return self.tr("Other (%n more)", "", c.others)
                return c.name if c.name is not None else self.tr("(none recorded)")

            return ChartData(
                title=title,
                kind=Kind.BARS,
                categories=tuple(name(c) for c in counts),
                series=(Series(self.tr("Launches"), tuple(c.launches for c in counts)),),
                value_axis=self.tr("Launches"),
                category_axis=self.tr("Agency") if key == "by_agency" else self.tr("Vehicle"),
                rest=bool(counts) and counts[-1].others > 0,
                empty=empty,
            )
        if key == "time_in_space":
            people = s.time_in_space
            up = self.tr("{0} (in space)")
            return ChartData(
                title=self._of(
                    title,
                    len(people),
                    s.people_flown,
                    self.tr("%Ln people who flew", "", s.people_flown),
                ),
                kind=Kind.BARS,
                categories=tuple(up.format(p.name) if p.in_space else p.name for p in people),
                series=(Series(self.tr("Days in space"), tuple(p.days for p in people)),),
                value_axis=self.tr("Days in space (a flight still up counts to the clock)"),
                category_axis=self.tr("Person"),
                decimals=1,
                empty=self.tr("Nobody has flown yet."),
            )
        slips = s.slips
        return ChartData(
            title=self._of(
                self.tr("Slips: how far each NET moved"),
                len(slips),
                s.missions_slipped,
                self.tr("%Ln missions", "", s.missions_slipped),
            ),
            kind=Kind.BARS,
            categories=tuple(m.name for m in slips),
            series=(Series(self.tr("Days moved"), tuple(m.days for m in slips)),),
            value_axis=self.tr("Days the NET moved (later: right, earlier: left)"),
            category_axis=self.tr("Mission"),
            decimals=1,
            empty=self.tr("No NET has moved yet."),
        )

    def _of(self, title: str, shown: int, total: int, counted: str) -> str:
        """'Slips (1 mission)' when all are shown, else 'Time in space (top 15 of 21 people
        who flew)'; ``counted`` says ``total`` with its noun."""
        if shown == total:
            return self.tr("{0} ({1})").format(title, counted)
        return self.tr("{0} (top {1} of {2})").format(title, shown, counted)

    # --- exports --------------------------------------------------------------------------

    def choose_export(self, kind: str) -> None:
        """Ask where to save the chart shown (PNG or SVG), then save it there."""
        if self.chart.data is None:
            return
        name = f"{CHARTS[self.current_key()]}.{kind}"
        title = (
            self.tr("Export the chart as PNG")
            if kind == "png"
            else self.tr("Export the chart as SVG")
        )
        dialog = QFileDialog(self, title, name)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(
            self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)")
        )
        dialog.setDefaultSuffix(kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: self.export(Path(chosen), kind))
        dialog.open()

    def export(self, path: Path, kind: str) -> Path | None:
        """Save the chart shown as ``kind`` (png: twice the size on the screen; svg) at
        ``path``, whole or not at all; says in place what came of it."""
        try:  # encoding the PNG may fail too (OSError): said in place, as a write would be
            data = self.chart.png() if kind == "png" else self.chart.svg(self.summary.text())
            written = self._service.write_file(path, data)
        except (UserError, OSError) as exc:
            self.status.setText(self.tr("Nothing was written: {0}").format(exc))
            return None
        self.status.setText(self.tr("Saved {0}").format(written))
        return written


def open_statistics(service: DataService, parent: QWidget) -> StatisticsView:
    """The window's one Statistics view, shown and raised (made on first use)."""
    view = parent.findChild(StatisticsView, "statisticsView")
    if view is None:
        view = StatisticsView(service, parent)
    view.show()
    view.raise_()
    view.activateWindow()
    return view
