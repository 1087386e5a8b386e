"""The pages themselves: a person, a vehicle, an agency, each a header (name and image
slot), facts, and tables of what it took part in.

A page only shows; what a click or a double-click means is said by its ``open_target``
signal, ``(kind, id)`` with kind ``person``, ``vehicle``, ``agency`` or ``mission``, which
the pages window (``tracker.ui.pages``) follows. Data is plain text everywhere: labels are
``Qt.PlainText``, link buttons escape the ``&`` a button would take for a mnemonic.

The image slot is a hook for ``tracker.ui.images``: ``set_image(pixmap)`` shows a picture,
``set_image(None)`` the neutral placeholder drawn here; ``image_url`` says what to fetch.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QStylePainter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker import schedule
from tracker.store.profile_records import (
    AgencyMission,
    AgencyProfile,
    PersonFlight,
    PersonProfile,
    VehicleFlight,
    VehicleProfile,
)
from tracker.ui import words
from tracker.ui.labels import heading, value_label
from tracker.ui.page_models import (
    NOT_GIVEN,
    ROW_ROLE,
    PageTableModel,
    agency_mission_columns,
    agency_people_columns,
    agency_vehicle_columns,
    person_flight_columns,
    vehicle_flight_columns,
)
from tracker.vocabulary import NetPrecision

IMAGE_SIDE = 112  # pixels: the portrait or picture beside the name
TABLE_ROWS = 6  # rows a table shows at least before it scrolls
FOCUS_ROOM = 2  # pixels after a link's text, for its focus frame


class ClickGuard:
    """One per pages window: a double-click on a link opens one page. Its second click lands
    on the page the first one opened; a link there ignores a press that comes so soon after
    a link was followed (within the double-click interval)."""

    def __init__(self) -> None:
        self._since = QElapsedTimer()

    def followed(self) -> None:
        self._since.start()

    def too_soon(self) -> bool:
        return self._since.isValid() and self._since.elapsed() < QApplication.doubleClickInterval()


class LinkButton(QPushButton):
    """A record's name that opens its page: drawn as a link (underlined, the palette's link
    colour, aligned with the text around it), a button to the keyboard and to screen readers.
    """

    def __init__(self, name: str, guard: ClickGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guard = guard
        self.setObjectName(name)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setUnderline(True)
        self.setFont(font)
        self._shown = ""

    def set_link(self, text: str, description: str) -> None:
        self._shown = text
        self.setText(text.replace("&", "&&"))  # data: no mnemonic
        self.setAccessibleName(text)
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._shown) + FOCUS_ROOM, metrics.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.guard.too_soon():  # the second click of a double-click that led here
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()  # the first click followed the link already

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)
        colour = QPalette.ColorRole.Link if not self.isDown() else QPalette.ColorRole.LinkVisited
        painter.setPen(self.palette().color(colour))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter), self._shown)


class LinkField(QWidget):
    """A fact that leads to a page when there is one to lead to, else plain text."""

    def __init__(self, name: str, guard: ClickGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = LinkButton(name, guard)
        self.label = value_label(f"{name}Text")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.label, 1)
        self.target: tuple[str, int] | None = None

    def set(self, text: str, target: tuple[str, int] | None, description: str = "") -> None:
        self.target = target
        self.button.setVisible(target is not None)
        self.label.setVisible(target is None)
        if target is None:
            self.label.setText(text)
        else:
            self.button.set_link(text, description)


class ImageSlot(QLabel):
    """A fixed-size place for a portrait or a picture; until one is given, a neutral
    placeholder drawn in the palette's colours (a head and shoulders for a person, the
    initials for a vehicle or an agency)."""

    def __init__(self, person: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageImage")
        self.setFixedSize(QSize(IMAGE_SIDE, IMAGE_SIDE))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.person = person
        self.initials = ""
        self._pixmap: QPixmap | None = None

    def set_name(self, name: str, initials: str = "") -> None:
        """The record the slot shows; the placeholder's ``initials`` default to the name's
        capitalised words' and figures' ('Falcon 9 Block 5': F9B)."""
        capitals = [w for w in name.split() if w[0].isupper() or w[0].isdigit()]
        self.initials = initials or "".join(w[0] for w in capitals[:3])
        self.setAccessibleName(self.tr("Picture of {0}").format(name))
        self.update()

    def set_image(self, pixmap: QPixmap | None) -> None:
        """Show ``pixmap`` scaled to fit, or the placeholder for None."""
        self._pixmap = pixmap
        if pixmap is None or pixmap.isNull():
            self._pixmap = None
            self.clear()
        else:
            ratio = self.devicePixelRatioF()
            scaled = pixmap.scaled(
                self.size() * ratio,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            self.setPixmap(scaled)

    @property
    def has_image(self) -> bool:
        return self._pixmap is not None

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._pixmap is not None:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Mid))
        w, h = box.width(), box.height()
        if self.person:
            painter.drawEllipse(QRectF(w * 0.36, h * 0.2, w * 0.28, h * 0.3))
            shoulders = QPainterPath()
            shoulders.addRoundedRect(
                QRectF(w * 0.22, h * 0.56, w * 0.56, h * 0.5), w * 0.2, w * 0.2
            )
            painter.setClipRect(box.adjusted(0, 0, 0, -h * 0.1))
            painter.drawPath(shoulders)
        else:
            font = painter.font()
            font.setPixelSize(int(h * 0.3))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self.initials)
        painter.end()


class PageTable(QTableView):
    """A page's table: whole rows, read-only; a double-click or Enter on a row asks to
    open what it stands for (``opened`` with the row). Column ``stretch`` (else the last)
    takes the room left."""

    opened = Signal(object)

    def __init__(
        self, name: str, accessible: str, model: PageTableModel[Any], stretch: int = -1
    ) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setTabKeyNavigation(False)  # Tab leaves it; the arrows move in it
        self.setAccessibleName(accessible)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        rows = self.fontMetrics().height() + 10
        self.verticalHeader().setDefaultSectionSize(rows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(stretch < 0)  # else column ``stretch`` takes the room
        self._stretch = stretch
        model.modelReset.connect(self._fit_columns)  # the columns may be new
        self._fit_columns()
        self.setMinimumHeight(header.sizeHint().height() + TABLE_ROWS * rows + 4)
        self.activated.connect(lambda index: self.opened.emit(index.data(ROW_ROLE)))

    def _fit_columns(self) -> None:
        if 0 <= self._stretch < self.model().columnCount():
            self.horizontalHeader().setSectionResizeMode(
                self._stretch, QHeaderView.ResizeMode.Stretch
            )


class RecordPage(QWidget):
    """What every page has: the name, a line under it, the image slot and the facts."""

    open_target = Signal(str, int)

    def __init__(self, person: bool, guard: ClickGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guard = guard
        self.zone: schedule.Zone = dt.UTC
        self.image_url = ""
        self.title = value_label("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = value_label("pageSubtitle")
        self.image = ImageSlot(person)
        self.facts = QFormLayout()
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.facts.setHorizontalSpacing(14)
        self.facts.setVerticalSpacing(6)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.title)
        text.addWidget(self.subtitle)
        text.addSpacing(6)
        text.addLayout(self.facts)
        text.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addLayout(text, 1)
        top.addWidget(self.image, 0, Qt.AlignmentFlag.AlignTop)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 12, 16, 12)
        self.body.setSpacing(8)
        self.body.addLayout(top)

    def fact(self, label: str, name: str) -> QLabel:
        value = value_label(name)
        self.facts.addRow(label, value)
        return value

    def link_fact(self, label: str, name: str) -> LinkField:
        field = LinkField(name, self.guard)
        field.button.clicked.connect(lambda: self._follow(field))
        self.facts.addRow(label, field)
        return field

    def _follow(self, field: LinkField) -> None:
        if field.target is not None:
            self.guard.followed()
            self.open_target.emit(*field.target)

    def section(self, content: QWidget) -> QLabel:
        """A titled part under the facts that takes the room left; returns its title."""
        title = heading("")
        self.body.addSpacing(4)
        self.body.addWidget(title)
        self.body.addWidget(content, 1)
        return title

    def show_header(self, title: str, subtitle: str, image_url: str, initials: str = "") -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.image.set_name(title, initials)
        if image_url != self.image_url:
            self.image.set_image(None)
        self.image_url = image_url

    def set_image(self, pixmap: QPixmap | None) -> None:
        """The hook for ``tracker.ui.images``: the picture ``image_url`` names, or None."""
        self.image.set_image(pixmap)


def _day(when: dt.datetime) -> str:
    return words.format_net(when, NetPrecision.DAY)


class PersonPage(RecordPage):
    """A person: agency (a link), nationality, status, first flight, time in space (counting
    while in space), and every flight with the role on it."""

    def __init__(self, guard: ClickGuard, parent: QWidget | None = None) -> None:
        super().__init__(True, guard, parent)
        self.setObjectName("personPage")
        self.profile: PersonProfile | None = None
        self.agency = self.link_fact(self.tr("Agency:"), "personAgency")
        self.nationality = self.fact(self.tr("Nationality:"), "personNationality")
        self.status = self.fact(self.tr("Status:"), "personStatus")
        self.first_flight = self.link_fact(self.tr("First flight:"), "personFirstFlight")
        self.time_in_space = self.fact(self.tr("Time in space:"), "personTimeInSpace")
        self.flights_model: PageTableModel[PersonFlight] = PageTableModel([], self)
        self.flights = PageTable("personFlights", self.tr("Flights"), self.flights_model)
        self.flights.opened.connect(lambda f: self.open_target.emit("mission", f.mission_id))
        self.flights.setToolTip(self.tr("Double-click a flight to show its mission"))
        self.flights_heading = self.section(self.flights)

    def show_profile(self, p: PersonProfile, zone: schedule.Zone) -> None:
        self.profile, self.zone = p, zone
        self.show_header(p.name, "", p.image_url)
        if p.agency_id is None:
            self.agency.set(self.tr("Private (no agency)"), None)
        else:
            label = f"{p.agency_name} ({p.agency})" if p.agency != p.agency_name else p.agency
            self.agency.set(label, ("agency", p.agency_id), self.tr("Open the agency's page"))
        self.nationality.setText(p.nationality or NOT_GIVEN)
        self.status.setText(words.person_status_text(p.status) or NOT_GIVEN)
        first = p.first_flight
        if first is None:
            self.first_flight.set(self.tr("Not flown yet"), None)
        else:
            self.first_flight.set(
                f"{first.mission}, {_day(first.net)}",
                ("mission", first.mission_id),
                self.tr("Show this mission in the main window"),
            )
        self.tick(p.as_of)
        self.flights_model.set_rows(p.flights, person_flight_columns(zone))
        flown, ahead = len(p.flown), len(p.flights) - len(p.flown)
        counts = [self.tr("%n flown", "", flown)]
        counts += [self.tr("%n not flown yet", "", ahead)] if ahead else []
        self.flights_heading.setText(self.tr("Flights ({0})").format(", ".join(counts)))

    def tick(self, now: dt.datetime) -> None:
        """The total time in space; while the person is up there, counted to ``now``."""
        p = self.profile
        if p is None:
            return
        if not p.in_space_now:
            total = words.format_duration(p.time_in_space) if p.flown else NOT_GIVEN
            self.time_in_space.setText(total)
            return
        total = words.format_duration(p.time_in_space + max(now - p.as_of, dt.timedelta(0)))
        self.time_in_space.setText(self.tr("{0} \u2014 in space now, counting").format(total))


class VehiclePage(RecordPage):
    """A vehicle: kind, operator (a link), capacity, success rate, crew carried, and its
    flights with their outcomes."""

    def __init__(self, guard: ClickGuard, parent: QWidget | None = None) -> None:
        super().__init__(False, guard, parent)
        self.setObjectName("vehiclePage")
        self.profile: VehicleProfile | None = None
        self.operator = self.link_fact(self.tr("Operator:"), "vehicleOperator")
        self.capacity = self.fact(self.tr("Crew capacity:"), "vehicleCapacity")
        self.first_crewed = self.fact(self.tr("First crewed flight:"), "vehicleFirstCrewed")
        self.success = self.fact(self.tr("Success rate:"), "vehicleSuccessRate")
        self.crew = self.fact(self.tr("Crew carried:"), "vehicleCrewCarried")
        self.flights_model: PageTableModel[VehicleFlight] = PageTableModel([], self)
        self.flights = PageTable("vehicleFlights", self.tr("Flights"), self.flights_model)
        self.flights.opened.connect(lambda f: self.open_target.emit("mission", f.mission_id))
        self.flights.setToolTip(self.tr("Double-click a flight to show its mission"))
        self.flights_heading = self.section(self.flights)

    def show_profile(self, v: VehicleProfile, zone: schedule.Zone) -> None:
        self.profile, self.zone = v, zone
        self.show_header(v.name, words.vehicle_kind_text(v.kind), v.image_url)
        if v.operator_id is None:
            self.operator.set(NOT_GIVEN, None)
        else:
            self.operator.set(v.operator, ("agency", v.operator_id), self.tr("Open its page"))
        self.capacity.setText(NOT_GIVEN if v.capacity is None else str(v.capacity))
        first = v.first_crewed_flight
        self.first_crewed.setText(NOT_GIVEN if first is None else first.isoformat())
        rate = v.success_rate
        self.success.setText(
            self.tr("no finished flights yet")
            if rate is None
            else self.tr("{0:.0%} ({1} of %n finished flights)", "", v.finished).format(
                rate, v.successes
            )
        )
        seats = self.tr("%n seats flown", "", v.seats_flown)
        people = self.tr("%n different people", "", v.people_carried)
        self.crew.setText(f"{seats}, {people}")
        self.flights_model.set_rows(v.flights, vehicle_flight_columns(zone))
        self.flights_heading.setText(self.tr("Flights (%n)", "", len(v.flights)))


class AgencyPage(RecordPage):
    """An agency: abbreviation, country, and the missions it operates, its people and its
    vehicles, each in a tab (an agency may have hundreds of missions)."""

    def __init__(self, guard: ClickGuard, parent: QWidget | None = None) -> None:
        super().__init__(False, guard, parent)
        self.setObjectName("agencyPage")
        self.profile: AgencyProfile | None = None
        self.abbrev = self.fact(self.tr("Abbreviation:"), "agencyAbbreviation")
        self.country = self.fact(self.tr("Country:"), "agencyCountry")
        self.missions_model: PageTableModel[AgencyMission] = PageTableModel([], self)
        self.people_model = PageTableModel(agency_people_columns(), self)
        self.vehicles_model = PageTableModel(agency_vehicle_columns(), self)
        self.missions = PageTable("agencyMissions", self.tr("Missions"), self.missions_model, 0)
        self.people = PageTable("agencyPeople", self.tr("People"), self.people_model, 0)
        self.vehicles = PageTable("agencyVehicles", self.tr("Vehicles"), self.vehicles_model, 0)
        self.missions.opened.connect(lambda m: self.open_target.emit("mission", m.mission_id))
        self.people.opened.connect(lambda p: self.open_target.emit("person", p.person_id))
        self.vehicles.opened.connect(lambda v: self.open_target.emit("vehicle", v.vehicle_id))
        self.missions.setToolTip(self.tr("Double-click a mission to show it in the main window"))
        self.people.setToolTip(self.tr("Double-click a person to open their page"))
        self.vehicles.setToolTip(self.tr("Double-click a vehicle to open its page"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("agencyTabs")
        self.tabs.setAccessibleName(self.tr("Missions, people and vehicles"))
        for table in (self.missions, self.people, self.vehicles):
            self.tabs.addTab(table, "")
        self.body.addSpacing(8)
        self.body.addWidget(self.tabs, 1)

    def show_profile(self, a: AgencyProfile, zone: schedule.Zone) -> None:
        changed = self.profile is None or self.profile.id != a.id
        self.profile, self.zone = a, zone
        short = a.abbrev if len(a.abbrev) <= 4 else ""
        self.show_header(a.name, "", a.image_url, short)
        self.abbrev.setText(a.abbrev or NOT_GIVEN)
        self.country.setText(a.country or NOT_GIVEN)
        self.missions_model.set_rows(a.missions, agency_mission_columns(zone))
        self.people_model.set_rows(a.people)
        self.vehicles_model.set_rows(a.vehicles)
        counts = (len(a.missions), len(a.people), len(a.vehicles))
        self.tabs.setTabText(0, self.tr("Missions (%n)", "", counts[0]))
        self.tabs.setTabText(1, self.tr("People (%n)", "", counts[1]))
        self.tabs.setTabText(2, self.tr("Vehicles (%n)", "", counts[2]))
        if changed:  # a new agency: its first tab with something in it
            self.tabs.setCurrentIndex(next((i for i, n in enumerate(counts) if n), 0))
