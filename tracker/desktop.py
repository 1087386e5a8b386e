"""A menu entry and an icon for those who installed with pip.

``tracker --install-desktop-entry`` writes the freedesktop entry into
``$XDG_DATA_HOME/applications`` and the application icon into the user's hicolor icon theme;
``--uninstall-desktop-entry`` removes exactly those files. The icons come from the compiled Qt
resources inside the package (a wheel does not carry the repository's ``resources/``); only
Qt reads those, so the caller hands ``install`` a reader
(``tracker.ui.resource_reader.read_resource``) and this module never imports Qt.

The path of the installed command goes into ``Exec=`` quoted by the Desktop Entry
specification's rules; a path those rules cannot carry (a line break or another control
character) is refused before anything is written.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from tracker import APP_ID
from tracker.errors import UserError
from tracker.exchange.files import write_atomic
from tracker.rules import has_control_characters
from tracker.text import printable

ResourceReader = Callable[[str], bytes]  # ':/icons/app.svg' -> its bytes

DESKTOP_FILE = f"{APP_ID}.desktop"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
COMMAND = "tracker"

# The entry, key by key; packaging/<APP_ID>.desktop is this with Exec=tracker (a test checks).
ENTRY_KEYS: tuple[tuple[str, str], ...] = (
    ("Type", "Application"),
    ("Version", "1.4"),
    ("Name", "Mission Tracker"),
    ("GenericName", "Spaceflight Tracker"),
    ("Comment", "Track crewed spaceflight missions, crews and launch countdowns"),
    ("Exec", "{exec}"),
    ("TryExec", "{tryexec}"),
    ("Icon", APP_ID),
    ("Terminal", "false"),
    ("Categories", "Science;Astronomy;Qt;"),
    ("Keywords", "space;spaceflight;launch;countdown;rocket;crew;astronaut;mission;ISS;"),
    ("StartupNotify", "true"),
    # Qt on X11 sets WM_CLASS's class to the application name; Wayland uses the desktop
    # file name the app sets (APP_ID), which matches this file's name.
    ("StartupWMClass", "mission-tracker"),
)


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute (the spec)."""
    value = environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


# The Exec key's reserved characters (the spec, "The Exec key"): an argument holding one
# goes in double quotes.
EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def check_carriable(program: str) -> None:
    """Refuse a path a desktop entry cannot carry: its values are one line of text with no
    control characters (and so no line breaks), and must encode as UTF-8."""
    if has_control_characters(program) or any(c in program for c in "\t\n\r"):
        raise UserError(
            f"cannot install the menu entry: the path {printable(program)} holds a line "
            "break or control character, which a desktop entry cannot carry; install "
            "Mission Tracker in a folder whose path has none"
        )


def quote_exec(program: str) -> str:
    """``program`` as one argument of an Exec key (Desktop Entry spec, "The Exec key").

    A path with reserved characters (a space, say) goes in double quotes, where a double
    quote, backtick, dollar or backslash takes a backslash; the value is then a string whose
    own backslashes double, and a literal per cent sign is written twice. A path with a
    control character is refused (``check_carriable``).
    """
    check_carriable(program)
    arg = program.replace("%", "%%")
    if any(c in EXEC_RESERVED for c in arg):
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        arg = f'"{escaped}"'
    return arg.replace("\\", "\\\\")


def entry_text(executable: str) -> str:
    """The desktop entry that starts ``executable`` (a path, or a name looked up on PATH)."""
    check_carriable(executable)
    tryexec = executable.replace("\\", "\\\\")
    lines = ["[Desktop Entry]"]
    for key, value in ENTRY_KEYS:
        lines.append(
            f"{key}={value.format(exec=quote_exec(executable), tryexec=tryexec)}"
            if "{" in value
            else f"{key}={value}"
        )
    return "\n".join(lines) + "\n"


def installed_command() -> Path:
    """The absolute path of the ``tracker`` command that is running, or of the one installed
    beside this Python; a bundle's program is its own executable."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).absolute()
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name == COMMAND and argv0.is_file():
        return argv0.absolute()
    beside_python = Path(sys.executable).parent / COMMAND  # the venv's bin/ (not resolved)
    if beside_python.is_file() and os.access(beside_python, os.X_OK):
        return beside_python.absolute()
    found = shutil.which(COMMAND)
    if found:
        return Path(found).absolute()
    raise UserError(
        f"cannot find the installed {COMMAND!r} command; install the package with pip first"
    )


def icon_targets(root: Path) -> dict[Path, str]:
    """Where each icon goes under ``root`` (the data home), mapped to its resource path."""
    theme = root / "icons" / "hicolor"
    targets = {
        theme / f"{n}x{n}" / "apps" / f"{APP_ID}.png": (
            f":/icons/hicolor/{n}x{n}/apps/{APP_ID}.png"
        )
        for n in ICON_SIZES
    }
    targets[theme / "scalable" / "apps" / f"{APP_ID}.svg"] = ":/icons/app.svg"
    return targets


def installed_paths(environ: Mapping[str, str] = os.environ) -> list[Path]:
    """Every file ``install`` writes, and so every file ``uninstall`` removes."""
    root = data_home(environ)
    return [root / "applications" / DESKTOP_FILE, *icon_targets(root)]


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all (a menu never sees half a file), in folders made as needed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from exc
    write_atomic(path, data)


def install(
    read_resource: ResourceReader,
    environ: Mapping[str, str] = os.environ,
    executable: Path | None = None,
) -> list[Path]:
    """Write the desktop entry and the icons (read with ``read_resource``); returns the files
    written. A path the entry cannot carry is refused before anything is written."""
    root = data_home(environ)
    program = executable if executable is not None else installed_command()
    text = entry_text(str(program))
    icons = {target: read_resource(source) for target, source in icon_targets(root).items()}
    for target, data in icons.items():
        _write(target, data)
    entry = root / "applications" / DESKTOP_FILE
    _write(entry, text.encode("utf-8"))
    # Desktops watch the icon theme folder's time to notice new icons.
    os.utime(root / "icons" / "hicolor")
    return [entry, *icons]


def uninstall(environ: Mapping[str, str] = os.environ) -> list[Path]:
    """Remove the files ``install`` writes (and nothing else); returns those removed."""
    removed = []
    for path in installed_paths(environ):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise UserError(f"cannot remove {path}: {exc.strerror or exc}") from exc
        removed.append(path)
    return removed
