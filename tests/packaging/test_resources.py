"""The compiled resource file is in step with resources/, and every icon loads from it.

Code loads icons as ``:/icons/…`` and the style sheet as ``:/style/tracker.qss`` from
``tracker/ui/resources.rcc`` (package data, registered by ``tracker.ui.resource_reader``), the
same way from a checkout, a wheel and a bundle; a forgotten recompile would ship stale or
missing icons or an old style sheet.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QFile, QIODevice, QSize
from PySide6.QtGui import QIcon, QImage, QPixmap

import tracker.ui.icons  # noqa: F401  (registers :/icons/...)

ROOT = Path(__file__).resolve().parents[2]
QRC = ROOT / "resources" / "resources.qrc"
COMPILED = ROOT / "tracker" / "ui" / "resources.rcc"
# packaging/README.md's command: the same bytes from the same files (no times, no compression).
RCC_OPTIONS = ("--binary", "--no-compress", "--format-version", "1")
APP_ID = "io.github.missiontracker.MissionTracker"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# The icons the UI relies on; more may come, none of these may go.
REQUIRED_ICONS = (
    "app countdown search undo redo add-person remove-person move-up move-down import export "
    "calendar clock fullscreen backup restore new edit delete reschedule people bell"
).split()


def qrc_files() -> list[str]:
    """The files resources.qrc lists, as paths relative to resources/."""
    root = ET.parse(QRC).getroot()
    return [f.text or "" for f in root.iter("file")]


def read_resource(path: str) -> bytes:
    f = QFile(f":/{path}")
    assert f.open(QIODevice.OpenModeFlag.ReadOnly), f":/{path} is not in the compiled resources"
    try:
        return bytes(f.readAll().data())
    finally:
        f.close()


def rcc() -> Path:
    import PySide6

    return Path(PySide6.__file__).resolve().parent / "Qt" / "libexec" / "rcc"


def test_qrc_lists_every_icon_and_style_sheet_under_the_root_prefix() -> None:
    root = ET.parse(QRC).getroot()
    assert [q.get("prefix") for q in root.iter("qresource")] == ["/"]
    listed = set(qrc_files())
    on_disk = {
        p.relative_to(QRC.parent).as_posix()
        for folder, suffixes in (("icons", (".svg", ".png")), ("style", (".qss",)))
        for p in (QRC.parent / folder).rglob("*")
        if p.suffix in suffixes
    }
    assert listed == on_disk
    assert "style/tracker.qss" in listed
    for name in REQUIRED_ICONS:
        assert f"icons/{name}.svg" in listed
    for n in ICON_SIZES:
        assert f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" in listed


def test_compiled_resources_hold_the_files_as_they_are_on_disk() -> None:
    for path in qrc_files():
        assert read_resource(path) == (QRC.parent / path).read_bytes(), f"{path} is stale"


def test_read_resource_gives_a_files_bytes_and_refuses_folders_and_missing_files() -> None:
    from tracker.ui.resource_reader import read_resource as package_read_resource

    assert package_read_resource(":/icons/app.svg") == (QRC.parent / "icons/app.svg").read_bytes()
    for missing in (":/icons", ":/icons/no-such-icon.svg"):
        with pytest.raises(FileNotFoundError):
            package_read_resource(missing)


def test_compiled_file_is_what_rcc_makes_now(tmp_path: Path) -> None:
    """Recompiling gives the committed file, byte for byte."""
    out = tmp_path / COMPILED.name
    subprocess.run([str(rcc()), *RCC_OPTIONS, str(QRC), "-o", str(out)], check=True)
    assert out.read_bytes() == COMPILED.read_bytes(), (
        "tracker/ui/resources.rcc is out of step with resources/: recompile it "
        "(see packaging/README.md)"
    )


def test_importing_icons_alone_registers_the_resources() -> None:
    """A fresh process: importing the icons module is enough for an icon to load from the
    package's .rcc file (nothing else registered it first)."""
    script = (
        "from PySide6.QtGui import QGuiApplication\n"
        "from tracker.ui.icons import icon\n"
        "app = QGuiApplication(['check', '-platform', 'offscreen'])\n"
        "print(icon('app').isNull(), icon('countdown').pixmap(24, 24).isNull())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, check=True, cwd=ROOT, text=True
    )
    assert done.stdout.split() == ["False", "False"]


def test_the_style_sheet_fills_every_slot_for_both_schemes(qapp: object) -> None:
    from tracker.ui import theme

    for colours in (theme.LIGHT, theme.DARK):
        sheet = theme.style_sheet(colours)
        assert "$" not in sheet and "QFrame#countdownView" in sheet
        for colour in colours.values():
            assert colour in sheet


@pytest.mark.parametrize("name", REQUIRED_ICONS)
def test_icon_loads_from_resources(qapp: object, name: str) -> None:
    icon = QIcon(f":/icons/{name}.svg")
    assert not icon.isNull()
    pixmap = icon.pixmap(QSize(24, 24))
    assert not pixmap.isNull() and pixmap.width() >= 24
    assert not QPixmap(f":/icons/{name}.svg").isNull()
    # Something is drawn: not every pixel is transparent.
    image = pixmap.toImage()
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(24))


@pytest.mark.parametrize("size", ICON_SIZES)
def test_app_icon_png_has_its_size(qapp: object, size: int) -> None:
    image = QImage(f":/icons/hicolor/{size}x{size}/apps/{APP_ID}.png")
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
