"""Charts drawn with QPainter: stacked columns (per year) and horizontal bars (ranked names).

Why not QtCharts: it lives in PySide6-Addons, 175 MB more in the bundle; QPainter and QtSvg
come with Essentials. One paint routine (``paint_chart``) draws on the screen, on a 2x PNG
and on an SVG alike, so an export looks as the window shows it. Text is the palette's, bars
take a colour-blind-safe set (Okabe and Ito's) defined here once, and a single series the
theme's accent; every label is elided to its room, never clipped. The widget that shows a
chart and its PNG and SVG exports are in ``tracker.ui.chart_view``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
)

from tracker.ui.theme import DARK, LIGHT

# Okabe & Ito (2008), "Color Universal Design": told apart with every common colour vision.
OKABE_ITO = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "grey": "#999999",
}
ACCENT = ""  # a series' colour: the theme's accent, as the rest of the window uses it
MARGIN = 12.0


class Kind(Enum):
    COLUMNS = "columns"  # categories along the bottom, series stacked upwards
    BARS = "bars"  # categories down the side, one bar each (a single series)


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    values: tuple[float, ...]  # ints too: counts stay counts
    colour: str = ACCENT  # a hex colour, or ACCENT


@dataclass(frozen=True, slots=True)
class ChartData:
    """What a chart shows, ready to draw and to tabulate: the numbers behind the picture.

    ``years``: the categories are years, drawn on a continuous axis (a year without
    launches takes its place, empty) while the numbers list only the years given.
    """

    title: str
    kind: Kind
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_axis: str
    category_axis: str
    decimals: int = 0
    years: bool = False
    rest: bool = False  # the last bar sums the names not shown: drawn in a neutral grey
    empty: str = ""  # said in place of the chart when there is nothing to draw

    def total(self, row: int) -> float:
        return sum(s.values[row] for s in self.series)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def series_colour(series: Series, palette: QPalette) -> QColor:
    if series.colour == ACCENT:
        return QColor((DARK if is_dark(palette) else LIGHT)["accent"])
    return QColor(series.colour)


def nice_ticks(low: float, high: float, count: int = 5, whole: bool = True) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten apart) covering low..high and 0;
    ``whole``: never a step below 1 (counts)."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high - low <= 0:
        high = low + 1
    raw = (high - low) / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if raw <= m * power)
    if whole:
        step = max(step, 1.0)
    first, last = math.floor(low / step), math.ceil(high / step)
    return [round(i * step, 10) for i in range(first, last + 1)]


def format_value(value: float, decimals: int) -> str:
    """In the user's locale, as the table beside the chart shows it."""
    return QLocale().toString(float(value), "f", decimals)


# --- layout and painting ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hit:
    """A bar's place on the chart, for its tooltip."""

    rect: QRectF
    text: str


def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
    """The body, title and small fonts for a base font (its pixel size kept, so a PNG, an
    SVG and the screen measure text alike)."""
    body = QFont(base)
    title = QFont(base)
    title.setBold(True)
    title.setPixelSize(round(_pixels(base) * 1.25))
    small = QFont(base)
    small.setPixelSize(max(9, round(_pixels(base) * 0.9)))
    return body, title, small


def _pixels(font: QFont) -> int:
    if font.pixelSize() > 0:
        return font.pixelSize()
    return round(font.pointSizeF() * 96 / 72)


def paint_chart(
    painter: QPainter, area: QRectF, data: ChartData, palette: QPalette, font: QFont
) -> list[Hit]:
    """Draw ``data`` in ``area``: title, legend, axes with their titles and ticks, bars.
    Returns where each bar went (for tooltips)."""
    body, title_font, small = _fonts(font)
    text = palette.color(QPalette.ColorRole.WindowText)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
    inner = area.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

    painter.setFont(title_font)
    painter.setPen(text)
    fm = QFontMetricsF(title_font)
    title_rect = QRectF(inner.left(), inner.top(), inner.width(), fm.height())
    _text(
        painter,
        title_rect,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        data.title,
        fm,
    )
    top = title_rect.bottom() + 6
    if len(data.series) > 1:
        top = _legend(painter, QRectF(inner.left(), top, inner.width(), 0), data, palette, body)
        top += 4
    plot_area = QRectF(inner.left(), top, inner.width(), inner.bottom() - top)
    hits: list[Hit] = []
    if not data.categories or not any(v for s in data.series for v in s.values):
        painter.setFont(body)
        painter.setPen(text)
        painter.drawText(plot_area, Qt.AlignmentFlag.AlignCenter, data.empty)
    elif data.kind is Kind.COLUMNS:
        hits = _columns(painter, plot_area, data, palette, body, small)
    else:
        hits = _bars(painter, plot_area, data, palette, body, small)
    painter.restore()
    return hits


