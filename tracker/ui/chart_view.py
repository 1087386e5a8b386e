"""The chart on the screen and its exports: one ``ChartView`` widget (a tooltip for the bar
under the pointer) and the same picture as PNG or SVG bytes.

Every one of them calls ``charts.paint_chart``, so an export looks as the window shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QHelpEvent, QImage, QImageWriter, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from tracker.ui.charts import ChartData, Hit, paint_chart
from tracker.ui.i18n import Context

EXPORT_SCALE = 2.0  # a PNG at twice the view's size: sharp on a high-DPI screen


class ChartExport(Context):
    pass


class ChartView(QWidget):
    """One chart on the screen, with a tooltip for the bar under the pointer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartView")
        self.setMinimumSize(360, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable; its table says it in words
        self._data: ChartData | None = None
        self._hits: list[Hit] = []

    @property
    def data(self) -> ChartData | None:
        return self._data

    def set_data(self, data: ChartData) -> None:
        self._data = data
        self.setAccessibleName(data.title)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(720, 440)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._data is None:
            return
        painter = QPainter(self)
        self._hits = paint_chart(
            painter, QRectF(self.rect()), self._data, self.palette(), self.font()
        )
        painter.end()

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            hit = next((h for h in self._hits if h.rect.contains(QPointF(event.pos()))), None)
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), hit.text, self)
            return True
        return super().event(event)  # type: ignore[arg-type]

    def png(self, scale: float = EXPORT_SCALE) -> bytes:
        assert self._data is not None, "a chart to export"
        return png_bytes(self._data, self.size(), self.palette(), self.font(), scale)

    def svg(self, description: str = "") -> bytes:
        assert self._data is not None, "a chart to export"
        return svg_bytes(self._data, self.size(), self.palette(), self.font(), description)


def png_bytes(
    data: ChartData, size: QSize, palette: QPalette, font: QFont, scale: float = EXPORT_SCALE
) -> bytes:
    """The chart as a PNG, ``scale`` times ``size`` in pixels (sharp on a high-DPI screen)."""
    image = QImage(
        round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_ARGB32
    )
    image.setDevicePixelRatio(scale)
    image.fill(palette.color(QPalette.ColorRole.Base))
    painter = QPainter(image)
    paint_chart(painter, QRectF(0, 0, size.width(), size.height()), data, palette, font)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        reason = ChartExport.tr("the chart could not be encoded as PNG: {0}")
        raise OSError(reason.format(writer.errorString()))
    return bytes(buffer.data().data())


def svg_bytes(
    data: ChartData, size: QSize, palette: QPalette, font: QFont, description: str = ""
) -> bytes:
    """The chart as an SVG drawing (text stays text: searchable, scalable)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setResolution(96)
    generator.setTitle(data.title)
    generator.setDescription(description)
    painter = QPainter(generator)
    paint_chart(painter, QRectF(0, 0, size.width(), size.height()), data, palette, font)
    painter.end()
    return bytes(buffer.data().data())
