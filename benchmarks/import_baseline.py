"""The import's baseline: ``json.load`` plus one ``sqlite3`` ``executemany`` of the same fields.

    python -m benchmarks.import_baseline FILE DB

It reads each launch's fields as the importer stores them on a mission (id, name, status,
NET and precision, window, site, destination, description, source, operator, launcher and
spacecraft names, crew count) and writes them in one transaction, with the app's pragmas
(WAL, ``synchronous=NORMAL``). No validation, no matching, no ORM: the floor that ``tracker
import`` is measured against.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

COLUMNS = (
    "ll2_id", "name", "status", "net", "net_precision", "window_start", "window_end",
    "launch_site", "destination", "description", "source", "operator", "launcher",
    "spacecraft", "crew",
)  # fmt: skip


def _rows(results: list[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    for x in results:
        mission = x.get("mission") or {}
        rocket = x.get("rocket") or {}
        stages = rocket.get("spacecraft_stage") or []
        stage = stages[0] if stages else {}
        craft = (stage.get("spacecraft") or {}).get("spacecraft_config") or {}
        pad = x.get("pad") or {}
        yield (
            x["id"],
            mission.get("name") or x["name"],
            x["status"]["abbrev"],
            x["net"],
            (x.get("net_precision") or {}).get("name"),
            x.get("window_start"),
            x.get("window_end"),
            f"{pad.get('name')}, {(pad.get('location') or {}).get('name')}",
            stage.get("destination") or (mission.get("orbit") or {}).get("name"),
            mission.get("description"),
            f"Launch Library 2, updated {x.get('last_updated')}",
            (x.get("launch_service_provider") or {}).get("name"),
            (rocket.get("configuration") or {}).get("full_name"),
            craft.get("name"),
            len(stage.get("launch_crew") or []),
        )


def load(file: Path, db: Path) -> int:
    """Read ``file`` and write its launches to ``db``; returns the number written."""
    with file.open("rb") as f:
        data = json.load(f)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"CREATE TABLE IF NOT EXISTS launch ({', '.join(COLUMNS)})")
    conn.execute("BEGIN IMMEDIATE")
    placeholders = ", ".join("?" for _ in COLUMNS)
    conn.executemany(f"INSERT INTO launch VALUES ({placeholders})", _rows(data["results"]))
    conn.execute("COMMIT")
    (count,) = conn.execute("SELECT count(*) FROM launch").fetchone()
    conn.close()
    return int(count)


if __name__ == "__main__":
    print(load(Path(sys.argv[1]), Path(sys.argv[2])))
