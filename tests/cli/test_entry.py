"""How the command starts: the window gets one Settings; the commands never load Qt."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from tracker import config
from tracker.cli import main

NOW = "2021-10-27T12:00:00Z"


def test_the_window_gets_the_resolved_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.app

    seen: list[config.Settings] = []

    def fake_run(settings: config.Settings) -> int:
        seen.append(settings)
        return 0

    monkeypatch.setattr(tracker.app, "run", fake_run)
    monkeypatch.setenv("TRACKER_NOW", NOW)  # the window honours it, as `tracker next` does
    assert main(["--database", str(tmp_path / "w.db"), "--zone", "Europe/Berlin"]) == 0
    assert main(["--database", str(tmp_path / "w.db"), "--clock-mode", "-v"]) == 0
    first, second = seen
    assert first.database_url == f"sqlite:///{tmp_path / 'w.db'}"
    assert first.now == dt.datetime(2021, 10, 27, 12, tzinfo=dt.UTC)
    assert first.zone == "Europe/Berlin" and not first.clock_mode and not first.verbose
    assert second.clock_mode and second.verbose and second.zone is None


def test_a_bad_zone_is_refused_before_any_window(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import tracker.app

    monkeypatch.setattr(tracker.app, "run", lambda _settings: pytest.fail("window opened"))
    assert main(["--zone", "Mars/Olympus"]) == 2
    assert "unknown time zone" in capsys.readouterr().err


def test_next_does_not_load_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from tracker.cli import main\n"
        f"code = main(['--database', {str(tmp_path / 'q.db')!r}, '--now', {NOW!r}, 'next'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')), code)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[] 0"


def test_python_m_tracker_runs_a_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tracker", "--database", str(tmp_path / "m.db"), "--now", NOW,
         "next", "--json"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"name": "Crew-3"' in done.stdout and done.stderr == ""
