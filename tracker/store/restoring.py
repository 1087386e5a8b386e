"""Swapping a checked backup in for the live database without losing an edit.

A restore once raced writers: two acknowledged edits vanished in 176 runs, committed between
the safety copy and the rename of the new file over the old. Renaming a file under open
connections is unsafe in any case: a process that keeps the old file open goes on writing to
it after the rename, and its ``-wal`` and ``-shm`` share their names with the new file's.

So a restore works through SQLite itself, in one write transaction on the live database
(``BEGIN IMMEDIATE``, the lock every writer of this app takes first, waiting on its busy
timeout): under that lock it checks the live file, keeps the safety copy (read by a second
connection, which sees the last commit since no one else can commit), and replaces the
content: every table, index and trigger dropped and made again from the backup, rows copied
across. Readers see the old database or the new one; a writer that arrives meanwhile waits
and then writes into the restored database; open windows and commands need not close. An
edit acknowledged before the lock was taken is in the safety copy, one acknowledged after it
is in the restored database.

A live file too damaged for SQLite to work in cannot take part in transactions: its bytes
are kept as they are and the new file is renamed over it, refused while another program
still has it open.
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
from contextlib import suppress
from pathlib import Path

from tracker.errors import UserError
from tracker.exchange import files
from tracker.store import probe, safety
from tracker.store.probe import sidecar

TAG = "before-restore"


class _Damaged(Exception):
    """The live database cannot take a transaction: replace the file instead."""


def restore_checked(db_path: Path, backup_path: Path, revision: str) -> Path | None:
    """``safety.restore`` once the backup has passed its checks (it has ``revision``)."""
    from tracker.store.database import upgrade_file
    from tracker.store.opening import SCHEMA_REVISION

    mode = safety.file_mode(db_path if db_path.exists() else backup_path)
    safety.sweep_leftovers(db_path)
    staged = db_path.with_name(f".{db_path.name}.{secrets.token_hex(4)}{safety.STAGED}")
    try:
        safety.copy_database(backup_path, staged, live=False, mode=mode)
        if revision != SCHEMA_REVISION:
            upgrade_file(staged)
        if _place_new(staged, db_path):
            return None
        try:
            return _in_place(db_path, staged)
        except _Damaged:
            return _swap_damaged(db_path, staged)
    finally:
        safety.remove_with_sidecars(staged)


def _place_new(staged: Path, db_path: Path) -> bool:
    """Put ``staged`` at ``db_path`` if there is no database there, never over one made
    meanwhile (a hard link fails when the name exists); False when there is one."""
    if db_path.exists():
        return False
    try:
        os.link(staged, db_path)
    except FileExistsError:
        return False
    except OSError:  # a file system without hard links (FAT): a plain rename
        os.replace(staged, db_path)
    files.sync_folder(db_path.parent)
    return True


def _in_place(db_path: Path, staged: Path) -> Path:
    """Replace the live database's content with ``staged``'s in one write transaction;
    returns the safety copy. Raises ``_Damaged`` when the live file cannot take it."""
    conn = sqlite3.connect(
        f"{db_path.as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=probe.BUSY_TIMEOUT_S
    )
    saved: Path | None = None
    try:
        conn.execute("ATTACH DATABASE ? AS restored", (f"{staged.as_uri()}?immutable=1",))
        conn.execute("BEGIN IMMEDIATE")
        if probe.integrity_problems(conn, quick=True, schema="main"):
            raise _Damaged
        saved = safety.backup_file_beside(db_path, TAG, keep=None)
        _replace_content(conn)
        conn.execute("COMMIT")
    except BaseException as exc:
        if saved is not None:
            safety.remove_with_sidecars(saved)
        if isinstance(exc, sqlite3.OperationalError):
            explained = safety.explain(exc, db_path)
            raise explained or UserError(
                f"cannot restore {db_path}: {exc}; nothing was restored"
            ) from None
        if isinstance(exc, sqlite3.DatabaseError):
            raise _Damaged from exc
        raise
    finally:
        conn.close()  # rolls back whatever did not commit
    safety.rotate(db_path, TAG, safety.BACKUPS_KEPT)
    return saved


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _has_table(conn: sqlite3.Connection, schema: str, name: str) -> bool:
    found = conn.execute(
        f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?", (name,)
    )
    return found.fetchone() is not None


def _replace_content(conn: sqlite3.Connection) -> None:
    """Make ``main`` hold exactly what ``restored`` holds, inside the caller's transaction.

    SQLite's own tables are not dropped or made (it refuses): ``sqlite_sequence`` is
    refilled, ``sqlite_stat1`` (query planner statistics) dropped and made again when the
    backup has one. The schema's user version and application id come across too.
    """
    own = "substr(name, 1, 7) != 'sqlite_'"
    old = conn.execute(
        f"SELECT type, name FROM main.sqlite_master WHERE sql IS NOT NULL AND {own} "
        "AND type IN ('table', 'view', 'trigger')"
    ).fetchall()
    for kind, name in sorted(old, key=lambda o: o[0] == "table"):  # views, triggers first
        conn.execute(f"DROP {kind.upper()} IF EXISTS main.{_quoted(name)}")
    if _has_table(conn, "main", "sqlite_stat1"):
        conn.execute("DROP TABLE main.sqlite_stat1")
    new = conn.execute(
        f"SELECT type, name, sql FROM restored.sqlite_master WHERE sql IS NOT NULL AND {own} "
        "ORDER BY rowid"
    ).fetchall()
    for kind, name, sql in new:
        if kind == "table":
            conn.execute(sql)
            conn.execute(f"INSERT INTO main.{_quoted(name)} SELECT * FROM restored.{_quoted(name)}")
    for kind, _name, sql in new:
        if kind != "table":
            conn.execute(sql)
    if _has_table(conn, "restored", "sqlite_sequence"):
        conn.execute("DELETE FROM main.sqlite_sequence")
        conn.execute("INSERT INTO main.sqlite_sequence SELECT * FROM restored.sqlite_sequence")
    if _has_table(conn, "restored", "sqlite_stat1"):
        conn.execute("ANALYZE main.sqlite_master")  # makes an empty sqlite_stat1
        conn.execute("INSERT INTO main.sqlite_stat1 SELECT * FROM restored.sqlite_stat1")
    for pragma in ("user_version", "application_id"):
        (value,) = conn.execute(f"PRAGMA restored.{pragma}").fetchone()
        conn.execute(f"PRAGMA main.{pragma} = {int(value)}")


def _keep_bytes(db_path: Path) -> Path:
    """The safety copy of a file too damaged to read: its bytes and side files as they are."""
    target = safety.backup_name(db_path, TAG)
    mode = safety.file_mode(db_path)
    try:
        for suffix in ("", *probe.SIDECARS):
            src = sidecar(db_path, suffix)
            if src.exists():
                with files.replacing(sidecar(target, suffix), mode=mode) as temp:
                    shutil.copyfile(src, temp)
    except BaseException:
        safety.remove_with_sidecars(target)
        raise
    return target


def _settle(db_path: Path) -> None:
    """Fold the ``-wal`` into the file and make sure nobody else has the database open.

    SQLite deletes the ``-wal`` when its last connection closes; if it is still there after
    ours closed, another window or command is using the database, and replacing the file
    under it would mix the old log into the new file.
    """
    try:
        conn = sqlite3.connect(db_path, timeout=probe.BUSY_TIMEOUT_S)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        # Damaged beyond reading: its bytes are in the safety copy; its log goes with it.
        for suffix in probe.SIDECARS:
            sidecar(db_path, suffix).unlink(missing_ok=True)
        return
    if sidecar(db_path, "-wal").exists():
        raise UserError(
            f"{db_path} is damaged and in use by another Mission Tracker window or command; "
            "close it and try again. Nothing was restored."
        )
    sidecar(db_path, "-shm").unlink(missing_ok=True)


def _swap_damaged(db_path: Path, staged: Path) -> Path:
    """Rename ``staged`` over a damaged database, its bytes kept first; returns the copy."""
    saved = _keep_bytes(db_path)
    try:
        _settle(db_path)
        os.replace(staged, db_path)
        files.sync_folder(db_path.parent)
    except BaseException:
        with suppress(OSError):
            safety.remove_with_sidecars(saved)
        raise
    safety.rotate(db_path, TAG, safety.BACKUPS_KEPT)
    return saved
