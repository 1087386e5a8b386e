"""The store on PostgreSQL (the team database): run where a local server and psycopg are, else
skipped. The capacity guard's PostgreSQL test is in ``test_capacity_guard``."""

from __future__ import annotations

import datetime as dt
import json

from tests.exchange.helpers import sample
from tracker.store import dataset
from tracker.store.catalog import Catalog
from tracker.store.database import Database
from tracker.store.importing import import_data, import_file
from tracker.store.repository import Repository

NOW = dt.datetime(2026, 9, 1, 12, 0, tzinfo=dt.UTC)


def test_an_import_then_a_new_mission_on_postgresql(pg_database: Database) -> None:
    """The import gives its new launches their ids itself: the sequence must follow."""
    path = sample("launches_upcoming_detailed_v2.3.0.json")
    report = import_data(
        pg_database, json.loads(path.read_text()), lambda: NOW,
        record_changes=True, facts={dataset.DATA_AS_OF: NOW.isoformat()},
    )  # fmt: skip
    assert report.missions.added == 5 and dataset.data_as_of(pg_database) == NOW
    assert not import_file(pg_database, path, lambda: NOW).changed
    repo = Repository(pg_database, lambda: NOW)
    created = Catalog(repo).create_mission("Test flight", "2027-01-01T00:00:00Z")
    assert repo.mission(created).name == "Test flight"
    assert len(repo.mission(repo.find_mission("Crew-13")).links) == 7
    assert repo.violations() == []
