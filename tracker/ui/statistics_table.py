"""The numbers behind a chart, as a table: what is drawn is what is listed (and read by a
screen reader, for whom the chart is a picture)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from tracker.ui.charts import ChartData, format_value

Index = QModelIndex | QPersistentModelIndex


class StatisticsTableModel(QAbstractTableModel):
    """The numbers behind one chart: a row per category, a column per series, and the
    total where series stack."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chart: ChartData | None = None

    @property
    def chart(self) -> ChartData | None:
        return self._chart

    def set_chart(self, chart: ChartData) -> None:
        self.beginResetModel()
        self._chart = chart
        self.endResetModel()

    def _totals(self) -> bool:
        return self._chart is not None and len(self._chart.series) > 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() or self._chart is None else len(self._chart.categories)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._chart is None:
            return 0
        return 1 + len(self._chart.series) + int(self._totals())

    def value(self, row: int, column: int) -> float:
        """The number in a cell (column 0 is the category)."""
        assert self._chart is not None and column > 0
        series = self._chart.series
        if column <= len(series):
            return series[column - 1].values[row]
        return self._chart.total(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        chart = self._chart
        if chart is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == 0:
            return chart.categories[row]
        return format_value(self.value(row, column), chart.decimals)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        chart = self._chart
        if role != Qt.ItemDataRole.DisplayRole or chart is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if section == 0:
            return chart.category_axis
        if section <= len(chart.series):
            return chart.series[section - 1].name
        return self.tr("Total")
