"""The main window's list beside the selected mission's detail, and how the width is shared."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter

DETAIL_MIN, DETAIL_MAX = 360, 600  # the detail pane's width, in pixels


class MainSplitter(QSplitter):
    """The list beside the detail. Until the user drags the handle (now or before), the
    detail takes 38% of the width, at least what its content needs (``detail_needs``) and
    at most 600 px: the list's columns want every pixel a wide window has."""

    def __init__(self, detail_needs: Callable[[], int]) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.by_width = True
        self._detail_needs = detail_needs
        self.splitterMoved.connect(self._dragged)

    def _dragged(self, _pos: int, _index: int) -> None:
        self.by_width = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        listing = self.widget(0)
        if self.by_width and listing is not None and self.count() == 2:
            total = sum(self.sizes())
            detail = max(round(total * 0.38), DETAIL_MIN, self._detail_needs())
            detail = min(detail, DETAIL_MAX, total - listing.minimumWidth())
            self.setSizes([total - detail, detail])
