"""A small Launch Library 2 stand-in on 127.0.0.1 for the sync tests.

It answers ``/2.3.0/launches/upcoming/`` from a list of launch records (the recorded 2.3.0
sample by default) as the API does: pages of ``limit`` (at most ``page_size``), a ``next``
link on its own address, ``last_updated__gte`` filtering. A test changes ``launches`` to
play an update, or queues ``Reply`` objects that answer the next requests instead (a 429, a
500, a page cut off, a slow answer; ``None`` lets one request through as usual). Every
request is recorded. Nothing here reaches any address but 127.0.0.1.
"""

from __future__ import annotations

import copy
import datetime as dt
import gzip
import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.helpers import LL2_SAMPLES

SAMPLE = LL2_SAMPLES / "launches_upcoming_detailed_v2.3.0.json"
VERSION_PATH = "/2.3.0"


def sample_launches() -> list[dict[str, Any]]:
    """The recorded upcoming launches (Crew-13 with its crew, and four uncrewed)."""
    data = json.loads(Path(SAMPLE).read_text(encoding="utf-8"))
    return list(data["results"])


@dataclass
class Reply:
    """One scripted answer. ``cut``: announce the whole body, send half, close. ``stall``:
    hold the answer until the server stops (for a client's read timeout)."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    cut: bool = False
    stall: bool = False

    @classmethod
    def json(cls, data: Any, status: int = 200, **headers: str) -> Reply:
        headers = {"Content-Type": "application/json"} | headers
        return cls(status, json.dumps(data).encode(), headers)


@dataclass(frozen=True)
class Seen:
    """A request as the server received it."""

    path: str
    query: dict[str, str]
    headers: dict[str, str]


class LL2Server:
    """Start with ``with LL2Server() as server:``; ``server.base_url`` is its API root."""

    def __init__(self, launches: list[dict[str, Any]] | None = None, page_size: int = 100):
        self.launches = sample_launches() if launches is None else launches
        self.page_size = page_size
        self.queued: deque[Reply | None] = deque()  # None: answer as the API would
        self.seen: list[Seen] = []
        self.throttle = {"your_request_limit": 15, "current_use": 15, "next_use_secs": 1200}
        self.next_link: str | None = None  # when set, every page's ``next`` is this
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._http.daemon_threads = True
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def origin(self) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def base_url(self) -> str:
        return self.origin + VERSION_PATH

    def __enter__(self) -> LL2Server:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._http.shutdown()
        self._http.server_close()
        self._thread.join()

    # what the test sees

    def api_requests(self) -> list[Seen]:
        """The requests that count against the budget (all but ``/api-throttle/``)."""
        return [s for s in self.seen if not s.path.endswith("/api-throttle/")]

    def launch(self, name_part: str) -> dict[str, Any]:
        return next(x for x in self.launches if name_part in x["name"])

    # the answers

    def answer(self, path: str, query: dict[str, str]) -> Reply:
        with self._lock:
            scripted = self.queued.popleft() if self.queued else None
        if scripted is not None:
            return scripted
        if path == f"{VERSION_PATH}/api-throttle/":
            return Reply.json(self.throttle)
        if path == f"{VERSION_PATH}/launches/upcoming/":
            return Reply.json(self.page(query))
        return Reply.json({"detail": "Not found."}, status=404)

    def page(self, query: dict[str, str]) -> dict[str, Any]:
        launches = copy.deepcopy(self.launches)
        since = query.get("last_updated__gte")
        if since:
            floor = _instant(since)
            launches = [x for x in launches if _instant(x["last_updated"]) >= floor]
        limit = min(int(query.get("limit", "10")), self.page_size)
        offset = int(query.get("offset", "0"))
        chunk = launches[offset : offset + limit]
        more = offset + limit < len(launches)
        link = query | {"offset": str(offset + limit)}
        next_url = f"{self.base_url}/launches/upcoming/?{urlencode(link)}" if more else None
        return {
            "count": len(launches),
            "next": self.next_link if self.next_link is not None else next_url,
            "previous": None,
            "results": chunk,
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                parts = urlsplit(self.path)
                query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
                server.seen.append(Seen(parts.path, query, dict(self.headers.items())))
                reply = server.answer(parts.path, query)
                if reply.stall:
                    server._stop.wait(30)
                    return
                body = reply.body
                if "gzip" in self.headers.get("Accept-Encoding", "") and not reply.cut:
                    body = gzip.compress(body)
                    reply.headers = reply.headers | {"Content-Encoding": "gzip"}
                self.send_response(reply.status)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                if reply.cut:
                    self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body[: len(body) // 2] if reply.cut else body)
                if reply.cut:
                    self.close_connection = True

            def log_message(self, *_args: Any) -> None:
                pass

        return Handler


def _instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def bump(launch: dict[str, Any], when: str) -> None:
    """Mark a launch as changed upstream at ``when`` (ISO, e.g. 2026-10-02T08:00:00Z)."""
    launch["last_updated"] = when
