"""Dataset facts and the changes an import records, for the sync (issue 15) and its panel."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from tests.exchange.helpers import sample
from tests.store.backends import content
from tracker.errors import ImportCancelled
from tracker.store import dataset
from tracker.store.database import Database
from tracker.store.importing import import_data
from tracker.vocabulary import DEFAULT_DATA_AS_OF

# Each test that uses a database runs on SQLite and on PostgreSQL (tests/store/conftest.py).
BOTH_BACKENDS = True

DETAILED = "launches_upcoming_detailed_v2.3.0.json"
FIRST = dt.datetime(2026, 9, 1, 12, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2026, 9, 2, 12, 0, tzinfo=dt.UTC)


def detailed() -> Any:
    return json.loads(sample(DETAILED).read_text())


def test_facts_default_data_age_and_setting_them(db: Database) -> None:
    assert dataset.data_as_of(db) == DEFAULT_DATA_AS_OF
    assert dataset.get_fact(db, dataset.LL2_WATERMARK) is None
    dataset.set_facts(db, {dataset.LL2_WATERMARK: "2026-09-01T00:00:00Z", "x": "1"})
    dataset.set_facts(db, {"x": "2"})
    assert dataset.get_facts(db) == {
        dataset.DATA_AS_OF: "2021-10-27T12:00:00+00:00",
        dataset.LL2_WATERMARK: "2026-09-01T00:00:00Z",
        "x": "2",
    }


def test_an_import_records_what_changed_and_its_facts_in_one_transaction(db: Database) -> None:
    first = import_data(
        db, detailed(), lambda: FIRST, record_changes=True,
        facts={dataset.DATA_AS_OF: FIRST.isoformat()},
    )  # fmt: skip
    assert first.changes == 5 and dataset.data_as_of(db) == FIRST
    news = dataset.changes_since(db)
    assert [c.kind for c in news] == ["new"] * 5
    crew13 = next(c for c in news if c.mission_name == "Crew-13")
    assert crew13.detail == "New launch: NET 2026-10-01 15:10:06 UTC, Go for Launch"
    assert len(crew13.mission_uid) == 36

    data = detailed()
    launch = data["results"][0]
    launch["net"] = "2026-10-02T14:47:00Z"
    launch["status"] = {"id": 5, "name": "On Hold", "abbrev": "Hold"}
    crew = launch["rocket"]["spacecraft_stage"][0]["launch_crew"]
    crew.pop()  # Sergey Teteryatnikov leaves
    launch["vid_urls"].append(dict(launch["vid_urls"][0], url="https://example.org/stream"))
    later = import_data(db, data, lambda: LATER, record_changes=True)
    assert later.slips == 1 and later.changes == 4
    since = dataset.changes_since(db, LATER)
    assert {c.mission_uid for c in since} == {crew13.mission_uid}
    assert sorted((c.kind, c.detail) for c in since) == [
        ("crew", "Crew: \u2212Sergey Teteryatnikov"),
        ("net", "NET moved: 2026-10-01 15:10:06 UTC \u2192 2026-10-02 14:47:00 UTC"),
        ("status", "Status: Go for Launch \u2192 On Hold"),
        ("webcast", "Webcast: NASA's SpaceX Crew-13 Launch (https://example.org/stream)"),
    ]
    everything = dataset.changes_since(db)
    assert everything[:4] == since and len(everything) == 9  # newest first
    assert dataset.changes_since(db, limit=2) == since[:2]


def test_without_being_asked_an_import_records_nothing(db: Database) -> None:
    import_data(db, detailed(), lambda: FIRST)
    assert dataset.changes_since(db) == []


def test_a_cancelled_import_records_no_change_and_no_fact(db: Database) -> None:
    before = content(db)
    with pytest.raises(ImportCancelled):
        import_data(
            db, detailed(), lambda: FIRST, record_changes=True, cancelled=lambda: True,
            facts={dataset.DATA_AS_OF: FIRST.isoformat()},
        )  # fmt: skip
    assert content(db) == before and dataset.data_as_of(db) == DEFAULT_DATA_AS_OF
