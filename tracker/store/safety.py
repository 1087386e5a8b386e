"""Keeping the user's data sound: checks, backups beside the file, and restore.

Everything here works on the SQLite file itself rather than on an open ``Database``, so it
also serves a file that cannot be opened: ``tracker check`` on a damaged database, or the
window offering to restore a backup when opening failed.

Two promises hold throughout. Looking never writes: files are inspected through
``readonly_connection``, which leaves the file and its folder exactly as they were. Replacing
never loses: a backup is written whole or not at all (``os.replace``), and a restore first
saves what it replaces.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import struct
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.errors import DatabaseDamaged, DatabaseUnavailable, UserError

if TYPE_CHECKING:
    from tracker.store.database import Database

SQLITE_HEADER = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm")
BACKUPS_KEPT = 5
# Opening checks a file this small in full (quick_check and foreign_key_check, about 2 ms a
# megabyte each, measured); a bigger one gets the structural checks only, so that start-up
# stays near-instant with 100,000 missions. `tracker check` always checks everything.
VERIFY_ON_OPEN_MAX_BYTES = 2 * 1024 * 1024
BUSY_TIMEOUT_S = 10.0
PROBLEMS_SHOWN = 20
_STAMP = "%Y%m%dT%H%M%S%f"  # fixed width, so names sort in time order
_STAMP_RE = r"(\d{8}T\d{12})"
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "disk i/o error")


def sidecar(path: Path, suffix: str) -> Path:
    """The ``-wal``/``-shm``/``-journal`` file that belongs to ``path``."""
    return path.with_name(path.name + suffix)


# --- looking without touching --------------------------------------------------------------


@contextmanager
def readonly_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that reads ``path`` without writing a byte or leaving a file behind.

    A plain read-only connection to a WAL database creates ``-wal`` and ``-shm`` files and
    leaves them there. When the file has no ``-wal`` (nobody has it open, and no crash left
    one) there is nothing to recover, so it is read as immutable: no locks, no side files.
    When a ``-wal`` exists it holds committed data that must be read, through the normal
    read-only path.
    """
    has_log = sidecar(path, "-wal").exists() or sidecar(path, "-journal").exists()
    mode = "mode=ro" if has_log else "immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=BUSY_TIMEOUT_S)
    try:
        yield conn
    finally:
        conn.close()


