"""The next-launch rule and countdown text for every precision (DESIGN.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

import pytest

from tracker import schedule
from tracker.schedule_words import ENGLISH
from tracker.vocabulary import LaunchStatus, NetPrecision

P = NetPrecision
UTC = dt.UTC


def t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass(frozen=True)
class M:
    name: str
    status: LaunchStatus
    net: dt.datetime
    net_precision: NetPrecision = P.MINUTE


NOW = t("2021-10-27 12:00:00")


def test_fine_countdown_for_crew3() -> None:
    text = schedule.countdown_text(t("2021-10-31 06:21"), P.MINUTE, NOW)
    assert text == "T\u2212 3d 18:21:00"


def test_fine_countdown_rounds_up_so_a_started_second_still_shows() -> None:
    later = NOW + dt.timedelta(milliseconds=300)
    assert schedule.countdown_text(t("2021-10-31 06:21"), P.SECOND, later) == "T\u2212 3d 18:21:00"
    assert schedule.countdown_text(
        t("2021-10-31 06:21"), P.SECOND, NOW + dt.timedelta(seconds=1)
    ) == ("T\u2212 3d 18:20:59")


@pytest.mark.parametrize("precision", [P.SECOND, P.MINUTE, P.HOUR])
def test_fine_precisions_tick(precision: NetPrecision) -> None:
    net = NOW + dt.timedelta(hours=1, minutes=2, seconds=3)
    assert schedule.countdown_text(net, precision, NOW) == "T\u2212 0d 01:02:03"


@pytest.mark.parametrize(
    ("precision", "expected"),
    [
        (P.DAY, "T\u2212 42 days \u00b7 2021-12-08"),
        (P.MORNING, "T\u2212 42 days \u00b7 2021-12-08 (morning)"),
        (P.AFTERNOON, "T\u2212 42 days \u00b7 2021-12-08 (afternoon)"),
        (P.WEEK, "T\u2212 42 days \u00b7 week of 2021-12-08"),
    ],
)
def test_day_like_precisions_count_days(precision: NetPrecision, expected: str) -> None:
    assert schedule.countdown_text(t("2021-12-08 00:00"), precision, NOW) == expected


def test_one_day_and_today() -> None:
    assert schedule.countdown_text(t("2021-10-28"), P.DAY, NOW) == "T\u2212 1 day \u00b7 2021-10-28"
    assert schedule.countdown_text(t("2021-10-27"), P.DAY, NOW) == "Today \u00b7 2021-10-27"


@pytest.mark.parametrize(
    ("net", "precision", "expected"),
    [
        ("2022-11-01", P.MONTH, "NET Nov 2022"),
        ("2022-07-01", P.Q3, "NET Q3 2022"),
        ("2022-07-01", P.H2, "NET H2 2022"),
        ("2023-01-01", P.YEAR, "NET 2023"),
        ("2022-10-01", P.FISCAL_YEAR, "NET FY 2023"),
        ("2023-03-01", P.FISCAL_YEAR, "NET FY 2023"),
        ("2024-01-01", P.DECADE, "NET 2020s"),
    ],
)
def test_coarse_precisions_name_the_period(
    net: str, precision: NetPrecision, expected: str
) -> None:
    assert schedule.countdown_text(t(net), precision, NOW) == expected


@pytest.mark.parametrize(
    ("net", "precision", "still_pending_at", "passed_at"),
    [
        # a fine NET counts up through its grace period (3 h), then says it passed
        ("2021-10-31 06:21", P.MINUTE, "2021-10-31 09:21:00", "2021-10-31 09:21:01"),
        ("2021-10-31 06:00", P.HOUR, "2021-10-31 12:00:00", "2021-10-31 12:00:01"),
        ("2021-12-08", P.DAY, "2021-12-08 23:59:59", "2021-12-09 00:00:01"),
        ("2021-12-06", P.WEEK, "2021-12-12 23:00", "2021-12-13 00:00:01"),
        ("2022-11-01", P.MONTH, "2022-11-30 23:00", "2022-12-01 00:00:01"),
        ("2022-07-01", P.Q3, "2022-09-30 23:00", "2022-10-01 00:00:01"),
        ("2022-07-01", P.H2, "2022-12-31 23:00", "2023-01-01 00:00:01"),
        ("2023-05-01", P.YEAR, "2023-12-31 23:00", "2024-01-01 00:00:01"),
        ("2023-03-01", P.FISCAL_YEAR, "2023-09-30 23:00", "2023-10-01 00:00:01"),
        ("2024-01-01", P.DECADE, "2029-12-31 23:00", "2030-01-01 00:00:01"),
    ],
)
def test_passed_net_says_so_only_after_its_period(
    net: str, precision: NetPrecision, still_pending_at: str, passed_at: str
) -> None:
    assert schedule.countdown_text(t(net), precision, t(still_pending_at)) != schedule.PASSED_TEXT
    assert schedule.countdown_text(t(net), precision, t(passed_at)) == schedule.PASSED_TEXT


def test_crew3_on_20_november_is_awaiting_update() -> None:
    crew3 = M("Crew-3", LaunchStatus.GO, t("2021-10-31 06:21"))
    late = t("2021-11-20 00:00")
    assert schedule.mission_countdown(crew3, late) == "NET passed \u2014 awaiting update"
    assert schedule.is_awaiting_update(crew3, late)


def test_next_launch_is_earliest_pending() -> None:
    rows = [
        M("Flown", LaunchStatus.SUCCESS, t("2021-10-28 00:00")),
        M("Later", LaunchStatus.TBC, t("2021-12-08"), P.DAY),
        M("Crew-3", LaunchStatus.GO, t("2021-10-31 06:21")),
        M("In flight", LaunchStatus.IN_FLIGHT, t("2021-10-29 00:00")),
    ]
    nxt = schedule.next_launch(rows, NOW)
    assert nxt is not None and nxt.name == "Crew-3"


def test_next_launch_ties_go_to_finer_precision_then_name() -> None:
    net = t("2021-11-01 00:00")
    coarse = M("A coarse", LaunchStatus.TBD, net, P.DAY)
    fine_b = M("B fine", LaunchStatus.GO, net, P.SECOND)
    fine_a = M("A fine", LaunchStatus.GO, net, P.SECOND)
    assert schedule.next_launch([coarse, fine_b], NOW) == fine_b
    assert schedule.next_launch([coarse, fine_b, fine_a], NOW) == fine_a


def test_next_launch_moves_on_when_the_clock_passes_a_launch() -> None:
    crew3 = M("Crew-3", LaunchStatus.GO, t("2021-10-31 06:21"))
    ms20 = M("Soyuz MS-20", LaunchStatus.TBC, t("2021-12-08"), P.DAY)
    assert schedule.next_launch([crew3, ms20], NOW) == crew3
    assert schedule.next_launch([crew3, ms20], t("2021-11-20 00:00")) == ms20
    assert schedule.next_launch([crew3, ms20], t("2022-01-01 00:00")) is None


def test_format_net_uses_the_zone_for_fine_precision_only() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert schedule.format_net(t("2021-10-31 06:21"), P.MINUTE) == "2021-10-31 06:21 UTC"
    assert schedule.format_net(t("2021-10-31 06:21"), P.MINUTE, berlin) == "2021-10-31 07:21 CET"
    assert (
        schedule.format_net(t("2021-12-08"), P.DAY, ZoneInfo("America/Los_Angeles")) == "2021-12-08"
    )


def test_the_texts_take_their_words_from_the_table_given() -> None:
    """The same rules with other words (the window gives its translated table): each text
    is made of the table's words, and the command line's default stays English."""
    other = replace(
        ENGLISH,
        minus="minus {0}",
        clock_days="{0} days, {1}",
        month="%m/%Y",
        net="no earlier than {0}",
        days_to=lambda n: f"{n} sleeps to {{0}}",
        status=lambda status: status.value.upper(),
        days=lambda n: f"{n} d",
        no_changes="{0} never moved",
    )
    crew3 = M("Crew-3", LaunchStatus.GO, t("2021-10-31 06:21"))
    assert schedule.mission_countdown(crew3, NOW, words=other) == "minus 3 days, 18:21:00"
    assert schedule.countdown_text(t("2021-10-31"), P.DAY, NOW, words=other) == (
        "4 sleeps to 2021-10-31"
    )
    month = schedule.countdown_text(t("2022-11-15"), P.MONTH, NOW, words=other)
    assert month == "no earlier than 11/2022"
    flown = M("Crew-2", LaunchStatus.SUCCESS, t("2021-04-23 09:49"))
    assert schedule.mission_countdown(flown, NOW, words=other) == "SUCCESS"
    assert schedule.format_duration(dt.timedelta(days=2, minutes=5), other) == "2 d 5 min"
    assert schedule.slip_summary("Crew-3", [], other) == "Crew-3 never moved"
    assert schedule.mission_countdown(crew3, NOW) == "T\u2212 3d 18:21:00"
