"""Shared helpers for the safety tests: a seeded database file, and child processes.

``template_db`` comes from tests/conftest.py."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

WORKER = Path(__file__).with_name("worker.py")
_STARTED: list[subprocess.Popen[str]] = []  # by spawn(), until the test that started them ends


@pytest.fixture
def db_file(template_db: Path, tmp_path: Path) -> Path:
    """A fresh copy of the seeded database in this test's folder."""
    path = tmp_path / "tracker.db"
    shutil.copyfile(template_db, path)
    return path


def spawn(*args: str | Path) -> subprocess.Popen[str]:
    """A worker process (see worker.py), its stdin, stdout and stderr piped as text; it ends
    with the test that started it."""
    child = subprocess.Popen(
        [sys.executable, str(WORKER), *map(str, args)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _STARTED.append(child)
    return child


@pytest.fixture(autouse=True)
def _end_workers() -> Iterator[None]:
    """Kill what a test's workers left running, wait for them and close their pipes (an open
    pipe is a ResourceWarning, and warnings are errors), even when the test failed."""
    yield
    while _STARTED:
        child = _STARTED.pop()
        if child.poll() is None:
            child.kill()
        with contextlib.suppress(BrokenPipeError), child:  # closes the pipes, then waits
            pass
