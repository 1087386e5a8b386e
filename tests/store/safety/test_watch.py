"""The window's change detection: another process's commit shows up on the next poll."""

from __future__ import annotations

from pathlib import Path

from tests.store.safety import worker
from tests.store.safety.conftest import spawn
from tracker.store.database import Database, open_database
from tracker.store.repository import Repository
from tracker.store.watch import ChangeWatcher


def _edit_elsewhere(path: Path) -> None:
    child = spawn("edit-once", path)
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0 and out.strip() == "done", err


def test_a_commit_by_another_process_is_noticed_once(db_file: Path) -> None:
    db = open_database(f"sqlite:///{db_file}")
    try:
        with ChangeWatcher(db) as watcher:
            assert not watcher.changed()
            _edit_elsewhere(db_file)
            assert watcher.changed()
            assert not watcher.changed()  # told once per change
            _edit_elsewhere(db_file)
            _edit_elsewhere(db_file)
            assert watcher.changed()
            assert not watcher.changed()
    finally:
        db.dispose()


def test_reads_do_not_count_and_this_process_commits_do(db_file: Path) -> None:
    db = open_database(f"sqlite:///{db_file}")
    try:
        repo = Repository(db, lambda: worker.NOW)
        with ChangeWatcher(db) as watcher:
            mission_id = repo.find_mission(worker.MISSION)
            repo.mission(mission_id)
            repo.missions()
            assert not watcher.changed()
            person = repo.mission(mission_id).crew[0].person_id
            repo.move_crew(mission_id, person, 2)  # the app's own engine: another connection
            assert watcher.changed()
    finally:
        db.dispose()


def test_a_database_that_is_not_a_file_never_reports_a_change(db: Database) -> None:
    elsewhere = Database(url="postgresql://host/db", engine=db.engine, path=None)
    watcher = ChangeWatcher(elsewhere)
    assert not watcher.changed()
    watcher.close()


def test_a_restore_is_noticed_like_any_other_commit(db_file: Path) -> None:
    """A restore swaps the content in a transaction, so an open window's watcher sees it
    (and needs no closing first)."""
    from tracker.store import safety

    backup = safety.copy_database(db_file, db_file.with_name("good.bak"))
    db = open_database(f"sqlite:///{db_file}")
    try:
        with ChangeWatcher(db) as watcher:
            assert not watcher.changed()
            safety.restore(db_file, backup)
            assert watcher.changed()
            assert not watcher.changed()
    finally:
        db.dispose()
