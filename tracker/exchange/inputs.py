"""Reading an input file (Launch Library 2 JSON, an archive): bounded, and only real files.

A file named by the user may be anything: a device that never ends (``/dev/zero``), a named
pipe that blocks ``open()`` until something writes to it, a file too large to parse in
memory. So the path is looked at before it is opened (only a regular file is read), its
size is checked against ``MAX_INPUT_BYTES``, and the read itself stops one byte past the
limit, in case the file grows meanwhile. Each refusal is one ``UserError`` line.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

from tracker.errors import UserError

MB = 1024 * 1024
# Larger than any real Launch Library 2 response or archive (the benchmark's 100,000
# generated launches make 175 MB), small enough that parsing it fits in memory.
MAX_INPUT_BYTES = 256 * MB


def _size(limit: int) -> str:
    return f"{limit // MB} MB" if limit >= MB else f"{limit} bytes"


def read_input(path: Path, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or a ``UserError``."""
    try:
        _check(path, path.stat(), limit)  # before opening: a device is never opened
        # non-blocking, so a path swapped for a pipe meanwhile cannot hang the open
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            _check(path, os.fstat(f.fileno()), limit)  # and what was opened is that file
            raw = f.read(limit + 1)
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(raw) > limit:  # it grew after the check
        raise _too_large(path, limit)
    return raw


def _check(path: Path, info: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise UserError(f"cannot read {path}: it is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UserError(
            f"cannot read {path}: it is a device, pipe or socket, not a file; nothing was imported"
        )
    if info.st_size > limit:
        raise _too_large(path, limit)


def _too_large(path: Path, limit: int) -> UserError:
    return UserError(
        f"{path.name} is larger than {_size(limit)}, more than an import reads; "
        "nothing was imported"
    )


def read_json(path: Path, limit: int = MAX_INPUT_BYTES) -> Any:
    """The parsed JSON of a file, or a ``UserError`` that says why it cannot be read."""
    raw = read_input(path, limit)
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line, column = getattr(exc, "lineno", None), getattr(exc, "colno", None)
        where = f" (line {line}, column {column})" if line is not None else ""
        raise UserError(f"{path.name} is not a JSON file{where}; nothing was imported") from None
    except RecursionError:
        raise UserError(f"{path.name} is nested too deeply to read; nothing was imported") from None
