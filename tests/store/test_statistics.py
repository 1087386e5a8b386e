"""The statistics' read (tracker.store.statistics) on a real database file: the default data's
figures counted by hand from seed/FACTS.md, records left blank, and the same on PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import Session

from tests.conftest import REPORT_DAY
from tracker import stats
from tracker.store.database import Database
from tracker.store.models import Agency, Mission, Vehicle
from tracker.store.statistics import read
from tracker.vocabulary import LaunchStatus, VehicleKind


def test_default_data_launches_per_year_by_outcome(db: Database) -> None:
    s = read(db, REPORT_DAY)
    assert s.as_of == REPORT_DAY
    assert s.missions == 10
    # 1967 Soyuz 1; 2020 Demo-2, Crew-1; 2021 Soyuz MS-18, Crew-2, Inspiration4, Soyuz MS-19
    # flown, Crew-3 (Go) and Soyuz MS-20 (TBC) ahead; 2022 Crew-5 (TBD, H2).
    assert s.per_year == (
        stats.YearOutcomes(1967, success=1),
        stats.YearOutcomes(2020, success=2),
        stats.YearOutcomes(2021, success=4, pending=2),
        stats.YearOutcomes(2022, pending=1),
    )
    assert s.outcome_total(stats.Outcome.SUCCESS) == 7
    assert s.outcome_total(stats.Outcome.PENDING) == 3


def test_default_data_by_agency_and_vehicle(db: Database) -> None:
    s = read(db, REPORT_DAY)
    assert s.by_agency == (
        stats.Count("SpaceX", 6),
        stats.Count("Roscosmos", 3),
        stats.Count("USSR", 1),
    )
    assert s.by_vehicle == (
        stats.Count("Crew Dragon", 6),
        stats.Count("Soyuz MS", 3),
        stats.Count("Soyuz 7K-OK", 1),
    )


def test_default_data_crewed_flights_per_year(db: Database) -> None:
    assert read(db, REPORT_DAY).crewed_per_year == (
        stats.YearCrewed(1967, flown=1),
        stats.YearCrewed(2020, flown=2),
        stats.YearCrewed(2021, flown=4, planned=2),
        stats.YearCrewed(2022, planned=1),
    )


def test_default_data_time_in_space(db: Database) -> None:
    s = read(db, REPORT_DAY)
    # Everyone on the seven flown missions: 1 + 2 + 4 + 3 + 4 + 4 + 3.
    assert s.people_flown == 21
    by_name = {p.name: p for p in s.time_in_space}
    # Soyuz MS-18: 2021-04-09 07:42 to 2021-10-17 00:00, the longest landed flight.
    assert s.time_in_space[0].name in {"Mark Vande Hei", "Oleg Novitskiy", "Pyotr Dubrov"}
    assert by_name["Mark Vande Hei"].days == pytest.approx(190.68, abs=0.01)
    # Crew-2 had not landed on the report's day: counted up to the clock.
    pesquet = by_name["Thomas Pesquet"]
    assert pesquet.in_space
    assert (
        pesquet.seconds
        == (REPORT_DAY - dt.datetime(2021, 4, 23, 9, 49, tzinfo=dt.UTC)).total_seconds()
    )
    # Demo-2: launch 2020-05-30 19:22:45, splashdown 2020-08-02 18:48 UTC: about 64 days.
    assert by_name["Douglas Hurley"].days == pytest.approx(63.98, abs=0.01)
    assert not by_name["Douglas Hurley"].in_space
    assert len(s.time_in_space) == stats.TOP_PEOPLE


def test_time_in_space_follows_the_clock(db: Database) -> None:
    later = REPORT_DAY + dt.timedelta(days=10)
    before = {p.name: p.seconds for p in read(db, REPORT_DAY).time_in_space}
    after = {p.name: p.seconds for p in read(db, later).time_in_space}
    assert after["Thomas Pesquet"] - before["Thomas Pesquet"] == 10 * 86_400
    assert after["Douglas Hurley"] == before["Douglas Hurley"]


def test_default_data_slips(db: Database) -> None:
    s = read(db, REPORT_DAY)
    # Crew-3: 30 Oct 06:43 to 31 Oct 06:21, the one recorded change.
    assert s.missions_slipped == 1
    (crew3,) = s.slips
    assert (crew3.name, crew3.changes, crew3.status) == ("Crew-3", 1, LaunchStatus.GO)
    assert crew3.seconds == (23 * 60 + 38) * 60


def test_blank_operator_and_vehicle_and_many_agencies(db: Database) -> None:
    net = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    with Session(db.engine) as session, session.begin():
        session.add(Mission(name="Nobody's", net=net))  # no operator, no vehicle
        for i in range(12):
            agency = Agency(name=f"Agency {i:02}", abbrev="")  # no abbreviation: its name
            session.add(agency)
            session.flush()
            launcher = Vehicle(name=f"Rocket {i:02}", kind=VehicleKind.LAUNCHER)
            session.add(launcher)
            session.flush()
            session.add(
                Mission(name=f"Flight {i}", net=net, operator_id=agency.id, launcher_id=launcher.id)
            )
    s = read(db, REPORT_DAY)
    assert s.missions == 23
    assert s.per_year[-1] == stats.YearOutcomes(2030, pending=13)
    assert s.by_agency[:3] == (
        stats.Count("SpaceX", 6),
        stats.Count("Roscosmos", 3),
        stats.Count("Agency 00", 1),  # named in full, ties in name order
    )
    assert stats.Count(None, 1) not in s.by_agency[:-1]  # folded into Other, last in its tie
    other = s.by_agency[-1]
    assert (other.name, other.others) == (stats.OTHER, 6)
    assert sum(c.launches for c in s.by_agency) == 23
    assert sum(c.launches for c in s.by_vehicle) == 23
    assert "Rocket 00" in {c.name for c in s.by_vehicle}  # no spacecraft: the launcher


def test_postgresql_gives_the_same_figures(db: Database, pg_database: Database) -> None:
    assert stats.as_json(read(pg_database, REPORT_DAY)) == stats.as_json(read(db, REPORT_DAY))