def _legend(
    painter: QPainter, area: QRectF, data: ChartData, palette: QPalette, font: QFont
) -> float:
    """Swatches and names in rows that wrap; returns the bottom of the last row."""
    fm = QFontMetricsF(font)
    painter.setFont(font)
    box = fm.height() * 0.7
    x, y = area.left(), area.top()
    for series in data.series:
        room = area.right() - x - box - 6
        width = min(fm.horizontalAdvance(series.name), area.width() - box - 6)
        if width > room and x > area.left():
            x, y = area.left(), y + fm.height() + 2
        swatch = QRectF(x, y + (fm.height() - box) / 2, box, box)
        painter.fillRect(swatch, series_colour(series, palette))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        name = fm.elidedText(series.name, Qt.TextElideMode.ElideRight, width + 1)
        painter.drawText(QRectF(x + box + 6, y, width + 1, fm.height()), 0, name)
        x += box + 6 + width + 18
    return y + fm.height()


GRID, AXIS = 0.18, 0.7  # how strongly grid lines and axes show, of the text's colour


def _pen(palette: QPalette, strength: float) -> QPen:
    colour = QColor(palette.color(QPalette.ColorRole.WindowText))
    colour.setAlphaF(strength)
    return QPen(colour, 1)


def _text(
    painter: QPainter,
    room: QRectF,
    align: Qt.AlignmentFlag,
    text: str,
    fm: QFontMetricsF,
    elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
) -> None:
    """``text`` in ``room``, elided to its width rather than clipped."""
    painter.drawText(room, align, fm.elidedText(text, elide, room.width()))


def _year_slots(data: ChartData) -> tuple[list[str], list[int | None]]:
    """Every year from the first to the last, and for each the row of ``data`` (None: a
    year without launches)."""
    years = [int(c) for c in data.categories]
    row = {y: i for i, y in enumerate(years)}
    span = list(range(min(years), max(years) + 1))
    return [str(y) for y in span], [row.get(y) for y in span]


def _label_step(slot: float, widest: float) -> int:
    """Label every n-th column so labels keep apart: n from 1, 2, 5, 10, 20, 50, …"""
    return next(n for n in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if n * slot >= widest + 8)


def _columns(
    painter: QPainter,
    area: QRectF,
    data: ChartData,
    palette: QPalette,
    font: QFont,
    small: QFont,
) -> list[Hit]:
    text = palette.color(QPalette.ColorRole.WindowText)
    fm, sm = QFontMetricsF(font), QFontMetricsF(small)
    if data.years:
        labels, rows = _year_slots(data)
    else:
        labels, rows = list(data.categories), list(range(len(data.categories)))
    totals = [data.total(r) if r is not None else 0.0 for r in rows]
    ticks = nice_ticks(0, max(totals), whole=data.decimals == 0)
    tick_texts = [format_value(t, data.decimals if t % 1 else 0) for t in ticks]
    tick_width = max(sm.horizontalAdvance(t) for t in tick_texts)
    left = area.left() + fm.height() + 4 + tick_width + 6  # axis title, tick labels
    bottom = area.bottom() - fm.height() - 4 - sm.height() - 6  # axis title, labels
    plot = QRectF(left, area.top() + sm.height() / 2, area.right() - left, bottom - area.top())
    lo, hi = ticks[0], ticks[-1]

    def y_of(value: float) -> float:
        return plot.bottom() - (value - lo) / (hi - lo) * plot.height()

    painter.setFont(small)
    for tick, label in zip(ticks, tick_texts, strict=True):
        y = y_of(tick)
        painter.setPen(_pen(palette, GRID))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text)
        room = QRectF(plot.left() - 6 - tick_width, y - sm.height() / 2, tick_width, sm.height())
        _text(painter, room, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label, sm)

    slot = plot.width() / len(labels)
    bar = max(1.0, slot * 0.72)
    hits: list[Hit] = []
    for i, row in enumerate(rows):
        if row is None:
            continue
        x = plot.left() + i * slot + (slot - bar) / 2
        base = 0.0
        for series in data.series:
            value = series.values[row]
            if value <= 0:
                continue
            rect = QRectF(x, y_of(base + value), bar, y_of(base) - y_of(base + value))
            painter.fillRect(rect, series_colour(series, palette))
            base += value
        parts = ", ".join(
            f"{s.name} {format_value(s.values[row], data.decimals)}"
            for s in data.series
            if s.values[row]
        )
        hit = QRectF(plot.left() + i * slot, plot.top(), slot, plot.height())
        hits.append(Hit(hit, f"{labels[i]}: {parts}" if parts else labels[i]))

    painter.setPen(_pen(palette, AXIS))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())

    widest = max(sm.horizontalAdvance(label) for label in labels)
    step = _label_step(slot, min(widest, plot.width()))
    painter.setFont(small)
    painter.setPen(text)
    for i, label in enumerate(labels):
        shown = (int(label) % step == 0) if data.years else (i % step == 0)
        if not shown:
            continue
        centre = plot.left() + (i + 0.5) * slot
        width = min(step * slot, plot.width())
        painter.drawLine(QPointF(centre, plot.bottom()), QPointF(centre, plot.bottom() + 3))
        room = QRectF(centre - width / 2, plot.bottom() + 4, width, sm.height())
        _text(painter, room, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label, sm)
    painter.setFont(font)
    _axis_titles(painter, area, plot, data, fm)
    return hits


