"""A big import builds mission's indexes and checks its rows after they are in (SQLite): the
schema it leaves is the one it found, every index holds every row, a row breaking a rule
refuses the file, and a failure changes nothing."""

from __future__ import annotations

from typing import Any

import pytest
import sqlalchemy as sa

from benchmarks.generate import ll2_page, universe
from tests.store.backends import content
from tracker.errors import ImportCancelled, ValidationError
from tracker.store.database import Database
from tracker.store.importing import import_data, indexes
from tracker.store.importing.bulk import BulkInsert
from tracker.store.importing.indexes import SetAside
from tracker.store.importing.ll2_apply import _NEW_MISSION, LL2Apply
from tracker.store.importing.matching import Known

from ..exchange.helpers import clock

# Each test that uses a database runs on SQLite and on PostgreSQL (tests/store/conftest.py).
BOTH_BACKENDS = True

LAUNCHES = 60


@pytest.fixture
def big(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """60 launches count as a big import (written 5 at a time); the list counts the drops."""
    monkeypatch.setattr(indexes, "REBUILD_FROM", 20)
    monkeypatch.setattr(LL2Apply, "BATCH", 5)
    monkeypatch.setattr(Known, "CHUNK", 5)  # a file longer than the table: ids read at once
    drops: list[int] = []
    drop = SetAside.drop

    def counted(self: SetAside) -> None:
        drop(self)
        drops.append(len(self.dropped))

    monkeypatch.setattr(SetAside, "drop", counted)
    return drops


def launches(mode: str = "detailed") -> dict[str, Any]:
    return ll2_page(universe(LAUNCHES), mode)


def schema(db: Database) -> list[tuple[Any, ...]]:
    """Every index (and trigger) with the SQL that defines it."""
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            sql = (
                "SELECT type, name, tbl_name, sql FROM sqlite_master "
                "WHERE type IN ('index', 'trigger') ORDER BY name"
            )
        else:
            sql = (
                "SELECT tablename, indexname, indexdef FROM pg_indexes "
                "WHERE schemaname = current_schema() ORDER BY indexname"
            )
        return [tuple(row) for row in conn.exec_driver_sql(sql)]


def test_a_big_import_leaves_the_indexes_it_found(db: Database, big: list[int]) -> None:
    before = schema(db)
    assert any("ix_mission_name" in str(row) for row in before)
    report = import_data(db, launches(), clock)
    assert report.missions.added == LAUNCHES
    assert schema(db) == before
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            assert big == [5]  # name, (net, name), (status, net), (status, precision, net), uid
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            total = conn.exec_driver_sql("SELECT count(*) FROM mission").scalar()
            by = {"ix_mission_name": "name", "ix_mission_net_name": "net"}
            by |= {"ix_mission_status_net": "status", "ix_mission_uid": "uid"}
            by |= {"ix_mission_status_precision_net": "status"}
            for name, first in by.items():  # each index holds every row
                counted = conn.exec_driver_sql(
                    f"SELECT count(*) FROM mission INDEXED BY {name} WHERE {first} > ''"
                ).scalar()
                assert counted == total, name
        else:
            assert big == []  # PostgreSQL keeps its indexes


def test_a_small_import_keeps_its_indexes(db: Database, big: list[int]) -> None:
    indexes.REBUILD_FROM = LAUNCHES + 1  # the monkeypatch puts it back
    import_data(db, launches(), clock)
    assert big == []


def test_a_cancelled_big_import_changes_nothing(db: Database, big: list[int]) -> None:
    before, rows = schema(db), content(db)
    ticks = iter(range(10_000))
    with pytest.raises(ImportCancelled):  # once the indexes are gone (PostgreSQL: midway)
        import_data(db, launches(), clock, cancelled=lambda: bool(big) or next(ticks) > 40)
    assert big == ([5] if db.engine.dialect.name == "sqlite" else [])  # dropped, then undone
    assert schema(db) == before
    assert content(db) == rows


def test_a_big_import_failing_after_the_drop_changes_nothing(
    db: Database, big: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error once the indexes are gone (here the third write of new launches) rolls the
    drop back with the rows."""
    before, rows = schema(db), content(db)
    writes = iter(range(10_000))
    write = BulkInsert.write

    def failing(self: BulkInsert, conn: sa.Connection) -> None:
        if self.table.name == "mission" and next(writes) == 2:
            raise RuntimeError("the disk went away")
        write(self, conn)

    monkeypatch.setattr(BulkInsert, "write", failing)
    with pytest.raises(RuntimeError, match="the disk went away"):
        import_data(db, launches("list"), clock)
    assert big == ([5] if db.engine.dialect.name == "sqlite" else [])
    assert schema(db) == before
    assert content(db) == rows


def checks_rows(db: Database) -> None:
    """The database refuses a row that breaks a CHECK constraint (none left switched off)."""
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA ignore_check_constraints").scalar() == 0
        with pytest.raises(sa.exc.IntegrityError):
            conn.execute(sa.text("UPDATE mission SET status = 'Exploded'"))
        conn.rollback()


def test_a_big_import_checks_every_row_before_it_commits(
    db: Database, big: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row that breaks a CHECK constraint (a blank name, slipped past the reader here)
    refuses the file, found after the rows are in (SQLite) or as it arrives (PostgreSQL)."""
    before, rows = schema(db), content(db)
    added = iter(range(10_000))
    add = BulkInsert.add
    at = _NEW_MISSION.index("name")

    def blank_name(self: BulkInsert, *values: Any) -> None:
        if self.table.name == "mission" and next(added) == 30:
            values = (*values[:at], "   ", *values[at + 1 :])
        add(self, *values)

    monkeypatch.setattr(BulkInsert, "add", blank_name)
    sqlite = db.engine.dialect.name == "sqlite"
    found = "breaks a rule of the database" if sqlite else "conflicts with the database"
    with pytest.raises(ValidationError, match=f"(?s){found}.*nothing was imported"):
        import_data(db, launches("list"), clock)
    assert schema(db) == before
    assert content(db) == rows
    checks_rows(db)


def test_a_big_import_leaves_the_database_checking(db: Database, big: list[int]) -> None:
    import_data(db, launches(), clock)
    checks_rows(db)


def test_a_big_import_again_finds_every_launch(db: Database, big: list[int]) -> None:
    """The second time, every launch is found by its LL2 id (all read at once) and the
    identities taken are known: nothing is added, nothing changes."""
    data = launches()
    import_data(db, data, clock)
    rows = content(db)
    again = import_data(db, data, clock)
    assert (again.missions.added, again.missions.unchanged) == (0, LAUNCHES)
    assert content(db) == rows


def test_a_big_import_refuses_an_identity_taken_twice(
    db: Database, big: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The unique index on identities, built again at the end (SQLite), refuses a duplicate
    as the insert would have (PostgreSQL)."""
    before, rows = schema(db), content(db)
    added = iter(range(10_000))
    add = BulkInsert.add
    at = _NEW_MISSION.index("uid")

    def same_uid(self: BulkInsert, *values: Any) -> None:
        if self.table.name == "mission" and next(added) in (29, 30):
            values = (*values[:at], "the-same-identity", *values[at + 1 :])
        add(self, *values)

    monkeypatch.setattr(BulkInsert, "add", same_uid)
    with pytest.raises(ValidationError, match="(?s)conflicts with the database.*nothing"):
        import_data(db, launches("list"), clock)
    assert schema(db) == before
    assert content(db) == rows
