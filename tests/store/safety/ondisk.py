"""What the safety tests look at on disk: a folder's names, Crew-3 as stored,
and a page spoiled as a bad disk would spoil it. Read without the app, through sqlite3."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from tests.store.safety import worker


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def first_role(path: Path) -> str:
    """The role in Crew-3's first seat."""
    with closing(sqlite3.connect(path)) as conn:
        (role,) = conn.execute(
            "SELECT role FROM crewassignment JOIN mission ON mission.id = mission_id "
            "WHERE mission.name = ? AND seat = 0",
            (worker.MISSION,),
        ).fetchone()
    return str(role)


def crew3_version(path: Path) -> int:
    """Crew-3's version in the file itself (immutable: no -wal read, no side file made)."""
    with closing(sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)) as conn:
        (version,) = conn.execute(
            "SELECT version FROM mission WHERE name = ?", (worker.MISSION,)
        ).fetchone()
    return int(version)


def scribble_on(path: Path, table: str) -> None:
    """Overwrite the table's first page with garbage, as a bad disk or a stray write would."""
    with closing(sqlite3.connect(path)) as conn:
        (page,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    with path.open("r+b") as f:
        f.seek((page - 1) * page_size)
        f.write(b"\xa5" * 512)
