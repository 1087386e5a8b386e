"""Damaged and foreign files: refused with one line, and left exactly as they were.

"Exactly" is checked with a hash of the file and a listing of its folder: no ``-wal`` or
``-shm`` appears beside a refused file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from tests.helpers import digest
from tests.store.safety.ondisk import listing, scribble_on
from tracker.cli import main
from tracker.errors import DatabaseDamaged, DatabaseUnavailable
from tracker.store import probe, safety
from tracker.store.database import open_database


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def dangle(path: Path) -> None:
    """A crew assignment pointing at a person who does not exist (foreign keys off)."""
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE crewassignment SET person_id = 9999 WHERE id = 1")
        conn.commit()


def newer(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()


def not_a_database(path: Path) -> None:
    path.write_text("my launch notes, not a database\n" * 200)


CASES: dict[str, tuple[Callable[[Path], None], type[DatabaseUnavailable], str]] = {
    "truncated": (truncate, DatabaseDamaged, "cut short"),
    "scribbled page": (lambda p: scribble_on(p, "crewassignment"), DatabaseDamaged, "damaged"),
    "dangling foreign key": (dangle, DatabaseDamaged, "missing person row"),
    "newer version": (newer, DatabaseUnavailable, "newer version"),
    "not a database": (not_a_database, DatabaseUnavailable, "not a SQLite database"),
}


@pytest.mark.parametrize("case", CASES)
def test_opening_refuses_and_leaves_the_file_exactly_as_it_was(db_file: Path, case: str) -> None:
    spoil, error, words = CASES[case]
    spoil(db_file)
    assert listing(db_file.parent) == ["tracker.db"]
    before = digest(db_file)
    with pytest.raises(error, match=words):
        open_database(f"sqlite:///{db_file}")
    assert digest(db_file) == before
    assert listing(db_file.parent) == ["tracker.db"]


@pytest.mark.parametrize("case", CASES)
def test_the_command_line_prints_one_line_and_exits_2(
    db_file: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    spoil, _error, words = CASES[case]
    spoil(db_file)
    before = digest(db_file)
    assert main(["--database", str(db_file), "list"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and words in err
    assert digest(db_file) == before
    assert listing(db_file.parent) == ["tracker.db"]


def test_check_reports_damage_with_exit_1(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", str(db_file), "check"]) == 0
    assert "sound" in capsys.readouterr().out
    dangle(db_file)
    scribble_on(db_file, "mission")
    before = digest(db_file)
    assert main(["--database", str(db_file), "check"]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{db_file}: DAMAGED")
    assert "integrity:" in out and "Restore a backup" in out
    assert digest(db_file) == before
    assert listing(db_file.parent) == ["tracker.db"]


def test_check_of_what_is_no_database_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    not_a_database(notes)
    assert main(["--database", str(notes), "check"]) == 2
    assert "not a SQLite database" in capsys.readouterr().err
    assert main(["--database", str(tmp_path / "missing.db"), "check"]) == 2
    assert not (tmp_path / "missing.db").exists()


def test_check_finds_a_dangling_reference(db_file: Path) -> None:
    dangle(db_file)
    report = safety.check_file(db_file)
    assert report.integrity == []
    assert report.foreign_keys == ["crewassignment row 1 points to a missing person row"]


@pytest.fixture
def big_db(db_file: Path) -> Path:
    """A database too big to be checked in full when opened (over VERIFY_ON_OPEN_MAX_BYTES)."""
    with closing(sqlite3.connect(db_file)) as conn:
        conn.executemany(
            "INSERT INTO mission (uid, name, capsule, launch_site, destination, net, "
            "net_precision, status, description, source, version, created_at, updated_at) "
            "VALUES (?, ?, '', '', '', '2030-01-01 00:00:00.000000', 'Year', 'TBD', ?, '', 1, "
            "'2021-01-01 00:00:00.000000', '2021-01-01 00:00:00.000000')",
            [(f"padding-{i}", f"Padding {i}", "x" * 5000) for i in range(600)],
        )
        conn.commit()
    assert db_file.stat().st_size > probe.VERIFY_ON_OPEN_MAX_BYTES
    return db_file


def test_damage_in_a_big_file_is_caught_by_the_daily_backup_check(
    big_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Opening a big file checks only its structure; the daily backup's check finds the rest,
    refuses, and keeps the older backups instead of rotating a damaged copy in."""
    scribble_on(big_db, "crewassignment")
    open_database(f"sqlite:///{big_db}").dispose()  # structure is fine: opens
    assert main(["--database", str(big_db), "list"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is damaged" in err and "tracker restore" in err
    assert safety.backups(big_db) == []  # the damaged copy was dropped


def test_damage_met_while_working_is_explained(big_db: Path) -> None:
    """The engine raises the diagnosis in place of SQLite's "malformed", which is kept as
    its cause; ``explain`` gives the same for the driver's error itself."""
    scribble_on(big_db, "crewassignment")
    db = open_database(f"sqlite:///{big_db}")
    try:
        with pytest.raises(DatabaseDamaged, match="is damaged") as raised:
            with db.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*), sum(seat) FROM crewassignment").all()
        cause = raised.value.__cause__
        assert cause is not None and "malformed" in str(cause)
        assert isinstance(safety.explain(cause, big_db), DatabaseDamaged)
    finally:
        db.dispose()
