"""The default data is every row of FACTS.md."""

from __future__ import annotations

import datetime as dt

from tracker.store.repository import Repository
from tracker.vocabulary import LaunchStatus, NetPrecision


def test_ten_missions_in_net_order(repo: Repository) -> None:
    names = [m.name for m in repo.missions()]
    assert names == [
        "Soyuz 1", "Demo-2", "Crew-1", "Soyuz MS-18", "Crew-2", "Inspiration4",
        "Soyuz MS-19", "Crew-3", "Soyuz MS-20", "Crew-5",
    ]  # fmt: skip


def test_every_mission_has_a_source(repo: Repository) -> None:
    for row in repo.missions():
        assert repo.mission(row.id).source.strip(), row.name


def test_crew3_is_go_with_four_crew_and_its_first_slip(repo: Repository) -> None:
    crew3 = repo.mission(repo.find_mission("Crew-3"))
    assert crew3.status is LaunchStatus.GO
    assert crew3.net == dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)
    assert crew3.capsule == "Endurance"
    assert [(c.name, c.role) for c in crew3.crew] == [
        ("Raja Chari", "Commander"),
        ("Thomas Marshburn", "Pilot"),
        ("Kayla Barron", "Mission Specialist"),
        ("Matthias Maurer", "Mission Specialist"),
    ]
    (slip,) = crew3.history
    assert slip.previous_net == dt.datetime(2021, 10, 30, 6, 43, tzinfo=dt.UTC)
    assert slip.new_net == crew3.net


def test_crew5_is_h2_2022_with_two_seats_open(repo: Repository) -> None:
    crew5 = repo.mission(repo.find_mission("Crew-5"))
    assert crew5.net_precision is NetPrecision.H2 and crew5.net.year == 2022
    assert [c.name for c in crew5.crew] == ["Nicole Mann", "Josh Cassada"]
    assert crew5.capacity == 4


def test_private_crew_and_unassigned_people(repo: Repository) -> None:
    i4 = repo.mission(repo.find_mission("Inspiration4"))
    assert {c.agency for c in i4.crew} == {"Private"}
    people = {p.name: p for p in repo.people()}
    assert len(people) == 32
    assert people["Anna Kikina"].missions == 0 and people["Anna Kikina"].agency == "Roscosmos"
    assert people["Koichi Wakata"].missions == 0 and people["Koichi Wakata"].agency == "JAXA"


def test_next_launch_on_the_report_day_is_crew3(repo: Repository) -> None:
    nxt = repo.next_launch(dt.datetime(2021, 10, 27, 12, tzinfo=dt.UTC))
    assert nxt is not None and nxt.name == "Crew-3"
