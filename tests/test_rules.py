"""The rules on their own: plain values in, a refusal with its message out; no database."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any

import pytest

from tracker import rules, schedule
from tracker.errors import ConflictError, NeedsConfirmation, ValidationError
from tracker.vocabulary import CAPACITY_MAX, LandingOutcome, LaunchStatus, NetPrecision, VehicleKind

UTC = dt.UTC
OCT31 = dt.datetime(2021, 10, 31, 6, 21, tzinfo=UTC)


def test_the_rules_load_no_database_or_qt() -> None:
    code = (
        "import sys, tracker.rules; "
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'PySide6') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- capacity -------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, 1, 4, CAPACITY_MAX])
def test_a_capacity_is_nothing_or_one_to_the_maximum(value: int | None) -> None:
    assert rules.capacity(value) == value


@pytest.mark.parametrize(
    ("value", "message"),
    [(0, "between 1 and 20"), (21, "between 1 and 20"), ("4", "whole number"),
     (True, "whole number"), (4.0, "whole number")],
)  # fmt: skip
def test_a_capacity_out_of_range_or_not_whole_is_refused(value: Any, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        rules.capacity(value)


def test_room_aboard_until_the_seats_are_taken() -> None:
    rules.check_room("Crew-5", "Crew Dragon", 4, 3)  # the fourth seat is free
    rules.check_room("Crew-5", None, None, 9)  # no spacecraft: nothing to count against
    rules.check_room("Crew-5", "Mystery craft", None, 9)  # capacity not known
    with pytest.raises(ValidationError, match="^Crew-3 is full: Crew Dragon carries 4 crew$"):
        rules.check_room("Crew-3", "Crew Dragon", 4, 4)


def test_a_spacecraft_must_hold_the_crew_already_aboard() -> None:
    rules.check_crew_fits("Crew-3", "Soyuz MS", 4, 4)
    rules.check_crew_fits("Crew-3", "Unknown", None, 4)
    with pytest.raises(ValidationError, match="^Crew-3 has 4 crew; Soyuz MS carries 3$"):
        rules.check_crew_fits("Crew-3", "Soyuz MS", 3, 4)


def test_a_spacecraft_needs_a_capacity_and_a_launcher_does_not() -> None:
    rules.check_spacecraft_capacity("Falcon 9", VehicleKind.LAUNCHER, None)
    rules.check_spacecraft_capacity("Pod", VehicleKind.SPACECRAFT, 2)
    with pytest.raises(ValidationError, match=r"Pod is a spacecraft: give its crew capacity"):
        rules.check_spacecraft_capacity("Pod", VehicleKind.SPACECRAFT, None)


def test_a_lower_capacity_names_the_fullest_mission_it_would_strand() -> None:
    rules.check_capacity_fits("Crew Dragon", [])
    with pytest.raises(ValidationError, match="^Crew-3 already has 4 crew on Crew Dragon: "):
        rules.check_capacity_fits("Crew Dragon", [("Crew-3", 4)])
    with pytest.raises(ValidationError, match=r"\(and 1 other mission\): .* below 4$"):
        rules.check_capacity_fits("Crew Dragon", [("Crew-3", 4), ("Crew-5", 3)])
    with pytest.raises(ValidationError, match=r"\(and 2 other missions\)"):
        rules.check_capacity_fits("Crew Dragon", [("Crew-3", 4), ("Crew-5", 3), ("Ax-1", 3)])


# --- flights and overlaps -------------------------------------------------------------------


def test_a_flight_lasts_to_its_landing_or_the_assumed_length() -> None:
    landing = OCT31 + dt.timedelta(days=170)
    assert rules.flight_span(OCT31, NetPrecision.MINUTE, landing) == (OCT31, landing)
    start, end = rules.flight_span(OCT31, NetPrecision.MONTH, None)
    assert start == OCT31
    assert end == schedule.deadline(OCT31, NetPrecision.MONTH) + rules.ASSUMED_FLIGHT
    assert end > rules.flight_span(OCT31, NetPrecision.MINUTE, None)[1]  # a coarser NET


def test_flights_that_overlap_are_refused_with_a_landing() -> None:
    crew3 = rules.flight_span(OCT31, NetPrecision.MINUTE, None)
    crew2 = ("Crew-2", dt.datetime(2021, 4, 23, 9, 49, tzinfo=UTC), NetPrecision.SECOND)
    rules.check_no_overlap(  # landed before Crew-3 flies
        "Shane Kimbrough", "Crew-3", crew3, [(*crew2, dt.datetime(2021, 10, 30, tzinfo=UTC))]
    )
    with pytest.raises(
        ValidationError,
        match=r"^Shane Kimbrough is on Crew-2 \(NET 2021-04-23 09:49:00 UTC, lands 2021-11-09\), "
        "which overlaps Crew-3$",
    ):
        rules.check_no_overlap(
            "Shane Kimbrough", "Crew-3", crew3, [(*crew2, dt.datetime(2021, 11, 9, tzinfo=UTC))]
        )


def test_flights_that_overlap_are_refused_without_a_landing() -> None:
    crew3 = rules.flight_span(OCT31, NetPrecision.MINUTE, None)
    crew2 = ("Crew-2", dt.datetime(2021, 4, 23, 9, 49, tzinfo=UTC), NetPrecision.SECOND, None)
    with pytest.raises(ValidationError, match="landing not known, counted as 210 days"):
        rules.check_no_overlap("Shane Kimbrough", "Crew-3", crew3, [crew2])
    earlier = ("Soyuz 1", dt.datetime(1967, 4, 23, tzinfo=UTC), NetPrecision.DAY, None)
    rules.check_no_overlap("Someone", "Crew-3", crew3, [earlier])  # long over


def test_one_person_once_per_mission() -> None:
    rules.check_not_on("Nicole Mann", "Crew-5", False)
    with pytest.raises(ValidationError, match="^Nicole Mann is already on Crew-5$"):
        rules.check_not_on("Nicole Mann", "Crew-5", True)


def test_a_window_and_a_landing_in_order() -> None:
    rules.check_mission_times("M", OCT31, (OCT31, OCT31), OCT31)
    rules.check_mission_times("M", None, (None, OCT31), None)
    with pytest.raises(ValidationError, match="M's launch window closes before it opens"):
        rules.check_mission_times("M", OCT31, (OCT31, OCT31 - dt.timedelta(seconds=1)), None)
    with pytest.raises(ValidationError, match="M cannot land before its NET"):
        rules.check_mission_times("M", OCT31, (None, None), OCT31 - dt.timedelta(days=1))


# --- versions and history -------------------------------------------------------------------


def test_a_stale_version_is_refused() -> None:
    rules.check_version("Crew-5", 3, None)  # nothing shown: nothing to compare
    rules.check_version("Crew-5", 3, 3)
    with pytest.raises(ConflictError, match="^Crew-5 changed elsewhere \u2014 reloaded$"):
        rules.check_version("Crew-5", 4, 3)
    with pytest.raises(ConflictError, match="^Crew-3's NET changed elsewhere"):
        rules.check_unchanged("Crew-3", False, "'s NET")


def test_a_flown_mission_needs_confirmation() -> None:
    rules.check_may_rewrite("Crew-3", LaunchStatus.GO, "changing its crew", False)
    rules.check_may_rewrite("Demo-2", LaunchStatus.SUCCESS, "changing its crew", True)
    with pytest.raises(
        NeedsConfirmation,
        match=r"^Demo-2 has already flown \(Launch Successful\); changing its crew rewrites "
        "history. Confirm to go on.$",
    ):
        rules.check_may_rewrite("Demo-2", LaunchStatus.SUCCESS, "changing its crew", False)
    with pytest.raises(NeedsConfirmation):
        rules.check_may_rewrite("Crew-2", LaunchStatus.IN_FLIGHT, "editing it", False)


# --- text -----------------------------------------------------------------------------------


def test_text_is_trimmed_and_composed() -> None:
    assert rules.text("  Crew-3 ", "Name") == "Crew-3"
    assert rules.text("Jo\u0301zsef", "Name") == "J\u00f3zsef"  # one form, so names compare
    assert rules.text("line one\n\tline two", "Description") == "line one\n\tline two"
    assert rules.text(None, "Country", required=False) == ""


@pytest.mark.parametrize(
    "bad",
    ["nul\x00", "escape\x1b[31m", "del\x7f", "next\x85line", "lone \ud800 surrogate",
     "\u202eevil", "isolate\u2066x\u2069", "mark\u200f"],
    ids=["NUL", "ESC", "DEL", "C1", "surrogate", "RLO U+202E", "isolate", "RLM"],
)  # fmt: skip
def test_text_refuses_control_characters_and_bidi_controls(bad: str) -> None:
    with pytest.raises(ValidationError, match="^Name contains control characters"):
        rules.text(bad, "Name")


def test_text_refuses_blank_long_and_non_text() -> None:
    with pytest.raises(ValidationError, match="^Name is required$"):
        rules.text("   ", "Name")
    with pytest.raises(ValidationError, match=r"^Name is too long \(201 characters; at most 200\)"):
        rules.text("x" * 201, "Name")
    assert rules.text("x" * 2000, "The reason", limit=2000) == "x" * 2000
    with pytest.raises(ValidationError, match="^Name must be text$"):
        rules.text(42, "Name")


def test_a_choice_lists_what_is_allowed() -> None:
    assert rules.choice(NetPrecision, "Month", "NET precision") is NetPrecision.MONTH
    with pytest.raises(ValidationError, match="^Kind must be one of spacecraft, launcher"):
        rules.choice(VehicleKind, "balloon", "Kind")


# --- instants, dates and their years --------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [dt.datetime(1900, 1, 1, tzinfo=UTC), dt.datetime(2200, 12, 31, 23, 59, tzinfo=UTC)],
)
def test_the_first_and_last_years_are_accepted(value: dt.datetime) -> None:
    assert rules.instant(value, "NET") == value
    assert rules.date(value.date(), "First flight") == value.date()


@pytest.mark.parametrize(
    "value",
    [dt.datetime(1899, 12, 31, 23, 59, tzinfo=UTC), dt.datetime(2201, 1, 1, tzinfo=UTC),
     dt.datetime(1900, 1, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))],
    ids=["1899", "2201", "1899 in UTC"],
)  # fmt: skip
def test_an_instant_outside_the_years_is_refused(value: dt.datetime) -> None:
    with pytest.raises(ValidationError, match="^NET must fall in the years 1900 to 2200$"):
        rules.instant(value, "NET")


def test_a_date_outside_the_years_is_refused() -> None:
    with pytest.raises(ValidationError, match="years 1900 to 2200"):
        rules.date(dt.date(1850, 1, 1), "First crewed flight")
    with pytest.raises(ValidationError, match="years 1900 to 2200"):
        rules.date("2201-01-01", "First crewed flight")
    with pytest.raises(ValidationError, match="not a date"):
        rules.date("2024-13-01", "First crewed flight")
    with pytest.raises(ValidationError, match="must be a date"):
        rules.date(OCT31, "First crewed flight")  # a datetime is not a date here


def test_an_instant_is_aware_and_in_utc() -> None:
    berlin = OCT31.astimezone(dt.timezone(dt.timedelta(hours=1)))
    assert rules.instant(berlin, "NET") == OCT31
    assert rules.instant(berlin, "NET").tzinfo is UTC  # type: ignore[union-attr]
    assert rules.instant("2021-10-31T06:21:00Z", "NET") == OCT31
    assert rules.instant("", "Landing") is None
    with pytest.raises(ValidationError, match="^NET is required$"):
        rules.instant(None, "NET", required=True)
    with pytest.raises(ValidationError, match="^NET needs a time zone$"):
        rules.instant(dt.datetime(2021, 10, 31), "NET")
    with pytest.raises(ValidationError, match="^NET: not a date and time"):
        rules.instant("soon", "NET")
    with pytest.raises(ValidationError, match="^NET: date out of range"):
        rules.instant("1850-01-01T00:00:00Z", "NET")


# --- addresses and ends ---------------------------------------------------------------------


@pytest.mark.parametrize("url", ["https://www.youtube.com/watch?v=7ZiUbT1-djA", "http://a.org/x"])
def test_a_web_address_is_kept(url: str) -> None:
    assert rules.web_address(f"  {url} ", "Link") == url


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "file:///etc/passwd", "ftp://a.org/x", "https://", "www.a.org",
     "https://a.org/a b", "https://a.org/\u202egnp.exe"],
)  # fmt: skip
def test_anything_but_a_web_address_is_refused(url: str) -> None:
    with pytest.raises(ValidationError, match="Link"):
        rules.web_address(url, "Link")


def test_a_mission_yet_to_launch_has_no_end() -> None:
    rules.check_mission_end("Soyuz 1", LaunchStatus.SUCCESS, LandingOutcome.CREW_LOST)
    rules.check_mission_end("Crew-3", LaunchStatus.GO, None)
    with pytest.raises(ValidationError, match="Crew-3 has not launched yet"):
        rules.check_mission_end("Crew-3", LaunchStatus.GO, LandingOutcome.IN_ORBIT)
