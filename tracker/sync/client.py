"""The one HTTP client for Launch Library 2: timeouts, a User-Agent, gzip, one line per error.

Every request has a connect and a read timeout, and a whole answer a deadline (a server
that trickles bytes cannot hold a sync forever) and a size cap (gzip is decoded as it
streams). The API key travels only in the ``Authorization`` header: it is in no URL, no
message and no log line. Messages name the host, never the whole address (it may carry a
user and password). Redirects are not followed: the key goes to the base host only.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import errno
import json
import re
import socket
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

import httpx

from tracker import __version__
from tracker.clock import Now
from tracker.sync.errors import SyncFailed

USER_AGENT = f"mission-tracker/{__version__} (+desktop app)"
MAX_BODY = 64 * 1024 * 1024  # a page of 100 detailed launches is about 2 MB
LONGEST_WAIT = dt.timedelta(days=1)  # a 429's wait beyond this is taken as this
_DETAIL_WAIT = re.compile(r"available in (\d+(?:\.\d+)?) second", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where Launch Library 2 is and how long to wait for it (seconds)."""

    base_url: str
    token: str | None = field(default=None, repr=False)
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    deadline: float = 120.0  # one whole answer, body included

    @property
    def host(self) -> str:
        """The host alone, for messages (the address may carry a user and password)."""
        return urlsplit(self.base_url).hostname or "?"

    @property
    def origin(self) -> str:
        """Scheme, host and port: what the ledger counts requests against."""
        parts = urlsplit(self.base_url)
        port = f":{parts.port}" if parts.port else ""
        return f"{parts.scheme}://{parts.hostname}{port}"


class Throttled(Exception):
    """A 429: ``until`` is when its ``Retry-After`` or its ``detail`` says, else None."""

    def __init__(self, until: dt.datetime | None) -> None:
        self.until = until
        super().__init__("throttled")


