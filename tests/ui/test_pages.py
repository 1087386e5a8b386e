"""The pages of people, vehicles and agencies in the window: opened from every mention,
Back and Forward as in a browser, data shown as plain text, a page that follows edits.

The window is the real one on a real SQLite file with the default data (``window``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QApplication, QTableView, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tracker.store.profile_records import PersonFlight
from tracker.ui.crew_model import CrewColumn
from tracker.ui.main_window import MainWindow
from tracker.ui.page_models import ROW_ROLE, PageTableModel, person_flight_columns
from tracker.ui.pages import History, PageRef, PagesWindow
from tracker.ui.pages_view import AgencyPage, PersonPage, RecordPage, VehiclePage
from tracker.ui.records_manager import RecordsDialog


def mission_id(window: MainWindow, name: str) -> int:
    return next(r.id for r in window.service.missions() if r.name == name)


def show_mission(qtbot: QtBot, window: MainWindow, name: str) -> None:
    window.select_mission(mission_id(window, name))
    qtbot.waitUntil(lambda: window.detail.detail is not None and window.detail.detail.name == name)


def double_click(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    """What a double-click delivers in Qt 6: press, release, press, double-click, release."""
    at = widget.rect().center() if pos is None else pos
    left = Qt.MouseButton.LeftButton
    qtbot.mousePress(widget, left, pos=at)
    qtbot.mouseRelease(widget, left, pos=at)
    qtbot.mousePress(widget, left, pos=at)
    qtbot.mouseDClick(widget, left, pos=at)
    qtbot.mouseRelease(widget, left, pos=at)


def double_click_row(qtbot: QtBot, view: QTableView, row: int, column: int) -> None:
    double_click(qtbot, view.viewport(), view.visualRect(view.model().index(row, column)).center())


def roster_row(window: MainWindow, name: str) -> int:
    model = window.detail.roster_editor.crew_model
    return next(r for r in range(model.rowCount()) if model.member(r).name == name)


def shown(window: MainWindow) -> RecordPage:
    pages = window.pages.window
    page = pages.current_page()
    assert page is not None and pages.isVisible()
    return page


def title(window: MainWindow) -> str:
    return shown(window).title.text()


def table_texts(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_from_crew3s_roster_to_maurer_to_esa_and_back_and_forward(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Done when: from Crew-3's roster, one double-click opens Matthias Maurer's page, one
    more opens ESA's; Alt+Left goes back, Alt+Right forward."""
    show_mission(qtbot, window, "Crew-3")
    roster = window.detail.roster_editor.roster
    double_click_row(qtbot, roster, roster_row(window, "Matthias Maurer"), CrewColumn.PERSON)
    pages: PagesWindow = window.pages.window
    qtbot.waitUntil(pages.isVisible)
    assert pages.objectName() == "recordPage"
    page = shown(window)
    assert isinstance(page, PersonPage) and title(window) == "Matthias Maurer"
    assert pages.windowTitle() == "Matthias Maurer \u2014 Mission Tracker"
    assert page.nationality.text() == "German" and page.status.text() == "Active"
    assert page.first_flight.label.text() == "Not flown yet"
    assert table_texts(page.flights)[0][:2] == ["Crew-3", "Mission Specialist"]
    assert page.flights_heading.text() == "Flights (0 flown, 1 not flown yet)"

    link = page.agency.button
    assert link.isVisible() and link.accessibleName() == "European Space Agency (ESA)"
    double_click(qtbot, link)  # one double-click: one page
    assert isinstance(shown(window), AgencyPage) and title(window) == "European Space Agency"
    agency = shown(window)
    assert isinstance(agency, AgencyPage)
    assert agency.tabs.currentWidget() is agency.people  # its first tab with something in it
    assert [row[0] for row in table_texts(agency.people)] == ["Matthias Maurer", "Thomas Pesquet"]
    assert pages.back_action.isEnabled() and not pages.forward_action.isEnabled()

    pages.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is pages)
    qtbot.keyClick(pages, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert title(window) == "Matthias Maurer"
    assert not pages.back_action.isEnabled()  # the double-click opened ESA's page once
    qtbot.keyClick(pages, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert title(window) == "European Space Agency"
    for name, action in (("pageBackButton", "Back"), ("pageForwardButton", "Forward")):
        button = pages.findChild(QToolButton, name)
        assert button is not None and button.accessibleName() == action

    # ESA's people lead back to a person's page
    double_click_row(qtbot, agency.people, 1, 0)
    assert title(window) == "Thomas Pesquet"
    assert not pages.forward_action.isEnabled()  # a new page drops what lay ahead


def test_a_role_is_still_edited_by_double_click_and_enter_opens_the_page(
    qtbot: QtBot, window: MainWindow
) -> None:
    show_mission(qtbot, window, "Crew-3")
    editor = window.detail.roster_editor
    roster = editor.roster
    row = roster_row(window, "Raja Chari")
    double_click_row(qtbot, roster, row, CrewColumn.ROLE)
    assert roster.state() == QTableView.State.EditingState  # the role editor, as before
    assert window.pages._window is None  # no page was opened
    roster.closePersistentEditor(roster.model().index(row, CrewColumn.ROLE))
    qtbot.keyClick(roster.viewport(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: roster.state() != QTableView.State.EditingState)

    window.activateWindow()
    roster.setFocus()
    roster.selectRow(row)
    qtbot.keyClick(roster, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages._window is not None and window.pages.window.isVisible())
    assert title(window) == "Raja Chari"
    assert editor.page_action in roster.actions()  # also in the row's context menu
    assert roster.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_a_flight_on_a_page_selects_its_mission_in_the_main_window(
    qtbot: QtBot, window: MainWindow
) -> None:
    show_mission(qtbot, window, "Crew-3")
    double_click_row(
        qtbot,
        window.detail.roster_editor.roster,
        roster_row(window, "Matthias Maurer"),
        CrewColumn.NATIONALITY,
    )
    show_mission(qtbot, window, "Demo-2")  # the main window moved on meanwhile
    page = shown(window)
    assert isinstance(page, PersonPage)
    double_click_row(qtbot, page.flights, 0, 0)
    assert window.list_panel.current_mission_id() == mission_id(window, "Crew-3")
    qtbot.waitUntil(
        lambda: window.detail.detail is not None and window.detail.detail.name == "Crew-3"
    )


def test_the_people_panel_opens_hurleys_page_with_about_64_days(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: window.people_model.loaded)
    window.people_dock.show()
    view = window.people_dock.list
    index = next(
        view.model().index(r, 0)
        for r in range(view.model().rowCount())
        if view.model().index(r, 0).data(Qt.ItemDataRole.EditRole) == "Douglas Hurley"
    )
    view.scrollTo(index)
    double_click(qtbot, view.viewport(), view.visualRect(index).center())
    page = shown(window)
    assert isinstance(page, PersonPage) and title(window) == "Douglas Hurley"
    # launch 2020-05-30 19:22:45 to splashdown 2020-08-02 18:48 UTC: about 64 days
    assert page.time_in_space.text() == "63 days 23 h 25 min"
    assert table_texts(page.flights) == [
        [
            "Demo-2",
            "Spacecraft Commander",
            "2020-05-30 19:22:45 UTC",
            "2020-08-02 18:48 UTC",
            "63 days 23 h 25 min",
            "Landed",
        ]
    ]
    assert page.first_flight.button.accessibleName() == "Demo-2, 2020-05-30"
    assert window.people_dock.page_action in view.actions()


def test_the_details_spacecraft_and_operator_lead_to_their_pages(
    qtbot: QtBot, window: MainWindow
) -> None:
    show_mission(qtbot, window, "Crew-3")
    spacecraft = window.detail.fields["Spacecraft"]
    double_click(qtbot, spacecraft, QPoint(5, 5))
    page = shown(window)
    assert isinstance(page, VehiclePage) and title(window) == "Crew Dragon"
    assert page.success.text() == "100% (4 of 4 finished flights)"
    assert page.crew.text() == "14 seats flown, 14 different people"
    assert [row[0] for row in table_texts(page.flights)] == [
        "Demo-2", "Crew-1", "Crew-2", "Inspiration4", "Crew-3", "Crew-5",
    ]  # fmt: skip
    assert [row[-1] for row in table_texts(page.flights)][:3] == ["Landed", "Landed", "In orbit"]
    # the operator, by keyboard: Enter on the field
    operator = window.detail.fields["Operator"]
    window.activateWindow()
    operator.setFocus()
    qtbot.keyClick(operator, Qt.Key.Key_Return)
    assert title(window) == "SpaceX" and isinstance(shown(window), AgencyPage)
    launcher = window.pages.mentions[1]
    assert launcher.open() and title(window) == "Falcon 9 Block 5"
    assert launcher.menu().actions()[0].isEnabled()  # "Open Page" in its context menu


def test_the_records_dialog_opens_pages_and_does_not_block_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = window.records.show_records()
    assert isinstance(dialog, RecordsDialog)
    assert not dialog.isModal()
    tab = dialog.tabs["vehicle"]
    assert not tab.page_button.isEnabled()
    dialog.select("vehicle", window.service.vehicle_profile("Soyuz 7K-OK").id)
    qtbot.mouseClick(tab.page_button, Qt.MouseButton.LeftButton)
    page = shown(window)
    assert isinstance(page, VehiclePage) and title(window) == "Soyuz 7K-OK"
    # "flight" once the English translation gives the singular of "%n finished flights"
    assert page.success.text().startswith("0% (0 of 1 finished flight")
    assert table_texts(page.flights)[0][-1] == "Crew lost"
    assert QApplication.activeModalWidget() is None


def test_data_is_plain_text_and_a_page_follows_edits(qtbot: QtBot, window: MainWindow) -> None:
    esa = window.service.agency_profile("ESA")
    maurer = window.service.person_profile("Matthias Maurer")
    window.service.update_record("agency", esa.id, name="Research & <b>Development</b>")
    window.service.update_record("person", maurer.id, nationality="<i>German</i>")
    pages = window.pages.open("person", maurer.id)
    page = shown(window)
    assert isinstance(page, PersonPage)
    assert page.nationality.text() == "<i>German</i>"
    for label in (page.title, page.nationality, page.status, page.time_in_space):
        assert label.textFormat() == Qt.TextFormat.PlainText
    link = page.agency.button
    assert link.accessibleName() == "Research & <b>Development</b> (ESA)"
    assert link.text() == "Research && <b>Development</b> (ESA)"  # no mnemonic taken
    # an edit elsewhere shows on the open page; a delete says so in its place
    window.service.update_record("person", maurer.id, nationality="German")
    qtbot.waitUntil(lambda: page.nationality.text() == "German")
    kikina = window.service.person_profile("Anna Kikina").id
    window.pages.open("person", kikina)
    window.service.delete_record("person", kikina)
    qtbot.waitUntil(pages.gone.isVisible)
    assert pages.gone.text() == "This person is no longer in the database."
    pages.go_back()
    assert title(window) == "Matthias Maurer"


def test_time_in_space_counts_while_up_there(qtbot: QtBot, window: MainWindow) -> None:
    pesquet = window.service.person_profile("Thomas Pesquet")
    window.pages.open("person", pesquet.id)
    page = shown(window)
    assert isinstance(page, PersonPage)
    assert page.time_in_space.text() == "187 days 2 h 11 min \u2014 in space now, counting"
    assert window.pages.window._ticker.isActive()
    page.tick(pesquet.as_of + dt.timedelta(days=1, minutes=3))
    assert page.time_in_space.text() == "188 days 2 h 14 min \u2014 in space now, counting"
    window.pages.open("person", window.service.person_profile("Douglas Hurley").id)
    assert not window.pages.window._ticker.isActive()  # nothing counts on a landed career


def test_the_image_slot_takes_a_picture_or_draws_a_placeholder(
    qtbot: QtBot, window: MainWindow
) -> None:
    shown_pages: list[RecordPage] = []
    window.pages.window.page_shown.connect(shown_pages.append)
    window.pages.open("agency", window.service.agency_profile("ESA").id)
    page = shown_pages[-1]
    assert page.image.initials == "ESA" and not page.image.has_image
    placeholder = page.image.grab().toImage()
    assert placeholder.pixelColor(56, 56) != QColor(0, 0, 0, 0)  # something drawn
    picture = QPixmap(300, 200)
    picture.fill(QColor("red"))
    page.set_image(picture)
    assert page.image.has_image and page.image.pixmap().width() <= page.image.width()
    page.set_image(None)
    assert not page.image.has_image


def test_page_table_model(qtmodeltester, window: MainWindow) -> None:
    model: PageTableModel[PersonFlight] = PageTableModel([])
    flights = window.service.person_profile("Thomas Pesquet").flights
    model.set_rows(flights, person_flight_columns(dt.UTC))
    qtmodeltester.check(model)
    assert model.index(0, 0).data(ROW_ROLE) == flights[0]
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Time in space"


def test_history_is_a_browsers() -> None:
    h = History()
    a, b, c = PageRef("person", 1), PageRef("agency", 2), PageRef("vehicle", 3)
    assert h.back() is None and h.forward() is None
    h.visit(a)
    h.visit(b)
    h.visit(b)  # the same page again is no new step
    assert h.back() == a and not h.can_go_back and h.can_go_forward
    assert h.forward() == b and h.forward() is None
    h.back()
    h.visit(c)  # a new page from the middle drops what lay ahead
    assert not h.can_go_forward and h.back() == a


def test_someone_who_never_flew(qtbot: QtBot, window: MainWindow) -> None:
    window.pages.open("person", window.service.person_profile("Anna Kikina").id)
    page = shown(window)
    assert isinstance(page, PersonPage)
    assert page.time_in_space.text() == "\u2014" and page.flights.model().rowCount() == 0
    assert page.flights_heading.text() == "Flights (0 flown)"


def test_the_second_click_of_a_double_click_on_a_link_follows_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A link that lies where the double-clicked one was, on the page it opened, ignores
    that double-click's second press (and a press a moment later follows it again)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    interval = app.doubleClickInterval()
    app.setDoubleClickInterval(60_000)  # "soon" for as long as the test takes
    try:
        window.pages.open("person", window.service.person_profile("Thomas Pesquet").id)
        pesquet = shown(window)
        assert isinstance(pesquet, PersonPage)
        pesquet.guard.followed()  # as if a link had led here a moment ago
        qtbot.mouseClick(pesquet.agency.button, Qt.MouseButton.LeftButton)
        assert title(window) == "Thomas Pesquet"
    finally:
        app.setDoubleClickInterval(interval)
    app.setDoubleClickInterval(0)  # "a moment later"
    try:
        qtbot.mouseClick(pesquet.agency.button, Qt.MouseButton.LeftButton)
        assert title(window) == "European Space Agency"
    finally:
        app.setDoubleClickInterval(interval)