def _axis_titles(
    painter: QPainter, area: QRectF, plot: QRectF, data: ChartData, fm: QFontMetricsF
) -> None:
    """The category title under the axis, the value title up the left side (columns) or
    under the values (bars)."""
    if data.kind is Kind.COLUMNS:
        below, side = data.category_axis, data.value_axis
    else:
        below, side = data.value_axis, ""
    centred = Qt.AlignmentFlag.AlignCenter
    _text(
        painter,
        QRectF(plot.left(), area.bottom() - fm.height(), plot.width(), fm.height()),
        centred,
        below,
        fm,
    )
    if side:
        painter.save()
        painter.translate(area.left(), plot.center().y())
        painter.rotate(-90)
        _text(painter, QRectF(-plot.height() / 2, 0, plot.height(), fm.height()), centred, side, fm)
        painter.restore()


def _bars(
    painter: QPainter,
    area: QRectF,
    data: ChartData,
    palette: QPalette,
    font: QFont,
    small: QFont,
) -> list[Hit]:
    text = palette.color(QPalette.ColorRole.WindowText)
    fm, sm = QFontMetricsF(font), QFontMetricsF(small)
    series = data.series[0]
    values = series.values
    ticks = nice_ticks(min(values), max(values), whole=data.decimals == 0)
    value_texts = [format_value(v, data.decimals) for v in values]
    value_width = max(sm.horizontalAdvance(t) for t in value_texts) + 6
    names_width = min(max(fm.horizontalAdvance(c) for c in data.categories), area.width() * 0.38)
    left = area.left() + names_width + 8
    bottom = area.bottom() - fm.height() - 4 - sm.height() - 6
    plot = QRectF(left, area.top(), area.right() - left - value_width, bottom - area.top())
    lo, hi = ticks[0], ticks[-1]

    def x_of(value: float) -> float:
        return plot.left() + (value - lo) / (hi - lo) * plot.width()

    painter.setFont(small)
    for tick in ticks:
        x = x_of(tick)
        painter.setPen(_pen(palette, GRID))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(text)
        label = format_value(tick, data.decimals if tick % 1 else 0)
        width = sm.horizontalAdvance(label) + 2
        room = QRectF(x - width / 2, plot.bottom() + 4, width, sm.height())
        _text(painter, room, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label, sm)

    slot = plot.height() / len(data.categories)
    thickness = min(max(1.0, slot * 0.7), fm.height() * 1.6)
    colour = series_colour(series, palette)
    zero = x_of(0)
    hits: list[Hit] = []
    for i, (name, value) in enumerate(zip(data.categories, values, strict=True)):
        y = plot.top() + i * slot + (slot - thickness) / 2
        end = x_of(value)
        rect = QRectF(min(zero, end), y, abs(end - zero), thickness)
        last = i == len(values) - 1
        painter.fillRect(rect, QColor(OKABE_ITO["grey"]) if data.rest and last else colour)
        painter.setFont(font)
        painter.setPen(text)
        label_room = QRectF(area.left(), plot.top() + i * slot, names_width, slot)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        _text(painter, label_room, right, name, fm, Qt.TextElideMode.ElideMiddle)
        painter.setFont(small)
        shown = value_texts[i]
        after = QRectF(max(zero, end) + 4, plot.top() + i * slot, value_width, slot)
        painter.drawText(after, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        hits.append(
            Hit(QRectF(area.left(), plot.top() + i * slot, area.width(), slot), f"{name}: {shown}")
        )

    painter.setPen(_pen(palette, AXIS))
    painter.drawLine(QPointF(zero, plot.top()), QPointF(zero, plot.bottom()))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.setFont(font)
    painter.setPen(text)
    _axis_titles(painter, area, plot, data, fm)
    return hits
