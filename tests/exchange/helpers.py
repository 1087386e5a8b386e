"""Shared test helpers: where the Launch Library 2 samples and our fixtures are."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.helpers import LL2_SAMPLES

LL2_DIR = LL2_SAMPLES
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
