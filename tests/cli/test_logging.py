"""Logging: a file in the platform's log folder, stderr kept to one line per error."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from tests.helpers import run
from tracker import logs
from tracker.cli import commands, main

NOW = "2021-10-27T12:00:00Z"


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The log file in a temporary XDG state folder (platformdirs: $XDG_STATE_HOME/app/log)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("TRACKER_DEBUG", raising=False)
    return tmp_path / "state" / "mission-tracker" / "log" / "tracker.log"


@pytest.fixture
def dbarg(tmp_path: Path) -> list[str]:
    return ["--database", str(tmp_path / "cli.db"), "--now", NOW]


def test_a_command_is_logged_to_the_file_and_says_nothing_on_stderr(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], log_file: Path
) -> None:
    code, out, err = run(capsys, *dbarg, "next")
    assert code == 0 and out.startswith("Crew-3") and err == ""
    text = log_file.read_text()
    assert "INFO    tracker.cli: running next" in text
    assert f"opened the database {Path(dbarg[1])}" in text


def test_verbose_says_what_it_does_on_stderr(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], log_file: Path
) -> None:
    code, out, err = run(capsys, "--verbose", *dbarg, "crew", "show", "Crew-3")
    assert code == 0 and out.startswith("Crew-3")
    assert "tracker: info: running crew show\n" in err
    code, _, err = run(capsys, "-v", *dbarg, "crew", "show", "Crew-99")
    assert code == 2 and err.count("no mission named 'Crew-99'") == 1  # said once, not logged too
    assert "refused: no mission named 'Crew-99'" in log_file.read_text()


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(
    capsys: pytest.CaptureFixture[str],
    dbarg: list[str],
    log_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_: object) -> int:
        raise RuntimeError("the flux capacitor")

    monkeypatch.setattr(commands, "cmd_next", broken)
    code, out, err = run(capsys, *dbarg, "next")
    assert code == 1 and out == ""
    assert err == (
        f"tracker: unexpected error: RuntimeError: the flux capacitor (details in {log_file})\n"
    )
    text = log_file.read_text()
    assert "ERROR   tracker.cli: unexpected error\nTraceback (most recent call last):" in text
    assert "RuntimeError: the flux capacitor" in text and "in broken" in text


def test_tracker_debug_lets_the_error_raise(
    dbarg: list[str], log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object) -> int:
        raise RuntimeError("for a developer")

    monkeypatch.setattr(commands, "cmd_next", broken)
    monkeypatch.setenv("TRACKER_DEBUG", "1")
    with pytest.raises(RuntimeError, match="for a developer"):
        main([*dbarg, "next"])


def test_a_log_folder_that_cannot_be_made_does_not_stop_the_command(
    capsys: pytest.CaptureFixture[str], dbarg: list[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    blocker = tmp_path / "state-is-a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    code, out, err = run(capsys, *dbarg, "next")
    assert code == 0 and out.startswith("Crew-3")
    assert err.startswith("tracker: warning: cannot keep a log in ") and err.count("\n") == 1


def test_main_leaves_logging_as_it_found_it(dbarg: list[str], log_file: Path) -> None:
    before = list(logging.getLogger().handlers)
    assert main([*dbarg, "next"]) == 0
    assert logging.getLogger().handlers == before


def test_configure_twice_logs_each_record_once(log_file: Path) -> None:
    try:
        assert logs.configure() == log_file
        assert logs.configure(verbose=True) == log_file
        logging.getLogger("tracker.test").debug("only once")
    finally:
        logs.stop()
    assert log_file.read_text().count("only once") == 1


def test_the_log_rotates_at_a_megabyte_keeping_three(log_file: Path) -> None:
    try:
        logs.configure()
        for _ in range(500):  # 5 MB
            logging.getLogger("tracker.test").info("x" * 10_000)
    finally:
        logs.stop()
    kept = sorted(p.name for p in log_file.parent.iterdir())
    assert kept == ["tracker.log", "tracker.log.1", "tracker.log.2", "tracker.log.3"]
    assert all(p.stat().st_size <= logs.MAX_BYTES for p in log_file.parent.iterdir())


def test_an_unexpected_database_error_shows_no_sql_on_the_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sqlalchemy as sa

    from tracker.cli import commands

    def broken(*_args: object, **_kwargs: object) -> int:
        raise sa.exc.ProgrammingError(
            "SELECT secret_column FROM mission",
            {"p": 1},
            Exception("no such function: group_concat"),
        )

    monkeypatch.setattr(commands, "cmd_next", broken)
    monkeypatch.setattr(commands.cmd_next, "__name__", "cmd_next", raising=False)
    status, _out, err = run(capsys, "--database", tmp_path / "t.db", "next")
    assert status == 1 and err.count("\n") == 1
    assert "no such function" in err
    assert "SELECT" not in err and "sqlalche.me" not in err and "secret_column" not in err
