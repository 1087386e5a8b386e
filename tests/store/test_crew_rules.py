"""Roster rules refuse with the database unchanged; commands do all or nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.store.backends import content
from tracker.errors import ConflictError, NeedsConfirmation, NotFound, ValidationError
from tracker.store.catalog import Catalog
from tracker.store.database import Database
from tracker.store.repository import Repository

# Each test that uses a database runs on SQLite and on PostgreSQL (tests/store/conftest.py).
BOTH_BACKENDS = True


def refused(db: Database, action: Callable[[], object], error: type[Exception], match: str) -> None:
    before = content(db)
    with pytest.raises(error, match=match):
        action()
    assert content(db) == before


def ids(repo: Repository, mission: str, person: str) -> tuple[int, int]:
    return repo.find_mission(mission), repo.find_person(person)


def test_crew5_gets_kikina_and_wakata(repo: Repository) -> None:
    crew5, kikina = ids(repo, "Crew-5", "Anna Kikina")
    wakata = repo.find_person("koichi wakata")
    repo.add_crew(crew5, kikina, "Mission Specialist")
    repo.add_crew(crew5, wakata, "Mission Specialist")
    roster = repo.mission(crew5).crew
    assert [(c.name, c.seat) for c in roster] == [
        ("Nicole Mann", 0), ("Josh Cassada", 1), ("Anna Kikina", 2), ("Koichi Wakata", 3),
    ]  # fmt: skip


def test_over_capacity_is_refused(repo: Repository, db: Database) -> None:
    crew3, kikina = ids(repo, "Crew-3", "Anna Kikina")
    refused(db, lambda: repo.add_crew(crew3, kikina, "Pilot"), ValidationError,
            "Crew-3 is full: Crew Dragon carries 4 crew")  # fmt: skip


def test_same_person_twice_is_refused(repo: Repository, db: Database) -> None:
    crew5, mann = ids(repo, "Crew-5", "Nicole Mann")
    refused(db, lambda: repo.add_crew(crew5, mann, "Pilot"), ValidationError,
            "Nicole Mann is already on Crew-5")  # fmt: skip


def test_overlapping_flights_are_refused(repo: Repository, db: Database) -> None:
    crew3, kimbrough = ids(repo, "Crew-3", "Shane Kimbrough")  # Crew-2: still aboard the ISS
    repo.remove_crew(crew3, repo.find_person("Kayla Barron"))
    refused(db, lambda: repo.add_crew(crew3, kimbrough, "Pilot"), ValidationError,
            "Shane Kimbrough is on Crew-2 .*landing not known.* which overlaps Crew-3")  # fmt: skip


def test_a_flight_that_landed_does_not_block_a_later_one(repo: Repository) -> None:
    crew5, noguchi = ids(repo, "Crew-5", "Soichi Noguchi")  # Crew-1 landed 2021-05-02
    repo.add_crew(crew5, noguchi, "Mission Specialist")
    assert "Soichi Noguchi" in [c.name for c in repo.mission(crew5).crew]


def test_flown_missions_need_confirmation(repo: Repository, db: Database) -> None:
    soyuz1, komarov = ids(repo, "Soyuz 1", "Vladimir Komarov")
    refused(db, lambda: repo.remove_crew(soyuz1, komarov), NeedsConfirmation, "already flown")
    repo.remove_crew(soyuz1, komarov, confirm=True)
    assert repo.mission(soyuz1).crew == ()


def test_stale_version_is_refused(repo: Repository, db: Database) -> None:
    crew5, kikina = ids(repo, "Crew-5", "Anna Kikina")
    shown = repo.mission(crew5).version
    repo.set_crew_role(crew5, repo.find_person("Josh Cassada"), "Pilot")  # elsewhere
    refused(db, lambda: repo.add_crew(crew5, kikina, "Pilot", expected_version=shown),
            ConflictError, "changed elsewhere")  # fmt: skip


def test_blank_or_huge_role_is_refused(repo: Repository, db: Database) -> None:
    crew5, kikina = ids(repo, "Crew-5", "Anna Kikina")
    refused(db, lambda: repo.add_crew(crew5, kikina, "   "), ValidationError, "Role is required")
    refused(db, lambda: repo.add_crew(crew5, kikina, "x" * 201), ValidationError, "too long")


def test_remove_move_and_role_round_trip(repo: Repository) -> None:
    crew3, barron = ids(repo, "Crew-3", "Kayla Barron")
    before = repo.mission(crew3).crew
    removed = repo.remove_crew(crew3, barron)
    assert [c.name for c in repo.mission(crew3).crew] == [
        "Raja Chari", "Thomas Marshburn", "Matthias Maurer",
    ]  # fmt: skip
    repo.add_crew(crew3, barron, removed.role, removed.seat)
    assert repo.mission(crew3).crew == before
    old_seat = repo.move_crew(crew3, barron, 0)
    assert repo.mission(crew3).crew[0].name == "Kayla Barron"
    repo.move_crew(crew3, barron, old_seat)
    old_role = repo.set_crew_role(crew3, barron, "Pilot")
    repo.set_crew_role(crew3, barron, old_role)
    assert repo.mission(crew3).crew == before


def test_names_match_exactly_or_unambiguously_ignoring_case(repo: Repository) -> None:
    assert repo.find_mission("crew-3") == repo.find_mission("Crew-3")
    with pytest.raises(NotFound, match="no mission named 'Crew-33'"):
        repo.find_mission("Crew-33")


def test_names_beyond_ascii_match_ignoring_case_on_either_database(
    repo: Repository, db: Database
) -> None:
    """SQLite's lower() knows only ASCII and PostgreSQL's follows its locale: the store
    folds case itself, so both find the same person, and both refuse a second spelling."""
    catalog = Catalog(repo)
    lukasz = catalog.create_person("Łukasz Ödegaard")
    assert repo.find_person("ŁUKASZ ÖDEGAARD") == lukasz
    assert repo.find_person("  łukasz ödegaard ") == lukasz
    refused(
        db,
        lambda: catalog.create_person("ŁUKASZ ödegaard"),
        ValidationError,
        "already a person named Łukasz Ödegaard",
    )
