"""Shared test helpers: where the samples are, and a digest of a database's whole content."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from tracker.store.database import Database

LL2_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ll2"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
IMPORT_DAY = dt.datetime(2026, 9, 1, 12, 0, tzinfo=dt.UTC)


def clock() -> dt.datetime:
    return IMPORT_DAY


def samples() -> list[Path]:
    """The real Launch Library 2 responses, or a skip that says why there are none."""
    files = sorted(LL2_DIR.glob("*.json")) if LL2_DIR.is_dir() else []
    if not files:
        pytest.skip(f"real Launch Library 2 samples not found in {LL2_DIR}")
    return files


def sample(name: str) -> Path:
    path = LL2_DIR / name
    if not path.is_file():
        pytest.skip(f"real Launch Library 2 sample {path} not found")
    return path


def content(db: Database) -> str:
    """A digest of every row of every table: 'unchanged' means exactly that."""
    h = hashlib.sha256()
    with db.engine.connect() as conn:
        for (table,) in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
        ):
            for row in conn.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY 1'):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()
