"""Backups (consistent, rotated, once a day) and restore (checked, saving what it replaces)."""

from __future__ import annotations

import datetime as dt
import shutil
import signal
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.helpers import digest
from tests.store.safety import worker
from tests.store.safety.conftest import spawn
from tests.store.safety.ondisk import first_role, scribble_on
from tracker.cli import main
from tracker.errors import DatabaseDamaged, DatabaseUnavailable, UserError
from tracker.store import safety
from tracker.store.database import backup_beside, backup_to, open_database
from tracker.store.repository import Repository

DAY = dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.UTC)


def dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def set_first_role(path: Path, role: str) -> None:
    db = open_database(f"sqlite:///{path}")
    try:
        repo = Repository(db, lambda: worker.NOW)
        mission = repo.mission(repo.find_mission(worker.MISSION))
        repo.set_crew_role(mission.id, mission.crew[0].person_id, role)
    finally:
        db.dispose()


def test_a_backup_holds_commits_still_in_the_wal_and_is_one_file(
    db_file: Path, tmp_path: Path
) -> None:
    db = open_database(f"sqlite:///{db_file}")
    try:
        repo = Repository(db, lambda: worker.NOW)
        mission = repo.mission(repo.find_mission(worker.MISSION))
        repo.set_crew_role(mission.id, mission.crew[0].person_id, "Only In The WAL")
        assert db_file.with_name("tracker.db-wal").stat().st_size > 0  # not checkpointed
        copy = backup_to(db, tmp_path / "copy.db")
    finally:
        db.dispose()
    assert first_role(copy) == "Only In The WAL"
    assert not copy.with_name("copy.db-wal").exists()
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert safety.check_file(copy).ok
    assert not list(tmp_path.glob("*.partial*"))


def test_daily_backup_once_a_day_rotated_per_kind(db_file: Path) -> None:
    db = open_database(f"sqlite:///{db_file}")
    try:
        migration = backup_beside(db, "before-migration-0001", now=DAY - dt.timedelta(days=30))
        first = safety.daily_backup(db, DAY, keep=3)
        assert first is not None and first.exists()
        assert safety.daily_backup(db, DAY + dt.timedelta(hours=10), keep=3) is None
        made = [safety.daily_backup(db, DAY + dt.timedelta(days=d), keep=3) for d in range(1, 5)]
    finally:
        db.dispose()
    daily = safety.backups(db_file, "daily")
    assert [b.path for b in daily] == made[::-1][:3]  # the newest three, newest first
    assert [b.made.date() for b in daily] == [dt.date(2024, 5, d) for d in (5, 4, 3)]
    assert [b.path for b in safety.backups(db_file, "before-migration")] == [migration]
    assert all(safety.check_file(b.path).ok for b in safety.backups(db_file))


def test_migration_backups_rotate_together_and_apart_from_restores(db_file: Path) -> None:
    db = open_database(f"sqlite:///{db_file}")
    try:
        for n in range(4):
            backup_beside(db, f"before-migration-000{n}", keep=2, now=DAY + dt.timedelta(n))
        backup_beside(db, "before-restore", keep=2, now=DAY)
    finally:
        db.dispose()
    kinds = [(b.kind, b.path.name.split(".")[-2]) for b in safety.backups(db_file)]
    assert kinds == [
        ("before-migration", "before-migration-0003"),
        ("before-migration", "before-migration-0002"),
        ("before-restore", "before-restore"),
    ]


def test_restore_saves_what_it_replaces_and_puts_the_backup_back(db_file: Path) -> None:
    set_first_role(db_file, "Before The Backup")
    backup = safety.copy_database(db_file, db_file.with_name("good.bak"))
    set_first_role(db_file, "After The Backup")
    backup_hash = digest(backup)

    saved = safety.restore(db_file, backup)

    assert saved is not None
    assert first_role(db_file) == "Before The Backup"
    assert first_role(saved) == "After The Backup"
    assert saved.name.endswith(".before-restore.bak")
    assert digest(backup) == backup_hash  # the backup itself is untouched
    assert sorted(p.name for p in db_file.parent.iterdir()) == sorted(
        ["tracker.db", "good.bak", saved.name]
    )
    open_database(f"sqlite:///{db_file}").dispose()  # the app opens the result


