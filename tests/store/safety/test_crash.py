"""A writer killed with SIGKILL at a random instant leaves a sound database that holds every
commit it reported, and nothing half-done.

Each round copies the seeded database, starts a writer process that edits Crew-3's roster as
fast as it can (one Repository command per step, with checkpoints every few commits so kills
also land inside them), kills it after a random delay, and then opens the file as the app
would. The writer's steps come from a seeded plan, so the test knows the exact roster after
any number of steps: the database must match it for the number of commits it holds, which is
every step the writer reported, or one more (committed, killed before it could say so).

The many-kills test forks its writers from this (already imported) process, so that 40 kills
take seconds rather than 40 interpreter start-ups; each child opens its own connections after
the fork and reports through a pipe with unbuffered ``write``. The last test does the same
with a fresh interpreter started from scratch. ``TRACKER_SAFETY_KILLS`` sets the number of
rounds (default 40), e.g. ``TRACKER_SAFETY_KILLS=1000`` for a soak run.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import time
import traceback
from contextlib import closing
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pytest

from tests.store.safety import worker
from tests.store.safety.conftest import spawn
from tracker.store.database import open_database
from tracker.store.repository import Repository

KILLS = int(os.environ.get("TRACKER_SAFETY_KILLS", "40"))
PARALLEL = 8
MAX_DELAY_S = 0.15


def _state(path: Path) -> tuple[int, list[worker.Seat]]:
    """Crew-3's version and roster, after the app's opening checks and a full check."""
    db = open_database(f"sqlite:///{path}")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        repo = Repository(db, lambda: worker.NOW)
        mission = repo.mission(repo.find_mission(worker.MISSION))
        return mission.version, [(c.person_id, c.role) for c in mission.crew]
    finally:
        db.dispose()


def _expected(seed: int, crew: list[worker.Seat], steps: int) -> list[worker.Seat]:
    for step in islice(worker.plan(seed, crew), steps):
        crew = worker.apply(crew, step)
    return crew


@dataclass
class Writer:
    """A forked writer: its pid, the read end of its report pipe, what it started from."""

    seed: int
    path: Path
    pid: int
    pipe: int
    version0: int
    crew0: list[worker.Seat]
    kill_at: float = 0.0
    output: bytes = b""


def _fork_writer(path: Path, seed: int) -> Writer:
    version0, crew0 = _state(path)  # closed again before the fork: nothing shared
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 1
        try:
            os.close(read_end)
            worker.churn(str(path), seed, lambda line: os.write(write_end, f"{line}\n".encode()))
        except BaseException:  # noqa: BLE001 - report anything to the parent's stderr
            os.write(2, traceback.format_exc().encode())
        finally:
            os._exit(status)
    os.close(write_end)
    return Writer(seed, path, pid, read_end, version0, crew0)


def _read_line(fd: int) -> bytes:
    line = b""
    while not line.endswith(b"\n"):
        byte = os.read(fd, 1)
        if not byte:
            break
        line += byte
    return line


def _reap(w: Writer) -> int:
    """Kill ``w``, collect its report, check the database; returns the steps it committed."""
    os.kill(w.pid, signal.SIGKILL)
    _pid, status = os.waitpid(w.pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, w.seed
    while chunk := os.read(w.pipe, 65536):
        w.output += chunk
    os.close(w.pipe)
    lines = w.output.split()
    reported = len(lines)
    assert lines == [str(n).encode() for n in range(1, reported + 1)], w.seed

    version, crew = _state(w.path)
    committed = version - w.version0
    assert committed in (reported, reported + 1), (w.seed, reported, committed)
    assert crew == _expected(w.seed, w.crew0, committed), f"seed {w.seed}: roster not as committed"
    return committed


@pytest.mark.slow
def test_writers_killed_at_random_instants_lose_nothing_committed(
    template_db: Path, tmp_path: Path
) -> None:
    rng = random.Random()
    seeds = rng.sample(range(10**6), KILLS)
    committed: list[int] = []
    for start in range(0, KILLS, PARALLEL):
        writers = []
        for seed in seeds[start : start + PARALLEL]:
            path = tmp_path / f"kill-{seed}.db"
            shutil.copyfile(template_db, path)
            writers.append(_fork_writer(path, seed))
        for w in writers:
            assert _read_line(w.pipe) == b"ready\n", f"writer {w.seed} failed to start"
            w.kill_at = time.monotonic() + rng.uniform(0, MAX_DELAY_S)
        for w in sorted(writers, key=lambda w: w.kill_at):
            time.sleep(max(0.0, w.kill_at - time.monotonic()))
            os.kill(w.pid, signal.SIGKILL)
        committed += [_reap(w) for w in writers]
    print(
        f"\n{len(committed)} kills survived; {sum(committed)} committed steps all present; "
        f"{sum(1 for c in committed if c)} kills landed mid-run"
    )
    assert len(committed) == KILLS
    assert sum(committed) > 0, "the writers never got to write: the kills proved nothing"


@pytest.mark.slow
def test_a_fresh_writer_process_killed_mid_write_loses_nothing(db_file: Path) -> None:
    """The same with a new interpreter; its -wal is left behind and opening recovers it."""
    version0, crew0 = _state(db_file)
    child = spawn("churn", db_file, 7)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    reported = 0
    while reported < 20:  # at least 20 commits, and still writing
        reported = int(child.stdout.readline())
    child.send_signal(signal.SIGKILL)
    child.wait()
    reported += len(child.stdout.read().split())  # the buffered stream readline used
    assert db_file.with_name("tracker.db-wal").exists()
    with closing(sqlite3.connect(db_file)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    version, crew = _state(db_file)
    assert version - version0 in (reported, reported + 1)
    assert crew == _expected(7, crew0, version - version0)
