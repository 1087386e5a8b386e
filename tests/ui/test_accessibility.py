"""What a screen reader hears: every control the keyboard or the mouse can focus has a name.

The walk goes over every widget of the main window and of each dialog and window it opens,
shown or hidden, enabled or not, and asks Qt's accessibility layer what a screen reader
would say for it (``QAccessible.Name``: its accessible name, else a button's text or the
text of a label whose buddy it is). A control that says nothing fails the walk.

Three things are not controls of their own and are left out: a widget whose focus goes to
another (an editable combo box's line edit: the combo box is judged), Qt's private parts
(``qt_`` names: a date field's calendar pop-up, read through the date field) and the list
inside a combo box's pop-up (read through the combo box). Nor is what has nothing to say:
a label is named by its text, and an empty one is skipped by a screen reader; a button with
neither text nor icon that is not shown (a page's link before it names a record) cannot be
reached. On Linux a combo box is heard by its current choice (what it is for comes from
its label): one without a label says what it is for in its description.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget

from tests.helpers import LL2_SAMPLES, repo_of
from tracker.ui.clock_dialog import ClockDialog
from tracker.ui.editors import AgencyDialog, PersonDialog, VehicleDialog
from tracker.ui.import_export import ImportRunner, start_import
from tracker.ui.import_summary import ImportSummaryDialog
from tracker.ui.main_window import MainWindow
from tracker.ui.mission_model import Column
from tracker.ui.schedule_widgets import RescheduleDialog
from tracker.ui.statistics_view import open_statistics
from tracker.ui.theme import CONTRAST_DARK, CONTRAST_LIGHT, DARK, LIGHT, Theme


def heard(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


SCROLL_PARTS = ("qt_scrollarea_viewport", "qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer")


def _private(widget: QWidget) -> bool:
    """Qt's own parts of a composite widget (read through the composite); a scroll area's
    viewport is Qt's too, but what it holds is ours."""
    w: QWidget | None = widget
    while w is not None:
        name = w.objectName()
        if name.startswith("qt_") and name not in SCROLL_PARTS:
            return True
        if w.metaObject().className() == "QComboBoxPrivateContainer":
            return True
        w = w.parentWidget()
    return False


def _empty(widget: QWidget) -> bool:
    """A label with no text (a screen reader skips it), or a button with neither text nor
    icon that is not shown (a link waiting for its record): nothing to read or to reach."""
    if isinstance(widget, QLabel):
        return not widget.text() and widget.pixmap().isNull()
    if isinstance(widget, QAbstractButton):
        return not widget.text() and widget.icon().isNull() and not widget.isVisible()
    return False


def _choice_only(combo: QComboBox) -> bool:
    """On Linux a combo box's name is its current choice, and what it is for comes from the
    label whose buddy it is; without one, it must say it in its description."""
    labelled = any(label.buddy() is combo for label in combo.window().findChildren(QLabel))
    return (
        heard(combo) != combo.accessibleName()
        and not labelled
        and not combo.accessibleDescription()
    )


