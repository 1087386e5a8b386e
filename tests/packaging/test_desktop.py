"""The desktop entry and the metainfo: valid, in step, and installed where desktops look.

``tracker --install-desktop-entry`` must put the entry and icons in the user's XDG data
folder (never elsewhere) with an Exec that starts this installation, and
``--uninstall-desktop-entry`` must take away exactly what it added.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from tracker import APP_ID, desktop
from tracker.cli import main
from tracker.errors import UserError
from tracker.rules import has_control_characters

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def files_under(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def parse_entry(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def test_packaged_entry_is_the_generated_one_with_a_plain_command() -> None:
    assert DESKTOP_FILE.read_text(encoding="utf-8") == desktop.entry_text("tracker")


def test_entry_names_the_app_id_icon_and_the_metainfo_launches_it() -> None:
    entry = parse_entry(DESKTOP_FILE.read_text(encoding="utf-8"))
    assert entry["Icon"] == APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == "tracker"


def test_metainfo_screenshots_are_the_ones_in_docs() -> None:
    """AppStream wants web URLs; each must end in a docs/ image of this repository."""
    images = [i.text or "" for i in ET.parse(METAINFO).getroot().iter("image")]
    assert [i.rsplit("/", 2)[-2:] for i in images] == [
        ["docs", "window.png"],
        ["docs", "countdown.png"],
        ["docs", "window-dark.png"],
        ["docs", "search.png"],
        ["docs", "window-1024.png"],
        ["docs", "reminders.png"],
    ]
    assert all(i.startswith("https://") for i in images)
    missing = [i for i in images if not (ROOT / "docs" / i.rsplit("/", 1)[-1]).is_file()]
    if missing:
        pytest.skip(f"screenshots not made yet: {missing}")


# Paths with every kind of character the Exec key treats specially.
AWKWARD = [
    "tracker",
    "/opt/Mission Tracker/bin/tracker",
    "/home/José/.local/bin/tracker",
    '/opt/a$b\\c"d`e/tracker',
    "/opt/it's; (a) <b> & c | d ~ e * f ? g # h/tracker",
    "/opt/100%/%f %u/tracker",
    "/opt/a=b/\\s\\n/tracker",
]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
@pytest.mark.parametrize("program", AWKWARD)
def test_entries_pass_desktop_file_validate(tmp_path: Path, program: str) -> None:
    target = tmp_path / f"{APP_ID}.desktop"
    target.write_text(desktop.entry_text(program), encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(target)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_exec_quotes_a_path_with_reserved_characters() -> None:
    assert desktop.quote_exec("/usr/bin/tracker") == "/usr/bin/tracker"
    assert desktop.quote_exec("/opt/My Apps/tracker") == '"/opt/My Apps/tracker"'
    # A backslash is escaped inside the quotes, then again as a string value.
    assert desktop.quote_exec("/opt/a$b\\c/tracker") == '"/opt/a\\\\$b\\\\\\\\c/tracker"'
    assert desktop.quote_exec("/opt/100%/tracker") == "/opt/100%%/tracker"


def unescape_string(value: str) -> str:
    """A desktop entry string value as read: \\s, \\n, \\t, \\r and \\\\ (the spec)."""
    out, chars = [], iter(value)
    for c in chars:
        if c == "\\":
            nxt = next(chars)
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[nxt])
        else:
            out.append(c)
    return "".join(out)


def exec_arguments(value: str) -> list[str]:
    """The Exec key's arguments as a desktop reads them: the string unescaped, then quoting
    (inside double quotes a backslash escapes the next character), then %% as %."""
    text = unescape_string(value)
    args: list[str] = []
    current: list[str] | None = None
    quoted = False
    chars = iter(text)
    for c in chars:
        if quoted:
            if c == "\\":
                nxt = next(chars)
                assert nxt in '"`$\\', f"backslash before {nxt!r} inside quotes"
                current.append(nxt)  # type: ignore[union-attr]
            elif c == '"':
                quoted = False
            else:
                assert c not in '"`$\\'
                current.append(c)  # type: ignore[union-attr]
        elif c == " ":
            if current is not None:
                args.append("".join(current))
                current = None
        elif c == '"':
            quoted, current = True, current if current is not None else []
        else:
            assert c not in desktop.EXEC_RESERVED, f"{c!r} unquoted"
            current = (current or []) + [c]
    assert not quoted, "unterminated quote"
    if current is not None:
        args.append("".join(current))
    return [a.replace("%%", "%") for a in args]


@pytest.mark.parametrize("program", AWKWARD)
def test_exec_reads_back_as_the_one_path_it_was_given(program: str) -> None:
    entry = parse_entry(desktop.entry_text(program))
    assert exec_arguments(entry["Exec"]) == [program]
    assert unescape_string(entry["TryExec"]) == program


@given(st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1))
def test_any_path_without_control_characters_survives_the_exec_quoting(program: str) -> None:
    assume(not has_control_characters(program))  # bidi controls: refused, tested below
    assert exec_arguments(desktop.quote_exec(program)) == [program]


@pytest.mark.parametrize(
    "program",
    [
        "/opt/evil\nExec=rm -rf ~/tracker",
        "/opt/a\rb/tracker",
        "/opt/tab\there/tracker",
        "/opt/\x1b[31mred/tracker",
        "/opt/nul\x00/tracker",
        "/opt/\x85next/tracker",
        "/opt/\u202eevil/tracker",
        "/opt/\udcff-not-utf8/tracker",
    ],
)
def test_a_path_an_entry_cannot_carry_is_refused(program: str) -> None:
    with pytest.raises(UserError, match="cannot install the menu entry: .*control character"):
        desktop.entry_text(program)
    with pytest.raises(UserError):
        desktop.quote_exec(program)


def test_the_command_refuses_to_install_from_a_path_with_a_newline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder named with a newline would add a line of its own to the entry."""
    folder = tmp_path / "bin\nExec=sh -c 'echo pwned'"
    folder.mkdir()
    program = folder / "tracker"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(program), "--install-desktop-entry"])
    data_home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    assert main(["--install-desktop-entry"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tracker: cannot install the menu entry: the path ")
    assert err.count("\n") == 1 and "bin<U+000A>Exec=" in err
    assert not data_home.exists()


def test_install_reads_icons_through_the_reader_it_is_given(tmp_path: Path) -> None:
    asked: list[str] = []

    def reader(path: str) -> bytes:
        asked.append(path)
        return path.encode()

    written = desktop.install(reader, {"XDG_DATA_HOME": str(tmp_path)}, Path("/opt/t/tracker"))
    assert sorted(asked) == sorted(desktop.icon_targets(tmp_path).values())
    assert written == desktop.installed_paths({"XDG_DATA_HOME": str(tmp_path)})
    svg = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == b":/icons/app.svg"


def test_the_desktop_module_does_not_import_qt() -> None:
    """Nothing outside tracker/ui and tracker/app.py imports Qt; the CLI hands the reader."""
    tree = ast.parse((ROOT / "tracker" / "desktop.py").read_text(encoding="utf-8"))
    modules: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules.append(node.module or "")
    assert "tracker.exchange.files" in modules  # the walk finds imports at all
    assert not [m for m in modules if m.startswith(("PySide6", "tracker.ui"))]


def test_data_home_follows_the_xdg_spec(tmp_path: Path) -> None:
    assert desktop.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    default = Path.home() / ".local" / "share"
    assert desktop.data_home({}) == default
    assert desktop.data_home({"XDG_DATA_HOME": "relative/path"}) == default


def test_install_then_uninstall_through_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data_home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    # Files that were there before belong to someone else and must survive.
    other_entry = data_home / "applications" / "org.example.Other.desktop"
    other_icon = data_home / "icons" / "hicolor" / "48x48" / "apps" / "org.example.Other.png"
    for path in (other_entry, other_icon):
        path.parent.mkdir(parents=True)
        path.write_bytes(b"someone else's")
    before = files_under(tmp_path)

    assert main(["--install-desktop-entry"]) == 0
    assert "Installed the menu entry" in capsys.readouterr().out

    added = set(files_under(tmp_path)) - set(before)
    assert added == set(desktop.installed_paths())
    entry_path = data_home / "applications" / f"{APP_ID}.desktop"
    entry = parse_entry(entry_path.read_text(encoding="utf-8"))
    program = Path(entry["TryExec"])
    assert program.is_absolute() and program.name == "tracker" and program.is_file()
    assert entry["Exec"] == desktop.quote_exec(str(program))
    assert entry["Icon"] == APP_ID
    png48 = data_home / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    assert png48.read_bytes().startswith(b"\x89PNG")
    svg = data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert b"<svg" in svg.read_bytes()

    assert main(["--install-desktop-entry"]) == 0  # again: same files, nothing more
    assert set(files_under(tmp_path)) - set(before) == added

    assert main(["--uninstall-desktop-entry"]) == 0
    assert "Removed 11 files." in capsys.readouterr().out
    assert files_under(tmp_path) == before

    assert main(["--uninstall-desktop-entry"]) == 0
    assert "No menu entry was installed." in capsys.readouterr().out


def test_the_installed_command_is_this_installation() -> None:
    program = desktop.installed_command()
    assert program.is_absolute() and program.name == "tracker"
    # It is the script pip wrote for this Python, so the menu starts this installation.
    assert (
        program.read_text(encoding="utf-8", errors="replace").startswith("#!" + sys.executable)
        or program.parent == Path(sys.executable).parent
    )


def test_install_refuses_an_unwritable_folder_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where a folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["--install-desktop-entry"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tracker: cannot write ") and err.count("\n") == 1