def test_restore_over_a_crashed_writer_keeps_its_log_out_of_the_new_file(
    db_file: Path,
) -> None:
    """A -wal left by a killed writer belongs to the old file: saved with it, never applied
    to the restored one (which would mix two databases)."""
    backup = safety.copy_database(db_file, db_file.with_name("good.bak"))
    child = spawn("churn", db_file, 3)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    while int(child.stdout.readline()) < 10:
        pass
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert db_file.with_name("tracker.db-wal").stat().st_size > 0

    saved = safety.restore(db_file, backup)

    assert saved is not None
    with closing(sqlite3.connect(saved)) as conn:  # the crashed writer's commits are saved
        (version,) = conn.execute(
            "SELECT version FROM mission WHERE name = ?", (worker.MISSION,)
        ).fetchone()
    assert version >= 1 + 10
    assert not db_file.with_name("tracker.db-wal").exists()
    assert safety.check_file(db_file).ok
    assert dump(db_file) == dump(backup)


def test_restore_while_the_database_is_in_use_changes_it_under_its_users(db_file: Path) -> None:
    """A window that keeps the database open sees the restored data on its next read and
    writes into it: the content is swapped in a transaction, not the file renamed under it."""
    set_first_role(db_file, "Before The Backup")
    backup = safety.copy_database(db_file, db_file.with_name("good.bak"))
    db = open_database(f"sqlite:///{db_file}")
    try:
        repo = Repository(db, lambda: worker.NOW)
        mission = repo.mission(repo.find_mission(worker.MISSION))
        person = mission.crew[0].person_id
        repo.set_crew_role(mission.id, person, "After The Backup")  # pooled connections stay open

        saved = safety.restore(db_file, backup)

        assert saved is not None and first_role(saved) == "After The Backup"
        assert repo.mission(mission.id).crew[0].role == "Before The Backup"
        repo.set_crew_role(mission.id, person, "After The Restore")
    finally:
        db.dispose()
    assert first_role(db_file) == "After The Restore"
    assert safety.check_file(db_file).ok


def test_restore_over_a_damaged_database_in_use_is_refused_and_leaves_nothing(
    db_file: Path,
) -> None:
    """A file too damaged for a transaction is replaced by renaming, which is refused while
    another program has it open; the refusal removes its safety copy again."""
    backup = safety.copy_database(db_file, db_file.with_name("good.bak"))
    scribble_on(db_file, "crewassignment")
    with closing(sqlite3.connect(db_file)) as other:
        other.execute("SELECT count(*) FROM mission").fetchone()  # keeps the -wal in place
        before = digest(db_file)
        listing = sorted(p.name for p in db_file.parent.iterdir())
        with pytest.raises(UserError, match="in use.*Nothing was restored"):
            safety.restore(db_file, backup)
        assert digest(db_file) == before
        assert sorted(p.name for p in db_file.parent.iterdir()) == listing


@pytest.mark.parametrize("spoil", ["not a database", "damaged", "newer", "foreign", "missing"])
def test_restore_refuses_an_unsound_backup_and_changes_nothing(db_file: Path, spoil: str) -> None:
    bad = db_file.with_name("bad.bak")
    if spoil == "not a database":
        bad.write_text("hello\n" * 100)
    elif spoil == "foreign":
        with closing(sqlite3.connect(bad)) as conn:
            conn.execute("CREATE TABLE stuff (x)")
    elif spoil != "missing":
        safety.copy_database(db_file, bad)
        with closing(sqlite3.connect(bad)) as conn:
            if spoil == "newer":
                conn.execute("UPDATE alembic_version SET version_num = '9999'")
            else:
                conn.execute("PRAGMA foreign_keys = OFF")
                conn.execute("UPDATE crewassignment SET person_id = 9999 WHERE id = 1")
            conn.commit()
    before = digest(db_file)
    listing = sorted(p.name for p in db_file.parent.iterdir())
    with pytest.raises(DatabaseUnavailable, match="(?i)nothing was restored"):
        safety.restore(db_file, bad)
    assert digest(db_file) == before
    assert sorted(p.name for p in db_file.parent.iterdir()) == listing


