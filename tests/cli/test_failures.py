"""Every failure is one line on the command line, exit 2, never a traceback: a locked
database, a path that is a pipe, an unsupported URL, a missing driver.

The store's messages are tested in ``tests/store/safety/test_faults.py``; these run the commands
themselves, in-process through ``tests.helpers.run``, and check what a person sees.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from tests.helpers import Ran, digest, run

NOW = "2021-10-27T12:00:00Z"
NOT_FOR_PEOPLE = ("Traceback", "SELECT", "UPDATE ", "[SQL", "sqlalche.me", "Error:")


def one_line(ran: Ran, *words: str) -> str:
    """The run refused with exit 2 and said one line, fit for a person, holding ``words``."""
    assert ran.status == 2, ran
    assert ran.out == ""
    assert ran.err.startswith("tracker: ") and ran.err.count("\n") == 1, ran.err
    for word in NOT_FOR_PEOPLE:
        assert word not in ran.err, ran.err
    for word in words:
        assert word in ran.err, ran.err
    return ran.err


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "tracker.db"
    shutil.copy(template_db, path)
    return path


@contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Another program holding BEGIN EXCLUSIVE, in the middle of a long write."""
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")


@pytest.mark.slow  # the command waits out SQLite's busy timeout (10 s) before it says so
def test_a_locked_database_is_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    db = ["--database", str(db_path), "--now", NOW]
    before = run(capsys, *db, "history", "Crew-3")
    with exclusive_lock(db_path):
        ran = run(capsys, *db, "reschedule", "Crew-3", "2021-11-03T05:10:00Z")
    one_line(ran, "is busy", "nothing was changed")
    assert run(capsys, *db, "history", "Crew-3") == before


def within(seconds: float, action: Callable[[], Ran]) -> Ran:
    """``action()`` on a thread, failing the test if it is still blocked after ``seconds``."""
    result: list[Ran] = []
    thread = threading.Thread(target=lambda: result.append(action()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still blocked after {seconds} s"
    return result[0]


@pytest.mark.parametrize(
    "command",
    [["list"], ["next", "--json"], ["check"], ["backup", "copy.db"], ["restore", "copy.db"]],
)
def test_a_pipe_as_the_database_is_refused_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)  # opening it would wait for a writer for ever
    args = [str(tmp_path / c) if c.endswith(".db") else c for c in command]
    started = time.monotonic()
    ran = within(10, lambda: run(capsys, "--database", fifo, *args))
    assert time.monotonic() - started < 5
    one_line(ran, "named pipe")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.db"]


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (["import"], "not a file; nothing was imported"),
        (["export"], "named pipe"),
        (["export-ics"], "named pipe"),
        (["backup"], "named pipe"),
        (["restore"], "named pipe"),
    ],
)
def test_a_pipe_as_the_file_is_refused_at_once(
    capsys: pytest.CaptureFixture[str], db_path: Path, command: list[str], words: str
) -> None:
    fifo = db_path.with_name("pipe.json")
    os.mkfifo(fifo)
    before = digest(db_path)
    ran = within(10, lambda: run(capsys, "--database", db_path, *command, fifo))
    one_line(ran, words)
    assert digest(db_path) == before


@pytest.mark.parametrize(
    ("url", "scheme"),
    [
        ("mysql://me@localhost/tracker", "mysql://"),
        ("ftp://example.com/tracker.db", "ftp://"),
        ("oracle+cx_oracle://me@host/tracker", "oracle+cx_oracle://"),
        ("nosuchdb://x/y", "nosuchdb://"),
    ],
)
@pytest.mark.parametrize("command", [["list"], ["crew", "show", "Crew-3"], ["export", "a.json"]])
def test_an_unsupported_url_is_one_line_naming_its_scheme(
    capsys: pytest.CaptureFixture[str], url: str, scheme: str, command: list[str]
) -> None:
    err = one_line(run(capsys, "--database", url, *command), "unsupported database URL", scheme)
    assert "sqlite:///" in err and "postgresql://" in err  # and what would do


def test_a_url_with_a_password_never_shows_it(capsys: pytest.CaptureFixture[str]) -> None:
    err = one_line(run(capsys, "--database", "mysql://me:hunter2@localhost/t", "list"))
    assert "hunter2" not in err


@pytest.mark.parametrize(
    "url", ["postgresql://me@localhost/tracker", "postgresql+psycopg://me:pw@localhost/tracker"]
)
def test_postgresql_without_its_driver_names_psycopg(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    """Whether or not psycopg is installed here: the import is made to fail as it would."""
    monkeypatch.setitem(sys.modules, "psycopg", None)
    err = one_line(run(capsys, "--database", url, "list"), "psycopg", "pip install")
    assert "pw@" not in err
