"""The Statistics window on the real main window and database file: each chart's numbers are
``tracker stats --json``'s, exports are a real PNG and SVG, light and dark both read."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers import LL2_SAMPLES, digest, run
from tracker import stats
from tracker.ui.chart_view import svg_bytes
from tracker.ui.charts import ChartData, Kind, nice_ticks, paint_chart
from tracker.ui.main_window import MainWindow
from tracker.ui.statistics_table import StatisticsTableModel
from tracker.ui.statistics_view import CHARTS, StatisticsView
from tracker.ui.theme import dark_palette

NOW = "2021-10-27T12:00:00Z"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def open_view(qtbot: Any, window: MainWindow) -> StatisticsView:
    window.menus.statistics.trigger()
    view = window.findChild(StatisticsView, "statisticsView")
    assert isinstance(view, StatisticsView)
    qtbot.waitUntil(lambda: view.statistics is not None and not view.reading)
    return view


def cli_stats(capsys: pytest.CaptureFixture[str], window: MainWindow) -> dict[str, Any]:
    code, out, err = run(
        capsys, "--database", window.service.file_path, "--now", NOW, "stats", "--json"
    )
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def shown(view: StatisticsView, key: str) -> ChartData:
    view.select_chart(key)
    data = view.chart.data
    assert data is not None and view.model.chart is data  # the table lists what is drawn
    return data


def column(data: ChartData, name: str) -> dict[str, float]:
    series = next(s for s in data.series if s.name == name)
    return dict(zip(data.categories, series.values, strict=True))


def test_each_chart_shows_the_numbers_of_tracker_stats(
    qtbot: Any, window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    view = open_view(qtbot, window)
    assert view.objectName() == "statisticsView" and not view.isModal()
    expected = cli_stats(capsys, window)

    per_year = shown(view, "per_year")
    assert per_year.kind is Kind.COLUMNS and per_year.years
    names = {"Success": "success", "Partial failure": "partial_failure", "Failure": "failure"}
    names |= {"In flight": "in_flight", "Yet to launch": "pending"}
    for label, key in names.items():
        assert column(per_year, label) == {
            str(y["year"]): y[key] for y in expected["launches_per_year"]
        }

    crewed = shown(view, "crewed")
    for label, key in (("Flown", "flown"), ("Planned", "planned")):
        assert column(crewed, label) == {
            str(y["year"]): y[key] for y in expected["crewed_per_year"]
        }

    for key in ("by_agency", "by_vehicle"):
        data = shown(view, key)
        assert list(zip(data.categories, data.series[0].values, strict=True)) == [
            (c["name"], c["launches"]) for c in expected[key]
        ]

    people = shown(view, "time_in_space")
    assert len(people.categories) == len(expected["time_in_space"]) == stats.TOP_PEOPLE
    for label, days, person in zip(
        people.categories, people.series[0].values, expected["time_in_space"], strict=True
    ):
        assert label == (f"{person['name']} (in space)" if person["in_space"] else person["name"])
        # the window's simulated clock has run on for a moment since the report's noon
        assert days == pytest.approx(person["days"], abs=0.01)
    assert "21 people who flew" in people.title

    slips = shown(view, "slips")
    assert slips.categories == tuple(m["name"] for m in expected["slips"])
    assert slips.series[0].values == pytest.approx([m["days"] for m in expected["slips"]], abs=0.01)


def test_the_table_lists_the_chart(qtbot: Any, window: MainWindow, qtmodeltester: Any) -> None:
    view = open_view(qtbot, window)
    model = view.model
    for key in CHARTS:
        data = shown(view, key)
        qtmodeltester.check(model)
        assert model.rowCount() == len(data.categories)
        assert model.columnCount() == 1 + len(data.series) + int(len(data.series) > 1)
        for row, category in enumerate(data.categories):
            assert model.data(model.index(row, 0)) == category
            for col, series in enumerate(data.series, start=1):
                assert model.value(row, col) == series.values[row]
    view.select_chart("per_year")
    years = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert years == ["1967", "2020", "2021", "2022"]  # years with launches, as the JSON lists
    total = model.columnCount() - 1
    assert model.headerData(total, Qt.Orientation.Horizontal) == "Total"
    assert [model.data(model.index(r, total)) for r in range(model.rowCount())] == [
        "1", "2", "6", "1"
    ]  # fmt: skip


def test_png_export_is_a_png_twice_the_chart_size(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    view = open_view(qtbot, window)
    target = view.export(tmp_path / "launches.png", "png")
    assert target == tmp_path / "launches.png"
    data = target.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    image = QImage()
    assert image.loadFromData(data, "PNG")
    assert (image.width(), image.height()) == (view.chart.width() * 2, view.chart.height() * 2)
    assert "Saved" in view.status.text()


def test_svg_export_is_svg_with_its_axis_labels(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    view = open_view(qtbot, window)
    target = view.export(tmp_path / "launches.svg", "svg")
    assert target is not None
    root = ET.fromstring(target.read_bytes())  # well-formed XML
    assert root.tag.endswith("svg")
    text = " ".join(t.strip() for t in root.itertext())
    for label in ("Launches per year by outcome", "Launches", "Year (UTC, by NET)", "2020"):
        assert label in text
    view.select_chart("time_in_space")
    target = view.export(tmp_path / "people.svg", "svg")
    assert target is not None and "Douglas Hurley" in target.read_text(encoding="utf-8")


def test_an_export_never_replaces_the_database(qtbot: Any, window: MainWindow) -> None:
    view = open_view(qtbot, window)
    database = window.service.file_path
    assert database is not None
    before = digest(database)
    assert view.export(database, "png") is None
    assert view.status.text().startswith("Nothing was written")
    assert digest(database) == before


def _title_lightness(palette: QPalette) -> tuple[int, int]:
    """The darkest and lightest pixel's lightness where the title is drawn."""
    data = ChartData("Launches per year", Kind.COLUMNS, ("2020",), (), "Launches", "Year")
    image = QImage(400, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    font = QFont(QApplication.font())
    font.setPixelSize(14)
    paint_chart(painter, QRectF(0, 0, 400, 200), data, palette, font)
    painter.end()
    lightness = [
        QColor(image.pixel(x, y)).lightness() for x in range(12, 200) for y in range(12, 30)
    ]
    return min(lightness), max(lightness)


def test_light_and_dark_both_read(qtbot: Any, window: MainWindow) -> None:
    light = QApplication.style().standardPalette()
    darkest, _ = _title_lightness(light)
    _, lightest = _title_lightness(dark_palette())
    assert darkest < 90  # dark text on a light ground
    assert lightest > 170  # light text on a dark ground
    view = open_view(qtbot, window)
    images = []
    for scheme in ("light", "dark"):
        window.theme.apply(scheme)
        images.append(QImage.fromData(view.chart.png(scale=1.0), "PNG"))
    assert images[0].pixelColor(2, 2) != images[1].pixelColor(2, 2)  # the ground follows
    window.theme.apply("light")


def test_a_change_is_read_again_while_it_shows(
    qtbot: Any, window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    view = open_view(qtbot, window)
    assert view.statistics is not None and view.statistics.missions == 10
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        window.service.import_file(LL2_SAMPLES / "launches_upcoming_detailed_v2.3.0.json")
        window.service.reload()
    s = view.statistics
    assert s is not None and s.missions == 15
    assert "2026" in shown(view, "per_year").categories
    assert stats.as_json(s)["launches_per_year"] == cli_stats(capsys, window)["launches_per_year"]


def test_a_hidden_view_reads_when_shown_again(qtbot: Any, window: MainWindow) -> None:
    view = open_view(qtbot, window)
    view.close()
    window.service.reload()
    assert not view.reading  # nothing read for a window nobody sees
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        window.menus.statistics.trigger()
    assert window.findChildren(StatisticsView) == [view]  # one window, raised again


def test_shortcuts_and_names(qtbot: Any, window: MainWindow) -> None:
    assert window.menus.statistics.shortcut().toString() == "Ctrl+Shift+S"
    others = [
        a.shortcut().toString()
        for a in window.findChildren(type(window.menus.statistics))
        if a is not window.menus.statistics
    ]
    assert "Ctrl+Shift+S" not in others
    view = open_view(qtbot, window)
    assert {a.shortcut().toString() for a in view.actions()} >= {"Ctrl+E", "Ctrl+Shift+E"}
    for widget in (view.picker, view.table, view.tabs, view.export_png_button):
        assert widget.accessibleName()
    assert view.chart.accessibleName() == "Launches per year by outcome"
    focusable = [w for w in view.findChildren(QWidget) if w.focusPolicy() and w.isVisible()]
    assert view.picker in focusable


def test_nice_ticks_are_round_and_cover_the_values() -> None:
    assert nice_ticks(0, 6) == [0, 2, 4, 6]
    assert nice_ticks(0, 2731) == [0, 1000, 2000, 3000]
    assert nice_ticks(0, 0.98, whole=False) == [0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert nice_ticks(-59, 5) == [-60, -40, -20, 0, 20]
    assert nice_ticks(0, 0) == [0, 1]
    assert nice_ticks(0, 3) == [0, 1, 2, 3]


def test_an_empty_chart_says_so(qtbot: Any) -> None:
    model = StatisticsTableModel()
    data = ChartData("Slips", Kind.BARS, (), (), "Days", "Mission", empty="No NET has moved yet.")
    model.set_chart(data)
    assert model.rowCount() == 0
    drawing = svg_bytes(data, QSize(300, 200), QApplication.palette(), QApplication.font())
    assert "No NET has moved yet." in drawing.decode("utf-8")


def test_each_bar_has_a_tooltip_with_its_numbers(qtbot: Any, window: MainWindow) -> None:
    view = open_view(qtbot, window)
    image = QImage(QSize(700, 400), QImage.Format.Format_ARGB32)
    for key, expected in (
        ("per_year", "2021: Success 4, Yet to launch 2"),
        ("by_agency", "SpaceX: 6"),
    ):
        data = shown(view, key)
        painter = QPainter(image)
        hits = paint_chart(painter, QRectF(0, 0, 700, 400), data, view.palette(), view.font())
        painter.end()
        assert expected in [h.text for h in hits]
        assert all(image.rect().contains(h.rect.center().toPoint()) for h in hits)


def test_a_png_that_cannot_be_encoded_is_said_in_place(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Encoding fails before anything is written: the view says so, nothing is left."""
    view = open_view(qtbot, window)

    def refuse(*_args: object, **_kwargs: object) -> bytes:
        raise OSError("the chart could not be encoded as PNG: no space")

    monkeypatch.setattr(view.chart, "png", refuse)
    assert view.export(tmp_path / "launches.png", "png") is None
    assert view.status.text() == (
        "Nothing was written: the chart could not be encoded as PNG: no space"
    )
    assert not (tmp_path / "launches.png").exists()
