"""Files in and out: one way to read a JSON file, one way to write an output file.

Every output (archive, calendar) is written whole or not at all: a temporary file in the
target's folder, flushed to disk, then renamed over the target, so a reader never sees half
a file and a failed write leaves nothing behind.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from tracker.errors import UserError


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; a ``UserError`` says why it could not."""
    path = Path(path).expanduser()
    folder = path.resolve().parent
    if not folder.is_dir():
        raise UserError(f"cannot write {path}: folder {folder} does not exist")
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def read_json(path: Path) -> Any:
    """The parsed JSON of a file, or a ``UserError`` that says why it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line, column = getattr(exc, "lineno", None), getattr(exc, "colno", None)
        where = f" (line {line}, column {column})" if line is not None else ""
        raise UserError(f"{path.name} is not a JSON file{where}; nothing was imported") from None
    except RecursionError:
        raise UserError(f"{path.name} is nested too deeply to read; nothing was imported") from None
