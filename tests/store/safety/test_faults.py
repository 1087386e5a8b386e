"""Every database failure is one line that names the cause and what to do, and leaves
nothing behind: a path that is a pipe or a device, an unsupported URL or a missing driver, a
locked database, a read-only file, folder or file system, a full disk, a failed migration,
an interrupted restore.

Faults are real where they can be: pipes and devices are real, the lock is held by another
connection, read-only is ``chattr +i`` (root ignores permission bits; ``chmod`` otherwise) or
a read-only bind mount, a full disk is a 1 MB tmpfs filled to the last byte. The mounts are
made in a private mount namespace (``unshare --mount``) that ends with its process, so
nothing outside the test sees them; without the privilege for it those tests skip.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tests.store.safety import worker
from tests.store.safety.conftest import WORKER, spawn
from tests.store.safety.ondisk import crew3_version, listing
from tracker.cli import main
from tracker.errors import DatabaseUnavailable, UserError
from tracker.store import restoring, safety
from tracker.store.database import Database, open_database
from tracker.store.repository import Repository
from tracker.store.watch import ChangeWatcher

# What a message for a person never holds: SQL, parameters, SQLAlchemy's links, a traceback.
NOT_FOR_PEOPLE = ("SELECT", "INSERT", "UPDATE ", "[SQL", "[parameters", "sqlalche.me", "Traceback")


def one_line(err: str, *words: str) -> str:
    """The last line of stderr, checked: the command said one thing, fit for a person."""
    assert err.endswith("\n") and err.strip(), err
    line = err.splitlines()[-1]
    for word in NOT_FOR_PEOPLE:
        assert word not in err, err
    for word in words:
        assert word in line, line
    return line


def within(seconds: float, action: Callable[[], Any]) -> Any:
    """``action()``, failing the test if it has not returned in ``seconds`` (a blocked open)."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test below
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still blocked after {seconds} s"
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


# --- a path that is no file ---------------------------------------------------------------


def test_a_pipe_or_a_device_as_the_database_is_refused_without_blocking(
    db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)  # opening it would block until a writer comes
    for path, kind in ((fifo, "named pipe"), (Path("/dev/zero"), "device")):
        with pytest.raises(DatabaseUnavailable, match=kind):
            within(10, lambda p=path: open_database(f"sqlite:///{p}"))
        with pytest.raises(DatabaseUnavailable, match=kind):
            within(10, lambda p=path: safety.check_file(p))
        with pytest.raises(DatabaseUnavailable, match=f"{kind}.*nothing was restored"):
            within(10, lambda p=path: safety.restore(db_file, p))
        for command in (["list"], ["check"], ["backup", str(tmp_path / "b.db")]):
            assert within(10, lambda c=command, p=path: main(["--database", str(p), *c])) == 2
            one_line(capsys.readouterr().err, kind)
    assert listing(tmp_path) == ["pipe.db", "tracker.db"]


# --- URLs -----------------------------------------------------------------------------------


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


URLS = [
    pytest.param(
        "postgresql+psycopg2://me@localhost/tracker",
        "pip install psycopg2-binary",
        marks=pytest.mark.skipif(_installed("psycopg2"), reason="psycopg2 is installed"),
        id="psycopg2 missing",
    ),
    pytest.param("mysql://me@localhost/tracker", "unsupported database URL", id="mysql"),
    pytest.param("http://example.com/tracker.db", "unsupported database URL", id="http"),
    pytest.param("nosuchdb://x/y", "unsupported database URL", id="unknown scheme"),
    pytest.param("sqlite://me@host/x.db", "not a database path or URL", id="sqlite with host"),
    pytest.param("postgresql://me:secret@[::1/x", "not a database path or URL", id="unparsable"),
]