def unnamed(root: QWidget) -> list[str]:
    """The focusable controls under ``root`` (itself included) a screen reader cannot name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
            continue
        if _private(widget):
            continue
        if _empty(widget):
            continue
        if isinstance(widget, QComboBox) and _choice_only(widget):
            found.append(f"QComboBox {widget.objectName()!r} heard as its choice only")
        if not heard(widget):
            parent = widget.parentWidget()
            where = f"{parent.metaObject().className()} {parent.objectName()!r}" if parent else ""
            found.append(f"{widget.metaObject().className()} {widget.objectName()!r} in {where}")
    return found


def test_the_walk_finds_a_control_without_a_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QPushButton, QToolButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    icon_only = QToolButton()  # an icon-only button says nothing
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.red)
    icon_only.setIcon(QIcon(pixmap))
    named = QToolButton()
    named.setAccessibleName("Zoom in")
    buddy = QLineEdit()
    label = QLabel("&Name:")
    label.setBuddy(buddy)  # a labelled field is named by its label
    for w in (icon_only, named, QPushButton("Save"), label, buddy):
        layout.addWidget(w)
    assert heard(buddy) == "Name:"
    assert unnamed(root) == ["QToolButton '' in QWidget ''"]


def show(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _reschedule(qtbot, window: MainWindow) -> QWidget:  # type: ignore[no-untyped-def]
    window.select_mission(repo_of(window).find_mission("Crew-3"))
    window.detail.ask_reschedule()
    dialog = window.detail.findChild(RescheduleDialog)
    assert dialog is not None
    return dialog


def _clock(qtbot, window: MainWindow) -> QWidget:  # type: ignore[no-untyped-def]
    window.choose_clock()
    dialog = window.findChild(ClockDialog)
    assert dialog is not None
    return dialog


def _import_summary(qtbot, window: MainWindow) -> QWidget:  # type: ignore[no-untyped-def]
    sample = LL2_SAMPLES / "launches_upcoming_detailed_v2.3.0.json"
    runner: ImportRunner = start_import(window, window.service, sample, window.undo_stack)
    with qtbot.waitSignal(runner.done, timeout=20_000):
        pass
    dialog = window.findChild(ImportSummaryDialog, "importSummary")
    assert dialog is not None
    return dialog


def _edit_mission(qtbot, window: MainWindow) -> QWidget:  # type: ignore[no-untyped-def]
    window.select_mission(repo_of(window).find_mission("Crew-3"))
    dialog = window.records.edit_mission()
    assert dialog is not None
    return dialog


def _record_dialog(kind: type) -> Callable[..., QWidget]:
    def make(qtbot, window: MainWindow) -> QWidget:  # type: ignore[no-untyped-def]
        dialog: QWidget = kind(window.service, window.undo_stack, lambda _q: True, None, window)
        return dialog

    return make


def _page(kind: str) -> Callable[..., QWidget]:
    def make(qtbot, window: MainWindow) -> QWidget:  # type: ignore[no-untyped-def]
        records = {
            "person": window.service.person_records,
            "vehicle": window.service.vehicles,
            "agency": window.service.agencies,
        }[kind]()
        return window.pages.open(kind, records[0].id)

    return make


def _filter_bar(qtbot, window: MainWindow) -> QWidget:  # type: ignore[no-untyped-def]
    window.list_panel.filters_action.setChecked(True)
    return window.list_panel.filter_bar


OPENERS: dict[str, Callable[..., QWidget]] = {
    "main window": lambda qtbot, window: window,
    "filter bar": _filter_bar,
    "new mission": lambda qtbot, window: window.records.new_mission(),
    "edit mission": _edit_mission,
    "person editor": _record_dialog(PersonDialog),
    "vehicle editor": _record_dialog(VehicleDialog),
    "agency editor": _record_dialog(AgencyDialog),
    "records manager": lambda qtbot, window: window.records.show_records(),
    "reschedule": _reschedule,
    "clock": _clock,
    "reminders": lambda qtbot, window: window.prefs.choose_leads(window.reminders),
    "import summary": _import_summary,
    "team database": lambda qtbot, window: window.files.open_team(),
    "person page": _page("person"),
    "vehicle page": _page("vehicle"),
    "agency page": _page("agency"),
    "statistics": lambda qtbot, window: open_statistics(window.service, window),
    "manage views": lambda qtbot, window: window.list_panel.manage_views(),
    "save view": lambda qtbot, window: window.list_panel.ask_view_name(),
    "clock mode": lambda qtbot, window: window.show_clock_mode(),
    "keyboard shortcuts": lambda qtbot, window: window.show_shortcuts(),
    "user guide": lambda qtbot, window: window.show_guide(),
}


@pytest.mark.parametrize("opened", OPENERS, ids=list(OPENERS))
def test_every_focusable_control_has_a_name(qtbot, window: MainWindow, opened: str) -> None:  # type: ignore[no-untyped-def]
    widget = show(qtbot, OPENERS[opened](qtbot, window))
    QApplication.processEvents()
    found = unnamed(widget)
    assert not found, "unnamed:\n" + "\n".join(found)


def cells_heard(window: MainWindow) -> list[list[tuple[str, str]]]:
    """The list's cells as a screen reader reads them, row by row: (name, description)."""
    table = QAccessible.queryAccessibleInterface(window.table)
    assert table is not None
    cells = [table.child(i) for i in range(table.childCount())]
    texts = [
        (c.text(QAccessible.Text.Name), c.text(QAccessible.Text.Description))
        for c in cells
        if c is not None and c.role() == QAccessible.Role.Cell
    ]
    width = window.model.columnCount()
    return [texts[i : i + width] for i in range(0, len(texts), width)]


def test_the_list_reads_status_and_next_launch_without_colour(window: MainWindow) -> None:
    rows = cells_heard(window)
    assert len(rows) == window.model.rowCount()
    assert all(row[Column.STATUS][0] for row in rows)  # every status said in words
    marked = [row[Column.MISSION] for row in rows if row[Column.MISSION][1] == "Next launch"]
    assert len(marked) == 1 and marked[0][0].startswith("Crew-3")
    assert "Next" in marked[0][0]  # a marker in the text too, not a colour only


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_high_contrast_preference_gives_seven_to_one_everywhere(qapp, scheme: str) -> None:  # type: ignore[no-untyped-def]
    theme = Theme(high_contrast=lambda: True)
    try:
        theme.apply(scheme)
        palette = QApplication.palette()
        role = QPalette.ColorRole
        pairs = [
            (role.WindowText, role.Window),
            (role.Text, role.Base),
            (role.Text, role.AlternateBase),
            (role.ButtonText, role.Button),
            (role.HighlightedText, role.Highlight),
            (role.Link, role.Base),
            (role.ToolTipText, role.ToolTipBase),
        ]
        for text, ground in pairs:
            assert contrast(palette.color(text), palette.color(ground)) >= 7, text
        disabled = palette.color(QPalette.ColorGroup.Disabled, role.Text)
        assert contrast(disabled, palette.color(role.Base)) >= 4.5
        slots = CONTRAST_DARK if scheme == "dark" else CONTRAST_LIGHT
        for slot in ("accent", "caution", "error"):
            assert contrast(QColor(slots[slot]), palette.color(role.Base)) >= 7, slot
        assert contrast(QColor(slots["on_notice"]), QColor(slots["notice"])) >= 7
        sheet = QApplication.instance().styleSheet()
        assert slots["accent"] in sheet  # the sheet follows
        assert "border: 1px solid palette(text)" in sheet  # every field framed
    finally:
        Theme(high_contrast=lambda: False).apply("system")
    assert "border: 1px solid palette(text)" not in QApplication.instance().styleSheet()


@pytest.mark.parametrize("slots, base", [(LIGHT, "#ffffff"), (DARK, "#15191e")])
def test_the_schemes_text_colours_read_at_four_and_a_half_to_one(
    slots: dict[str, str], base: str
) -> None:
    """WCAG AA for normal text: the caption, notes and refusals in the theme's colours."""
    for slot in ("accent", "caution", "error"):
        assert contrast(QColor(slots[slot]), QColor(base)) >= 4.5, slot
    assert contrast(QColor(slots["on_notice"]), QColor(slots["notice"])) >= 4.5
