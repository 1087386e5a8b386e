"""A team database's address and connections, without SQLAlchemy.

The window's first paint on a server (``quick_read``) and its live refresh (``listener``)
connect with psycopg alone, before SQLAlchemy (0.4 s to import) is loaded; the engine
(``database.make_engine``) takes its options and its error lines from here too, so that a
server is named, reached and explained the same way whichever connects.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

from tracker.errors import ConflictError, DatabaseUnavailable, UserError

SCHEME = "postgresql"
CONNECT_TIMEOUT_S = 10
APPLICATION_NAME = "mission-tracker"
CONFLICT = "changed elsewhere at the same moment \u2014 nothing was changed; reload and try again"
# SQLSTATE classes and codes that mean the connection, not the statement, failed.
CONNECTION_CLASSES = ("08",)
CONNECTION_CODES = ("57P01", "57P02", "57P03")
RESOURCE_CLASS = "53"
# True when the role may write a database that has data (its missions).
MAY_WRITE = "SELECT has_table_privilege(current_user, 'mission', 'INSERT, UPDATE, DELETE')"


def is_server(url: str) -> bool:
    """True for a PostgreSQL URL (``postgresql://``, ``postgresql+psycopg://``)."""
    scheme = url.partition("://")[0]
    return scheme == SCHEME or scheme.startswith(f"{SCHEME}+")


def hide_password(url: str) -> str:
    """``url`` fit to show: its password as ``***``."""
    return re.sub(r"(//[^:/@]*):[^@/]*@", r"\1:***@", url)


def password(url: str) -> str | None:
    return _unquoted(urlsplit(url).password)


def place(url: str) -> tuple[str, str]:
    """The database's name and its host (with the port when given): "crew", "db:5432"."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    return unquote(parts.path.lstrip("/")), f"{host}:{parts.port}" if parts.port else host


def _unquoted(text: str | None) -> str | None:
    return None if text is None else unquote(text)


def connect_args(url: str, application_name: str = APPLICATION_NAME) -> dict[str, Any]:
    """libpq's parameters for ``url``: its own options (``?sslmode=…``,
    ``?connect_timeout=…``) win over the app's connect timeout and name."""
    from psycopg.conninfo import conninfo_to_dict

    libpq = SCHEME + url[url.index("://") :]  # libpq knows no driver name in the scheme
    params = conninfo_to_dict(libpq)
    params.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    params.setdefault("application_name", application_name)
    return params


def connect(url: str, application_name: str = APPLICATION_NAME) -> Any:
    """A psycopg connection in autocommit, its session in UTC (as the engine's); one line
    (``DatabaseUnavailable``) when the server cannot be reached or refuses."""
    import psycopg

    where = hide_password(url)
    try:
        conn = psycopg.connect(**connect_args(url, application_name), autocommit=True)
        conn.execute("SET TIME ZONE 'UTC'")
    except psycopg.Error as exc:
        said = explain(exc, where, password(url))
        text = scrub(str(exc), password(url))
        raise (
            said or DatabaseUnavailable(f"the server of {where} cannot be reached: {text}")
        ) from None
    return conn


def scrub(text: str, secret: str | None) -> str:
    """``text`` on one line, a password in it replaced (libpq's messages leave it out; a
    message quoting the URL would not)."""
    one_line = " ".join(text.split())
    return one_line.replace(secret, "***") if secret else one_line


class OutcomeUnknown(UserError):
    """The connection was lost while a change was being committed: whether the server
    saved it cannot be known. Not retried, since it may have been saved; reload to see."""


def explain(
    exc: BaseException, where: str, secret: str | None = None, *, committing: bool = False
) -> UserError | None:
    """One line fit for a person for a server error, or None when it is none of these.

    Judged by SQLSTATE, never by words. A constraint's refusal (the capacity trigger's
    included) stays an ``IntegrityError``, as on SQLite: the store's rules refuse first. A
    connection lost on a statement took its transaction with it (nothing was changed); lost
    on the ``COMMIT`` itself (``committing``), the change may or may not have been saved.
    """
    orig = getattr(exc, "orig", None) or exc
    if not type(orig).__module__.startswith("psycopg"):
        return None
    state = str(getattr(orig, "sqlstate", None) or "")
    diag = getattr(orig, "diag", None)
    primary = scrub(getattr(diag, "message_primary", None) or str(orig), secret)
    if state in ("42501", "25006"):
        return UserError(
            f"{where} may be read but not changed with this database role ({primary}); "
            "nothing was changed. Ask the database's owner for write access"
        )
    if state in ("40001", "40P01"):
        return ConflictError(CONFLICT)
    lost = state[:2] in CONNECTION_CLASSES or state in CONNECTION_CODES
    if lost or (not state and type(orig).__name__ in ("OperationalError", "InterfaceError")):
        if committing:
            return OutcomeUnknown(
                f"the connection to the server of {where} was lost while saving ({primary}): "
                "whether the change was saved is not known; reload to see, and repeat it "
                "if it is missing"
            )
        return DatabaseUnavailable(
            f"the server of {where} cannot be reached: {primary}; nothing was changed"
        )
    if state.startswith(RESOURCE_CLASS):
        return UserError(f"the server of {where} is out of resources ({primary}); try again later")
    if state == "57014":
        return UserError(f"the server cancelled the command ({primary}); nothing was changed")
    return None
