"""Combo boxes and spin boxes take the mouse wheel only when they have the keyboard focus.

Otherwise a wheel turned to scroll the detail changes whatever picker passes under the
pointer (the person to add, a precision, a count), and the next click acts on the wrong
value. One filter on the application covers every such widget, those of dialogs and item
delegates made later included: as each is polished it stops taking focus from the wheel,
and a wheel event over one without focus goes to its parent (the scroll area) instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """Install once on the application (``install``); removed when its parent goes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if isinstance(watched, GUARDED) and not watched.hasFocus():
                event.ignore()  # not taken here: Qt offers it to the parent next
                return True
        elif kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            widget: QWidget = watched
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives no focus
        return False

    def install(self) -> WheelGuard:
        app = QApplication.instance()
        assert app is not None, "a QApplication comes first"
        app.installEventFilter(self)
        for widget in QApplication.allWidgets():  # those polished before it was installed
            self.eventFilter(widget, QEvent(QEvent.Type.Polish))
        return self
