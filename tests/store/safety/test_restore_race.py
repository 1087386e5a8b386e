"""A restore racing writer processes loses no acknowledged edit, and one that cannot take the
lock is refused leaving nothing behind.

Two writer processes (worker.py ``slips``) reschedule Crew-3 as fast as they can, one through
a repository that keeps its pooled connections open (as a window does), one opening the
database anew for each edit (as separate commands do). Each slip leaves a row of its own (its
reason, "TAG N"), and the writer prints N once the commit has returned: that is the
acknowledgement. Meanwhile this process restores the same backup, made before the race,
``TRACKER_RESTORE_RACES`` times (default 8).

What "nothing lost" means, exactly: the safety copy of restore i holds the database as it
was when restore i took the write lock, so it holds the slips committed since restore i-1;
the final database holds those committed since the last restore. Every acknowledged slip
must therefore be found in exactly one place among (copy 1, ..., copy m, final), in order: a
slip is never found in an earlier place than one its writer acknowledged before it. And no
slip is found that was not acknowledged (nothing is killed here, so every commit is
reported).
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest

from tests.helpers import digest
from tests.store.safety.conftest import spawn
from tests.store.safety.ondisk import listing
from tracker.errors import UserError
from tracker.store import probe, safety

ROUNDS = int(os.environ.get("TRACKER_RESTORE_RACES", "8"))


def slip_reasons(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {str(r) for (r,) in conn.execute("SELECT reason FROM schedulechange")}


class Writer:
    """A ``slips`` worker whose output is read as it comes, so its pipe never fills."""

    def __init__(self, db: Path, stop: Path, tag: str, offset: int, *mode: str) -> None:
        self.tag = tag
        self.child = spawn("slips", db, stop, tag, offset, *mode)
        assert self.child.stdout is not None
        assert self.child.stdout.readline().strip() == "ready"
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.child.stdout is not None
        self.lines.extend(line.strip() for line in self.child.stdout)

    def acknowledged(self) -> list[str]:
        """The reasons of every slip the writer reported committed, in order."""
        self.child.wait(timeout=120)
        self.reader.join(timeout=60)
        assert self.child.stderr is not None
        err = self.child.stderr.read()
        assert self.child.returncode == 0 and err == "", err
        *steps, done = self.lines
        count = int(done.removeprefix("done "))
        assert steps == [str(n) for n in range(1, count + 1)]
        return [f"{self.tag} {n}" for n in range(1, count + 1)]


@pytest.mark.slow
def test_a_restore_racing_two_writers_loses_no_acknowledged_edit(
    db_file: Path, tmp_path: Path
) -> None:
    backup = safety.copy_database(db_file, tmp_path / "before-the-race.bak")
    assert not (slip_reasons(backup) & {"pooled 1", "fresh 1"})
    stop = tmp_path / "stop"
    writers = [Writer(db_file, stop, "pooled", 0), Writer(db_file, stop, "fresh", 1, "fresh")]
    places: list[set[str]] = []  # what each safety copy holds, in order; then the final file
    rng = random.Random()
    try:
        for _ in range(ROUNDS):
            time.sleep(rng.uniform(0.05, 0.3))
            saved = safety.restore(db_file, backup)
            assert saved is not None and safety.check_file(saved).ok
            places.append(slip_reasons(saved))  # read now: older copies rotate away
        time.sleep(0.2)  # edits after the last restore, too
    finally:
        stop.touch()
    acknowledged = {w.tag: w.acknowledged() for w in writers}
    places.append(slip_reasons(db_file))
    assert safety.check_file(db_file).ok

    for tag, reasons in acknowledged.items():
        where = []
        for reason in reasons:
            found = [i for i, held in enumerate(places) if reason in held]
            assert len(found) == 1, f"{reason} found in places {found} (copies 0..{ROUNDS - 1})"
            where.append(found[0])
        assert where == sorted(where), f"{tag}: a slip found before one acknowledged earlier"
        stray = {r for held in places for r in held if r.startswith(f"{tag} ")} - set(reasons)
        assert not stray, f"{tag}: unacknowledged slips {sorted(stray)}"
    total = sum(len(r) for r in acknowledged.values())
    in_copies = sum(len(held) for held in places[:-1]) - ROUNDS * len(slip_reasons(backup))
    print(
        f"\n{ROUNDS} restores raced 2 writers: {total} edits acknowledged "
        f"({', '.join(f'{t} {len(r)}' for t, r in acknowledged.items())}); "
        f"{in_copies} found in the safety copies, the rest in the restored database; none lost"
    )
    assert in_copies > 0, "no edit landed between restores: the race proved nothing"
    assert len(places[-1] - slip_reasons(backup)) > 0, "no edit landed after the last restore"


def test_a_restore_that_cannot_take_the_lock_is_refused_and_leaves_nothing(
    db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = safety.copy_database(db_file, tmp_path / "good.bak")
    monkeypatch.setattr(probe, "BUSY_TIMEOUT_S", 0.3)  # not ten seconds of waiting
    with closing(sqlite3.connect(db_file, isolation_level=None)) as writer:
        writer.execute("PRAGMA journal_mode = WAL")
        writer.execute("BEGIN IMMEDIATE")  # a writer in the middle of a long command
        writer.execute("UPDATE mission SET description = 'in progress' WHERE id = 1")
        before = digest(db_file)
        folder = listing(tmp_path)
        with pytest.raises(UserError, match="is busy.*nothing was changed"):
            safety.restore(db_file, backup)
        assert listing(tmp_path) == folder  # no safety copy, no staged copy
        assert digest(db_file) == before
        writer.execute("COMMIT")  # the writer's edit was never in danger
    with closing(sqlite3.connect(db_file)) as conn:
        (text,) = conn.execute("SELECT description FROM mission WHERE id = 1").fetchone()
    assert text == "in progress"


@pytest.mark.slow
def test_the_command_line_restores_while_a_writer_process_works(
    db_file: Path, tmp_path: Path
) -> None:
    """``tracker restore`` in a process of its own, with a writer running: it neither waits
    for the writer to stop nor loses its edits."""
    backup = safety.copy_database(db_file, tmp_path / "good.bak")
    stop = tmp_path / "stop"
    writer = Writer(db_file, stop, "pooled", 0)
    try:
        time.sleep(0.2)
        done = subprocess.run(
            [sys.executable, "-m", "tracker", "--database", str(db_file), "restore", str(backup)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        time.sleep(0.2)
    finally:
        stop.touch()
    assert done.returncode == 0, done.stderr
    reasons = writer.acknowledged()
    saved = next(b.path for b in safety.backups(db_file, "before-restore"))
    in_copy, in_final = slip_reasons(saved), slip_reasons(db_file)
    assert all((r in in_copy) != (r in in_final) for r in reasons)
    assert any(r in in_copy for r in reasons) and any(r in in_final for r in reasons)
