"""The command line and the environment, resolved once into one settings object.

The only place ``TRACKER_*`` variables are read: the ``tracker`` command, the window it
opens and ``tracker.app.build_main_window`` all take their database, clock and zone from
here, so ``TRACKER_NOW`` means the same to the window as to ``tracker next``. Standard
library only (platformdirs aside), so the command line starts fast.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tracker import APP_NAME
from tracker.clock import parse_instant
from tracker.errors import UserError

ENV_DATABASE = "TRACKER_DATABASE_URL"
ENV_NOW = "TRACKER_NOW"
ENV_LL2_URL = "TRACKER_LL2_URL"
ENV_DEBUG = "TRACKER_DEBUG"


def default_database_path() -> Path:
    """``tracker.db`` in platformdirs' user data folder for the app."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "tracker.db"


def log_folder() -> Path:
    """Where the rotating log file lives (platformdirs' user log folder)."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def database_url(database: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The database URL from ``--database``, else ``TRACKER_DATABASE_URL``, else the default
    file (its folder is made). A value without ``://`` is a path to a SQLite file."""
    value = database or environ.get(ENV_DATABASE) or ""
    if not value:
        path = default_database_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def clock_start(
    now: str | dt.datetime | None, environ: Mapping[str, str] = os.environ
) -> dt.datetime | None:
    """Where the clock starts: ``--now``, else ``TRACKER_NOW``, else None (live time)."""
    if isinstance(now, dt.datetime):
        if now.tzinfo is None:
            raise UserError(f"the clock's start {now.isoformat()} has no time zone")
        return now.astimezone(dt.UTC)
    text = now or environ.get(ENV_NOW) or ""
    return parse_instant(text) if text.strip() else None


def debug_enabled(environ: Mapping[str, str] = os.environ) -> bool:
    """``TRACKER_DEBUG`` set: let unexpected errors raise with their traceback, for developers."""
    return bool(environ.get(ENV_DEBUG))


def zone_name(zone: str | None) -> str | None:
    """``--zone`` checked: UTC, local, or an IANA name; None when not given."""
    if zone is None:
        return None
    from tracker import schedule

    try:
        schedule.zone_from_name(zone)
    except (KeyError, ValueError):
        raise UserError(
            f"unknown time zone {zone!r} (use UTC, local, or a name like Europe/Berlin)"
        ) from None
    return zone


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the command line and the environment decide, resolved and checked."""

    database_url: str
    now: dt.datetime | None
    zone: str | None = None
    clock_mode: bool = False
    verbose: bool = False
    debug: bool = False


def resolve(
    *,
    database: str | None = None,
    now: str | dt.datetime | None = None,
    zone: str | None = None,
    clock_mode: bool = False,
    verbose: bool = False,
    environ: Mapping[str, str] = os.environ,
) -> Settings:
    """Settings from the given options, falling back on the environment; refuses bad input
    with a ``UserError`` that names it."""
    return Settings(
        database_url=database_url(database, environ),
        now=clock_start(now, environ),
        zone=zone_name(zone),
        clock_mode=clock_mode,
        verbose=verbose,
        debug=debug_enabled(environ),
    )
