"""The record editors in German: their lists say Launch Library 2's words in the window's
language and store them as Launch Library 2's (a rarer word typed is kept as typed); a chart
that cannot be exported says so in the language too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QPalette

from tests.ui.test_editors import Editing, opened, save
from tests.ui.test_editors import ed as ed  # noqa: F401  (the fixture)
from tests.ui.test_i18n import UseLanguage
from tests.ui.test_i18n import language as language  # noqa: F401  (the fixture)
from tracker.ui import chart_view
from tracker.ui.charts import ChartData, Kind
from tracker.ui.editors import PersonDialog, VehicleDialog
from tracker.ui.mission_editor import MissionDialog
from tracker.vocabulary import LaunchStatus, VehicleKind


def items(combo) -> list[str]:  # type: ignore[no-untyped-def]
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_persons_status_is_chosen_in_german_and_stored_as_launch_librarys(
    qtbot, ed: Editing, language: UseLanguage
) -> None:  # type: ignore[no-untyped-def]
    language("de")
    dialog = opened(qtbot, PersonDialog(ed.service, ed.undo_stack, lambda _q: True))
    assert items(dialog.status) == [
        "Aktiv",
        "Im Ruhestand",
        "Verstorben",
        "In Ausbildung",
        "Im Flug verunglückt",
    ]
    assert dialog.status.currentText() == "Aktiv"
    dialog.name.setText("Sergey Prokopyev")
    dialog.status.setCurrentText("im ruhestand")  # typed, in any case
    save(qtbot, dialog)
    made = next(p for p in ed.service.person_records() if p.name == "Sergey Prokopyev")
    assert made.status == "Retired"

    again = opened(qtbot, PersonDialog(ed.service, ed.undo_stack, lambda _q: True, made.id))
    assert again.status.currentText() == "Im Ruhestand"
    again.status.setCurrentText("Reserve astronaut")  # a rarer status: kept as typed
    save(qtbot, again)
    assert ed.service.person(made.id).status == "Reserve astronaut"
    shown = opened(qtbot, PersonDialog(ed.service, ed.undo_stack, lambda _q: True, made.id))
    assert shown.status.currentText() == "Reserve astronaut"


def test_a_vehicles_kind_and_a_missions_status_are_listed_in_german(
    qtbot, ed: Editing, language: UseLanguage
) -> None:  # type: ignore[no-untyped-def]
    language("de")
    vehicle = opened(qtbot, VehicleDialog(ed.service, ed.undo_stack, lambda _q: True))
    assert items(vehicle.kind) == ["Raumschiff", "Trägerrakete"]
    vehicle.name.setText("Starship")
    vehicle.kind.setCurrentIndex(1)
    save(qtbot, vehicle)
    made = next(v for v in ed.service.vehicles() if v.name == "Starship")
    assert made.kind is VehicleKind.LAUNCHER

    crew5 = ed.repo.find_mission("Crew-5")
    mission = opened(qtbot, MissionDialog(ed.service, ed.undo_stack, lambda _q: True, crew5))
    assert items(mission.status)[:4] == [
        "Go \u2014 Startfreigabe",
        "Offen \u2014 Noch offen",
        "Unbestätigt \u2014 Noch zu bestätigen",
        "Angehalten",  # short and long the same word: said once
    ]
    mission.status.setCurrentIndex(mission.status.findText("Unbestätigt \u2014 Noch zu bestätigen"))
    save(qtbot, mission)
    assert ed.repo.mission(crew5).status is LaunchStatus.TBC


def test_the_mission_statuses_read_as_before_in_english(
    qtbot, ed: Editing, language: UseLanguage
) -> None:  # type: ignore[no-untyped-def]
    language("en")
    mission = opened(qtbot, MissionDialog(ed.service, ed.undo_stack, lambda _q: True))
    assert items(mission.status)[:2] == ["Go \u2014 Go for Launch", "TBD \u2014 To Be Determined"]
    assert items(mission.status)[3] == "Hold \u2014 On Hold"


class RefusingWriter:
    """A ``QImageWriter`` that cannot write (a full disk, a missing plugin)."""

    def __init__(self, *_args: object) -> None:
        pass

    def write(self, _image: object) -> bool:
        return False

    def errorString(self) -> str:
        return "Unknown error"


def test_a_chart_that_cannot_be_encoded_says_so_in_german(
    language: UseLanguage, monkeypatch: pytest.MonkeyPatch
) -> None:
    language("de")
    monkeypatch.setattr(chart_view, "QImageWriter", RefusingWriter)
    data = ChartData("Starts", Kind.COLUMNS, ("2021",), (), "Launches", "Year")
    with pytest.raises(OSError, match="^das Diagramm ließ sich nicht als PNG kodieren: Unknown"):
        chart_view.png_bytes(data, QSize(300, 200), QPalette(), QFont())
