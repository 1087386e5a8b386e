"""Labels for text that comes from data, and the line where a refusal is shown.

Qt guesses rich text in labels and tooltips (PITFALLS.md: a launch named ``<img src=...>``
made Qt read a device file), so everything here shows data as plain text. Colours come
from the palette, so switching between light and dark restyles them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget


def value_label(name: str = "") -> QLabel:
    """A selectable, wrapping label for a value from the database, shown as plain text."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


def heading(title: str) -> QLabel:
    """A section title (bold, a little larger than the text)."""
    label = QLabel(title)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally: tooltips have no plain-text switch, so
    the text is escaped inside markup of our own."""
    return f"<p>{html.escape(text)}</p>"


def refusal_colour(background: QColor) -> QColor:
    """A red that reads on ``background``: dark on a light window, light on a dark one."""
    dark = background.lightnessF() < 0.5
    return QColor.fromHslF(0.0, 0.65, 0.72 if dark else 0.38)


class MessageLine(QLabel):
    """A refusal or a note, shown in place where the user acted; hidden while empty.

    Plain text and bold; its colour follows the palette (the property ``tone=refusal``
    lets the application's style sheet restyle it too).
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("tone", "refusal")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setMargin(4)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.hide()
        self._follow_palette()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_palette()

    def _follow_palette(self) -> None:
        palette = self.palette()
        colour = refusal_colour(palette.color(QPalette.ColorRole.Window))
        if palette.color(QPalette.ColorRole.WindowText) != colour:  # else no change: no loop
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)
