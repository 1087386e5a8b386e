"""Text is text on output: whatever an old database holds, the command line and the calendar
never write a raw control character or bidi override.

The rules refuse such text on every way in, so these tests put it into the database with
plain SQL, as a database written before the rules (or by another program) would hold it.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.helpers import run
from tracker.text import printable

NOW = "2021-10-27T12:00:00Z"
# Escape sequences that recolour or retitle a terminal, a bell, a C1 CSI, NUL, a lone CR
# that would overwrite the line, a newline that would start one, and the bidi controls that
# make a name read as something else.
HOSTILE = {
    "mission": "Crew-3\x1b[2J\x1b]0;pwned\x07\u202e3-werC",
    "site": "LC-39A\r\nX-INJECTED:1\x9b31m",
    "person": "Raja\x00 Chari\u2066\u2069\u200f",
    "role": "Commander\u202dthis reads\u202c\x85",
    "agency": "NASA\x7f\u061c",
    "source": "release\u2028line\x0bvertical",
}
# What no line of output may carry: C0 controls but tab and line feed (tested apart), DEL,
# C1, the bidi controls, line and paragraph separators, and lone surrogates.
RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029"
    "\ud800-\udfff]"
)


@pytest.fixture
def hostile(template_db: Path, tmp_path: Path) -> list[str]:
    """The default data with Crew-3, one of its crew and NASA renamed to hostile text."""
    path = tmp_path / "hostile.db"
    shutil.copy(template_db, path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "UPDATE mission SET name = ?, launch_site = ?, source = ?, destination = ? "
            "WHERE name = 'Crew-3'",
            (HOSTILE["mission"], HOSTILE["site"], HOSTILE["source"], "ISS\x1b[0m"),
        )
        conn.execute("UPDATE person SET name = ? WHERE name = 'Raja Chari'", (HOSTILE["person"],))
        conn.execute(
            "UPDATE crewassignment SET role = ? WHERE person_id = "
            "(SELECT id FROM person WHERE name = ?)",
            (HOSTILE["role"], HOSTILE["person"]),
        )
        conn.execute("UPDATE agency SET abbrev = ? WHERE abbrev = 'NASA'", (HOSTILE["agency"],))
    conn.close()
    return ["--database", str(path), "--now", NOW]


def lines_are_clean(text: str) -> None:
    found = RAW.findall(text)
    assert not found, f"raw characters in the output: {found!r}"
    assert "\t" not in text


SHOWN_MISSION = "Crew-3<U+001B>[2J<U+001B>]0;pwned<U+0007><U+202E>3-werC"
SHOWN_CREW = "Commander<U+202D>this reads<U+202C><U+0085>  Raja<U+0000> Chari<U+2066><U+2069>"


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        (["list"], [SHOWN_MISSION, SHOWN_CREW]),
        (["list", "--upcoming"], [SHOWN_MISSION, SHOWN_CREW]),
        (["next"], [SHOWN_MISSION, SHOWN_CREW, "(NASA<U+007F><U+061C>, "]),
        (["crew", "show", "crew-3\x1b[2j\x1b]0;pwned\x07\u202e3-werc"], [SHOWN_CREW]),
        (["history", HOSTILE["mission"]], [SHOWN_MISSION, "\u2192 ISS<U+001B>[0m"]),
    ],
    ids=["list", "list-upcoming", "next", "crew-show", "history"],
)
def test_text_commands_write_every_control_character_visibly(
    capsys: pytest.CaptureFixture[str], hostile: list[str], command: list[str], shown: list[str]
) -> None:
    code, out, err = run(capsys, *hostile, *command)
    assert code == 0, err
    lines_are_clean(out)
    for text in shown:  # nothing is hidden either: each character is there, visibly
        assert text in out


def test_the_mission_line_stays_one_line_whatever_its_name_holds(
    capsys: pytest.CaptureFixture[str], hostile: list[str]
) -> None:
    code, out, _ = run(capsys, *hostile, "next")
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith("Crew-3<U+001B>") and first.endswith("T\u2212 3d 18:21:00")


@pytest.mark.parametrize("command", [["list", "--json"], ["next", "--json"]])
def test_json_escapes_them_and_keeps_the_value(
    capsys: pytest.CaptureFixture[str], hostile: list[str], command: list[str]
) -> None:
    code, out, err = run(capsys, *hostile, *command)
    assert code == 0, err
    lines_are_clean(out)
    data = json.loads(out)
    if command[0] == "list":
        data = next(m for m in data if m["net"] == "2021-10-31T06:21:00Z")
    crew3 = data
    assert crew3["name"] == HOSTILE["mission"]  # the same value to a JSON reader
    assert crew3["crew"][0] == {
        "name": HOSTILE["person"],
        "role": HOSTILE["role"],
        "agency": HOSTILE["agency"],
    }
    assert "\\u202e" in out and "\\u0000" in out


def test_a_refusal_that_quotes_the_data_is_one_clean_line(
    capsys: pytest.CaptureFixture[str], hostile: list[str]
) -> None:
    """'<name> is full' quotes a name from the database on stderr."""
    code, out, err = run(
        capsys, *hostile, "crew", "add", HOSTILE["mission"], "Anna Kikina", "--role", "Pilot"
    )
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "is full" in err
    lines_are_clean(err)


def test_the_calendar_carries_no_control_characters(
    capsys: pytest.CaptureFixture[str], hostile: list[str], tmp_path: Path
) -> None:
    target = tmp_path / "launches.ics"
    code, _, err = run(capsys, *hostile, "export-ics", str(target))
    assert code == 0, err
    data = target.read_bytes()
    text = data.decode("utf-8")
    # RFC 5545: content lines end in CR LF; nothing else in them is a control character.
    body = text.replace("\r\n", "")
    lines_are_clean(body)
    assert "\n" not in body and "\r" not in body
    event = next(
        e
        for e in Calendar.from_ical(data).walk("VEVENT")
        if str(e["summary"]).startswith("Crew") and "<U+001B>" in str(e["summary"])
    )
    assert str(event["summary"]).startswith(printable(HOSTILE["mission"]) + " launch")
    assert str(event["location"]) == printable(HOSTILE["site"])
    description = str(event["description"])
    assert printable(HOSTILE["person"]) in description
    assert printable(HOSTILE["role"]) in description
    assert "release<U+2028>line<U+000B>vertical" in description


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("plain text, Ünïcödé, 日本語", "plain text, Ünïcödé, 日本語"),
        ("a\tb\nc\r\nd", "a<U+0009>b<U+000A>c<U+000D><U+000A>d"),
        ("\x1b[31mred", "<U+001B>[31mred"),
        ("\u202eevil\u202c", "<U+202E>evil<U+202C>"),
        ("\x85\x9b\x7f", "<U+0085><U+009B><U+007F>"),
        ("\ud800", "<U+D800>"),
    ],
)
def test_printable_makes_each_one_visible(value: str, shown: str) -> None:
    assert printable(value) == shown


def test_printable_keeps_line_feeds_and_tabs_in_several_lines() -> None:
    assert printable("a\tb\r\nc\rd\u2029", multiline=True) == "a\tb\nc<U+000D>d<U+2029>"
