"""A child process for the safety tests: real Repository commands on a real database file.

Run as a script (``python worker.py MODE DB ...``), so each child is a separate process with
its own SQLite connections, as a second window or the command line would be. Every command
it reports on stdout has committed: the line is printed (and flushed) after the commit.

Modes:
  churn DB SEED        edit Crew-3's roster forever following ``plan(SEED)``; print the number
                       of each committed step (the parent kills it with SIGKILL)
  edits DB N TAG       wait for "go" on stdin, then make N edits of Crew-3; print "done N"
  edits-until DB STOP PERSON
                       edit Crew-3 (but not PERSON) until the file STOP exists; print
                       "done COUNT"
  edit-once DB         one edit of Crew-3; print "done"
  slips DB STOP TAG OFFSET [fresh]
                       reschedule Crew-3 with the reason "TAG N" (N = 1, 2, ...) until the
                       file STOP exists, printing N once each has committed, then "done
                       COUNT"; "fresh" opens the database anew for each, as separate commands
                       would (else one repository keeps its pooled connections open)
  full-disk SEED DIR BACKUP
                       run inside a private mount namespace (``unshare --mount``): put a
                       copy of SEED on a 1 MB tmpfs mounted at DIR, fill the disk to the last
                       byte, run ``tracker`` commands on it, free the space, run them again;
                       print what each said as one JSON object
  read-only-mount SEED DIR
                       likewise: SEED copied into DIR, DIR bound read-only onto itself; what
                       ``tracker`` says and leaves there
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

MISSION = "Crew-3"
NOW = dt.datetime(2021, 10, 27, 12, 0, tzinfo=dt.UTC)
Seat = tuple[int, str]  # (person id, role), in seat order


@dataclass(frozen=True)
class Step:
    """One repository command: ``move``, ``role``, ``remove`` or ``add``."""

    kind: str
    person: int
    seat: int = 0
    role: str = ""


def plan(seed: int, crew: list[Seat]) -> Iterator[Step]:
    """The deterministic sequence of commands for ``seed``, from the roster ``crew``.

    The parent replays it with ``apply`` to know exactly what the roster must be after any
    number of committed steps.
    """
    rng = random.Random(seed)
    crew = list(crew)
    full = len(crew)
    removed: Seat | None = None
    for n in range(10**9):
        if removed is not None:
            step = Step("add", removed[0], rng.randrange(full), f"Role {n}")
            removed = None
        else:
            kind = rng.choice(["move", "role", "remove"])
            person = crew[rng.randrange(len(crew))][0]
            step = Step(kind, person, rng.randrange(full), f"Role {n}")
            if kind == "remove":
                removed = next(s for s in crew if s[0] == person)
        crew = apply(crew, step)
        yield step


def apply(crew: list[Seat], step: Step) -> list[Seat]:
    """The roster after ``step``: the repository's rules, restated."""
    crew = list(crew)
    index = next((i for i, s in enumerate(crew) if s[0] == step.person), None)
    if step.kind == "add":
        crew.insert(max(0, min(step.seat, len(crew))), (step.person, step.role))
    elif step.kind == "remove":
        assert index is not None
        crew.pop(index)
    elif step.kind == "move":
        assert index is not None
        seat = crew.pop(index)
        crew.insert(max(0, min(step.seat, len(crew))), seat)
    elif step.kind == "role":
        assert index is not None
        crew[index] = (step.person, step.role)
    return crew


def run(repo: Any, mission_id: int, step: Step) -> None:
    if step.kind == "add":
        repo.add_crew(mission_id, step.person, step.role, step.seat)
    elif step.kind == "remove":
        repo.remove_crew(mission_id, step.person)
    elif step.kind == "move":
        repo.move_crew(mission_id, step.person, step.seat)
    else:
        repo.set_crew_role(mission_id, step.person, step.role)


def roster(repo: Any, mission_id: int) -> list[Seat]:
    return [(c.person_id, c.role) for c in repo.mission(mission_id).crew]


