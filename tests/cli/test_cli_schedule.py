"""The schedule commands, run in-process on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from tests.helpers import run

NOW = "2021-10-27T12:00:00Z"


@pytest.fixture
def db(tmp_path: Path) -> list[str]:
    return ["--database", str(tmp_path / "cli.db")]


def crew3_event(path: Path) -> tuple[str, int]:
    cal = Calendar.from_ical(path.read_bytes())
    ev = next(e for e in cal.walk("VEVENT") if str(e["summary"]).startswith("Crew-3 "))
    return str(ev["uid"]), int(ev["sequence"])


def test_reschedule_crew3_shows_in_history_and_calendar(
    capsys: pytest.CaptureFixture[str], db: list[str], tmp_path: Path
) -> None:
    """Done when: the move shows in history and as the same event with a higher SEQUENCE."""
    before_ics, after_ics = tmp_path / "before.ics", tmp_path / "after.ics"
    assert run(capsys, *db, "--now", NOW, "export-ics", str(before_ics))[0] == 0
    code, out, err = run(
        capsys, *db, "--now", NOW, "reschedule", "Crew-3", "2021-11-03T05:10:00Z",
        "--reason", "weather",
    )  # fmt: skip
    assert code == 0, err
    assert out == (
        "Rescheduled Crew-3: NET 2021-10-31 06:21 UTC \u2192 2021-11-03 05:10 UTC (weather).\n"
    )
    code, out, _ = run(capsys, *db, "--now", NOW, "history", "Crew-3")
    lines = out.splitlines()
    assert lines[0].startswith("Crew-3 · Crew Dragon → ISS · NET 2021-11-03 05:10 UTC")
    assert lines[2] == (
        "  2021-10-27 12:00 UTC  NET 2021-10-31 06:21 UTC \u2192 2021-11-03 05:10 UTC  "
        "(+2 days 22 h 49 min)  weather"
    )
    assert lines[-1] == "Crew-3: 2 changes, slipped 3 days 22 h 27 min in all"
    assert run(capsys, *db, "--now", NOW, "export-ics", str(after_ics))[0] == 0
    uid_before, seq_before = crew3_event(before_ics)
    uid_after, seq_after = crew3_event(after_ics)
    assert uid_after == uid_before and seq_after == seq_before + 1


def test_history_uses_the_chosen_zone(capsys: pytest.CaptureFixture[str], db: list[str]) -> None:
    code, out, _ = run(capsys, *db, "--now", NOW, "--zone", "Europe/Berlin", "history", "crew-3")
    assert code == 0
    assert "NET 2021-10-31 07:21 CET" in out.splitlines()[0]
    assert "2021-10-19 02:00 CEST  NET 2021-10-30 08:43 CEST \u2192 2021-10-31 07:21 CET" in out


def test_offsetless_net_is_read_in_the_zone(
    capsys: pytest.CaptureFixture[str], db: list[str]
) -> None:
    code, out, err = run(
        capsys, *db, "--now", NOW, "--zone", "Europe/Berlin",
        "reschedule", "Crew-3", "2021-11-03T06:10", "--precision", "min",
    )  # fmt: skip
    assert code == 0, err
    assert out.endswith("\u2192 2021-11-03 06:10 CET.\n")
    code, out, _ = run(capsys, *db, "--now", NOW, "next", "--json")
    assert '"net": "2021-11-03T05:10:00Z"' in out


def test_precision_by_name(capsys: pytest.CaptureFixture[str], db: list[str]) -> None:
    code, out, err = run(
        capsys, *db, "--now", NOW, "reschedule", "Crew-5", "2022-10-05", "--precision", "Day"
    )
    assert code == 0, err
    assert "NET H2 2022 \u2192 2022-10-05." in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["2021-11-31T05:10:00Z"], "not a date and time"),
        (["tomorrow"], "not a date and time"),
        (["2301-01-01T00:00:00Z"], "out of range"),
        (["2021-11-03T05:10:00Z", "--precision", "fortnight"], "unknown precision"),
        (["2021-10-31T06:21:00Z"], "already NET"),
        (["2021-11-03T05:10:00Z", "--reason", "x" * 2001], "too long"),
    ],
)
def test_bad_reschedule_exits_2_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db: list[str], args: list[str], message: str
) -> None:
    _, before, _ = run(capsys, *db, "--now", NOW, "history", "Crew-3")
    code, out, err = run(capsys, *db, "--now", NOW, "reschedule", "Crew-3", *args)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and message in err
    _, after, _ = run(capsys, *db, "--now", NOW, "history", "Crew-3")
    assert after == before


def test_passed_net_reads_awaiting_update(
    capsys: pytest.CaptureFixture[str], db: list[str]
) -> None:
    """Done when: on 2021-11-20 with no update Crew-3 never shows a live countdown."""
    later = ["--now", "2021-11-20T00:00:00Z"]
    for command in (["crew", "show", "Crew-3"], ["history", "Crew-3"]):
        code, out, _ = run(capsys, *db, *later, *command)
        assert code == 0
        first = out.splitlines()[0]
        assert first.endswith("NET passed \u2014 awaiting update")
        assert "T\u2212" not in out


def test_history_of_a_mission_never_moved(
    capsys: pytest.CaptureFixture[str], db: list[str]
) -> None:
    code, out, _ = run(capsys, *db, "--now", NOW, "history", "Soyuz MS-20")
    assert code == 0
    assert out.splitlines()[-1] == "Soyuz MS-20: no changes to its NET"


def test_export_ics_to_a_missing_folder_exits_2(
    capsys: pytest.CaptureFixture[str], db: list[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, *db, "--now", NOW, "export-ics", str(tmp_path / "no" / "x.ics"))
    assert code == 2 and "cannot write" in err


def test_three_reschedules_in_one_second_add_up_in_history_and_calendar(
    capsys: pytest.CaptureFixture[str], db: list[str], tmp_path: Path
) -> None:
    """Done when (issue 14): with --now fixed, the changes made in the same second list in
    the order they were made, and the total is 11 days 3 h 17 min (2021-10-30 06:43 to
    2021-11-10 10:00), in the history and in the calendar alike."""
    for net in ("2021-11-03T05:10:00Z", "2021-11-08T10:00:00Z", "2021-11-10T10:00:00Z"):
        code, _, err = run(capsys, *db, "--now", NOW, "reschedule", "Crew-3", net)
        assert code == 0, err
    code, out, _ = run(capsys, *db, "--now", NOW, "history", "Crew-3")
    assert code == 0
    moves = [line.split("  ")[2] for line in out.splitlines()[1:-1]]
    assert moves == [
        "NET 2021-10-30 06:43 UTC \u2192 2021-10-31 06:21 UTC",
        "NET 2021-10-31 06:21 UTC \u2192 2021-11-03 05:10 UTC",
        "NET 2021-11-03 05:10 UTC \u2192 2021-11-08 10:00 UTC",
        "NET 2021-11-08 10:00 UTC \u2192 2021-11-10 10:00 UTC",
    ]
    total = "Crew-3: 4 changes, slipped 11 days 3 h 17 min in all"
    assert out.splitlines()[-1] == total
    calendar = tmp_path / "launches.ics"
    assert run(capsys, *db, "--now", NOW, "export-ics", calendar).status == 0
    ev = next(
        e
        for e in Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
        if str(e["summary"]).startswith("Crew-3 ")
    )
    assert total in str(ev["description"]).splitlines()
    assert int(ev["sequence"]) == 4
