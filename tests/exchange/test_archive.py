"""The JSON archive: lossless round trip, merging without duplicates, refusals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import content
from tracker.errors import UserError, ValidationError
from tracker.exchange import archive
from tracker.store.database import Database, open_database
from tracker.store.export import export_archive
from tracker.store.importing import import_file
from tracker.store.repository import Repository

from .helpers import FIXTURES, clock, samples


def data_of(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text())
    data.pop("exported_at")  # when it was written, not what it holds
    return data  # type: ignore[no-any-return]


def test_round_trip_is_lossless_on_default_data_plus_an_import(
    db: Database, tmp_path: Path
) -> None:
    for path in [*samples(), FIXTURES / "launches_v2.0.0.json"]:
        import_file(db, path, clock)
    repo = Repository(db, clock)
    repo.remove_crew(repo.find_mission("Crew-5"), repo.find_person("Josh Cassada"))
    first = tmp_path / "first.json"
    written = export_archive(db, first)

    empty = open_database(f"sqlite:///{tmp_path / 'empty.db'}", seed=False)
    report = import_file(empty, first, clock)
    assert report.missions.added == 17 and not report.kept_local_edits
    second = tmp_path / "second.json"
    assert export_archive(empty, second) == written
    assert data_of(second) == data_of(first)
    pictured = data_of(first)  # vehicle pictures and agency logos travel too
    assert any(v["image_url"] for v in pictured["vehicles"])
    assert any(a["image_url"] for a in pictured["agencies"])
    restored = Repository(empty, clock)
    crew3 = restored.mission(restored.find_mission("Crew-3"))
    assert len(crew3.history) == 2 and crew3.version == 2
    empty.dispose()


def test_merging_an_archive_into_its_own_database_changes_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "a.json"
    export_archive(db, path)
    before = content(db)
    report = import_file(db, path, clock)
    assert content(db) == before and not report.changed


def test_the_file_is_written_whole_and_documented(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    count = export_archive(db, path)
    assert sorted(p.name for p in tmp_path.iterdir() if "a.json" in p.name) == ["a.json"]
    data = json.loads(path.read_text())
    assert data["format"] == archive.FORMAT and data["format_version"] == 2
    assert count == sum(len(data[k]) for k in ("agencies", "vehicles", "people", "missions"))
    with pytest.raises(UserError, match="does not exist"):
        export_archive(db, tmp_path / "missing" / "a.json")


@pytest.mark.parametrize(
    ("kind", "key", "value", "message"),
    [
        ("missions", "net", "tomorrow", r'archive missions\[\d+\] "[^"]+", field "net"'),
        ("missions", "status", "Bogus", r'field "status": unknown value'),
        ("people", "agency", 999, r'field "agency": refers to 999'),
        ("vehicles", "crew_capacity", 0, r'field "crew_capacity": must be at least 1'),
        ("agencies", "name", "   ", r'field "name": empty'),
    ],
)
def test_a_bad_archive_record_is_refused_naming_it(
    db: Database, tmp_path: Path, kind: str, key: str, value: Any, message: str
) -> None:
    path = tmp_path / "a.json"
    export_archive(db, path)
    data = json.loads(path.read_text())
    data[kind][-1][key] = value
    path.write_text(json.dumps(data))
    before = content(db)
    with pytest.raises(ValidationError, match=message):
        import_file(db, path, clock)
    assert content(db) == before


def test_a_newer_archive_format_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    export_archive(db, path)
    data = json.loads(path.read_text())
    data["format_version"] = 99
    path.write_text(json.dumps(data))
    with pytest.raises(ValidationError, match="newer than this app reads"):
        import_file(db, path, clock)


def test_instants_are_written_in_utc_with_a_z() -> None:
    import datetime as dt

    plus_3 = dt.timezone(dt.timedelta(hours=3))
    assert archive.instant_text(dt.datetime(2026, 9, 1, 12, tzinfo=dt.UTC)) == (
        "2026-09-01T12:00:00Z"
    )
    assert archive.instant_text(dt.datetime(1957, 10, 5, 1, 28, 34, 5, tzinfo=plus_3)) == (
        "1957-10-04T22:28:34.000005Z"
    )
