"""Helpers shared by the test packages: the samples, the CLI, digests and refusals."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from tracker.errors import UserError
from tracker.store.database import Database, open_database
from tracker.store.repository import Repository

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Real Launch Library 2 responses (see its README), kept in the repository so that the tests
# run in a fresh clone with nothing beside it.
LL2_SAMPLES = FIXTURES / "ll2"


def agree(_question: str) -> bool:
    """A confirm callback that answers yes to every question."""
    return True


def decline(_question: str) -> bool:
    """A confirm callback that answers no to every question."""
    return False


class Ran(NamedTuple):
    """What a command line run gave: its exit status and what it printed."""

    status: int
    out: str
    err: str


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> Ran:
    """Run ``tracker ARGS`` in-process; an argparse exit (``--help``, a bad option) counts as
    a status like any other. Output printed before the call is not part of the result."""
    from tracker.cli import main  # only the tests that run the CLI pay for importing it

    capsys.readouterr()
    try:
        status = main([str(arg) for arg in args])
    except SystemExit as exc:  # the status Python would exit with
        status = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    out, err = capsys.readouterr()
    return Ran(status, out, err)


def digest(path: Path) -> str:
    """A digest of a file's bytes: 'left untouched' means exactly that."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


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


def refused(
    db: Database, action: Callable[[], object], error: type[UserError], match: str
) -> UserError:
    """Assert that ``action`` raises ``error`` (a ``UserError``) with a message in which the
    regular expression ``match`` is found, and that not a row of ``db`` changed."""
    before = content(db)
    with pytest.raises(error, match=match) as caught:
        action()
    assert content(db) == before, "a refused command changed the database"
    return caught.value


def repo_of(window: Any) -> Repository:
    """A repository of the test's own on the window's database file: tests read and set up
    data through it, as another program would, since the window exposes only its service."""
    repo = getattr(window, "_tests_repository", None)
    if repo is None:
        path = window.service.file_path
        repo = Repository(open_database(f"sqlite:///{path}", seed=False), window.clock)
        window._tests_repository = repo
    return repo