@pytest.mark.parametrize(("url", "words"), URLS)
def test_an_unusable_url_is_one_line_naming_what_to_do(
    url: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(DatabaseUnavailable, match=words.replace("[", r"\[")):
        open_database(url)
    assert main(["--database", url, "list"]) == 2
    line = one_line(capsys.readouterr().err, words)
    assert "secret" not in line


def test_postgresql_without_its_driver_names_the_package(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """psycopg is a dependency, so hide it as an install without it would lack it."""
    for name in [m for m in sys.modules if m == "psycopg" or m.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg now fails
    url = "postgresql://me:secret@localhost/tracker"
    with pytest.raises(DatabaseUnavailable, match=r'pip install "psycopg\[binary\]"'):
        open_database(url)
    assert main(["--database", url, "list"]) == 2
    line = one_line(capsys.readouterr().err, 'pip install "psycopg[binary]"')
    assert "secret" not in line


# --- locked ---------------------------------------------------------------------------------


@contextmanager
def write_lock(path: Path) -> Iterator[None]:
    """Another program in the middle of a long write."""
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        yield
        other.execute("ROLLBACK")


def test_a_database_locked_past_the_busy_timeout_refuses_in_one_line(db_file: Path) -> None:
    db = open_database(f"sqlite:///{db_file}")
    # The app waits ten seconds; this test, a fifth of one (after the app's own settings).
    sa.event.listen(db.engine, "connect", lambda c, _r: c.execute("PRAGMA busy_timeout = 200"))
    try:
        repo = Repository(db, lambda: worker.NOW)
        mission = repo.mission(repo.find_mission(worker.MISSION))
        with write_lock(db_file), pytest.raises(UserError) as raised:
            repo.set_crew_role(mission.id, mission.crew[0].person_id, "Locked Out")
        one_line(f"{raised.value}\n", "is busy", "nothing was changed")
        assert "database is locked" in str(raised.value.__cause__)  # SQLite's words, kept
        assert repo.mission(mission.id).version == mission.version
    finally:
        db.dispose()


@pytest.mark.slow
def test_the_command_line_on_a_locked_database_waits_then_says_so(db_file: Path) -> None:
    before = crew3_version(db_file)
    with write_lock(db_file):
        done = subprocess.run(
            [sys.executable, "-m", "tracker", "--database", str(db_file), "crew", "add"]
            + [worker.MISSION, "Anna Kikina", "--role", "Pilot"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 2
    one_line(done.stderr, "is busy", "nothing was changed")
    assert crew3_version(db_file) == before


# --- read-only ------------------------------------------------------------------------------


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` (a file or a folder) made read-only for this process, root included."""
    if os.geteuid() == 0:
        made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
        if made.returncode != 0:
            pytest.skip(f"chattr +i is not available here: {made.stderr.strip()}")
        undo = ["chattr", "-i", str(path)]
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        undo = []
    try:
        assert not os.access(path, os.W_OK)
        yield
    finally:
        if undo:
            subprocess.run(undo, check=True)
        else:
            path.chmod(mode)


def _reads_and_refuses(db: Database) -> None:
    repo = Repository(db, lambda: worker.NOW)
    crew3 = repo.mission(repo.find_mission(worker.MISSION))
    assert len(crew3.crew) == 4 and len(repo.missions()) == 10
    with pytest.raises(UserError, match="is read-only .*nothing was changed"):
        repo.set_crew_role(crew3.id, crew3.crew[0].person_id, "Not Allowed")
    assert safety.daily_backup(db) is None  # nothing can be written beside it
    with ChangeWatcher(db) as watcher:
        assert not watcher.changed()


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_opens_for_reading_and_leaves_no_side_file(
    db_file: Path, what: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = crew3_version(db_file)
    with read_only(db_file if what == "file" else db_file.parent):
        db = open_database(f"sqlite:///{db_file}")
        try:
            assert db.read_only is not None and "read-only" in db.read_only
            _reads_and_refuses(db)
        finally:
            db.dispose()
        assert main(["--database", str(db_file), "list"]) == 0
        assert "Crew-3" in capsys.readouterr().out
        assert main(["--database", str(db_file), "crew", "remove", "Crew-3", "Kayla Barron"]) == 2
        one_line(capsys.readouterr().err, "is read-only", "nothing was changed")
        assert listing(db_file.parent) == ["tracker.db"]  # no -wal, -shm, backup or .partial
    assert crew3_version(db_file) == before


def test_a_read_only_database_with_a_wal_shows_what_the_wal_holds(db_file: Path) -> None:
    """A writer killed before its checkpoint left its commits in the -wal: read them."""
    child = spawn("churn", db_file, 5)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    while int(child.stdout.readline()) < 10:
        pass
    child.kill()
    child.wait()
    files = listing(db_file.parent)
    assert "tracker.db-wal" in files
    # What the -wal holds, read without a checkpoint (which would fold it into the file).
    with closing(sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)) as conn:
        (version,) = conn.execute(
            "SELECT version FROM mission WHERE name = ?", (worker.MISSION,)
        ).fetchone()
    with read_only(db_file.parent):
        db = open_database(f"sqlite:///{db_file}")
        try:
            repo = Repository(db, lambda: worker.NOW)
            assert repo.mission(repo.find_mission(worker.MISSION)).version == version
        finally:
            db.dispose()
        assert listing(db_file.parent) == files


def test_a_read_only_database_that_needs_upgrading_is_refused_untouched(db_file: Path) -> None:
    with closing(sqlite3.connect(db_file)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
        conn.commit()
    with read_only(db_file), pytest.raises(DatabaseUnavailable, match="needs upgrading.*read-only"):
        open_database(f"sqlite:///{db_file}")
    assert listing(db_file.parent) == ["tracker.db"]


def _in_private_mounts(*args: str | Path) -> dict[str, Any]:
    """Run worker.py in a mount namespace of its own; what it found, as JSON."""
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "true"], capture_output=True
    )
    if probe.returncode != 0:
        pytest.skip("no private mount namespaces here (unshare --mount needs privileges)")
    done = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", sys.executable, str(WORKER)]
        + [str(a) for a in args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    found: dict[str, Any] = json.loads(done.stdout)
    return found


@pytest.mark.slow
def test_a_read_only_file_system_opens_for_reading(template_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mounted"
    folder.mkdir()
    found = _in_private_mounts("read-only-mount", template_db, folder)
    assert found["list"]["rc"] == 0 and "Crew-3" in found["list"]["out"]
    assert found["next"]["rc"] == 0 and found["check"]["rc"] == 0
    assert found["add"]["rc"] == 2
    one_line(found["add"]["err"], "read-only", "file system", "nothing was changed")
    assert found["files after"] == found["files before"] == ["tracker.db"]


# --- full -----------------------------------------------------------------------------------


def test_a_database_at_its_size_limit_says_the_disk_is_full_not_damaged(db_file: Path) -> None:
    db = open_database(f"sqlite:///{db_file}")

    def no_room(conn: sqlite3.Connection, _record: object) -> None:
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"

    sa.event.listen(db.engine, "connect", no_room)
    try:
        repo = Repository(db, lambda: worker.NOW)
        mission_id = repo.find_mission(worker.MISSION)
        before = repo.mission(mission_id)
        with pytest.raises(UserError) as raised:
            for n in range(1000):
                repo.reschedule(
                    mission_id,
                    worker.slip_net(before.net, n + 1, 0),
                    before.net_precision,
                    "x" * 400,
                )
        line = one_line(f"{raised.value}\n", "no space is left on the disk", "nothing was changed")
        assert "damaged" not in line and "restore" not in line
        assert "database or disk is full" in str(raised.value.__cause__)
        assert repo.mission(mission_id).version > before.version  # the edits that fitted
    finally:
        db.dispose()
    assert safety.check_file(db_file).ok


@pytest.mark.slow
def test_a_full_disk_is_one_line_and_leaves_nothing(template_db: Path, tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    backup = shutil.copyfile(template_db, tmp_path / "good.bak")
    found = _in_private_mounts("full-disk", template_db, disk, backup)
    assert found["free"] == 0
    for command in ("list", "add", "backup", "restore", "export-ics"):
        assert found[command]["rc"] == 2, (command, found[command])
        line = one_line(found[command]["err"], "no space is left on the disk", "Free some space")
        assert "damaged" not in line, (command, line)
    # Only SQLite's own side files, which it clears on the next open; none of ours.
    assert set(found["files when full"]) <= {
        "filler",
        "tracker.db",
        "tracker.db-wal",
        "tracker.db-shm",
    }
    assert found["list after"]["rc"] == 0 and "Crew-3" in found["list after"]["out"]
    assert found["check after"]["rc"] == 0 and "sound" in found["check after"]["out"]
    left = [f for f in found["files after"] if f != "tracker.db"]
    assert len(left) == 1 and left[0].endswith(".daily.bak"), found["files after"]


# --- nothing left behind --------------------------------------------------------------------


def test_a_failed_migration_leaves_no_backup_however_often_it_is_retried(
    db_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Stamped 0002 while it has 0003's index: upgrading fails on every try. The backup
    made before each try goes with it, and none of the earlier backups is rotated out."""
    db = open_database(f"sqlite:///{db_file}")
    older = [safety.backup_file_beside(db_file, f"before-migration-000{n}") for n in range(5)]
    db.dispose()
    with closing(sqlite3.connect(db_file)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
        conn.commit()
    files = listing(db_file.parent)
    for _ in range(3):
        with pytest.raises(DatabaseUnavailable, match="already exists"):
            open_database(f"sqlite:///{db_file}")
        assert main(["--database", str(db_file), "list"]) == 2
        one_line(capsys.readouterr().err, "already exists")
        assert listing(db_file.parent) == files
    assert all(p.exists() for p in older)


def test_an_interrupted_restore_leaves_nothing_and_changes_nothing(
    db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = safety.copy_database(db_file, tmp_path / "good.bak")
    with closing(sqlite3.connect(db_file)) as conn:
        conn.execute("UPDATE mission SET description = 'after the backup' WHERE id = 1")
        conn.commit()
    files = listing(tmp_path)

    def interrupted(conn: sqlite3.Connection) -> None:
        conn.execute("DROP TABLE main.crewassignment")  # half-way through the swap
        raise KeyboardInterrupt

    monkeypatch.setattr(restoring, "_replace_content", interrupted)
    with pytest.raises(KeyboardInterrupt):
        safety.restore(db_file, backup)
    assert listing(tmp_path) == files  # no safety copy, no staged copy, no .partial
    assert safety.check_file(db_file).ok
    with closing(sqlite3.connect(db_file)) as conn:
        (text,) = conn.execute("SELECT description FROM mission WHERE id = 1").fetchone()
        assert conn.execute("SELECT count(*) FROM crewassignment").fetchone()[0] > 0
    assert text == "after the backup"


def test_what_a_killed_backup_or_restore_left_is_swept_an_hour_later(db_file: Path) -> None:
    """Only a process killed outright leaves its temporary files; the next start removes
    them once they are old enough that no running operation can own them."""
    folder = db_file.parent
    stale = [
        folder / ".tracker.db.20240501T080000000000.daily.bak.1a2b3c4d.partial",
        folder / ".tracker.db.5e6f7a8b.restoring",
        folder / ".tracker.db.5e6f7a8b.restoring-journal",
    ]
    fresh = folder / ".tracker.db.9c0d1e2f.restoring"  # a restore running right now
    keep = [folder / ".notes.txt.partial", folder / "tracker.db.partial-notes"]
    for p in [*stale, fresh, *keep]:
        p.write_bytes(b"left over")
    hour_ago = (os.stat(db_file).st_mtime) - safety.STALE_AFTER_S - 60
    for p in [*stale, *keep]:
        os.utime(p, (hour_ago, hour_ago))
    db = open_database(f"sqlite:///{db_file}")
    try:
        assert safety.daily_backup(db) is not None
    finally:
        db.dispose()
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and all(p.exists() for p in keep)
