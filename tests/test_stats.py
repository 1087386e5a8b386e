"""The statistics' pure aggregation (tracker.stats) on rows made to measure."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tracker import stats
from tracker.stats import Count, Flight, NetChange, Outcome, YearGroup
from tracker.vocabulary import LaunchStatus

S = LaunchStatus
NOW = dt.datetime(2021, 10, 27, 12, 0, tzinfo=dt.UTC)


def t(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("status", "outcome"),
    [
        (S.SUCCESS, Outcome.SUCCESS),
        (S.DEPLOYED, Outcome.SUCCESS),  # as careers counts a launch that succeeded
        (S.PARTIAL_FAILURE, Outcome.PARTIAL_FAILURE),
        (S.FAILURE, Outcome.FAILURE),
        (S.IN_FLIGHT, Outcome.IN_FLIGHT),
        (S.GO, Outcome.PENDING),
        (S.TBD, Outcome.PENDING),
        (S.TBC, Outcome.PENDING),
        (S.HOLD, Outcome.PENDING),
    ],
)
def test_each_status_has_one_outcome(status: LaunchStatus, outcome: Outcome) -> None:
    assert stats.outcome_of(status) is outcome


def test_every_status_is_counted_somewhere() -> None:
    groups = [YearGroup(2000, s, False, 1) for s in LaunchStatus]
    (year,) = stats.per_year(groups)
    assert year.total == len(LaunchStatus)


def test_per_year_adds_statuses_and_crewed_groups_into_outcomes_in_year_order() -> None:
    groups = [
        YearGroup(2021, S.SUCCESS, True, 3),
        YearGroup(2021, S.SUCCESS, False, 2),
        YearGroup(2021, S.FAILURE, False, 1),
        YearGroup(1967, S.SUCCESS, True, 1),
        YearGroup(2022, S.TBD, True, 4),
        YearGroup(2022, S.GO, False, 1),
    ]
    years = stats.per_year(groups)
    assert [y.year for y in years] == [1967, 2021, 2022]  # no empty years invented
    assert years[1] == stats.YearOutcomes(2021, success=5, failure=1)
    assert years[2].pending == 5 and years[2].total == 5


def test_crewed_per_year_splits_flown_from_planned_and_skips_uncrewed() -> None:
    groups = [
        YearGroup(2021, S.SUCCESS, True, 3),
        YearGroup(2021, S.GO, True, 1),
        YearGroup(2021, S.SUCCESS, False, 50),
        YearGroup(2022, S.TBD, True, 2),
        YearGroup(2023, S.TBD, False, 9),
    ]
    assert stats.crewed_per_year(groups) == (
        stats.YearCrewed(2021, flown=3, planned=1),
        stats.YearCrewed(2022, flown=0, planned=2),
    )


def test_ranked_keeps_the_top_names_and_sums_the_rest_into_other() -> None:
    counts = [(f"V{i}", 100 - i) for i in range(15)]
    ranked = stats.ranked(counts, top=10)
    assert len(ranked) == 11
    assert ranked[0] == Count("V0", 100)
    assert ranked[-1] == Count(stats.OTHER, sum(100 - i for i in range(10, 15)), others=5)


def test_ranked_shows_a_single_name_past_the_top_itself() -> None:
    ranked = stats.ranked([("A", 3), ("B", 2), ("C", 1)], top=2)
    assert [c.name for c in ranked] == ["A", "B", "C"]


def test_ranked_merges_equal_names_orders_ties_by_name_and_blank_as_none() -> None:
    ranked = stats.ranked([("b", 2), ("A", 2), ("b", 1), ("", 1), (None, 1), ("  ", 1)])
    assert ranked == (Count("b", 3), Count(None, 3), Count("A", 2))  # none: after equal names
    assert stats.ranked([("z", 1), ("A", 1)]) == (Count("A", 1), Count("z", 1))


def test_time_in_space_sums_flights_counts_up_in_orbit_and_skips_failures() -> None:
    flights = [
        Flight(1, "Hurley", t("2020-05-30 19:22:45"), t("2020-08-02 18:48:00"), S.SUCCESS),
        Flight(1, "Hurley", t("2011-07-08 15:29:00"), t("2011-07-21 09:57:00"), S.SUCCESS),
        Flight(2, "Up", NOW - dt.timedelta(days=100), None, S.SUCCESS),  # still in orbit
        Flight(3, "Aborted", t("2018-10-11 08:40:00"), None, S.FAILURE),  # never reached space
        Flight(4, "Later", NOW + dt.timedelta(days=1), None, S.IN_FLIGHT),  # after the clock
    ]
    ranked, flown = stats.time_in_space(flights, NOW)
    assert flown == 4
    assert [p.name for p in ranked] == ["Up", "Hurley", "Aborted", "Later"]
    up, hurley, aborted, _later = ranked
    assert up.days == pytest.approx(100) and up.in_space
    assert hurley.flights == 2 and not hurley.in_space
    assert hurley.days == pytest.approx(63.98 + 12.77, abs=0.01)
    assert aborted.seconds == 0 and aborted.flights == 1


def test_time_in_space_counts_as_of_the_clock() -> None:
    flight = Flight(1, "Walker", t("2020-11-16 00:27:17"), t("2021-05-02 06:56:00"), S.SUCCESS)
    before_landing = t("2021-01-01 00:27:17")
    ((person,), _) = stats.time_in_space([flight], before_landing)
    assert person.in_space and person.seconds == (before_landing - flight.net).total_seconds()


def test_time_in_space_keeps_the_top_people() -> None:
    flights = [
        Flight(i, f"P{i:02}", NOW - dt.timedelta(days=i + 1), NOW, S.SUCCESS) for i in range(30)
    ]
    ranked, flown = stats.time_in_space(flights, NOW, top=5)
    assert flown == 30
    assert [p.name for p in ranked] == ["P29", "P28", "P27", "P26", "P25"]


def test_slips_follow_total_slip_rank_by_size_either_way() -> None:
    def change(mid: int, name: str, before: str, after: str) -> NetChange:
        return NetChange(mid, name, S.GO, t(before), t(after))

    changes = [
        change(1, "Crew-3", "2021-10-30 06:43:00", "2021-10-31 06:21:00"),
        change(2, "Earlier", "2022-03-01 00:00:00", "2022-01-01 00:00:00"),  # moved 59 days up
        change(3, "Twice", "2021-01-01 00:00:00", "2021-01-11 00:00:00"),
        change(3, "Twice", "2021-01-11 00:00:00", "2021-01-06 00:00:00"),  # net: 5 days later
    ]
    ranked, moved = stats.slips(changes)
    assert moved == 3
    assert [(m.name, m.changes, round(m.days, 2)) for m in ranked] == [
        ("Earlier", 1, -59.0),
        ("Twice", 2, 5.0),
        ("Crew-3", 1, 0.98),
    ]
    assert stats.slips(changes, top=1)[0][0].name == "Earlier"


def _statistics() -> stats.Statistics:
    groups = [YearGroup(2020, S.SUCCESS, True, 2), YearGroup(2021, S.GO, False, 1)]
    people, flown = stats.time_in_space(
        [Flight(7, "Hurley", t("2020-05-30 19:22:45"), t("2020-08-02 18:48:00"), S.SUCCESS)], NOW
    )
    slipped, moved = stats.slips([NetChange(1, "X", S.GO, NOW, NOW + dt.timedelta(hours=36))])
    return stats.Statistics(
        as_of=NOW,
        per_year=stats.per_year(groups),
        by_agency=stats.ranked([("SpaceX", 3)]),
        by_vehicle=stats.ranked([(None, 3)]),
        crewed_per_year=stats.crewed_per_year(groups),
        time_in_space=people,
        people_flown=flown,
        slips=slipped,
        missions_slipped=moved,
    )


def test_json_has_stable_snake_case_keys_and_plain_values() -> None:
    data = stats.as_json(_statistics())
    assert json.loads(json.dumps(data)) == data  # plain JSON types only
    assert list(data) == [
        "as_of", "missions", "outcomes", "launches_per_year", "by_agency", "by_vehicle",
        "crewed_per_year", "time_in_space", "people_flown", "slips", "missions_slipped",
    ]  # fmt: skip
    assert data["as_of"] == "2021-10-27T12:00:00Z"
    assert data["missions"] == 3
    assert data["outcomes"] == {
        "success": 2, "partial_failure": 0, "failure": 0, "in_flight": 0, "pending": 1
    }  # fmt: skip
    assert data["launches_per_year"][0] == {
        "year": 2020, "success": 2, "partial_failure": 0, "failure": 0, "in_flight": 0,
        "pending": 0, "total": 2,
    }  # fmt: skip
    assert data["by_vehicle"] == [{"name": None, "launches": 3, "others": 0}]
    assert data["crewed_per_year"] == [{"year": 2020, "flown": 2, "planned": 0}]
    assert data["time_in_space"] == [
        {"name": "Hurley", "flights": 1, "seconds": 5527515, "days": 63.98, "in_space": False}
    ]
    assert data["slips"] == [
        {"name": "X", "status": "Go", "changes": 1, "seconds": 129600, "days": 1.5}
    ]
