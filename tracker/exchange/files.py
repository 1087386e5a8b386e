"""Output files: one way to write them (inputs are read by ``tracker.exchange.inputs``).

Every file the app writes for the user (a calendar, an archive, a backup) goes through
``replacing`` or ``write_atomic``. Two faults shaped it: an export named after the database
replaced it with a calendar, and one named after its ``-wal`` lost a committed transaction.
So a target is refused when it is, or is another name for, a protected file: the caller
passes the database's files (``tracker.store.safety.database_files``), and they are compared
by resolved path and by device and inode, which catches symbolic and hard links alike. A
target that is itself a symbolic link is replaced as a link: the rename swaps the directory
entry, so the file it pointed to is never written through it.

The data goes to a temporary file beside the target (same file system, so the rename is
atomic), is synced, renamed over the target, and the folder is synced so the rename itself
survives a power cut. A failure at any step removes the temporary file. New files follow
the umask; a file that is replaced keeps its permissions; a database copy passes the
database's own ``mode`` so a private database never gets a readable backup.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from tracker.errors import UserError

PARTIAL = ".partial"
_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
_GROWN = ("-journal", "-wal", "-shm")  # what SQLite may make beside a database being copied


def _identity(st: os.stat_result) -> tuple[int, int]:
    return (st.st_dev, st.st_ino)


def _kind(mode: int) -> str | None:
    """What a file is, when it is not something an output may replace."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return None


def guard_output(target: Path, protect: Iterable[Path] = ()) -> Path:
    """The absolute path to write ``target`` at, or ``UserError`` saying why not.

    Refused: a folder, pipe, device or socket (writing one would block or fail half-way); a
    target whose folder does not exist; any name for a file in ``protect`` (the same path
    once links are resolved, or the same file by device and inode: a hard link), including a
    symbolic link that points to one. Only the folder part is resolved in the path returned,
    so a symbolic link as the last part is replaced, not written through.
    """
    given = Path(target).expanduser()
    folder = given.parent.resolve()
    if not folder.is_dir():
        raise UserError(f"cannot write {given}: folder {given.parent} does not exist")
    entry = folder / given.name
    if not given.name or given.name in (".", ".."):
        raise UserError(f"cannot write {given}: it names a folder, not a file")
    guarded = [Path(p) for p in protect]
    paths = {Path(os.path.realpath(p)) for p in guarded}
    inodes: set[tuple[int, int]] = set()
    for p in guarded:
        with suppress(OSError):
            inodes.add(_identity(os.stat(p)))
    try:
        own = os.lstat(entry)
    except FileNotFoundError:
        own = None
    except OSError as exc:
        raise UserError(f"cannot write {given}: {exc.strerror or exc}") from None
    try:
        final = os.stat(entry) if own is not None else None
    except OSError:
        final = None  # a dangling link: replacing it touches nothing else
    resolved = Path(os.path.realpath(entry))
    if entry in paths or resolved in paths:
        how = "a link to " if resolved != entry else ""
    elif any(st is not None and _identity(st) in inodes for st in (own, final)):
        how = "another name for "
    else:
        how = None
    if how is not None:
        raise UserError(
            f"refusing to write {given}: it is {how}one of the database's own files; "
            "nothing was written, choose another file"
        )
    kind = _kind(final.st_mode) if final is not None else None
    if kind:
        raise UserError(f"cannot write {given}: it is {kind}, not a regular file")
    return entry


def _create_beside(entry: Path) -> tuple[Path, int]:
    """A new, empty temporary file in ``entry``'s folder (mode 0o666 less the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    while True:
        temp = entry.with_name(f".{entry.name}.{secrets.token_hex(4)}{PARTIAL}")
        try:
            return temp, os.open(temp, flags | getattr(os, "O_CLOEXEC", 0), 0o666)
        except FileExistsError:
            continue


def _remove_temp(temp: Path) -> None:
    """The temporary file and what SQLite may have grown beside it (a copy's ``-journal``)."""
    for p in (temp, *(temp.with_name(temp.name + suffix) for suffix in _GROWN)):
        with suppress(OSError):
            p.unlink()


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX only: other systems cannot open folders)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)  # some systems sync only what is open for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def failure(target: Path, exc: OSError) -> UserError:
    """One line for an output that could not be written; a full disk says so."""
    if exc.errno in _FULL:
        return UserError(
            f"cannot write {target}: no space is left on the disk; nothing was written"
        )
    return UserError(f"cannot write {target}: {exc.strerror or exc}")


@contextmanager
def replacing(
    target: Path, *, protect: Iterable[Path] = (), mode: int | None = None
) -> Iterator[Path]:
    """A temporary file to fill beside ``target``; on success it replaces ``target``.

    The caller writes the whole content into the path yielded (it exists, empty). When the
    block ends normally the file is synced and renamed over ``target``, and the folder
    synced; when it raises, the temporary file (and anything named after it) is removed and
    ``target`` is as it was. ``mode`` sets the new file's permission bits (a database copy);
    otherwise a replaced file keeps its own and a new one follows the umask.
    """
    entry = guard_output(target, protect)
    if mode is None:
        with suppress(OSError):
            current = os.stat(entry, follow_symlinks=False)
            if stat.S_ISREG(current.st_mode):
                mode = stat.S_IMODE(current.st_mode)
    try:
        temp, fd = _create_beside(entry)
    except OSError as exc:
        raise failure(entry, exc) from None
    try:
        try:
            if mode is not None:
                os.fchmod(fd, mode)
        finally:
            os.close(fd)
        yield temp
        _sync_file(temp)
        os.replace(temp, entry)
        sync_folder(entry.parent)
    except OSError as exc:
        _remove_temp(temp)
        raise failure(entry, exc) from None
    except BaseException:
        _remove_temp(temp)
        raise


def write_atomic(
    target: Path, data: bytes, *, protect: Iterable[Path] = (), mode: int | None = None
) -> Path:
    """Write ``data`` as ``target``, whole or not at all (see ``replacing``); returns the path
    written, absolute."""
    protect = list(protect)  # looked at twice
    entry = guard_output(target, protect)
    with replacing(entry, protect=protect, mode=mode) as temp, temp.open("wb") as out:
        out.write(data)
    return entry
