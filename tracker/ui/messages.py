"""Message boxes that show their text as plain text.

``QMessageBox.warning(parent, title, text)`` guesses rich text: a path, a zone the user
typed or a mission's name in the text could be read as markup (PITFALLS.md). These say
exactly what they are given.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Icon = QMessageBox.Icon


def tell(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = Icon.Warning,
    wait: bool = False,
) -> QMessageBox:
    """Show ``text``; without blocking, unless ``wait`` (before the event loop runs, when
    what follows must wait for the user to have read it)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if wait:
        box.exec()
    else:
        box.open()
    return box


def ask(parent: QWidget | None, question: str) -> bool:
    """Yes or Cancel (the default); blocks until answered, since the caller needs it."""
    box = QMessageBox(
        Icon.Question,
        QCoreApplication.translate("Messages", "Mission Tracker"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes
