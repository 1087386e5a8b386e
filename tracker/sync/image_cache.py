"""Images by web address (mission patches, vehicle pictures, portraits): fetched, checked
and kept in the platform's cache folder. No Qt here, so the cache and the fetch are tested
without a window; ``tracker.ui.images`` decodes what this hands it and shows it.

The addresses come with imported and synced data, so the bytes behind them are untrusted:
- a fetch has a connect and a read timeout, a deadline for the whole answer and a size cap
  (5 MB, counted as the body streams, gzip decoded); redirects are followed a few times,
  only to http(s), and never to this computer or the local network (an address in an LL2
  file must not make the app probe a router), unless a test allows it;
- only PNG, JPEG, GIF and WebP are kept, known by their first bytes whatever the server's
  Content-Type says; SVG (scripts, external entities) and everything else is refused;
- an address whose answer was refused is remembered as bad for a week (a marker file), so it
  is not fetched again each time a view shows it.

Files are named by the SHA-256 of the address; the folder is held under 100 MB by removing
the least recently used files (a hit renews a file's modification time: access times are
often not kept). Several windows or processes may share the folder: a file that vanishes
meanwhile is simply not there.
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tracker import APP_NAME, rules
from tracker.errors import UserError, ValidationError
from tracker.exchange.files import write_atomic

if TYPE_CHECKING:
    import httpx

MAX_FILE = 5 * 2**20  # one image; patches and portraits are well under 1 MB
MAX_TOTAL = 100 * 2**20  # the whole folder
BAD_FOR = 7 * 24 * 3600.0  # seconds a refused address is not asked again
MAX_REDIRECTS = 3
BAD_SUFFIX = ".bad"
ACCEPT = "image/png,image/jpeg,image/webp,image/gif;q=0.9"


class ImageRefused(Exception):
    """The address or its answer is not an image we show: remembered, not fetched again."""


class ImageUnavailable(Exception):
    """No image this time (offline, a timeout, a server error): asked again later."""


def default_folder() -> Path:
    """``images`` in platformdirs' user cache folder for the app."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "images"


