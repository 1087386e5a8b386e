"""Labels for text that comes from data, and the line where a refusal is shown.

Qt guesses rich text in labels and tooltips (PITFALLS.md: a launch named ``<img src=...>``
made Qt read a device file), so everything here shows data as plain text. No colour is set
here: the palette and the theme's style sheet give them, so switching schemes restyles them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from tracker.ui.announcer import announce


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


def text_width(edit: QLineEdit, text: str) -> int:
    """The width ``edit`` needs to show ``text`` (say, its placeholder) whole, frame and
    margins included."""
    margins = edit.textMargins()
    return edit.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 24


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally: tooltips have no plain-text switch, so
    the text is escaped inside markup of our own."""
    return f"<p>{html.escape(text)}</p>"


class MessageLine(QLabel):
    """A refusal or a note, shown in place where the user acted; hidden while empty.

    Plain text; the application's style sheet (``tracker.ui.theme``) gives lines of
    ``tone="error"`` their weight and the light or dark scheme's error colour.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("tone", "error")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        if text and self.window().isVisible():  # heard wherever the focus is; what a
            announce(self, text)  # dialog says as it opens is read with the dialog
