"""Two writers on one database: no edit lost, no "database is locked", stale edits refused.

Every crew command bumps the mission's version by exactly one inside its transaction, so the
final version counts the edits that landed: a lost update (two writers reading the same
version and both writing it plus one) would leave it short.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.store.safety import worker
from tests.store.safety.conftest import spawn
from tracker.errors import ConflictError
from tracker.store.database import open_database
from tracker.store.repository import Repository

EDITS = 150


def _version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        (version,) = conn.execute(
            "SELECT version FROM mission WHERE name = ?", (worker.MISSION,)
        ).fetchone()
    return int(version)


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def _finish(child: subprocess.Popen[str]) -> str:
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert err == "", err  # no "database is locked", no warning
    return out


@pytest.mark.slow
def test_two_processes_editing_at_once_lose_no_edit(db_file: Path) -> None:
    before = _version(db_file)
    writers = [spawn("edits", db_file, EDITS, tag) for tag in ("left", "right")]
    for w in writers:
        assert w.stdout is not None and w.stdout.readline().strip() == "ready"
    for w in writers:  # both start together, to collide as often as possible
        assert w.stdin is not None
        w.stdin.write("go\n")
        w.stdin.flush()
    outputs = [_finish(w) for w in writers]
    assert all(out.split() == ["done", str(EDITS)] for out in outputs)
    print(f"\n{2 * EDITS} concurrent edits by two processes, none lost")
    assert _version(db_file) == before + 2 * EDITS
    with closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        crew = conn.execute(
            "SELECT seat FROM crewassignment JOIN mission ON mission.id = mission_id "
            "WHERE mission.name = ? ORDER BY seat",
            (worker.MISSION,),
        ).fetchall()
    assert [s for (s,) in crew] == [0, 1, 2, 3]


@pytest.mark.slow
def test_the_command_line_edits_while_another_process_writes(db_file: Path) -> None:
    before = _version(db_file)
    stop = db_file.with_name("stop")
    writer = spawn("edits-until", db_file, stop, "Matthias Maurer")
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    tracker = [sys.executable, "-m", "tracker", "--database", str(db_file)]
    cli_edits = 0
    try:
        for action in (
            ["remove", "Crew-3", "Matthias Maurer"],
            ["add", "Crew-3", "Matthias Maurer", "--role", "Mission Specialist"],
        ):
            done = subprocess.run(
                [*tracker, "crew", *action], capture_output=True, text=True, timeout=120
            )
            assert done.returncode == 0, done.stderr
            assert done.stderr == ""
            cli_edits += 1
    finally:
        stop.touch()
    out = _finish(writer)
    worker_edits = int(out.split()[-1])
    print(f"\n{worker_edits} edits by a process and {cli_edits} by the command line, none lost")
    assert worker_edits > 0
    assert _version(db_file) == before + worker_edits + cli_edits


def test_a_stale_edit_from_another_process_is_refused_and_changes_nothing(db_file: Path) -> None:
    db = open_database(f"sqlite:///{db_file}")
    try:
        repo = Repository(db, lambda: worker.NOW)
        mission = repo.mission(repo.find_mission(worker.MISSION))  # what the window shows
        person = mission.crew[0].person_id
        _finish(spawn("edit-once", db_file))  # another process edits the same mission
        after_other = _dump(db_file)
        with pytest.raises(ConflictError, match="changed elsewhere \u2014 reloaded"):
            repo.set_crew_role(
                mission.id, person, "Stale Commander", expected_version=mission.version
            )
        assert _dump(db_file) == after_other
        fresh = repo.mission(mission.id)
        assert fresh.version == mission.version + 1
        repo.set_crew_role(mission.id, person, "Commander", expected_version=fresh.version)
    finally:
        db.dispose()
