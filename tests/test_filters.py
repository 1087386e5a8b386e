"""The list's filters (tracker.filters) on the default data and on rows made to measure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import REPORT_DAY
from tracker.filters import (
    CREWED_TO_ISS,
    NEXT_30_DAYS,
    MissionFilter,
    NamedView,
    RowKeys,
    Wording,
    parse_day,
)
from tracker.store.records import MissionRow
from tracker.store.repository import Repository
from tracker.vocabulary import LaunchStatus, NetPrecision

TODAY = REPORT_DAY.date()


@pytest.fixture
def rows(repo: Repository) -> list[MissionRow]:
    return repo.missions()


def names(f: MissionFilter, rows: list[MissionRow], **kw: object) -> list[str]:
    keys = RowKeys(rows)
    return [rows[i].name for i in f.select(keys, **kw)]  # type: ignore[arg-type]


def made(name: str, **changes: object) -> MissionRow:
    base = MissionRow(
        id=1,
        name=name,
        status=LaunchStatus.GO,
        net=dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC),
        net_precision=NetPrecision.MINUTE,
        spacecraft="",
        launcher="",
        operator="",
        destination="",
        crew_count=0,
        crew_names="",
        slips=0,
        version=1,
        launch_site="",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_an_empty_filter_keeps_every_mission(rows: list[MissionRow]) -> None:
    f = MissionFilter()
    assert not f.active
    assert len(names(f, rows)) == 10
    assert f.describe() == "no filter"


def test_agency_and_vehicle_ignore_case_and_spacing(rows: list[MissionRow]) -> None:
    spacex = names(MissionFilter(agency="  spacex "), rows)
    assert spacex == ["Demo-2", "Crew-1", "Crew-2", "Inspiration4", "Crew-3", "Crew-5"]
    assert names(MissionFilter(vehicle="CREW  dragon"), rows) == spacex


def test_a_vehicle_is_the_spacecraft_or_the_launcher(rows: list[MissionRow]) -> None:
    by_launcher = names(MissionFilter(vehicle="Soyuz-2.1a"), rows)
    by_spacecraft = names(MissionFilter(vehicle="Soyuz MS"), rows)
    assert by_launcher == by_spacecraft == ["Soyuz MS-18", "Soyuz MS-19", "Soyuz MS-20"]
    assert names(MissionFilter(vehicle="Falcon 9 Block 5"), rows) == names(
        MissionFilter(vehicle="Crew Dragon"), rows
    )


def test_a_name_no_mission_has_keeps_none(rows: list[MissionRow]) -> None:
    assert names(MissionFilter(agency="Blue Origin"), rows) == []
    assert names(MissionFilter(vehicle="Dragon"), rows) == []  # a whole name, not a part


def test_a_site_is_a_pad_or_its_spaceport_in_any_spelling(rows: list[MissionRow]) -> None:
    ksc = names(MissionFilter(site="KSC LC-39A"), rows)
    assert len(ksc) == 6
    assert names(MissionFilter(site="Kennedy Space Center LC-39A, Florida"), rows) == ksc
    assert names(MissionFilter(site="kennedy space center"), rows) == ksc
    baikonur = names(MissionFilter(site="Baikonur"), rows)
    assert baikonur == ["Soyuz 1", "Soyuz MS-18", "Soyuz MS-19", "Soyuz MS-20"]
    assert names(MissionFilter(site="Baikonur Site 1/5"), rows) == ["Soyuz 1"]
    assert names(MissionFilter(site="KSC LC-39"), rows) == []  # not a prefix of a pad


def test_a_destination_in_any_spelling_keeps_its_qualified_forms(rows: list[MissionRow]) -> None:
    iss = names(MissionFilter(destination="International Space Station"), rows)
    assert iss == names(MissionFilter(destination="iss"), rows)
    assert len(iss) == 8
    assert names(MissionFilter(destination="LEO"), rows) == ["Soyuz 1", "Inspiration4"]
    assert names(MissionFilter(destination="Low Earth Orbit (free flight)"), rows) == [
        "Inspiration4"
    ]


def test_crewed_only_statuses_and_precisions() -> None:
    rows = [
        made("cargo", id=1),
        made("crewed", id=2, crew_count=3),
        made("held", id=3, crew_count=2, status=LaunchStatus.HOLD),
        made("coarse", id=4, crew_count=2, net_precision=NetPrecision.MONTH),
    ]
    assert names(MissionFilter(crewed_only=True), rows) == ["crewed", "held", "coarse"]
    both = MissionFilter(statuses=frozenset({LaunchStatus.GO, LaunchStatus.HOLD}))
    assert names(both, rows) == ["cargo", "crewed", "held", "coarse"]
    assert names(MissionFilter(statuses=frozenset({LaunchStatus.HOLD})), rows) == ["held"]
    month = MissionFilter(precisions=frozenset({NetPrecision.MONTH}), crewed_only=True)
    assert names(month, rows) == ["coarse"]


def test_dates_are_whole_days_in_the_zone_the_user_reads() -> None:
    crew3 = [made("Crew-3")]  # NET 2021-10-31 06:21 UTC: 23:21 on 30 October in California
    day = dt.date(2021, 10, 31)
    assert names(MissionFilter(date_from=day, date_to=day), crew3) == ["Crew-3"]
    assert names(MissionFilter(date_to=dt.date(2021, 10, 30)), crew3) == []
    la = ZoneInfo("America/Los_Angeles")
    assert names(MissionFilter(date_to=dt.date(2021, 10, 30)), crew3, zone=la) == ["Crew-3"]
    assert names(MissionFilter(date_from=day), crew3, zone=la) == []
    start = made("at midnight", net=dt.datetime(2021, 10, 31, tzinfo=dt.UTC))
    assert names(MissionFilter(date_from=day), [start]) == ["at midnight"]  # from inclusive
    assert names(MissionFilter(date_to=day - dt.timedelta(days=1)), [start]) == []


def test_a_coarse_net_counts_from_the_start_of_its_period() -> None:
    h2 = made("H2", net=dt.datetime(2022, 9, 15, tzinfo=dt.UTC), net_precision=NetPrecision.H2)
    july = dt.date(2022, 7, 1)
    assert names(MissionFilter(date_from=july, date_to=july), [h2]) == ["H2"]
    assert names(MissionFilter(date_from=dt.date(2022, 8, 1)), [h2]) == []


def test_a_relative_range_is_counted_from_today(rows: list[MissionRow]) -> None:
    assert names(NEXT_30_DAYS, rows, today=TODAY) == ["Crew-3"]
    later = TODAY + dt.timedelta(days=20)  # Soyuz MS-20 on 8 December is within 30 days
    assert names(NEXT_30_DAYS, rows, today=later) == ["Soyuz MS-20"]
    assert NEXT_30_DAYS.days(TODAY) == (TODAY, TODAY + dt.timedelta(days=30))
    with pytest.raises(ValueError, match="today"):
        names(NEXT_30_DAYS, rows)
    with pytest.raises(ValueError, match="fixed or relative"):
        MissionFilter(date_from=TODAY, relative_days=(0, 30))


def test_the_examples(rows: list[MissionRow]) -> None:
    crewed_iss = names(CREWED_TO_ISS, rows)
    assert "Inspiration4" not in crewed_iss and "Soyuz 1" not in crewed_iss
    assert len(crewed_iss) == 8
    assert CREWED_TO_ISS.describe() == "ISS \u00b7 crewed"
    assert NEXT_30_DAYS.describe() == "next 30 days"


def test_matches_is_select_on_one_row(rows: list[MissionRow]) -> None:
    f = MissionFilter(vehicle="Crew Dragon", crewed_only=True, date_from=dt.date(2021, 1, 1))
    kept = names(f, rows)
    assert kept == ["Crew-2", "Inspiration4", "Crew-3", "Crew-5"]
    assert [r.name for r in rows if f.matches(r)] == kept


def test_keys_follow_a_sort_and_a_replaced_row(rows: list[MissionRow]) -> None:
    keys = RowKeys(rows)
    f = MissionFilter(vehicle="Starliner", date_to=dt.date(2021, 12, 31))
    assert f.select(keys) == []  # keys.starts() now computed
    order = sorted(range(len(rows)), key=lambda i: rows[i].name)
    ordered = [rows[i] for i in order]
    moved = keys.permuted(order)
    early = MissionFilter(date_to=dt.date(2020, 12, 31)).select(moved)
    assert [ordered[i].name for i in early] == ["Crew-1", "Demo-2", "Soyuz 1"]
    at = next(i for i, r in enumerate(ordered) if r.name == "Crew-3")
    ordered[at] = dataclasses.replace(ordered[at], spacecraft="Starliner")
    moved.replaced(at, ordered[at])
    assert [ordered[i].name for i in f.select(moved)] == ["Crew-3"]
    assert "Starliner" in moved.choices("vehicle")


def test_choices_offer_one_spelling_each_in_order() -> None:
    rows = [
        made("a", operator="NASA", spacecraft="Orion", launcher="SLS"),
        made("b", operator="nasa", spacecraft="", launcher="Atlas V"),
        made("c", operator="ESA"),
    ]
    keys = RowKeys(rows)
    assert keys.choices("agency") == ["ESA", "NASA"]
    assert keys.choices("vehicle") == ["Atlas V", "Orion", "SLS"]
    assert keys.choices("site") == []


def test_describe_says_what_is_active() -> None:
    f = MissionFilter(
        agency="SpaceX",
        vehicle="Crew Dragon",
        crewed_only=True,
        statuses=frozenset({LaunchStatus.TBD, LaunchStatus.GO}),
        date_from=dt.date(2021, 1, 1),
    )
    said = "SpaceX \u00b7 Crew Dragon \u00b7 crewed \u00b7 Go, TBD \u00b7 from 2021-01-01"
    assert f.describe() == said
    closed = MissionFilter(date_from=dt.date(2021, 1, 1), date_to=dt.date(2021, 6, 30))
    assert closed.describe() == "2021-01-01 to 2021-06-30"
    assert MissionFilter(date_to=dt.date(2021, 6, 30)).describe() == "until 2021-06-30"
    assert MissionFilter(relative_days=(-7, 0)).describe() == "last 7 days"
    german = Wording(crewed="bemannt", days=lambda a, b: f"nächste {b} Tage")
    assert MissionFilter(crewed_only=True, relative_days=(0, 5)).describe(german) == (
        "bemannt \u00b7 nächste 5 Tage"
    )


def test_a_filter_and_a_view_go_through_json_and_back() -> None:
    f = MissionFilter(
        agency="SpaceX",
        vehicle="Crew Dragon",
        site="KSC",
        destination="ISS",
        crewed_only=True,
        statuses=frozenset({LaunchStatus.GO}),
        precisions=frozenset({NetPrecision.DAY, NetPrecision.MINUTE}),
        date_from=dt.date(2021, 1, 1),
        date_to=dt.date(2021, 12, 31),
    )
    assert MissionFilter.from_dict(json.loads(json.dumps(f.to_dict()))) == f
    view = NamedView("  Next   month ", NEXT_30_DAYS, search="crew")
    assert view.name == "Next month"
    back = NamedView.from_dict(json.loads(json.dumps(view.to_dict())))
    assert back == view and back.filter.relative_days == (0, 30)
    assert MissionFilter.from_dict({}) == MissionFilter()
    assert MissionFilter.from_dict({"crewed_only": True, "colour": "red"}).crewed_only


@pytest.mark.parametrize(
    "data",
    [
        {"statuses": ["Launched"]},
        {"statuses": "Go"},
        {"precisions": ["Fortnight"]},
        {"date_from": "2021-13-01"},
        {"date_to": 20211231},
        {"relative_days": [0]},
        {"relative_days": [0, "30"]},
        {"agency": 3},
        {"date_from": "2021-01-01", "relative_days": [0, 30]},
    ],
)
def test_a_malformed_filter_is_refused(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        MissionFilter.from_dict(data)


def test_a_view_needs_a_name() -> None:
    with pytest.raises(ValueError, match="name"):
        NamedView("   ")
    with pytest.raises(ValueError):
        NamedView.from_dict({"filter": {}})
    with pytest.raises(ValueError):
        NamedView.from_dict(["not", "a", "view"])  # type: ignore[arg-type]


def test_parse_day() -> None:
    assert parse_day(" 2021-01-01 ") == dt.date(2021, 1, 1)
    for bad in ("2021-02-30", "01/02/2021", "", "20221-01-01", "1850-01-01"):
        with pytest.raises(ValueError, match="date"):
            parse_day(bad)


names_st = st.one_of(st.none(), st.text(min_size=1, max_size=12))
days_st = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)))


@given(
    agency=names_st,
    vehicle=names_st,
    crewed=st.booleans(),
    statuses=st.frozensets(st.sampled_from(LaunchStatus)),
    precisions=st.frozensets(st.sampled_from(NetPrecision)),
    first=days_st,
    last=days_st,
    relative=st.one_of(st.none(), st.tuples(st.integers(-400, 400), st.integers(-400, 400))),
)
def test_any_filter_survives_json(
    agency: str | None,
    vehicle: str | None,
    crewed: bool,
    statuses: frozenset[LaunchStatus],
    precisions: frozenset[NetPrecision],
    first: dt.date | None,
    last: dt.date | None,
    relative: tuple[int, int] | None,
) -> None:
    f = MissionFilter(
        agency=agency,
        vehicle=vehicle,
        crewed_only=crewed,
        statuses=statuses,
        precisions=precisions,
        date_from=None if relative else first,
        date_to=None if relative else last,
        relative_days=relative,
    )
    assert MissionFilter.from_dict(json.loads(json.dumps(f.to_dict()))) == f