class Client:
    """Sends GET requests to one Launch Library 2 host and reads their JSON."""

    def __init__(self, endpoint: Endpoint, wall: Now) -> None:
        self.endpoint, self.wall = endpoint, wall
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            "Accept-Encoding": "gzip",
        }
        if endpoint.token:
            headers["Authorization"] = f"Token {endpoint.token}"
        self._base = urlsplit(endpoint.base_url)
        self._http = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(
                endpoint.read_timeout,
                connect=endpoint.connect_timeout,
                pool=endpoint.connect_timeout,
            ),
            follow_redirects=False,
        )

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def url(self, path: str, params: Mapping[str, str] | None = None) -> str:
        """An address under the base, e.g. ``url("launches/upcoming/", {"limit": "100"})``."""
        query = f"?{urlencode(params)}" if params else ""
        return f"{self.endpoint.base_url}/{path.lstrip('/')}{query}"

    def follow(self, current: str, link: str, seen: set[str]) -> str:
        """A page's ``next`` link, refused when it leaves the base (another scheme, host,
        port or path: the key would go with it) or comes back to a page already read."""
        target = urljoin(current, link)
        parts = urlsplit(target)
        base_path = self._base.path.rstrip("/") + "/"
        if (
            parts.scheme != self._base.scheme
            or parts.hostname != self._base.hostname
            or parts.port != self._base.port
            or not parts.path.startswith(base_path)
        ):
            raise SyncFailed(
                f"{self.endpoint.host} sent a next-page link that leaves "
                f"{self.endpoint.host}{base_path}; it was not followed"
            )
        if target in seen:
            raise SyncFailed(f"{self.endpoint.host} sent next-page links that loop")
        return target

    def page(self, url: str) -> dict[str, Any]:
        """One page of results (``{"results": [...], "next": ...}``); a 429 raises
        ``Throttled``, everything else that is not such a page ``SyncFailed``."""
        status, body, headers = self._get(url)
        if status == 429:
            raise Throttled(self._throttled_until(headers, body))
        self._check_status(status)
        data = self._json(body)
        if not isinstance(data, dict) or not isinstance(data.get("results"), list):
            raise SyncFailed(f"{self.endpoint.host} sent a page without a list of results")
        if data.get("next") is not None and not isinstance(data["next"], str):
            raise SyncFailed(f"{self.endpoint.host} sent a page whose next link is not text")
        return data

    def throttle_wait(self) -> dt.datetime | None:
        """When ``/api-throttle/`` (which does not count against the budget) says the next
        request may go; None when it cannot say."""
        try:
            status, body, _headers = self._get(self.url("api-throttle/"))
            data = self._json(body) if status == 200 else None
        except SyncFailed:
            return None
        seconds = data.get("next_use_secs") if isinstance(data, dict) else None
        if not isinstance(seconds, int | float) or isinstance(seconds, bool):
            return None
        return self._after(float(seconds))

    # the wire

    def _get(self, url: str) -> tuple[int, bytes, httpx.Headers]:
        host = self.endpoint.host
        started = time.monotonic()
        try:
            with self._http.stream("GET", url) as response:
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_BODY:
                        raise SyncFailed(f"{host} sent more than {MAX_BODY // 2**20} MB")
                    if time.monotonic() - started > self.endpoint.deadline:
                        raise SyncFailed(
                            f"{host} took longer than {self.endpoint.deadline:g} s to answer"
                        )
                    chunks.append(chunk)
                return response.status_code, b"".join(chunks), response.headers
        except httpx.TimeoutException:
            raise SyncFailed(f"{host} did not answer in time (timed out)", offline=True) from None
        except httpx.ConnectError as exc:
            raise SyncFailed(why_unreachable(host, exc), offline=True) from None
        except httpx.DecodingError:
            raise SyncFailed(f"{host} sent a compressed answer that cannot be read") from None
        except httpx.RemoteProtocolError:
            raise SyncFailed(f"the connection to {host} broke off mid-answer") from None
        except httpx.TransportError as exc:
            raise SyncFailed(f"network error with {host} ({type(exc).__name__})") from None

    def _check_status(self, status: int) -> None:
        host = self.endpoint.host
        if 200 <= status < 300:
            return
        if status >= 500:
            raise SyncFailed(f"Launch Library 2 at {host} is not working (HTTP {status})")
        if status in (401, 403):
            key = "; check the API key" if self.endpoint.token else ""
            raise SyncFailed(f"{host} refused the request (HTTP {status}){key}")
        if 300 <= status < 400:
            raise SyncFailed(f"{host} answered with a redirect (HTTP {status}); not followed")
        raise SyncFailed(f"{host} answered HTTP {status} (is the Launch Library 2 address right?)")

    def _json(self, body: bytes) -> Any:
        try:
            return json.loads(body)
        except (ValueError, RecursionError):
            raise SyncFailed(
                f"{self.endpoint.host} sent a page that is not valid JSON (malformed or cut off)"
            ) from None

    def _throttled_until(self, headers: httpx.Headers, body: bytes) -> dt.datetime | None:
        """The 429's own word: ``Retry-After`` (seconds or a date), else its ``detail``."""
        retry = headers.get("Retry-After", "").strip()
        if retry:
            if retry.isdigit():
                return self._after(float(retry))
            try:
                when = email.utils.parsedate_to_datetime(retry)
            except (TypeError, ValueError, IndexError):
                when = None
            if when is not None and when.tzinfo is not None:
                return self._after((when - self.wall()).total_seconds())
        try:
            detail = json.loads(body).get("detail", "")
        except (ValueError, AttributeError, RecursionError):
            detail = ""
        match = _DETAIL_WAIT.search(detail) if isinstance(detail, str) else None
        return self._after(float(match.group(1))) if match else None

    def _after(self, seconds: float) -> dt.datetime:
        wait = min(dt.timedelta(seconds=max(seconds, 1.0)), LONGEST_WAIT)
        return self.wall() + wait


def why_unreachable(host: str, exc: BaseException) -> str:
    """Why a connection failed, from the first cause that says: DNS, TLS, refused, route."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return f"cannot find {host} (DNS lookup failed)"
        if isinstance(seen, ssl.SSLError):
            reason = getattr(seen, "reason", None) or "error"  # e.g. CERTIFICATE_VERIFY_FAILED
            return f"the secure connection to {host} failed (TLS: {reason})"
        if isinstance(seen, ConnectionRefusedError):
            return f"{host} refused the connection"
        if isinstance(seen, OSError) and seen.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return f"no route to {host}"
        seen = seen.__cause__ or seen.__context__
    return f"cannot connect to {host}"