def header_problem(path: Path) -> str | None:
    """Why the file's first 100 bytes show it cannot be our database, or None.

    Catches, in microseconds, a file that is not SQLite at all and one cut short (a copy
    that stopped half-way): the header records how many pages the file should have.
    """
    with path.open("rb") as f:
        header = f.read(100)
    if not header:
        return None  # an empty file: SQLite treats it as a new database
    if not header.startswith(SQLITE_HEADER):
        return "not a SQLite database"
    if len(header) < 100:
        return "damaged: the file is cut short"
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, pages = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    size = path.stat().st_size
    wal = sidecar(path, "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None  # a checkpoint may be half-done; the -wal completes the file
    if pages and valid_for == change_counter and size < pages * page_size:
        return f"damaged: the file is cut short ({size} of {pages * page_size} bytes)"
    return None


def _rows(conn: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute(sql).fetchall()]


def _damage_rows(conn: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    """A check's rows; a check that SQLite aborts on damage reports the damage as one row.

    Busy and locked (``OperationalError``) are not damage and are raised.
    """
    try:
        return _rows(conn, sql)
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:
        return [(str(exc),)]


def integrity_problems(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """What SQLite's integrity check finds wrong (empty when sound)."""
    pragma = "quick_check" if quick else "integrity_check"
    found = [str(r[0]) for r in _damage_rows(conn, f"PRAGMA {pragma}({PROBLEMS_SHOWN})")]
    if found == ["ok"]:
        return []
    lines = (line.strip() for text in found for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("***")]


def foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    """Rows that point at a row that does not exist, one line each."""
    return [
        f"{row[0]} row {row[1]} points to a missing {row[2]} row" if len(row) == 4 else str(row[0])
        for row in _damage_rows(conn, "PRAGMA foreign_key_check")
    ]


def verify_on_open(conn: sqlite3.Connection, path: Path) -> list[str]:
    """The checks opening can afford: everything for a small file, nothing more for a big one."""
    if path.stat().st_size > VERIFY_ON_OPEN_MAX_BYTES:
        return []
    return integrity_problems(conn, quick=True) or foreign_key_problems(conn)


@dataclass
class CheckReport:
    """What ``check_file`` found: the schema revision and every problem, by kind."""

    path: Path
    revision: str | None = None
    integrity: list[str] = field(default_factory=list)
    foreign_keys: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.integrity and not self.foreign_keys

    def lines(self) -> list[str]:
        """The report for a person, first line a verdict."""
        if self.ok:
            schema = f" (schema {self.revision})" if self.revision else ""
            return [f"{self.path}: sound{schema}: integrity and foreign-key checks passed."]
        out = [f"{self.path}: DAMAGED"]
        out += [f"  integrity: {p}" for p in self.integrity]
        out += [f"  foreign key: {p}" for p in self.foreign_keys]
        newest = backups(self.path)
        hint = f" e.g. `tracker restore {newest[0].path}`" if newest else ""
        out.append(f"Restore a backup to recover{hint}.")
        return out


def check_file(path: Path) -> CheckReport:
    """The full integrity and foreign-key checks of a SQLite file, without writing to it.

    Raises ``DatabaseUnavailable`` for what is no SQLite database at all (or cannot be read);
    damage is reported, not raised.
    """
    from tracker.store.database import _revision_of

    if not path.is_file():
        raise DatabaseUnavailable(f"{path} does not exist or is not a file")
    if not os.access(path, os.R_OK):
        raise DatabaseUnavailable(f"cannot read {path}: permission denied")
    report = CheckReport(path=path)
    problem = header_problem(path)
    if problem == "not a SQLite database":
        raise DatabaseUnavailable(f"{path} is not a SQLite database")
    if problem:
        report.integrity.append(problem)
        return report
    try:
        with readonly_connection(path) as conn:
            report.integrity = integrity_problems(conn)
            report.foreign_keys = foreign_key_problems(conn)
            tables = {r[0] for r in _rows(conn, "SELECT name FROM sqlite_master")}
            try:
                report.revision = _revision_of(
                    {str(t) for t in tables},
                    lambda: conn.execute("SELECT version_num FROM alembic_version").fetchone(),
                )
            except UserError:
                report.revision = None
    except sqlite3.DatabaseError as exc:
        report.integrity.append(str(exc))
    return report


def damaged(path: Path, detail: str) -> DatabaseDamaged:
    """The one-line refusal for a damaged file, naming the newest backup to restore."""
    newest = backups(path)
    restore = f"`tracker restore {newest[0].path}`" if newest else "`tracker restore BACKUP`"
    return DatabaseDamaged(
        f"{path} is damaged ({detail}); it was left untouched. "
        f"`tracker check` lists the problems; {restore} puts a backup back."
    )


def diagnose(path: Path, exc: BaseException) -> DatabaseUnavailable:
    """Why SQLite raised ``exc`` on ``path``, with the first problem the full check finds."""
    try:
        report = check_file(path)
    except UserError as refused:
        return DatabaseUnavailable(str(refused))
    problems = report.integrity + report.foreign_keys
    return damaged(path, problems[0] if problems else str(exc))


def explain(exc: BaseException, path: Path | None) -> UserError | None:
    """A message fit for a person for a database error met while working, else None.

    For the command line's and the window's last line of defence: a damaged file or a
    writer that held the database past the busy timeout is something the user can act on.
    """
    orig = getattr(exc, "orig", None) or exc
    if not isinstance(orig, sqlite3.DatabaseError):
        return None
    text = str(orig).lower()
    if "locked" in text or "busy" in text:
        where = f"{path}" if path else "the database"
        return UserError(
            f"{where} is busy: another program kept it locked for over "
            f"{BUSY_TIMEOUT_S:.0f} s; nothing was changed, try again"
        )
    if path is not None and any(word in text for word in _DAMAGE_WORDS):
        return diagnose(path, orig)
    return None


# --- backups -------------------------------------------------------------------------------


def _fsync(path: Path, *, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_with_sidecars(path: Path) -> None:
    for p in (path, sidecar(path, "-journal"), *(sidecar(path, s) for s in SIDECARS)):
        p.unlink(missing_ok=True)


def copy_database(source: Path, target: Path, *, live: bool = True) -> Path:
    """A consistent single-file copy of ``source`` through SQLite's online backup API.

    ``live``: the source may be in use, so read it as any reader would (this may create its
    ``-wal``/``-shm`` while it runs, as the app itself does). Otherwise read it without
    touching it (a backup being restored). The copy is written beside ``target``, switched to
    a plain rollback journal so it is one self-contained file, synced, and then renamed into
    place: ``target`` is the whole copy or is not there.
    """
    if not source.is_file():
        raise DatabaseUnavailable(f"{source} does not exist")
    target = target.expanduser().resolve()
    if target == source.resolve():
        raise UserError("the backup file cannot be the database itself")
    if not target.parent.is_dir():
        raise UserError(f"cannot write {target}: folder {target.parent} does not exist")
    if header_problem(source) == "not a SQLite database":
        raise DatabaseUnavailable(f"{source} is not a SQLite database")
    partial = target.with_name(target.name + ".partial")
    _remove_with_sidecars(partial)
    try:
        if live:
            src_cm = closing(sqlite3.connect(source, timeout=BUSY_TIMEOUT_S))
        else:
            src_cm = readonly_connection(source)  # type: ignore[assignment]
        with src_cm as src, closing(sqlite3.connect(partial)) as dest:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        _fsync(partial)
        os.replace(partial, target)
        _fsync(target.parent, directory=True)
    except sqlite3.DatabaseError as exc:
        _remove_with_sidecars(partial)
        raise DatabaseUnavailable(f"cannot copy {source}: {exc}") from exc
    except OSError as exc:
        _remove_with_sidecars(partial)
        raise UserError(f"cannot write {target}: {exc.strerror or exc}") from exc
    return target


@dataclass(frozen=True)
class Backup:
    """One backup beside a database: when it was made and why (its kind)."""

    path: Path
    made: dt.datetime
    kind: str


def _kind_of(tag: str) -> str:
    """The rotation group of a tag: ``before-migration-0001`` rotates with the other
    ``before-migration`` backups, ``before-restore`` and ``daily`` on their own."""
    return re.sub(r"-[^-]*\d[^-]*$", "", tag)


def backups(db_path: Path, kind: str | None = None) -> list[Backup]:
    """The backups beside ``db_path``, newest first (all kinds, or one)."""
    pattern = re.compile(rf"^{re.escape(db_path.name)}\.{_STAMP_RE}\.([A-Za-z0-9-]+)\.bak$")
    found = []
    folder = db_path.parent
    if not folder.is_dir():
        return []
    for p in folder.iterdir():
        m = pattern.match(p.name)
        if m and (kind is None or _kind_of(m.group(2)) == kind):
            made = dt.datetime.strptime(m.group(1), _STAMP).replace(tzinfo=dt.UTC)
            found.append(Backup(path=p, made=made, kind=_kind_of(m.group(2))))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def backup_file_beside(
    db_path: Path,
    tag: str,
    *,
    keep: int = BACKUPS_KEPT,
    now: dt.datetime | None = None,
    live: bool = True,
) -> Path:
    """``<db>.<UTC time>.<tag>.bak`` next to the database; keeps the newest ``keep`` of its kind."""
    when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    target = db_path.with_name(f"{db_path.name}.{when.strftime(_STAMP)}.{tag}.bak")
    while target.exists():  # two in one microsecond: never overwrite a backup
        when += dt.timedelta(microseconds=1)
        target = db_path.with_name(f"{db_path.name}.{when.strftime(_STAMP)}.{tag}.bak")
    copy_database(db_path, target, live=live)
    for old in backups(db_path, _kind_of(tag))[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def daily_backup(
    db: Database, now: dt.datetime | None = None, keep: int = BACKUPS_KEPT
) -> Path | None:
    """Back up the database once a (UTC) day; returns the new backup, or None if not needed.

    Call it at start-up (the window and the command line do). Cheap when today's backup
    exists: one folder listing. The copy is checked (``quick_check``, foreign keys): if the
    database turns out damaged, the copy is dropped, the older backups are kept and
    ``DatabaseUnavailable`` says what is wrong. ``now`` is wall-clock time (default: now), never the
    simulated clock, which could be years away. Only SQLite files are backed up.
    """
    if db.path is None or not db.path.exists():
        return None
    today = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).date()
    if any(b.made.date() == today for b in backups(db.path, "daily")):
        return None
    copy = backup_file_beside(db.path, "daily", keep=keep + 1, now=now)
    # A daily check for free: a big file is not fully checked when opened, and a copy of a
    # damaged database must not push the last good backups out of the rotation.
    with readonly_connection(copy) as conn:
        problems = integrity_problems(conn, quick=True) or foreign_key_problems(conn)
    if problems:
        copy.unlink()
        raise damaged(db.path, problems[0])
    for old in backups(db.path, "daily")[keep:]:
        old.path.unlink(missing_ok=True)
    return copy


# --- restore -------------------------------------------------------------------------------


def check_backup(backup_path: Path) -> str:
    """Refuse a file that is not a sound Mission Tracker database this version can open.

    Returns its schema revision. Reads without writing.
    """
    from tracker.store.database import KNOWN_REVISIONS

    try:
        report = check_file(backup_path)
    except DatabaseUnavailable as exc:
        raise DatabaseUnavailable(f"{exc}; nothing was restored") from exc
    if not report.ok:
        problems = report.integrity + report.foreign_keys
        raise DatabaseUnavailable(f"{backup_path} is damaged ({problems[0]}); nothing was restored")
    if report.revision is None:
        raise DatabaseUnavailable(
            f"{backup_path} is not a Mission Tracker database; nothing was restored"
        )
    if report.revision not in KNOWN_REVISIONS:
        raise DatabaseUnavailable(
            f"{backup_path} was written by a newer version of Mission Tracker (schema "
            f"{report.revision}); update the app to restore it. Nothing was restored."
        )
    return report.revision


def _safety_copy(db_path: Path) -> Path:
    """Save the database about to be replaced, even when it is damaged."""
    try:
        return backup_file_beside(db_path, "before-restore")
    except DatabaseUnavailable:
        pass  # too damaged for SQLite to read: keep its bytes as they are
    stamp = dt.datetime.now(dt.UTC).strftime(_STAMP)
    target = db_path.with_name(f"{db_path.name}.{stamp}.before-restore.bak")
    for suffix in ("", *SIDECARS):
        src = sidecar(db_path, suffix)
        if src.exists():
            dest = sidecar(target, suffix)
            partial = dest.with_name(dest.name + ".partial")
            partial.write_bytes(src.read_bytes())
            _fsync(partial)
            os.replace(partial, dest)
    return target


def _settle(db_path: Path) -> None:
    """Fold the ``-wal`` into the file and make sure nobody else has the database open.

    SQLite deletes the ``-wal`` when its last connection closes; if it is still there after
    ours closed, another window or command is using the database, and replacing the file
    under it would mix the old log into the new file.
    """
    try:
        with closing(sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_S)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError:
        # Damaged beyond reading: its bytes are in the safety copy; its log goes with it.
        for suffix in SIDECARS:
            sidecar(db_path, suffix).unlink(missing_ok=True)
        return
    if sidecar(db_path, "-wal").exists():
        raise UserError(
            f"{db_path} is in use by another Mission Tracker window or command; close it and "
            "try again. Nothing was restored."
        )
    sidecar(db_path, "-shm").unlink(missing_ok=True)


def restore(db_path: Path, backup_path: Path) -> Path | None:
    """Put ``backup_path`` in place of the database at ``db_path``.

    The backup is checked first (a sound Mission Tracker database this version can open);
    then what it replaces is saved beside it (``*.before-restore.bak``, even when damaged);
    then the copy is swapped in with ``os.replace``, so at every instant the database file
    is either the old one or the new one. Returns the safety copy (None when there was no
    database to replace). Close every connection to ``db_path`` first (``Database.dispose``,
    ``ChangeWatcher.close``): a database still in use is refused.
    """
    db_path = db_path.expanduser().resolve()
    backup_path = backup_path.expanduser().resolve()
    if db_path == backup_path:
        raise UserError("the backup to restore is the database itself")
    if not db_path.parent.is_dir():
        raise UserError(f"cannot restore to {db_path}: folder {db_path.parent} does not exist")
    check_backup(backup_path)
    staged = db_path.with_name(f".{db_path.name}.restoring")
    copy_database(backup_path, staged, live=False)
    try:
        saved = None
        if db_path.exists():
            saved = _safety_copy(db_path)
            _settle(db_path)
        os.replace(staged, db_path)
        _fsync(db_path.parent, directory=True)
    finally:
        _remove_with_sidecars(staged)
    return saved
