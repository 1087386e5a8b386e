"""config.resolve: the one place the command line and the environment become settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker import config
from tracker.errors import UserError

REPORT_DAY = dt.datetime(2021, 10, 27, 12, 0, tzinfo=dt.UTC)


def test_the_environment_fills_in_what_the_options_leave_out(tmp_path: Path) -> None:
    environ = {
        "TRACKER_DATABASE_URL": str(tmp_path / "env.db"),
        "TRACKER_NOW": "2021-10-27T12:00:00Z",
    }
    settings = config.resolve(environ=environ)
    assert settings.database_url == f"sqlite:///{tmp_path / 'env.db'}"
    assert settings.now == REPORT_DAY
    assert settings.zone is None and not settings.debug


def test_an_option_beats_the_environment(tmp_path: Path) -> None:
    environ = {
        "TRACKER_DATABASE_URL": str(tmp_path / "env.db"),
        "TRACKER_NOW": "2030-01-01T00:00:00Z",
    }
    settings = config.resolve(
        database=str(tmp_path / "option.db"), now="2021-10-27T14:00:00+02:00", environ=environ
    )
    assert settings.database_url == f"sqlite:///{tmp_path / 'option.db'}"
    assert settings.now == REPORT_DAY and settings.now.tzinfo == dt.UTC


def test_nothing_given_means_live_time_and_the_default_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    settings = config.resolve(environ={})
    folder = tmp_path / "data" / "mission-tracker"
    assert settings.database_url == f"sqlite:///{folder / 'tracker.db'}"
    assert folder.is_dir()  # made, so that SQLite can create the file
    assert settings.now is None


def test_a_plain_path_is_a_sqlite_file_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert config.database_url("here.db", {}) == f"sqlite:///{tmp_path.resolve() / 'here.db'}"
    monkeypatch.setenv("HOME", str(tmp_path))
    assert config.database_url("~/home.db", {}) == f"sqlite:///{tmp_path.resolve() / 'home.db'}"


def test_a_url_is_kept_as_given() -> None:
    url = "postgresql://tracker:secret@127.0.0.1:5432/tracker"
    assert config.resolve(database=url, environ={}).database_url == url
    env = {"TRACKER_DATABASE_URL": "sqlite:////srv/team.db"}
    assert config.resolve(environ=env).database_url == "sqlite:////srv/team.db"


@pytest.mark.parametrize(
    ("options", "environ", "message"),
    [
        ({"now": "yesterday"}, {}, "not a date and time: 'yesterday'"),
        ({}, {"TRACKER_NOW": "soon"}, "not a date and time: 'soon'"),
        ({"now": "2021-13-01T00:00:00Z"}, {}, "not a date and time"),
        ({"now": dt.datetime(2021, 10, 27, 12)}, {}, "has no time zone"),
        ({"zone": "Mars/Olympus"}, {}, "unknown time zone 'Mars/Olympus'"),
    ],
)
def test_bad_input_is_refused_with_a_user_error(
    tmp_path: Path, options: dict[str, object], environ: dict[str, str], message: str
) -> None:
    with pytest.raises(UserError, match=message):
        config.resolve(database=str(tmp_path / "x.db"), environ=environ, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("zone", ["UTC", "local", "Europe/Berlin", "Asia/Tokyo"])
def test_known_zones_pass_through(tmp_path: Path, zone: str) -> None:
    assert config.resolve(database=str(tmp_path / "x.db"), zone=zone, environ={}).zone == zone


def test_flags_and_debug_are_carried(tmp_path: Path) -> None:
    settings = config.resolve(
        database=str(tmp_path / "x.db"),
        clock_mode=True,
        verbose=True,
        environ={"TRACKER_DEBUG": "1"},
    )
    assert settings.clock_mode and settings.verbose and settings.debug
    assert config.debug_enabled({}) is False


def test_the_log_folder_is_in_the_xdg_state_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert config.log_folder() == tmp_path / "state" / "mission-tracker" / "log"