def image_format(data: bytes) -> str | None:
    """'png', 'jpeg', 'gif' or 'webp' by the file's first bytes; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def check_address(url: str, *, allow_local: bool = False) -> str:
    """``url`` when it is a web address to fetch from; ``ImageRefused`` otherwise: not
    http(s), or a name or address of this computer or a private network (a literal one:
    names are not resolved here)."""
    try:
        url = rules.web_address(url, "an image address")
    except ValidationError as exc:
        raise ImageRefused(str(exc)) from None
    import httpx  # here, not at the top: the window starts without the HTTP stack

    try:
        host = (httpx.URL(url).host or "").lower().rstrip(".")
    except httpx.InvalidURL:
        raise ImageRefused(f"not a usable address: {url!r}") from None
    if allow_local:
        return url
    if host == "localhost" or host.endswith((".localhost", ".local")):
        raise ImageRefused(f"{host} is on this computer or network; not fetched")
    with contextlib.suppress(ValueError):
        if not ipaddress.ip_address(host).is_global:
            raise ImageRefused(f"{host} is not a public address; not fetched")
    return url


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """How long to wait (seconds) and how much to take. Shorter than a sync's: an image is
    small, and a window that closes waits for a fetch under way to end."""

    connect_timeout: float = 10.0
    read_timeout: float = 10.0
    deadline: float = 30.0
    max_bytes: int = MAX_FILE
    allow_local: bool = False  # tests serve images from 127.0.0.1


def fetch(url: str, limits: FetchLimits, cancelled: Callable[[], bool] = lambda: False) -> bytes:
    """The image at ``url``, checked by its first bytes: ``ImageRefused`` when it is not one
    we show (or too big, or gone: HTTP 4xx), ``ImageUnavailable`` when it may come later."""
    import httpx  # on the worker that fetches: the window starts without the HTTP stack

    from tracker.sync.client import USER_AGENT

    url = check_address(url, allow_local=limits.allow_local)

    def each_request(request: httpx.Request) -> None:  # redirects included
        check_address(str(request.url), allow_local=limits.allow_local)

    started = time.monotonic()
    try:
        with (
            httpx.Client(
                headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
                timeout=httpx.Timeout(
                    limits.read_timeout,
                    connect=limits.connect_timeout,
                    pool=limits.connect_timeout,
                ),
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                event_hooks={"request": [each_request]},
            ) as http,
            http.stream("GET", url) as response,
        ):
            _check_status(response)
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > limits.max_bytes:
                raise ImageRefused(f"larger than {limits.max_bytes // 2**20} MB")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limits.max_bytes:
                    raise ImageRefused(f"larger than {limits.max_bytes // 2**20} MB")
                if cancelled():
                    raise ImageUnavailable("cancelled")
                if time.monotonic() - started > limits.deadline:
                    raise ImageUnavailable(f"took longer than {limits.deadline:g} s")
                chunks.append(chunk)
    except httpx.TooManyRedirects:
        raise ImageRefused("too many redirects") from None
    except (httpx.DecodingError, httpx.UnsupportedProtocol, httpx.InvalidURL):
        raise ImageRefused("an answer that cannot be read") from None
    except httpx.TransportError as exc:  # timeouts, refused connections, broken answers
        raise ImageUnavailable(f"network error ({type(exc).__name__})") from None
    data = b"".join(chunks)
    if image_format(data) is None:
        raise ImageRefused("not a PNG, JPEG, GIF or WebP image")
    return data


def _check_status(response: httpx.Response) -> None:
    status = response.status_code
    if status == 200:
        return
    if status in (408, 429) or status >= 500:
        raise ImageUnavailable(f"HTTP {status}")
    raise ImageRefused(f"HTTP {status}")


class ImageCache:
    """The image files in ``folder``, named by address; at most ``max_total`` bytes."""

    def __init__(self, folder: Path, max_total: int = MAX_TOTAL, max_file: int = MAX_FILE) -> None:
        self.folder, self.max_total, self.max_file = folder, max_total, max_file

    @staticmethod
    def key(url: str) -> str:
        return hashlib.sha256(url.encode("utf-8")).hexdigest()

    def path(self, url: str) -> Path:
        return self.folder / self.key(url)

    def _marker(self, url: str) -> Path:
        return self.folder / f"{self.key(url)}{BAD_SUFFIX}"

    def get(self, url: str) -> bytes | None:
        """The kept file's bytes (and it is used now: the last to be evicted), or None."""
        path = self.path(url)
        try:
            if path.stat().st_size > self.max_file:
                return None
            data = path.read_bytes()
            os.utime(path)
        except OSError:
            return None
        return data

    def put(self, url: str, data: bytes) -> None:
        """Keep ``data`` for ``url`` (whole or not at all), then make room. A folder that
        cannot be written (read-only, full) keeps nothing: the image still shows."""
        if len(data) > self.max_file:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path(url), data)
        except (OSError, UserError):
            return
        self.evict()

    def forget(self, url: str) -> None:
        """Remove the kept file (it did not decode)."""
        with contextlib.suppress(OSError):
            self.path(url).unlink()

    def is_bad(self, url: str) -> bool:
        """Whether ``url``'s answer was refused within ``BAD_FOR``."""
        try:
            return time.time() - self._marker(url).stat().st_mtime < BAD_FOR
        except OSError:
            return False

    def mark_bad(self, url: str, why: str) -> None:
        """Remember ``url`` as refused (the reason inside, for whoever looks)."""
        with contextlib.suppress(OSError, UserError):
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self._marker(url), why.encode("utf-8", "replace")[:200])
        self.forget(url)

    def files(self) -> list[os.DirEntry[str]]:
        """The kept files and markers (not a write's temporary file)."""
        try:
            with os.scandir(self.folder) as entries:
                return [e for e in entries if not e.name.startswith(".") and e.is_file()]
        except OSError:
            return []

    def size(self) -> int:
        return sum(_stat(e)[1] for e in self.files())

    def evict(self) -> None:
        """Remove the least recently used files until the folder holds ``max_total``."""
        found = [(e, *_stat(e)) for e in self.files()]
        total = sum(size for _e, _t, size in found)
        for entry, _mtime, size in sorted(found, key=lambda f: f[1]):
            if total <= self.max_total:
                break
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
            total -= size


def _stat(entry: os.DirEntry[str]) -> tuple[float, int]:
    """Modification time and size; a file removed meanwhile counts as old and empty."""
    try:
        st = entry.stat()
    except OSError:
        return (0.0, 0)
    return (st.st_mtime, st.st_size)
