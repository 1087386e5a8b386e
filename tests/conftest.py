"""Test set-up: never touch the user's real data folder; Qt runs offscreen.

Set before anything imports platformdirs or Qt, so every test sees temporary XDG folders.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

_XDG_ROOT = Path(tempfile.mkdtemp(prefix="tracker-tests-xdg-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_XDG_ROOT / _name.lower())
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("TRACKER_DATABASE_URL", None)
os.environ.pop("TRACKER_NOW", None)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REPORT_DAY = dt.datetime(2021, 10, 27, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A SQLite file in a fresh temporary folder (not yet created)."""
    return f"sqlite:///{tmp_path / 'tracker.db'}"


@pytest.fixture
def db(db_url: str) -> Iterator[object]:
    """A new database holding the default data."""
    from tracker.store.database import open_database

    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def repo(db: object) -> object:
    """A repository on the default data with the clock stopped at the report's day."""
    from tracker.store.repository import Repository

    return Repository(db, lambda: REPORT_DAY)  # type: ignore[arg-type]
