"""An output never destroys the database: every name for the database, its side files and
its backups is refused; writes are whole or absent; files keep their owner's privacy.

The database in these tests has a committed edit still in its ``-wal`` (the case in which an
export onto the ``-wal`` once lost a transaction), and each refusal is checked by the file's
hash, the folder's listing and that edit still being there.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import digest
from tests.store.safety import worker
from tests.store.safety.ondisk import first_role, listing
from tracker.cli import main
from tracker.errors import UserError
from tracker.exchange import files
from tracker.store import safety
from tracker.store.database import Database, backup_beside, backup_to, open_database
from tracker.store.repository import Repository

ROLE = "Only In The WAL"


@pytest.fixture
def live(db_file: Path) -> Iterator[Database]:
    """The database open, a backup beside it, and an edit committed but not checkpointed."""
    db = open_database(f"sqlite:///{db_file}")
    backup_beside(db, "daily")
    repo = Repository(db, lambda: worker.NOW)
    mission = repo.mission(repo.find_mission(worker.MISSION))
    repo.set_crew_role(mission.id, mission.crew[0].person_id, ROLE)
    assert db_file.with_name("tracker.db-wal").stat().st_size > 0
    yield db
    db.dispose()


def _name(db: Path, suffix: str) -> Path:
    return db.with_name(db.name + suffix)


def _symlink(at: Path, to: Path) -> Path:
    at.symlink_to(to)
    return at


def _hardlink(at: Path, to: Path) -> Path:
    os.link(to, at)
    return at


# Each makes, from the database path, a name that leads to one of its files.
TARGETS: dict[str, Callable[[Path], Path]] = {
    "the database": lambda db: db,
    "its -wal": lambda db: _name(db, "-wal"),
    "its -shm": lambda db: _name(db, "-shm"),
    "its -journal (absent)": lambda db: _name(db, "-journal"),
    "a backup beside it": lambda db: safety.backups(db)[0].path,
    "a symlink to it": lambda db: _symlink(db.with_name("calendar.ics"), db),
    "a relative symlink to its -wal": lambda db: _symlink(
        db.with_name("out.json"), Path(db.name + "-wal")
    ),
    "a hard link to it": lambda db: _hardlink(db.with_name("copy.ics"), db),
    "a hard link to a backup": lambda db: _hardlink(
        db.with_name("old.json"), safety.backups(db)[0].path
    ),
    "its name through a linked folder": lambda db: (
        _symlink(db.parent / "alias", db.parent) / db.name
    ),
    "a dotted path to it": lambda db: db.parent / "." / ".." / db.parent.name / db.name,
}


@pytest.mark.parametrize("target", TARGETS)
def test_an_output_onto_any_name_for_the_database_is_refused(live: Database, target: str) -> None:
    assert live.path is not None
    path = TARGETS[target](live.path)
    before = {p.name: digest(p) for p in live.path.parent.iterdir() if p.is_file()}
    folder = listing(live.path.parent)
    with pytest.raises(UserError, match="refusing to write .*the database's own files"):
        files.write_atomic(path, b"BEGIN:VCALENDAR\r\n", protect=safety.database_files(live.path))
    assert {p.name: digest(p) for p in live.path.parent.iterdir() if p.is_file()} == before
    assert listing(live.path.parent) == folder
    assert first_role(live.path) == ROLE


@pytest.mark.parametrize("target", ["the database", "its -wal", "a symlink to it"])
def test_a_database_copy_onto_the_database_is_refused(live: Database, target: str) -> None:
    assert live.path is not None
    path = TARGETS[target](live.path)
    with pytest.raises(UserError, match="refusing to write"):
        backup_to(live, path)
    assert first_role(live.path) == ROLE
    assert safety.check_file(live.path).ok


def test_a_symlink_as_target_is_replaced_not_written_through(tmp_path: Path) -> None:
    elsewhere = tmp_path / "notes.txt"
    elsewhere.write_text("my notes\n")
    link = tmp_path / "calendar.ics"
    link.symlink_to(elsewhere)
    written = files.write_atomic(link, b"calendar\n")
    assert written == link
    assert elsewhere.read_text() == "my notes\n"
    assert not link.is_symlink() and link.read_bytes() == b"calendar\n"


def test_a_pipe_a_device_or_a_folder_is_refused_without_being_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.ics"
    os.mkfifo(fifo)  # opening it for writing would block until someone reads
    cases = {fifo: "named pipe", Path(os.devnull): "device", tmp_path: "folder"}
    for target, kind in cases.items():
        with pytest.raises(UserError, match=kind):
            files.write_atomic(target, b"data")
    with pytest.raises(UserError, match="does not exist"):
        files.write_atomic(tmp_path / "missing" / "x.ics", b"data")
    assert listing(tmp_path) == ["pipe.ics"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "archive.json"
    target.write_text("the old archive\n")
    with pytest.raises(RuntimeError), files.replacing(target) as temp:
        temp.write_bytes(b"half an arch")
        raise RuntimeError("the exporter failed half-way")
    assert target.read_text() == "the old archive\n"
    assert listing(tmp_path) == ["archive.json"]


@contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_outputs_follow_the_umask_and_replaced_ones_keep_their_mode(tmp_path: Path) -> None:
    with umask(0o027):
        fresh = files.write_atomic(tmp_path / "new.ics", b"x")
    assert mode(fresh) == 0o640
    kept = tmp_path / "private.json"
    kept.write_text("old")
    kept.chmod(0o600)
    with umask(0o022):
        files.write_atomic(kept, b"new")
    assert mode(kept) == 0o600 and kept.read_bytes() == b"new"


@pytest.mark.parametrize("db_mode", [0o600, 0o640])
def test_every_copy_of_the_database_keeps_its_mode(
    db_file: Path, tmp_path: Path, db_mode: int
) -> None:
    db_file.chmod(db_mode)
    with umask(0o022):  # a umask that would make a 0644 file
        db = open_database(f"sqlite:///{db_file}")
        try:
            copies = [
                backup_to(db, tmp_path / "backup.db"),
                backup_beside(db, "before-migration-0002"),
                safety.daily_backup(db),
            ]
        finally:
            db.dispose()
        saved = safety.restore(db_file, copies[0])
        db_file.unlink()
        restored_anew = safety.restore(db_file, copies[0])
    assert restored_anew is None
    assert [mode(p) for p in [*copies, saved]] == [db_mode] * 4  # type: ignore[list-item]
    assert mode(db_file) == db_mode


def test_the_command_line_backup_refuses_the_database_and_its_side_files(
    live: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert live.path is not None
    for target in (live.path, _name(live.path, "-wal"), _name(live.path, "-shm")):
        assert main(["--database", str(live.path), "backup", str(target)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "refusing to write" in err
    assert first_role(live.path) == ROLE
    assert safety.check_file(live.path).ok


@pytest.mark.parametrize("command", ["export", "export-ics"])
@pytest.mark.parametrize("target", ["the database", "its -wal", "a symlink to it"])
def test_the_command_line_exports_refuse_the_database_and_its_side_files(
    live: Database, command: str, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert live.path is not None
    path = TARGETS[target](live.path)
    assert main(["--database", str(live.path), command, str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refusing to write" in err
    assert first_role(live.path) == ROLE
    assert safety.check_file(live.path).ok


@pytest.mark.parametrize("save", ["export_archive", "write_calendar", "back_up"])
@pytest.mark.parametrize("target", ["the database", "its -wal", "a symlink to it"])
def test_the_windows_save_dialogs_refuse_the_database_and_its_side_files(
    live: Database, qapp: object, save: str, target: str
) -> None:
    """File ▸ Export, Export Calendar and Back Up call these with the name the user chose."""
    from tracker.clock import Clock
    from tracker.ui.service import DataService

    assert live.path is not None
    path = TARGETS[target](live.path)
    clock = Clock(worker.NOW)
    service = DataService(
        lambda: Repository(live, clock), clock, lambda url: Repository(live, clock)
    )

    def files_but_the_shm() -> dict[str, str]:  # a read updates the -shm's index, as any does
        return {p.name: digest(p) for p in live.path.parent.iterdir() if p.is_file()} | {
            "tracker.db-shm": ""
        }

    before = files_but_the_shm()
    with pytest.raises(UserError, match="refusing to write"):
        getattr(service, save)(path)
    assert files_but_the_shm() == before
    assert first_role(live.path) == ROLE
