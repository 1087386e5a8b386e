"""The window's side docks: People (drag a person onto a roster, double-click or Enter for
their page) and Edit history."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLineEdit,
    QListView,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.crew_model import PERSON_ID_ROLE, PeopleListModel

DOCK_WIDTH = 210  # what a dock asks for at first: a name list, not half the window


class DockBody(QWidget):
    """A dock's content that asks for a narrow column (a list view alone asks for 256 px,
    which at 1024 px squeezed the mission list and the detail); the user may widen it."""

    def sizeHint(self) -> QSize:
        return QSize(DOCK_WIDTH, super().sizeHint().height())


class PeopleDock(QDockWidget):
    """Everyone in the database, filtered as typed; drag one onto a roster or a mission,
    double-click one (or Enter, or Open Person Page) for their page (``person_activated``)."""

    person_activated = Signal(int)  # a person id

    def __init__(self, people: PeopleListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("People"))
        self.setObjectName("peopleDock")
        # A few thousand people at most: the proxy's per-row filtering is quick enough here.
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(people)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setObjectName("peopleFilter")
        self.filter.setPlaceholderText(self.tr("Filter people\u2026"))
        self.filter.setAccessibleName(self.tr("Filter people"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setObjectName("peopleList")
        self.list.setAccessibleName(self.tr("People: drag one onto a crew roster"))
        self.list.setModel(self.proxy)
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setToolTip(
            self.tr("Drag a person onto the crew roster to add them; double-click for their page")
        )
        self.list.activated.connect(self._activated)
        self.page_action = QAction(self.tr("Open Person &Page"), self.list)
        self.page_action.triggered.connect(lambda: self._activated(self.list.currentIndex()))
        self.list.addAction(self.page_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        body = DockBody()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.setWidget(body)

    def _activated(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ID_ROLE) if index.isValid() else None
        if isinstance(person_id, int):
            self.person_activated.emit(person_id)


class UndoDock(QDockWidget):
    """The undo stack as a list: click a step to go back to it."""

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit history"))
        self.setObjectName("undoDock")
        self.view = QUndoView(undo_stack)
        self.view.setObjectName("undoView")
        self.view.setAccessibleName(self.tr("Edit history"))
        self.view.setAccessibleDescription(self.tr("Choose a step to go back to it"))
        self.view.setEmptyLabel(self.tr("Opened"))
        body = DockBody()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setWidget(body)
