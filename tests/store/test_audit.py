"""``audit.violations``: what in the data breaks the rules, for ``tracker check`` to report."""

from __future__ import annotations

import sqlalchemy as sa

from tracker.store.database import Database
from tracker.store.repository import Repository

# Each test that uses a database runs on SQLite and on PostgreSQL (tests/store/conftest.py).
BOTH_BACKENDS = True


def _sql(db: Database, statement: str, **values: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(sa.text(statement), values)


def test_the_default_data_is_sound(repo: Repository) -> None:
    assert repo.violations() == []


def test_rosters_over_a_lowered_capacity_are_listed_in_launch_order(
    repo: Repository, db: Database
) -> None:
    _sql(db, "UPDATE vehicle SET crew_capacity = 3 WHERE name = 'Crew Dragon'")
    found = repo.violations()
    assert [v.rule for v in found] == ["capacity"] * 4
    assert [v.message for v in found] == [
        f"{name} has 4 crew; Crew Dragon carries 3"
        for name in ("Crew-1", "Crew-2", "Inspiration4", "Crew-3")
    ]
    assert found[-1].mission_ids == (repo.find_mission("Crew-3"),)


def test_a_person_on_two_flights_at_once_is_listed_with_both(
    repo: Repository, db: Database
) -> None:
    crew5, demo2 = repo.find_mission("Crew-5"), repo.find_mission("Demo-2")
    kikina = repo.find_person("Anna Kikina")
    repo.add_crew(crew5, kikina, "Mission Specialist")
    # written around the roster rules, as an old import or another program might have
    _sql(db, "UPDATE mission SET net = '2022-08-01 00:00:00.000000', "
             "landing = '2022-08-10 00:00:00.000000' WHERE id = :m", m=demo2)  # fmt: skip
    _sql(db, "INSERT INTO crewassignment (mission_id, person_id, role, seat) "
             "VALUES (:m, :p, 'Pilot', 2)", m=demo2, p=kikina)  # fmt: skip
    (found,) = repo.violations()
    assert found.rule == "overlap" and set(found.mission_ids) == {crew5, demo2}
    assert found.message == (
        "Anna Kikina is on Crew-5 (NET H2 2022, landing not known, counted as 210 days after "
        "its NET), which overlaps Demo-2"
    )


def test_a_mission_listed_twice_with_the_same_net_is_listed(repo: Repository, db: Database) -> None:
    columns = (
        "name, capsule, launch_site, destination, net, net_precision, status, status_reason, "
        "image_url, description, source, ll2_snapshot, version, created_at, updated_at"
    )
    _sql(db, f"INSERT INTO mission (uid, {columns}) "
             f"SELECT 'another-uid', {columns} FROM mission WHERE name = 'Crew-5'")  # fmt: skip
    (found,) = repo.violations()
    assert found.rule == "duplicate" and len(found.mission_ids) == 2
    assert found.message == "2 missions named Crew-5 with NET H2 2022: the same mission twice?"
