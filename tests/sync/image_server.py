"""A small image server on 127.0.0.1 for the image cache and image view tests.

A test puts ``Answer`` objects under paths (a good PNG, garbage, a decompression bomb, one
that waits, one that is too big); every request is counted by path and its User-Agent kept.
PNG files are made here with zlib and struct, so the pure tests need no Qt.
"""

from __future__ import annotations

import struct
import threading
import zlib
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SLOW_SECONDS = 5.0  # how long a slow answer waits unless released


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def png(width: int, height: int, rgb: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A valid PNG of one colour."""
    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(row * height))
        + _chunk(b"IEND", b"")
    )


def png_bomb(width: int = 60_000, height: int = 60_000) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` (14 GB decoded) and whose data is a
    few bytes: a decompression bomb."""
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 4096))
        + _chunk(b"IEND", b"")
    )


@dataclass
class Answer:
    """What one path answers. ``slow``: hold the answer until ``release()`` or 5 s;
    ``sized``: send Content-Length (else the body ends when the connection closes)."""

    body: bytes
    status: int = 200
    content_type: str = "image/png"
    slow: bool = False
    sized: bool = True


class ImageServer:
    """``with ImageServer() as server:``; ``server.url("/x.png")`` is an address on it."""

    def __init__(self) -> None:
        self.answers: dict[str, Answer] = {}
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self._released = threading.Event()
        self._lock = threading.Lock()
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._http.daemon_threads = True
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, path: str) -> str:
        host, port = self._http.server_address[:2]
        return f"http://{host}:{port}{path}"

    def release(self) -> None:
        """Let slow answers go now."""
        self._released.set()

    @property
    def requests(self) -> int:
        return sum(self.hits.values())

    def __enter__(self) -> ImageServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
        self._http.shutdown()
        self._http.server_close()
        self._thread.join()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                with server._lock:
                    server.hits[self.path] += 1
                    server.agents.append(self.headers.get("User-Agent", ""))
                answer = server.answers.get(self.path) or Answer(b"not found", 404, "text/plain")
                if answer.slow:
                    server._released.wait(SLOW_SECONDS)
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                if answer.sized:
                    self.send_header("Content-Length", str(len(answer.body)))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                try:
                    self.wfile.write(answer.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (a size cap)

            def log_message(self, *_args: Any) -> None:
                pass

        return Handler
