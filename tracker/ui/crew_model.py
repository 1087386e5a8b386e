"""Item models for the crew roster and the people list, with drag and drop.

They never write: an edit, a reorder or a drop is turned into a request signal, which the
roster editor makes into an undo command that calls the service. The window keeps one
``PeopleListModel`` for everything that lists people (its people panel, the roster's picker).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tracker.store.records import CrewMember, PersonRow
from tracker.ui import words
from tracker.ui.labels import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
PERSON_MIME = "application/x-mission-tracker-person"
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def person_mime(person_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(PERSON_MIME, QByteArray(str(person_id).encode()))
    return data


def person_from_mime(data: QMimeData) -> int | None:
    if not data.hasFormat(PERSON_MIME):
        return None
    try:
        return int(bytes(data.data(PERSON_MIME).data()).decode())
    except ValueError:
        return None


class CrewColumn(IntEnum):
    SEAT = 0
    PERSON = 1
    ROLE = 2
    AGENCY = 3
    NATIONALITY = 4


CREW_HEADERS = (
    QT_TRANSLATE_NOOP("CrewTableModel", "Seat"),
    QT_TRANSLATE_NOOP("CrewTableModel", "Person"),
    QT_TRANSLATE_NOOP("CrewTableModel", "Role"),
    QT_TRANSLATE_NOOP("CrewTableModel", "Agency"),
    QT_TRANSLATE_NOOP("CrewTableModel", "Nationality"),
)


class CrewTableModel(QAbstractTableModel):
    """A mission's roster in seat order."""

    role_edit_requested = Signal(int, str)  # person id, new role
    move_requested = Signal(int, int)  # person id, new seat
    add_requested = Signal(int, int)  # person id, seat

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._crew: list[CrewMember] = []

    def set_crew(self, crew: tuple[CrewMember, ...] | list[CrewMember]) -> None:
        self.beginResetModel()
        self._crew = list(crew)
        self.endResetModel()

    def member(self, row: int) -> CrewMember:
        return self._crew[row]

    def members(self) -> list[CrewMember]:
        return list(self._crew)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._crew)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CrewColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(CREW_HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._crew):
            return None
        c = self._crew[index.row()]
        column = CrewColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is CrewColumn.ROLE:  # edited as stored, shown in the window's language
                return c.role if role == Qt.ItemDataRole.EditRole else words.role_text(c.role)
            return {
                CrewColumn.SEAT: str(index.row() + 1),
                CrewColumn.PERSON: c.name,
                CrewColumn.AGENCY: c.agency,
                CrewColumn.NATIONALITY: c.nationality,
            }[column]
        if role == PERSON_ID_ROLE:
            return c.person_id
        if role == Qt.ItemDataRole.ToolTipRole and column is CrewColumn.ROLE:
            return self.tr("Double-click or press F2 to change the role")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() == CrewColumn.ROLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the change; the roster shows it once the repository has made it."""
        if role != Qt.ItemDataRole.EditRole or index.column() != CrewColumn.ROLE:
            return False
        new = str(value).strip()
        member = self._crew[index.row()]
        if new != member.role:
            self.role_edit_requested.emit(member.person_id, new)
        return False

    # --- drag and drop: reorder within the roster, or drop a person from the people list --

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        return person_mime(self._crew[indexes[0].row()].person_id)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return person_from_mime(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        person_id = person_from_mime(data)
        if person_id is None:
            return False
        seat = row if row >= 0 else (parent.row() if parent.isValid() else len(self._crew))
        current = next((i for i, c in enumerate(self._crew) if c.person_id == person_id), None)
        if current is None:
            self.add_requested.emit(person_id, seat)
        else:
            target = seat - 1 if seat > current else seat
            if target != current:
                self.move_requested.emit(person_id, target)
        return False  # the view must not remove the dragged row itself


class PeopleListModel(QAbstractListModel):
    """Everyone in the database, draggable onto a roster."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[PersonRow] = []
        self.loaded = False  # the window reads people after its first paint

    def set_people(self, people: list[PersonRow]) -> None:
        self.beginResetModel()
        self._people = people
        self.loaded = True
        self.endResetModel()

    def person(self, row: int) -> PersonRow:
        return self._people[row]

    def name_of(self, person_id: int) -> str | None:
        return next((p.name for p in self._people if p.id == person_id), None)

    def find(self, text: str) -> int | None:
        """The id of the person ``text`` names, as typed or as listed ("Name (Agency)"),
        in any case; None when nobody is."""
        wanted = text.strip().casefold()
        if not wanted:
            return None
        return next(
            (
                p.id
                for p in self._people
                if wanted in (p.name.casefold(), f"{p.name} ({p.agency})".casefold())
            ),
            None,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        p = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{p.name} ({p.agency})"
        if role == Qt.ItemDataRole.EditRole:
            return p.name
        if role == PERSON_ID_ROLE:
            return p.id
        if role == Qt.ItemDataRole.ToolTipRole:
            flights = (
                self.tr("%n missions", "", p.missions) if p.missions else self.tr("no flights yet")
            )
            nationality = p.nationality or self.tr("nationality unknown")
            text = self.tr("{0} \u2014 {1}, {2}; {3}").format(
                p.name, p.agency, nationality, flights
            )
            return plain_tooltip(text)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        return person_mime(self._people[indexes[0].row()].id)
