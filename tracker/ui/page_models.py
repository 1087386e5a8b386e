"""The tables of the person, vehicle and agency pages: one read-only model over plain rows.

Each table is a ``PageTableModel`` given its columns (a header and the text of a row) and
its rows; the row behind an index answers ``ROW_ROLE``, which is how a double-click knows
what to open. The rows come from ``tracker.store.profile_records``; the text is plain (a
table cell never renders markup) and times are shown in the zone the page was given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from tracker import schedule
from tracker.store.profile_records import (
    AgencyMission,
    AgencyPerson,
    AgencyVehicle,
    PersonFlight,
    VehicleFlight,
)
from tracker.ui import words
from tracker.vocabulary import LandingOutcome, LaunchStatus, NetPrecision

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the plain row behind a line
NOT_GIVEN = "\u2014"


CONTEXT = "PageTableModel"


@dataclass(frozen=True)
class Column(Generic[R]):
    """A column: its header (marked for translation, translated when shown) and its text
    for a row."""

    header: object  # what QT_TRANSLATE_NOOP gives: the English text
    text: Callable[[R], str]
    numeric: bool = False  # right-aligned


class PageTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind in columns; read-only: a page shows, the window's editors change."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R], columns: Sequence[Column[R]] | None = None) -> None:
        """Show ``rows``, with ``columns`` if given (their text may depend on the zone)."""
        self.beginResetModel()
        self._rows = list(rows)
        if columns is not None:
            self.columns = list(columns)
        self.endResetModel()

    def row(self, index: int) -> R:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.columns)
        ):
            return QCoreApplication.translate(CONTEXT, str(self.columns[section].header))
        return None


# --- the columns of each table ------------------------------------------------------------


def _landing(when: dt.datetime | None, zone: schedule.Zone) -> str:
    return NOT_GIVEN if when is None else words.format_net(when, NetPrecision.MINUTE, zone)


def _stay(f: PersonFlight) -> str:
    """The time in space (to now while the flight is up: its outcome says 'In orbit')."""
    return NOT_GIVEN if f.stay is None else words.format_duration(f.stay.duration)


def outcome_text(status: LaunchStatus, end: LandingOutcome | None) -> str:
    """``profile_records.outcome_text`` in the window's words: 'Landed', 'In orbit', 'Crew
    lost' after a successful launch, else the status, with the end when there is one."""
    if end is None:
        return words.status_text(status)
    if status is LaunchStatus.SUCCESS:
        return words.landing_text(end)
    return f"{words.status_text(status)} \u00b7 {words.landing_text(end)}"


def _count(n: int | None) -> str:
    return NOT_GIVEN if n is None else str(n)


def person_flight_columns(zone: schedule.Zone) -> list[Column[PersonFlight]]:
    return [
        Column(QT_TRANSLATE_NOOP("PageTableModel", "Mission"), lambda f: f.mission),
        Column(QT_TRANSLATE_NOOP("PageTableModel", "Role"), lambda f: words.role_text(f.role)),
        Column(
            QT_TRANSLATE_NOOP("PageTableModel", "Launch"),
            lambda f: words.format_net(f.net, f.net_precision, zone),
        ),
        Column(QT_TRANSLATE_NOOP("PageTableModel", "Landing"), lambda f: _landing(f.landing, zone)),
        Column(QT_TRANSLATE_NOOP("PageTableModel", "Time in space"), _stay),
        Column(
            QT_TRANSLATE_NOOP("PageTableModel", "Outcome"),
            lambda f: outcome_text(f.status, f.landing_outcome),
        ),
    ]


def vehicle_flight_columns(zone: schedule.Zone) -> list[Column[VehicleFlight]]:
    return [
        Column(QT_TRANSLATE_NOOP("PageTableModel", "Mission"), lambda f: f.mission),
        Column(
            QT_TRANSLATE_NOOP("PageTableModel", "Launch"),
            lambda f: words.format_net(f.net, f.net_precision, zone),
        ),
        Column(QT_TRANSLATE_NOOP("PageTableModel", "Landing"), lambda f: _landing(f.landing, zone)),
        Column(QT_TRANSLATE_NOOP("PageTableModel", "Crew"), lambda f: str(f.crew), numeric=True),
        Column(
            QT_TRANSLATE_NOOP("PageTableModel", "Outcome"),
            lambda f: outcome_text(f.status, f.landing_outcome),
        ),
    ]


def agency_mission_columns(zone: schedule.Zone) -> list[Column[AgencyMission]]:
    return [
        Column(QT_TRANSLATE_NOOP("PageTableModel", "Mission"), lambda m: m.mission),
        Column(QT_TRANSLATE_NOOP("PageTableModel", "Vehicle"), lambda m: m.vehicle or NOT_GIVEN),
        Column(
            QT_TRANSLATE_NOOP("PageTableModel", "Launch"),
            lambda m: words.format_net(m.net, m.net_precision, zone),
        ),
        Column(
            QT_TRANSLATE_NOOP("PageTableModel", "Status"), lambda m: words.status_text(m.status)
        ),
        Column(QT_TRANSLATE_NOOP("PageTableModel", "Crew"), lambda m: str(m.crew), numeric=True),
    ]


def agency_people_columns() -> list[Column[AgencyPerson]]:
    return [
        Column(QT_TRANSLATE_NOOP("PageTableModel", "Name"), lambda p: p.name),
        Column(
            QT_TRANSLATE_NOOP("PageTableModel", "Nationality"), lambda p: p.nationality or NOT_GIVEN
        ),
        Column(
            QT_TRANSLATE_NOOP("PageTableModel", "Status"),
            lambda p: words.person_status_text(p.status),
        ),
        Column(
            QT_TRANSLATE_NOOP("PageTableModel", "Missions"), lambda p: str(p.missions), numeric=True
        ),
    ]


def agency_vehicle_columns() -> list[Column[AgencyVehicle]]:
    return [
        Column(QT_TRANSLATE_NOOP("PageTableModel", "Name"), lambda v: v.name),
        Column(
            QT_TRANSLATE_NOOP("PageTableModel", "Kind"), lambda v: words.vehicle_kind_text(v.kind)
        ),
        Column(
            QT_TRANSLATE_NOOP("PageTableModel", "Crew capacity"),
            lambda v: _count(v.capacity),
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("PageTableModel", "Missions"), lambda v: str(v.missions), numeric=True
        ),
    ]
