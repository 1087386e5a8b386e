"""The unit of work on a real SQLite file: one transaction per command, taken for writing at
its start; stale reads refused with nothing changed; each mission's version bumped once per
command that changes it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import closing

import pytest

from tests.conftest import REPORT_DAY
from tests.store.backends import content
from tests.store.test_crew_rules import refused
from tracker.errors import ConflictError, NotFound
from tracker.store.catalog import Catalog
from tracker.store.database import Database
from tracker.store.models import Mission
from tracker.store.repository import Repository
from tracker.store.uow import UnitOfWork, id_fits
from tracker.vocabulary import NetPrecision

# Each test that uses a database runs on SQLite and on PostgreSQL (tests/store/conftest.py).
BOTH_BACKENDS = True

NOV3 = dt.datetime(2021, 11, 3, 5, 10, tzinfo=dt.UTC)

# Each command on Crew-5 (pending, two crew: Nicole Mann, Josh Cassada), given the version
# the caller showed.
Command = Callable[[Repository, int, int], object]
COMMANDS: dict[str, Command] = {
    "add crew": lambda r, m, v: r.add_crew(
        m, r.find_person("Anna Kikina"), "Mission Specialist", expected_version=v
    ),
    "remove crew": lambda r, m, v: r.remove_crew(
        m, r.find_person("Josh Cassada"), expected_version=v
    ),
    "set role": lambda r, m, v: r.set_crew_role(
        m, r.find_person("Josh Cassada"), "Commander", expected_version=v
    ),
    "move crew": lambda r, m, v: r.move_crew(
        m, r.find_person("Josh Cassada"), 0, expected_version=v
    ),
    "reschedule": lambda r, m, v: r.reschedule(
        m, NOV3, NetPrecision.MINUTE, "weather", expected_version=v
    ),
    "edit record": lambda r, m, v: Catalog(r).update_mission(
        m, v, name="Crew-5 (Endurance)", net=NOV3, destination="Tiangong", reason="why not"
    ),
}


@pytest.fixture
def crew5(repo: Repository) -> int:
    return repo.find_mission("Crew-5")


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_a_stale_version_is_refused_with_nothing_changed(
    repo: Repository, db: Database, crew5: int, command: Command
) -> None:
    shown = repo.mission(crew5).version
    repo.set_crew_role(crew5, repo.find_person("Nicole Mann"), "Pilot")  # elsewhere
    refused(db, lambda: command(repo, crew5, shown), ConflictError, "changed elsewhere")
    command(repo, crew5, shown + 1)  # on the current version it goes through


@pytest.mark.parametrize("command", COMMANDS.values(), ids=COMMANDS.keys())
def test_each_command_bumps_the_version_once(
    repo: Repository, crew5: int, command: Command
) -> None:
    before = repo.mission(crew5).version
    command(repo, crew5, before)
    assert repo.mission(crew5).version == before + 1
    assert repo.mission_row(crew5).version == before + 1


def test_undo_of_a_reschedule_bumps_once_and_refuses_a_stale_version(
    repo: Repository, db: Database, crew5: int
) -> None:
    change = repo.reschedule(crew5, NOV3, NetPrecision.MINUTE, "weather")
    shown = repo.mission(crew5).version
    refused(db, lambda: repo.undo_reschedule(change, expected_version=shown - 1),
            ConflictError, "changed elsewhere")  # fmt: skip
    repo.undo_reschedule(change, expected_version=shown)
    assert repo.mission(crew5).version == shown + 1


def test_a_forced_delete_bumps_each_mission_it_touches_once(repo: Repository) -> None:
    catalog = Catalog(repo)
    dragon = next(v.id for v in catalog.vehicles() if v.name == "Crew Dragon")
    before = {r.id: r.version for r in repo.missions()}
    snapshot = catalog.delete_vehicle(dragon, force=True)
    after = {r.id: r.version for r in repo.missions()}
    touched = {m for m, _version, _at in snapshot.versions}
    assert len(touched) == 6
    assert {m: after[m] - before[m] for m in after} == {m: int(m in touched) for m in after}


def test_an_edit_that_changes_nothing_keeps_the_version(repo: Repository, crew5: int) -> None:
    before = repo.mission(crew5).version
    Catalog(repo).update_mission(crew5, before, name="Crew-5")
    assert repo.mission(crew5).version == before


# --- the unit of work itself ----------------------------------------------------------------


def test_a_write_that_fails_leaves_nothing(repo: Repository, db: Database, crew5: int) -> None:
    def half_done() -> None:
        with repo.uow.write() as session:
            repo.uow.mission_for_edit(session, crew5, None, False, "testing")
            session.flush()  # the bump reached the database inside the transaction
            raise RuntimeError("power cut")

    refused(db, half_done, RuntimeError, "power cut")


@pytest.mark.sqlite_only  # PostgreSQL refuses the second writer instead (tests/pg)
def test_a_write_holds_the_write_lock_from_its_start(repo: Repository, db: Database) -> None:
    assert db.path is not None
    with repo.uow.write() as session:
        session.get(Mission, repo.find_mission("Crew-5"))  # a read only, yet the lock is held
        with closing(sqlite3.connect(db.path, timeout=0, isolation_level=None)) as other:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    with closing(sqlite3.connect(db.path, timeout=0, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # released on commit
        other.execute("ROLLBACK")


def test_read_objects_stay_readable_after_the_session(repo: Repository, crew5: int) -> None:
    with repo.uow.read() as session:
        m = session.get(Mission, crew5)
    assert m is not None and m.name == "Crew-5"


@pytest.mark.parametrize("mission_id", [99_999, 2**63, -(2**63) - 1])
def test_a_mission_that_is_not_there_is_not_found(
    repo: Repository, db: Database, mission_id: int
) -> None:
    def edit() -> None:
        with repo.uow.write() as session:
            repo.uow.mission_for_edit(session, mission_id, None, True, "testing")

    refused(db, edit, NotFound, f"no mission with id {mission_id}")


def test_ids_fit_sqlite_integers() -> None:
    assert id_fits(2**63 - 1) and id_fits(-(2**63))
    assert not id_fits(2**63) and not id_fits(-(2**63) - 1)


def test_bump_marks_each_mission_once_at_the_clock(db: Database) -> None:
    later = REPORT_DAY + dt.timedelta(hours=1)
    uow = UnitOfWork(db, lambda: later)
    ids = [Repository(db, lambda: later).find_mission(n) for n in ("Crew-3", "Crew-5")]
    with uow.read() as session:
        versions = {i: session.get(Mission, i).version for i in ids}  # type: ignore[union-attr]
    with uow.write() as session:
        before = uow.bump(session, [*ids, *ids, ids[0]])
    assert [(i, version) for i, version, _at in before] == [(i, versions[i]) for i in sorted(ids)]
    with uow.read() as session:
        for i in ids:
            m = session.get(Mission, i)
            assert m is not None and (m.version, m.updated_at) == (versions[i] + 1, later)


def test_put_back_restores_an_untouched_mission_and_bumps_a_touched_one(
    repo: Repository, db: Database, crew5: int
) -> None:
    start = content(db)
    with repo.uow.write() as session:
        before = repo.uow.touch(repo.uow.mission(session, crew5))
    with repo.uow.write() as session:
        m = repo.uow.mission(session, crew5)
        repo.uow.put_back(m, before, before[1] + 1)
    assert content(db) == start  # exactly as it was
    with repo.uow.write() as session:
        m = repo.uow.mission(session, crew5)
        repo.uow.put_back(m, before, before[1] + 1)  # someone moved it on: a fresh version
        assert m.version == before[1] + 1