def test_restore_replaces_a_damaged_database_keeping_its_bytes(db_file: Path) -> None:
    backup = safety.copy_database(db_file, db_file.with_name("good.bak"))
    data = db_file.read_bytes()
    db_file.write_bytes(data[: len(data) // 2])
    with pytest.raises(DatabaseDamaged):
        open_database(f"sqlite:///{db_file}")
    damaged_bytes = db_file.read_bytes()

    saved = safety.restore(db_file, backup)

    assert saved is not None and saved.read_bytes() == damaged_bytes
    open_database(f"sqlite:///{db_file}").dispose()


def test_command_line_backup_and_restore(db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = db_file.with_name("copy.db")
    assert main(["--database", str(db_file), "backup", str(copy)]) == 0
    assert safety.check_file(copy).ok
    set_first_role(db_file, "Changed Later")
    assert main(["--database", str(db_file), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "before-restore.bak" in out
    assert first_role(db_file) != "Changed Later"

    notes = db_file.with_name("notes.txt")
    notes.write_text("not a database")
    before = digest(db_file)
    assert main(["--database", str(db_file), "restore", str(notes)]) == 2
    assert main(["--database", str(db_file), "backup", str(db_file.parent / "no" / "x")]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "nothing was restored" in err[0] and "does not exist" in err[1]
    assert digest(db_file) == before


def test_the_command_line_makes_the_daily_backup(db_file: Path) -> None:
    assert main(["--database", str(db_file), "list"]) == 0
    assert main(["--database", str(db_file), "next"]) == 0
    assert len(safety.backups(db_file, "daily")) == 1


def test_restore_carries_planner_statistics_and_schema_numbers_exactly(db_file: Path) -> None:
    """SQLite's own tables (sqlite_stat1 after ANALYZE) and pragmas come across too."""
    backup = safety.copy_database(db_file, db_file.with_name("good.bak"))
    with closing(sqlite3.connect(backup)) as conn:
        conn.execute("ANALYZE")
        conn.execute("PRAGMA user_version = 7")
        conn.commit()
    with closing(sqlite3.connect(db_file)) as conn:
        conn.execute("UPDATE mission SET description = 'changed' WHERE id = 1")
        conn.commit()
    safety.restore(db_file, backup)
    assert dump(db_file) == dump(backup)
    with closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (7,)
    assert safety.check_file(db_file).ok


def test_restore_of_an_older_schema_brings_it_up_to_date_without_a_migration_backup(
    db_file: Path,
) -> None:
    """The copy is upgraded before the swap, so windows that have the database open never
    see an old schema; the backup itself is the copy from before the upgrade."""
    from alembic import command
    from alembic.config import Config

    from tracker.store.database import SCHEMA_REVISION

    old = db_file.with_name("old.bak")
    shutil.copyfile(db_file, old)
    engine = sa.create_engine(f"sqlite:///{old}")
    config = Config()
    config.set_main_option("script_location", "tracker.store:migrations")
    with engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
    engine.dispose()
    backup_hash = digest(old)
    set_first_role(db_file, "After The Backup")

    saved = safety.restore(db_file, old)

    assert saved is not None and first_role(saved) == "After The Backup"
    assert first_role(db_file) != "After The Backup"
    assert safety.check_file(db_file).revision == SCHEMA_REVISION
    assert digest(old) == backup_hash
    assert safety.backups(db_file, "before-migration") == []
    open_database(f"sqlite:///{db_file}").dispose()
