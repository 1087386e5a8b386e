"""Keeping the user's data sound: checks, failures explained, backups, and restore.

Everything here works on the SQLite file itself rather than on an open ``Database``, so it
also serves a file that cannot be opened: ``tracker check`` on a damaged database, or the
window offering to restore a backup when opening failed.

Three promises hold throughout. Looking never writes: files are inspected through
``probe``, which leaves the file and its folder exactly as they were. Replacing never loses:
a backup is written whole or not at all (``tracker.exchange.files``) with the database's own
permissions, and a restore first saves what it replaces, under a lock every writer respects
(``restoring``). Refusing leaves nothing: an operation that fails removes what it began.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import stat
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.errors import DatabaseDamaged, DatabaseUnavailable, UserError
from tracker.exchange import files
from tracker.store import probe
from tracker.store.probe import sidecar

if TYPE_CHECKING:
    from tracker.store.database import Database
    from tracker.store.quick_read import QuickReader

BACKUPS_KEPT = 5
# "disk I/O error" with less than this free on the database's disk is a full disk, not damage.
LOW_SPACE_BYTES = 16 * 1024 * 1024
_STAMP = "%Y%m%dT%H%M%S%f"  # fixed width, so names sort in time order
_STAMP_RE = r"(\d{8}T\d{12})"
_SIDE_FILES = (*probe.SIDECARS, "-journal")
STAGED = ".restoring"  # a restore's copy of the backup, beside the database while it runs
STALE_AFTER_S = 3600


def database_files(path: Path | None) -> list[Path]:
    """What an output must never replace: the database file, its ``-wal``, ``-shm`` and
    ``-journal``, and the backups beside it with theirs (none for a server database).

    Pass it as ``protect`` to ``tracker.exchange.files.write_atomic``.
    """
    if path is None:
        return []
    kept = [path, *(b.path for b in backups(path))]
    return [p for f in kept for p in (f, *(sidecar(f, s) for s in _SIDE_FILES))]


def remove_with_sidecars(path: Path) -> None:
    for p in (path, *(sidecar(path, s) for s in _SIDE_FILES)):
        p.unlink(missing_ok=True)


def sweep_leftovers(db_path: Path, *, now: float | None = None) -> list[Path]:
    """Remove what a killed copy or restore left beside the database, once an hour old.

    A backup's temporary file (``.<db>.….partial``) and a restore's staged copy
    (``.<db>.….restoring``) are removed by the operation itself when it fails or is
    interrupted; only a process killed outright (or a power cut) leaves them. They are never
    anyone's data, and an operation still running has younger ones. Returns what was removed.
    """
    cutoff = (dt.datetime.now(dt.UTC).timestamp() if now is None else now) - STALE_AFTER_S
    removed = []
    for pattern in (f".{db_path.name}.*{files.PARTIAL}*", f".{db_path.name}.*{STAGED}*"):
        for p in db_path.parent.glob(pattern):
            try:
                if p.is_file() and not p.is_symlink() and p.stat().st_mtime < cutoff:
                    p.unlink()
                    removed.append(p)
            except OSError:
                continue  # another process's, or gone already: not ours to insist on
    return removed


def file_mode(path: Path) -> int:
    """The permission bits of ``path``: copies of a database keep them (a private database
    never gets a readable backup)."""
    return stat.S_IMODE(os.stat(path).st_mode)


# --- checks ----------------------------------------------------------------------------------


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


def refuse_unreadable(path: Path) -> None:
    """``DatabaseUnavailable`` for a path that is no readable SQLite file (checked by
    ``stat`` and its first bytes, so a pipe or a device never blocks)."""
    problem = probe.not_a_file(path)
    if problem:
        raise DatabaseUnavailable(f"{path} {problem}")
    if not path.exists():
        raise DatabaseUnavailable(f"{path} does not exist")
    if not os.access(path, os.R_OK):
        raise DatabaseUnavailable(f"cannot read {path}: permission denied")
    if probe.header_problem(path) == "not a SQLite database":
        raise DatabaseUnavailable(f"{path} is not a SQLite database")


def check_file(path: Path) -> CheckReport:
    """The full integrity and foreign-key checks of a SQLite file, without writing to it.

    Raises ``DatabaseUnavailable`` for what is no SQLite database at all (or cannot be read);
    damage is reported, not raised.
    """
    from tracker.store.opening import revision_of

    refuse_unreadable(path)
    report = CheckReport(path=path)
    problem = probe.header_problem(path)
    if problem:
        report.integrity.append(problem)
        return report
    try:
        with probe.readonly_connection(path) as conn:
            report.integrity = probe.integrity_problems(conn)
            report.foreign_keys = probe.foreign_key_problems(conn)
            tables = {str(r[0]) for r in probe.rows(conn, "SELECT name FROM sqlite_master")}
            try:
                report.revision = revision_of(
                    tables,
                    lambda: conn.execute("SELECT version_num FROM alembic_version").fetchone(),
                )
            except UserError:
                report.revision = None
    except sqlite3.OperationalError as exc:  # busy, unreadable: not damage
        raise DatabaseUnavailable(str(explain(exc, path) or f"cannot read {path}: {exc}")) from None
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


# --- failures explained ----------------------------------------------------------------------


def _free_space(path: Path | None) -> int | None:
    if path is None:
        return None
    try:
        return shutil.disk_usage(path.parent).free
    except OSError:
        return None


def _size(count: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1024  # type: ignore[assignment]
    raise AssertionError("unreachable")


def explain(exc: BaseException, path: Path | None) -> UserError | None:
    """One line fit for a person for a SQLite error, or None when it is none of these.

    Every SQLite engine of the app raises these in place of the driver's error
    (``database.make_engine``), so the command line and the window show them as they show
    any refusal; opening, checking and restoring use it too. Judged by SQLite's result code,
    never by words in the message: a database locked past the busy timeout, one that is
    read-only, a full disk (SQLITE_FULL, or only an I/O error when not a byte is left: that
    is not damage), a file SQLite cannot open, and damage (diagnosed by the full check). The
    message never carries SQL or parameters, only what happened and what to do.
    """
    orig = getattr(exc, "orig", None) or exc
    code = getattr(orig, "sqlite_errorcode", None)
    if not isinstance(orig, sqlite3.DatabaseError) or code is None:
        return None
    code &= 0xFF  # the primary code of an extended one
    where = f"{path}" if path else "the database"
    free = _free_space(path)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return UserError(
            f"{where} is busy: another program kept it locked for over "
            f"{probe.BUSY_TIMEOUT_S:.0f} s; nothing was changed, try again"
        )
    if code == sqlite3.SQLITE_READONLY:
        reason = probe.read_only_reason(path) if path is not None and path.exists() else None
        return UserError(
            f"{where} is read-only ({reason or 'it cannot be written'}): it can be read but "
            "not changed; nothing was changed"
        )
    if code == sqlite3.SQLITE_FULL or (
        code == sqlite3.SQLITE_IOERR and free is not None and free < LOW_SPACE_BYTES
    ):
        folder = f" in {path.parent}" if path else ""
        if free is None or free < LOW_SPACE_BYTES:
            room = f"{_size(free)} free{folder}" if free is not None else f"no room{folder}"
        else:  # SQLite's limit on pages, or a quota: the disk itself has room
            room = f"or a size limit was reached; {_size(free)} free{folder}"
        return UserError(
            f"no space is left on the disk ({room}); nothing was changed. "
            "Free some space and try again"
        )
    if code == sqlite3.SQLITE_CANTOPEN:
        return DatabaseUnavailable(
            f"cannot open {where}: SQLite could not open the file or create its side files "
            "(-wal, -shm) beside it; check that the folder exists and can be written"
        )
    if path is not None and code in (
        sqlite3.SQLITE_CORRUPT,
        sqlite3.SQLITE_NOTADB,
        sqlite3.SQLITE_IOERR,
    ):
        return diagnose(path, orig)
    return None


# --- backups -------------------------------------------------------------------------------


def copy_database(
    source: Path, target: Path, *, live: bool = True, mode: int | None = None
) -> Path:
    """A consistent single-file copy of ``source`` through SQLite's online backup API.

    ``live``: the source may be in use, so read it as any reader would (this may create its
    ``-wal``/``-shm`` while it runs, as the app itself does) unless it is read-only. Otherwise
    read it without touching it (a backup being restored). The copy is switched to a plain
    rollback journal so it is one self-contained file, and written through
    ``files.replacing``: whole or not at all, never onto the database's own files, with the
    source's permissions unless ``mode`` says otherwise. Returns the path written.
    """
    source = source.expanduser().resolve()
    refuse_unreadable(source)
    entry = files.guard_output(target, database_files(source))
    fresh = live and probe.read_only_reason(source) is None
    try:
        with files.replacing(
            entry, protect=database_files(source), mode=file_mode(source) if mode is None else mode
        ) as temp:
            src = sqlite3.connect(source, timeout=probe.BUSY_TIMEOUT_S) if fresh else None
            with (
                closing(src) if src else probe.readonly_connection(source) as reader,
                closing(sqlite3.connect(temp)) as dest,
            ):
                reader.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.DatabaseError as exc:  # a full disk is the copy's; anything else, the source's
        full = getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_FULL
        explained = explain(exc, entry if full else source)
        raise DatabaseUnavailable(str(explained or f"cannot copy {source}: {exc}")) from None
    return entry


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


def backup_name(db_path: Path, tag: str, now: dt.datetime | None = None) -> Path:
    """``<db>.<UTC time>.<tag>.bak`` next to the database, a name no backup has yet."""
    when = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    target = db_path.with_name(f"{db_path.name}.{when.strftime(_STAMP)}.{tag}.bak")
    while target.exists():  # two in one microsecond: never overwrite a backup
        when += dt.timedelta(microseconds=1)
        target = db_path.with_name(f"{db_path.name}.{when.strftime(_STAMP)}.{tag}.bak")
    return target


def rotate(db_path: Path, tag: str, keep: int) -> None:
    """Delete all but the newest ``keep`` backups of ``tag``'s kind.

    Called only once the operation that made the newest one has succeeded, so a failed one
    (a migration, a restore) never pushes a good backup out of the rotation.
    """
    for old in backups(db_path, _kind_of(tag))[keep:]:
        remove_with_sidecars(old.path)


def backup_file_beside(
    db_path: Path,
    tag: str,
    *,
    keep: int | None = BACKUPS_KEPT,
    now: dt.datetime | None = None,
    live: bool = True,
) -> Path:
    """A backup next to the database (``backup_name``); keeps the newest ``keep`` of its kind
    (``None``: the caller rotates once it has finished with it)."""
    target = copy_database(db_path, backup_name(db_path, tag, now), live=live)
    if keep is not None:
        rotate(db_path, tag, keep)
    return target


def daily_backup(
    db: Database | QuickReader, now: dt.datetime | None = None, keep: int = BACKUPS_KEPT
) -> Path | None:
    """Back up the database once a (UTC) day; returns the new backup, or None if not needed.

    Call it at start-up (the window and the command line do). Cheap when today's backup
    exists: one folder listing. The copy is checked (``quick_check``, foreign keys): if the
    database turns out damaged, the copy is dropped, the older backups are kept and
    ``DatabaseUnavailable`` says what is wrong. ``now`` is wall-clock time (default: now), never the
    simulated clock, which could be years away. Only SQLite files are backed up, and not one
    opened read-only: its folder may not take a file, and it cannot change anyway.
    """
    if db.path is None or db.read_only or not db.path.exists():
        return None
    sweep_leftovers(db.path)
    today = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).date()
    if any(b.made.date() == today for b in backups(db.path, "daily")):
        return None
    copy = backup_file_beside(db.path, "daily", keep=None, now=now)
    # A daily check for free: a big file is not fully checked when opened, and a copy of a
    # damaged database must not push the last good backups out of the rotation.
    with probe.readonly_connection(copy) as conn:
        problems = probe.integrity_problems(conn, quick=True) or probe.foreign_key_problems(conn)
    if problems:
        remove_with_sidecars(copy)
        raise damaged(db.path, problems[0])
    rotate(db.path, "daily", keep)
    return copy


# --- restore -------------------------------------------------------------------------------


def check_backup(backup_path: Path) -> str:
    """Refuse a file that is not a sound Mission Tracker database this version can open.

    Returns its schema revision. Reads without writing.
    """
    from tracker.store.opening import KNOWN_REVISIONS

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


def restore(db_path: Path, backup_path: Path) -> Path | None:
    """Put ``backup_path`` in place of the database at ``db_path``; returns the safety copy
    of what it replaced (None when there was no database).

    The backup is checked first (a sound Mission Tracker database this version can open)
    and copied beside the database, brought to this version's schema. Then, under the
    database's own write lock, what it replaces is saved beside it
    (``*.before-restore.bak``) and the content swapped (``restoring``): so a writer that
    arrives meanwhile waits on its busy timeout, and no edit acknowledged to anyone is lost:
    an edit committed before the restore is in the safety copy, one committed after it is in
    the restored database. Windows and commands that have it open may stay open. A restore
    that is refused changes nothing and leaves no file behind.
    """
    from tracker.store.restoring import restore_checked

    db_path = db_path.expanduser().resolve()
    backup_path = backup_path.expanduser().resolve()
    if not db_path.parent.is_dir():
        raise UserError(f"cannot restore to {db_path}: folder {db_path.parent} does not exist")
    problem = probe.not_a_file(db_path)
    if problem:
        raise UserError(f"cannot restore to {db_path}: it {problem}; nothing was restored")
    if db_path == backup_path or (
        db_path.exists() and backup_path.exists() and os.path.samefile(db_path, backup_path)
    ):
        raise UserError("the backup to restore is the database itself; nothing was restored")
    revision = check_backup(backup_path)
    return restore_checked(db_path, backup_path, revision)