def _open(path: str, *, checkpoint_often: bool = False) -> tuple[Any, int]:
    import sqlalchemy as sa

    from tracker.store.database import open_database
    from tracker.store.repository import Repository

    db = open_database(f"sqlite:///{path}")
    if checkpoint_often:
        # Checkpoints every few commits, so that kills also land in the middle of them.
        def small_wal(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA wal_autocheckpoint = 8")

        sa.event.listen(db.engine, "connect", small_wal)
    repo = Repository(db, lambda: NOW)
    return repo, repo.find_mission(MISSION)


def _edit(repo: Any, mission_id: int, n: int, tag: str, avoid: int | None = None) -> None:
    """Edit number ``n``: a role change or a move, each one command (one version bump).

    ``avoid``: a person someone else is taking off and putting back meanwhile.
    """
    crew = [seat for seat in roster(repo, mission_id) if seat[0] != avoid]
    person = crew[n % len(crew)][0]
    if n % 2:
        repo.set_crew_role(mission_id, person, f"{tag} {n}")
    else:
        repo.move_crew(mission_id, person, (n * 7) % len(crew))


def churn(path: str, seed: int, report: Callable[[str], object]) -> None:
    """Follow ``plan(seed)`` forever, reporting each step's number once it has committed."""
    repo, mission_id = _open(path, checkpoint_often=True)
    steps = plan(seed, roster(repo, mission_id))
    report("ready")
    for number, step in enumerate(steps, start=1):
        run(repo, mission_id, step)
        report(str(number))


def slip_net(base: dt.datetime, n: int, offset: int) -> dt.datetime:
    """The NET of slip ``n``: never the starting NET, never another writer's (odd and even
    ``offset`` keep two writers apart), seconds away so no rule refuses it."""
    return base + dt.timedelta(seconds=2 * n + offset)


def slips(path: str, stop: str, tag: str, offset: int, fresh: bool) -> None:
    """Reschedule until ``stop`` exists; each slip leaves a row of its own (its reason)."""
    from pathlib import Path

    from tracker.vocabulary import NetPrecision

    repo, mission_id = _open(path)
    base = repo.mission(mission_id).net
    print("ready", flush=True)
    count = 0
    while not Path(stop).exists():
        count += 1
        if fresh:
            repo.db.dispose()
            repo, mission_id = _open(path)
        repo.reschedule(
            mission_id, slip_net(base, count, offset), NetPrecision.SECOND, f"{tag} {count}"
        )
        print(count, flush=True)
    repo.db.dispose()
    print(f"done {count}", flush=True)


def _tracker_on(db: Any) -> Callable[..., dict[str, Any]]:
    """Runs ``tracker --database DB ARGS...``; returns its exit status, stderr and stdout."""
    import subprocess

    def tracker(*args: str) -> dict[str, Any]:
        done = subprocess.run(
            [sys.executable, "-m", "tracker", "--database", str(db), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )
        return {"rc": done.returncode, "err": done.stderr, "out": done.stdout}

    return tracker


def read_only_mount(seed: str, folder: str) -> dict[str, Any]:
    """What ``tracker`` says and leaves in a folder mounted read-only."""
    import os
    import shutil
    import subprocess
    from pathlib import Path

    db = Path(folder) / "tracker.db"
    shutil.copyfile(seed, db)
    subprocess.run(["mount", "--bind", folder, folder], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", folder], check=True)
    tracker = _tracker_on(db)
    result: dict[str, Any] = {"files before": sorted(os.listdir(folder))}
    result["list"] = tracker("list")
    result["next"] = tracker("next", "--json")
    result["add"] = tracker("crew", "add", MISSION, "Anna Kikina", "--role", "Pilot")
    result["check"] = tracker("check")
    result["files after"] = sorted(os.listdir(folder))
    return result


def full_disk(seed: str, folder: str, backup: str) -> dict[str, Any]:
    """What ``tracker`` says and leaves on a full disk, and once there is room again."""
    import os
    import shutil
    import subprocess
    from pathlib import Path

    disk = Path(folder)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], check=True)
    db = disk / "tracker.db"
    shutil.copyfile(seed, db)
    filler = disk / "filler"
    with filler.open("wb", buffering=0) as f:  # to the last byte
        for size in (4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    f.write(b"\0" * size)

    tracker = _tracker_on(db)
    result: dict[str, Any] = {"free": shutil.disk_usage(disk).free}
    result["list"] = tracker("list")
    result["add"] = tracker("crew", "add", MISSION, "Anna Kikina", "--role", "Pilot")
    result["backup"] = tracker("backup", str(disk / "copy.db"))
    result["restore"] = tracker("restore", backup)
    result["export-ics"] = tracker("export-ics", str(disk / "launches.ics"))
    result["files when full"] = sorted(os.listdir(disk))
    filler.unlink()
    result["list after"] = tracker("list")
    result["check after"] = tracker("check")
    result["files after"] = sorted(os.listdir(disk))
    return result


def main(argv: list[str]) -> int:
    mode, path = argv[0], argv[1]
    if mode == "churn":
        churn(path, int(argv[2]), lambda line: print(line, flush=True))
    elif mode == "edits":
        repo, mission_id = _open(path)
        print("ready", flush=True)
        sys.stdin.readline()  # "go": both writers start together
        count = int(argv[2])
        for n in range(count):
            _edit(repo, mission_id, n, argv[3])
        print(f"done {count}", flush=True)
    elif mode == "edits-until":
        from pathlib import Path

        repo, mission_id = _open(path)
        stop = Path(argv[2])
        avoid = repo.find_person(argv[3])
        print("ready", flush=True)
        count = 0
        while not stop.exists():
            _edit(repo, mission_id, count, "worker", avoid)
            count += 1
        print(f"done {count}", flush=True)
    elif mode in ("full-disk", "read-only-mount"):
        import json

        found = (
            full_disk(path, *argv[2:4]) if mode == "full-disk" else read_only_mount(path, argv[2])
        )
        print(json.dumps(found), flush=True)
    elif mode == "slips":
        slips(path, argv[2], argv[3], int(argv[4]), argv[5:] == ["fresh"])
    elif mode == "edit-once":
        repo, mission_id = _open(path)
        _edit(repo, mission_id, 1, "elsewhere")
        print("done", flush=True)
    else:
        raise SystemExit(f"unknown mode {mode}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
