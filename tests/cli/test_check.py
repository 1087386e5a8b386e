"""`tracker check` reports data that breaks the roster rules, not only damage.

The writers refuse such data as it comes, so these tests make it with plain SQL, as a
database written before the rules (or by another program) could hold it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import digest, run


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "tracker.db"
    shutil.copy(template_db, path)
    return path


def sql(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_a_sound_database_that_keeps_the_rules_says_so(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, err = run(capsys, "--database", db_path, "check")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].endswith("integrity and foreign-key checks passed.")
    assert lines[1] == (
        "The data keeps the roster rules (capacity, overlapping flights, duplicates)."
    )


def test_each_broken_rule_is_listed_in_the_rules_words_and_exits_1(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    sql(
        db_path,
        # Raja Chari on Crew-5 too, moved to Crew-3's NET: a person on overlapping flights
        "UPDATE mission SET net = (SELECT net FROM mission WHERE name = 'Crew-3'), "
        "net_precision = 'Minute' WHERE name = 'Crew-5'",
        "INSERT INTO crewassignment (mission_id, person_id, role, seat) SELECT "
        "(SELECT id FROM mission WHERE name = 'Crew-5'), id, 'Pilot', 9 FROM person "
        "WHERE name = 'Raja Chari'",
        # Soyuz MS seats three; now two: its three flights here are over capacity
        "UPDATE vehicle SET crew_capacity = 2 WHERE name = 'Soyuz MS'",
        # Soyuz 1 twice with one NET: the duplicate an archive import once made
        "INSERT INTO mission (name, capsule, launch_site, destination, net, net_precision, "
        "status, description, source, version, created_at, updated_at, uid) SELECT name, "
        "capsule, launch_site, destination, net, net_precision, status, description, source, "
        "1, created_at, updated_at, 'a-second-soyuz-1' FROM mission WHERE name = 'Soyuz 1'",
    )
    before = digest(db_path)
    code, out, err = run(capsys, "--database", db_path, "check")
    assert code == 1, err
    lines = out.splitlines()
    assert lines[0].endswith("sound (schema 0007): integrity and foreign-key checks passed.")
    assert lines[1:] == [
        "The data breaks the roster rules: 5 problems",
        "  capacity: Soyuz MS-18 has 3 crew; Soyuz MS carries 2",
        "  capacity: Soyuz MS-19 has 3 crew; Soyuz MS carries 2",
        "  capacity: Soyuz MS-20 has 3 crew; Soyuz MS carries 2",
        "  overlap: Raja Chari is on Crew-3 (NET 2021-10-31 06:21 UTC, landing not known, "
        "counted as 210 days after its NET), which overlaps Crew-5",
        "  duplicate: 2 missions named Soyuz 1 with NET 1967-04-23 00:35:00 UTC: "
        "the same mission twice?",
        "Fix them in the window, or with `tracker crew remove` and `tracker reschedule`.",
    ]
    assert digest(db_path) == before  # check reads only


def test_damage_is_reported_before_any_rule(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    data = bytearray(db_path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 64] = b"\xff" * 64  # a page of the tables, scribbled over
    db_path.write_bytes(bytes(data))
    code, out, _ = run(capsys, "--database", db_path, "check")
    assert code == 1
    assert "DAMAGED" in out.splitlines()[0] and "roster rules" not in out


def test_an_older_schema_is_checked_but_never_upgraded(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    """Auditing would mean opening, and opening an older database upgrades it: check writes
    nothing, so it says the rules were not checked."""
    sql(db_path, "UPDATE alembic_version SET version_num = '0004'")
    before = digest(db_path)
    code, out, err = run(capsys, "--database", db_path, "check")
    assert code == 0, err
    assert out.splitlines()[1:] == [
        "Rules not checked: schema 0004 is upgraded when Mission Tracker opens it."
    ]
    assert digest(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["tracker.db"]
