"""The command line and the environment, resolved once into one settings object.

The only place ``TRACKER_*`` variables are read: the ``tracker`` command, the window it
opens and ``tracker.app.build_main_window`` all take their database, clock and zone from
here, so ``TRACKER_NOW`` means the same to the window as to ``tracker next``. Standard
library only (platformdirs aside), so the command line starts fast.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from tracker import APP_NAME
from tracker.clock import parse_instant
from tracker.errors import UserError

ENV_DATABASE = "TRACKER_DATABASE_URL"
ENV_NOW = "TRACKER_NOW"
ENV_LL2_URL = "TRACKER_LL2_URL"
ENV_LL2_TOKEN = "TRACKER_LL2_TOKEN"
ENV_LL2_BUDGET = "TRACKER_LL2_BUDGET"
ENV_DEBUG = "TRACKER_DEBUG"

DEFAULT_LL2_URL = "https://ll.thespacedevs.com/2.3.0"
# Requests an hour Launch Library 2 allows one address: the free tier, and with an API key
# (the supporters' tier; TRACKER_LL2_BUDGET sets another).
LL2_FREE_BUDGET = 15
LL2_KEY_BUDGET = 210
# Where ``keyring`` keeps the API key: ``keyring set mission-tracker ll2-token``.
KEYRING_SERVICE, KEYRING_USER = APP_NAME, "ll2-token"

SecretLookup = Callable[[], str | None]


def default_database_path() -> Path:
    """``tracker.db`` in platformdirs' user data folder for the app."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "tracker.db"


def log_folder() -> Path:
    """Where the rotating log file lives (platformdirs' user log folder)."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def sync_state_folder() -> Path:
    """Where the Launch Library 2 request ledger lives (platformdirs' user state folder):
    one per user, shared by every database, since the budget belongs to the address."""
    import platformdirs

    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def ll2_url(url: str | None, environ: Mapping[str, str] = os.environ) -> str:
    """The Launch Library 2 base URL from ``--ll2-url``, else ``TRACKER_LL2_URL``, else the
    public API 2.3.0; without its trailing slash. Only http(s) with a host is accepted."""
    from urllib.parse import urlsplit

    value = (url or environ.get(ENV_LL2_URL) or DEFAULT_LL2_URL).strip().rstrip("/")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(
            f"not a Launch Library 2 address: {parts.scheme or 'no scheme'}://"
            f"{parts.hostname or ''} (use e.g. {DEFAULT_LL2_URL})"
        )
    if parts.query or parts.fragment:
        raise UserError("the Launch Library 2 address takes no query or fragment")
    return value


def keyring_token() -> str | None:
    """The API key from the desktop's secret store, when ``keyring`` is installed and has a
    usable backend; None otherwise (no store is not an error: the free tier needs no key)."""
    try:
        import keyring
    except ImportError:
        return None
    try:
        value = keyring.get_password(KEYRING_SERVICE, KEYRING_USER)
    except Exception:  # noqa: BLE001 - no backend, a locked store, D-Bus away: no key
        return None
    if not isinstance(value, str):
        return None
    return value.strip() or None


def ll2_token(
    environ: Mapping[str, str] = os.environ, secret_store: SecretLookup = keyring_token
) -> str | None:
    """The Launch Library 2 API key: ``TRACKER_LL2_TOKEN``, else the secret store. Returned
    to the client only: never logged, shown or stored."""
    value = environ.get(ENV_LL2_TOKEN, "").strip()
    return value or secret_store()


def ll2_budget(has_token: bool, environ: Mapping[str, str] = os.environ) -> int:
    """Requests allowed in any rolling hour: ``TRACKER_LL2_BUDGET``, else the tier's."""
    text = environ.get(ENV_LL2_BUDGET, "").strip()
    if not text:
        return LL2_KEY_BUDGET if has_token else LL2_FREE_BUDGET
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise UserError(f"{ENV_LL2_BUDGET} must be a whole number of requests an hour, 1 or more")
    return value


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
