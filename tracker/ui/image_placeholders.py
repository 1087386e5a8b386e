"""The neutral placeholders shown where an image is not (yet) at hand: an outline drawing
per kind of image on a faint tile, in the palette's placeholder colour, so they read in the
light and the dark scheme alike and never look like an error. Drawn, not icons: no resource
to keep in step, and any size stays sharp."""

from __future__ import annotations

import enum
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF


class ImageKind(enum.Enum):
    """What an image shows; each has its own placeholder and accessible name."""

    PATCH = "patch"
    VEHICLE = "vehicle"
    PORTRAIT = "portrait"
    LOGO = "logo"


def paint_placeholder(painter: QPainter, rect: QRectF, kind: ImageKind, palette: QPalette) -> None:
    """A neutral tile with an outline drawing of ``kind``, in the palette's muted colours,
    so it reads in light and dark and never looks like an error."""
    ink = palette.color(QPalette.ColorRole.PlaceholderText)
    tile = QColor(ink)
    tile.setAlphaF(0.12)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tile)
    radius = min(rect.width(), rect.height()) * 0.12
    painter.drawRoundedRect(rect, radius, radius)
    # The drawings are made on a 100 x 100 grid in the middle of the tile.
    side = min(rect.width(), rect.height())
    painter.translate(rect.center().x() - side / 2, rect.center().y() - side / 2)
    painter.scale(side / 100, side / 100)
    pen = QPen(ink, 4.0)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    _DRAWINGS[kind](painter)
    painter.restore()


def _star(cx: float, cy: float, outer: float, inner: float) -> QPolygonF:
    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(cx + r * math.cos(angle), cy + r * math.sin(angle)))
    return QPolygonF(points)


def _patch(p: QPainter) -> None:
    """A round embroidered badge with a star."""
    p.drawEllipse(QPointF(50, 50), 30, 30)
    p.drawEllipse(QPointF(50, 50), 23, 23)
    p.drawPolygon(_star(50, 51, 13, 5.5))


def _vehicle(p: QPainter) -> None:
    """A rocket standing up: nose, body, fins."""
    body = QPainterPath(QPointF(50, 18))
    body.cubicTo(QPointF(60, 28), QPointF(61, 40), QPointF(60, 66))
    body.lineTo(QPointF(40, 66))
    body.cubicTo(QPointF(39, 40), QPointF(40, 28), QPointF(50, 18))
    p.drawPath(body)
    p.drawPolyline(QPolygonF([QPointF(40, 56), QPointF(31, 70), QPointF(40, 68)]))
    p.drawPolyline(QPolygonF([QPointF(60, 56), QPointF(69, 70), QPointF(60, 68)]))
    p.drawEllipse(QPointF(50, 40), 4.5, 4.5)
    p.drawLine(QPointF(46, 74), QPointF(46, 81))
    p.drawLine(QPointF(54, 74), QPointF(54, 81))


def _portrait(p: QPainter) -> None:
    """Head and shoulders."""
    p.drawEllipse(QPointF(50, 40), 13, 14)
    shoulders = QPainterPath(QPointF(24, 80))
    shoulders.cubicTo(QPointF(26, 63), QPointF(38, 58), QPointF(50, 58))
    shoulders.cubicTo(QPointF(62, 58), QPointF(74, 63), QPointF(76, 80))
    p.drawPath(shoulders)


def _logo(p: QPainter) -> None:
    """A globe with an orbit: an agency."""
    p.drawEllipse(QPointF(50, 50), 22, 22)
    p.drawEllipse(QPointF(50, 50), 9, 22)
    p.drawLine(QPointF(28, 50), QPointF(72, 50))
    p.save()
    p.translate(50, 50)
    p.rotate(-25)
    p.drawEllipse(QPointF(0, 0), 36, 12)
    p.restore()


_DRAWINGS: dict[ImageKind, Callable[[QPainter], None]] = {
    ImageKind.PATCH: _patch,
    ImageKind.VEHICLE: _vehicle,
    ImageKind.PORTRAIT: _portrait,
    ImageKind.LOGO: _logo,
}
