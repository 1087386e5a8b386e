"""A team database's address and connections, without SQLAlchemy.

The window's first paint on a server (``quick_read``) and its live refresh (``listener``)
connect with psycopg alone, before SQLAlchemy (0.4 s to import) is loaded; the engine
(``database.make_engine``) takes its options and its error lines from here too, so that a
server is named, reached and explained the same way whichever connects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote

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


# A database URL as SQLAlchemy reads one (``sqlalchemy.engine.make_url``'s grammar): the
# password runs to the "@", a host in brackets is IPv6; user, password and database are
# percent-decoded. Read alike here, the quick reads, the listener and the engine reach the
# same server for every URL opening accepts, and hide the same password.
_URL = re.compile(
    r"(?P<scheme>[\w+]+)://"
    r"(?:(?P<user>[^:/]*)(?::(?P<password>[^@]*))?@)?"
    r"(?:(?:\[(?P<ipv6>[^/?]+)\]|(?P<host>[^/:?]+))?(?::(?P<port>[^/?]*))?)?"
    r"(?:/(?P<database>[^?]*))?"
    r"(?:\?(?P<query>.*))?"
)
DRIVERS = (SCHEME, f"{SCHEME}+psycopg")  # the schemes psycopg 3 opens (``make_engine``)


@dataclass(frozen=True)
class ServerURL:
    """The parts of a server's URL."""

    scheme: str
    user: str | None
    password: str | None
    host: str | None
    port: int | None
    database: str | None
    query: tuple[tuple[str, str], ...]

    @classmethod
    def parse(cls, url: str) -> ServerURL | None:
        """``url``'s parts, or None when it is not a PostgreSQL URL that SQLAlchemy reads."""
        m = _URL.match(url)
        if m is None or not is_server(url):
            return None
        port = m["port"] or None
        if port is not None and not port.isdigit():
            return None  # SQLAlchemy refuses it (a second host, a typo): opening says so
        return cls(
            m["scheme"],
            _unquoted(m["user"]),
            _unquoted(m["password"]),
            m["ipv6"] or m["host"],
            int(port) if port else None,
            _unquoted(m["database"]),
            tuple(parse_qsl(m["query"] or "")),
        )

    def libpq(self, application_name: str) -> dict[str, Any]:
        """libpq's parameters: the URL's own options (``?sslmode=…``,
        ``?connect_timeout=…``) win over the app's connect timeout and name."""
        given = (
            ("host", self.host),
            ("port", self.port),
            ("dbname", self.database),
            ("user", self.user),
            ("password", self.password),
        )
        params: dict[str, Any] = {key: value for key, value in given if value not in (None, "")}
        params.update(self.query)
        return {**defaults(application_name), **params}


def defaults(application_name: str = APPLICATION_NAME) -> dict[str, Any]:
    """The app's connection options where the URL gives none (the engine's too)."""
    return {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": application_name}


def is_server(url: str) -> bool:
    """True for a PostgreSQL URL, whichever driver it names."""
    scheme = url.partition("://")[0]
    return scheme == SCHEME or scheme.startswith(f"{SCHEME}+")


def hide_password(url: str) -> str:
    """``url`` fit to show: its password as ``***``."""
    m = _URL.match(url)
    if m is None or m["password"] is None:
        return url
    return f"{url[: m.start('password')]}***{url[m.end('password') :]}"


def password(url: str) -> str | None:
    parsed = ServerURL.parse(url)
    return None if parsed is None else parsed.password


def place(url: str) -> tuple[str, str]:
    """The database's name and its host (with the port when given): "crew", "db:5432"
    (a URL not read: "" and the URL shown)."""
    parsed = ServerURL.parse(url)
    if parsed is None:
        return "", hide_password(url)
    host = parsed.host or "localhost"
    host = f"[{host}]" if ":" in host else host
    return parsed.database or "", f"{host}:{parsed.port}" if parsed.port else host


def _unquoted(text: str | None) -> str | None:
    return None if text is None else unquote(text)


def connect_args(url: str, application_name: str = APPLICATION_NAME) -> dict[str, Any]:
    """libpq's parameters for ``url`` (``ServerURL.libpq``); a URL SQLAlchemy would not
    read is refused in one line, as opening refuses it."""
    parsed = ServerURL.parse(url)
    if parsed is None:
        raise DatabaseUnavailable(f"{hide_password(url)!r} is not a database URL that can be read")
    return parsed.libpq(application_name)


def connect(url: str, application_name: str = APPLICATION_NAME) -> Any:
    """A psycopg connection in autocommit, its session in UTC (as the engine's); one line
    (``DatabaseUnavailable``) when the server cannot be reached or refuses."""
    import psycopg

    where, secret = hide_password(url), password(url)
    try:
        conn = psycopg.connect(**connect_args(url, application_name), autocommit=True)
        conn.execute("SET TIME ZONE 'UTC'")
    except psycopg.Error as exc:
        said = explain(exc, where, secret) or DatabaseUnavailable(
            f"the server of {where} cannot be reached: {scrub(str(exc), secret)}"
        )
        raise said from None
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
    kinds = {kind.__name__ for kind in type(orig).__mro__}  # ConnectionTimeout is Operational
    if lost or (not state and kinds & {"OperationalError", "InterfaceError"}):
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
