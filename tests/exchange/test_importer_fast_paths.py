"""The importer's fast paths write and read what the slow ones did.

Rows written by ``BulkInsert`` are the rows SQLAlchemy writes; a record a file repeats (list
or detailed mode) is read once and still refused where it must be; the big page cache of an import
is given back.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest
import sqlalchemy as sa

from benchmarks.generate import ll2_launch, ll2_list_launch, universe
from tracker.errors import ValidationError
from tracker.exchange import ll2
from tracker.store.database import Database
from tracker.store.importing import import_data
from tracker.store.importing.bulk import BulkInsert
from tracker.store.models import Mission
from tracker.vocabulary import LaunchStatus, NetPrecision

from .helpers import clock


def list_page(n: int) -> dict[str, Any]:
    world = universe(n)
    return {"count": n, "results": [ll2_list_launch(world, x) for x in world.launches]}


def raw_rows(db: Database, where: str) -> list[dict[str, Any]]:
    """Rows as the database holds them (no type of SQLAlchemy's reads them), without their
    identities."""
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql(f"SELECT * FROM mission WHERE {where} ORDER BY id")
        return [{k: v for k, v in r.items() if k not in ("id", "uid")} for r in found.mappings()]


def test_bulk_rows_are_the_rows_sqlalchemy_writes(db: Database) -> None:
    when = dt.datetime(2030, 1, 2, 3, 4, 5, 600_000, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    values = {
        "name": "Same", "net": when, "net_precision": NetPrecision.SECOND,
        "status": LaunchStatus.GO, "window_start": None, "source": "s", "ll2_snapshot": "{}",
        "version": 1, "created_at": when, "updated_at": when,
    }  # fmt: skip
    varying = ("id", "uid", "name", "net", "net_precision", "status", "window_start")
    fixed = {k: v for k, v in values.items() if k not in varying}
    bulk = BulkInsert(Mission.__table__, varying, fixed)  # type: ignore[attr-defined]
    with db.engine.begin() as conn:
        conn.execute(sa.insert(Mission), [{**values, "id": 9001, "uid": "u-core"}])
        bulk.add(9002, "u-bulk", "Same", when, NetPrecision.SECOND, LaunchStatus.GO, None)
        bulk.write(conn)
    core, ours = raw_rows(db, "id IN (9001, 9002)")
    assert core == ours  # as stored: times as text, enums as words, defaults, NULLs
    assert len(bulk) == 0


def test_bulk_rows_sharing_and_lacking_values_are_the_rows_sqlalchemy_writes(db: Database) -> None:
    """Values converted once a batch (a NET that is also the window's start or end, in
    another column; a status met again) and NULLs among them land as Core writes them."""
    zone = dt.timezone(dt.timedelta(hours=-5))
    nets = [dt.datetime(2030, 1, 1, 10, tzinfo=zone) + dt.timedelta(hours=h) for h in range(4)]
    windows = [(nets[0], nets[0]), (nets[1], nets[2]), (None, None), (nets[3], nets[0])]
    statuses = [LaunchStatus.GO, LaunchStatus.TBD, LaunchStatus.GO, LaunchStatus.GO]
    varying = ("id", "uid", "name", "net", "net_precision", "status", "window_start", "window_end")
    fixed = {"source": "s", "ll2_snapshot": "{}", "version": 1}
    fixed |= {"created_at": nets[1], "updated_at": nets[1]}
    bulk = BulkInsert(Mission.__table__, varying, fixed)  # type: ignore[attr-defined]
    core = []
    for i, (net, (start, end), status) in enumerate(zip(nets, windows, statuses, strict=True)):
        values = (f"M{i}", net, NetPrecision.MINUTE, status, start, end)
        bulk.add(9100 + i, f"u-bulk-{i}", *values)
        named = dict(zip(varying, (9000 + i, f"u-core-{i}", *values), strict=True))
        core.append(fixed | named)
    with db.engine.begin() as conn:
        conn.execute(sa.insert(Mission), core)
        bulk.write(conn)
    assert raw_rows(db, "id BETWEEN 9000 AND 9003") == raw_rows(db, "id BETWEEN 9100 AND 9103")


def test_a_list_mode_file_imports_its_repeated_records_once(db: Database) -> None:
    data = list_page(300)
    batch = ll2.parse(data)
    providers = {id(x.operator) for x in batch.launches}
    names = {x.operator.name for x in batch.launches if x.operator}
    assert len(providers) == len(names)  # one record per provider, read once
    report = import_data(db, data, clock)
    assert report.missions.added + report.missions.updated == 300  # a few are default data
    again = import_data(db, data, clock)
    assert again.missions.unchanged == 300


@pytest.mark.parametrize("bad", [True, 1.0, "seven"])
def test_a_repeated_record_that_differs_in_type_is_still_refused(bad: object) -> None:
    data = list_page(3)
    copied = copy.deepcopy(data["results"][0])
    copied["id"] = "00000000-0000-4000-8000-000000000001"
    copied["launch_service_provider"]["id"] = bad  # was a whole number, read and kept
    data["results"].append(copied)
    with pytest.raises(ValidationError, match="launch_service_provider"):
        ll2.parse(data)


def detailed_page(n: int) -> dict[str, Any]:
    world = universe(n)
    return {"count": n, "results": [ll2_launch(world, x) for x in world.launches]}


def test_a_detailed_file_reads_its_repeated_records_once() -> None:
    """A provider or rocket configuration holding objects (detailed mode) is read once too."""
    batch = ll2.parse(detailed_page(300))
    for field in ("operator", "launcher"):
        records = {id(getattr(x, field)) for x in batch.launches}
        values = {getattr(x, field) for x in batch.launches}
        assert len(records) == len(values)


@pytest.mark.parametrize("bad", [True, 1.0, "1"])
def test_a_repeated_detailed_record_that_differs_in_type_is_still_refused(bad: object) -> None:
    data = detailed_page(3)
    copied = copy.deepcopy(data["results"][0])
    copied["id"] = "00000000-0000-4000-8000-000000000001"
    maker = copied["rocket"]["configuration"]["manufacturer"]  # an object in a configuration
    assert isinstance(maker["id"], int)
    maker["id"] = bad
    data["results"].append(copied)
    with pytest.raises(ValidationError, match="manufacturer"):
        ll2.parse(data)


def test_the_page_cache_is_given_back(db: Database) -> None:
    with db.engine.connect() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    import_data(db, list_page(20), clock)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before
