"""Mission patches, vehicle pictures, portraits and logos in the window: shown at once from
memory, else a neutral placeholder while a worker loads them from the cache folder or, when
the app is online, from their address (``tracker.sync.image_cache``).

Why this shape: the GUI thread never waits. ``ImageStore.image(url)`` answers from memory or
says "not yet" (None) and starts a job on its own small thread pool; the job reads the cache
or fetches (httpx with the sync client's User-Agent, timeouts, a size cap: the app's one way
to talk HTTP, not QNetworkAccessManager), checks the bytes and decodes them with limits,
then the store says ``ready(url)`` and the labels showing that address repaint. Decoding
refuses what is not PNG, JPEG, GIF or WebP, anything over 4096 pixels a side before a pixel
is allocated (a decompression bomb), and what Qt cannot read; a refused address is not
asked again (the cache remembers it), a failed fetch not before five minutes.

Online means: the user lets the app reach the network (automatic updates are on, which the
first Update Now turns on) and the last sync did not find it offline. Before that nothing is
fetched: a fresh install, an imported file or a test never sends a request of its own, and
offline a placeholder shows with no wait and no message.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlsplit

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QPainter,
    QPaintEvent,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

from tracker.sync.image_cache import (
    FetchLimits,
    ImageCache,
    ImageRefused,
    ImageUnavailable,
    default_folder,
    fetch,
    image_format,
)
from tracker.ui.image_placeholders import ImageKind as ImageKind
from tracker.ui.image_placeholders import paint_placeholder

if TYPE_CHECKING:
    from tracker.ui.syncing import SyncController

log = logging.getLogger(__name__)

MAX_SIDE = 4096  # pixels: a larger image is refused before it is decoded
KEEP_SIDE = 384  # pixels: what is kept in memory (a 96 px patch at 4x, a portrait)
ALLOCATION_MB = 64  # Qt's own ceiling for one decode, below its default of 256
MEMORY_ITEMS = 64  # decoded images kept in memory (about 0.6 MB each at most)
RETRY_AFTER = 300.0  # seconds before a failed fetch is tried again
THREADS = 3


class ImageState(enum.Enum):
    NONE = "none"  # no address, or not asked for yet
    LOADING = "loading"
    READY = "ready"
    BAD = "bad"  # refused: not fetched again
    UNAVAILABLE = "unavailable"  # offline, or the fetch failed: asked again later


def decode(data: bytes, keep_side: int = KEEP_SIDE) -> QImage:
    """The image in ``data``, at most ``keep_side`` pixels a side; ``ImageRefused`` when it is
    not one of the formats we show, larger than ``MAX_SIDE`` a side, or unreadable."""
    kind = image_format(data)
    if kind is None:
        raise ImageRefused("not a PNG, JPEG, GIF or WebP image")
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, kind.encode())
    reader.setDecideFormatFromContent(False)
    reader.setAllocationLimit(ALLOCATION_MB)
    size = reader.size()  # from the header: nothing is decoded yet
    if not size.isValid() or size.isEmpty():
        raise ImageRefused(f"a {kind} file whose size cannot be read")
    if size.width() > MAX_SIDE or size.height() > MAX_SIDE:
        raise ImageRefused(f"{size.width()}x{size.height()} pixels is larger than we show")
    if max(size.width(), size.height()) > keep_side:
        reader.setScaledSize(size.scaled(keep_side, keep_side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise ImageRefused(f"a {kind} file that cannot be decoded ({reader.errorString()})")
    return image


class _Relay(QObject):
    """Carries a job's outcome to the GUI thread (a queued signal). Owned by Python only, so
    it outlives a store destroyed while a job still runs."""

    done = Signal(str, object, object)  # url, QImage or None, ImageState


class _Job(QRunnable):
    """Loads one address on the pool: the cache first, then the network when allowed."""

    def __init__(
        self,
        url: str,
        cache: ImageCache,
        limits: FetchLimits,
        may_fetch: bool,
        relay: _Relay,
        cancel: threading.Event,
    ) -> None:
        super().__init__()
        self.url, self.cache, self.limits, self.may_fetch = url, cache, limits, may_fetch
        self.relay, self.cancel = relay, cancel

    def run(self) -> None:
        try:
            image, state = self._load()
        except Exception:  # noqa: BLE001 - a worker reports, never dies silently
            log.exception("loading an image from %s failed", _host(self.url))
            image, state = None, ImageState.UNAVAILABLE
        try:
            self.relay.done.emit(self.url, image, state)
        except RuntimeError:  # the relay went with the application
            pass

    def _load(self) -> tuple[QImage | None, ImageState]:
        url, cache = self.url, self.cache
        if cache.is_bad(url):
            return None, ImageState.BAD
        data = cache.get(url)
        if data is not None:
            try:
                return decode(data), ImageState.READY
            except ImageRefused:
                cache.forget(url)  # changed on disk since it was kept: fetched again
        if not self.may_fetch:
            return None, ImageState.UNAVAILABLE
        try:
            data = fetch(url, self.limits, self.cancel.is_set)
            image = decode(data)
        except ImageRefused as exc:
            log.info("image from %s refused: %s", _host(url), exc)
            cache.mark_bad(url, str(exc))
            return None, ImageState.BAD
        except ImageUnavailable as exc:
            log.info("image from %s not fetched: %s", _host(url), exc)
            return None, ImageState.UNAVAILABLE
        cache.put(url, data)
        return image, ImageState.READY


def _host(url: str) -> str:
    """The host alone, for the log (an address may carry a user and password)."""
    try:
        return urlsplit(url).hostname or "?"
    except ValueError:
        return "?"


def _never() -> bool:
    return False


class ImageStore(QObject):
    """Images by address for every view; ``ready(url)`` when one can be shown.

    ``online`` says whether a fetch may go out now (asked on the GUI thread each time a job
    starts); until it is set, nothing is fetched and only the cache folder is read."""

    ready = Signal(str)

    def __init__(
        self,
        cache: ImageCache | None = None,
        limits: FetchLimits = FetchLimits(),  # noqa: B008 - frozen: shared safely
        online: Callable[[], bool] = _never,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cache = cache if cache is not None else ImageCache(default_folder())
        self.limits, self.online = limits, online
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(THREADS)
        self._relay = _Relay()
        self._relay.done.connect(self._done)
        self._cancel = threading.Event()
        self._images: OrderedDict[str, QPixmap] = OrderedDict()
        self._states: dict[str, ImageState] = {}
        self._fetching: dict[str, bool] = {}  # jobs under way: whether they may fetch
        self._retry_at: dict[str, float] = {}  # a failed fetch: not again before
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    def image(self, url: str) -> QPixmap | None:
        """The image at ``url`` now, or None (show a placeholder): then, unless it is known
        bad or cannot come yet, a job starts and ``ready(url)`` follows if it loads."""
        if not url or self._cancel.is_set():
            return None
        pixmap = self._images.get(url)
        if pixmap is not None:
            self._images.move_to_end(url)
            return pixmap
        state = self._states.get(url, ImageState.NONE)
        if state in (ImageState.LOADING, ImageState.BAD):
            return None
        if state is ImageState.UNAVAILABLE and (
            not self.online() or time.monotonic() < self._retry_at.get(url, 0.0)
        ):
            return None
        self._start(url)
        return None

    def state(self, url: str) -> ImageState:
        if url in self._images:
            return ImageState.READY
        return self._states.get(url, ImageState.NONE)

    @property
    def busy(self) -> bool:
        """Whether a job is under way."""
        return bool(self._fetching)

    def _start(self, url: str) -> None:
        may_fetch = self.online()
        self._states[url] = ImageState.LOADING
        self._fetching[url] = may_fetch
        self._pool.start(_Job(url, self.cache, self.limits, may_fetch, self._relay, self._cancel))

    def _done(self, url: str, image: QImage | None, state: ImageState) -> None:
        fetched = self._fetching.pop(url, False)
        if image is None:
            self._states[url] = state
            if state is ImageState.UNAVAILABLE and fetched:
                self._retry_at[url] = time.monotonic() + RETRY_AFTER
            return
        self._states.pop(url, None)
        self._retry_at.pop(url, None)
        self._images[url] = QPixmap.fromImage(image)
        while len(self._images) > MEMORY_ITEMS:
            self._images.popitem(last=False)
        self.ready.emit(url)

    def close(self) -> None:
        """Start nothing more; a fetch under way stops at its next chunk (or its timeout)."""
        self._cancel.set()
        self._pool.clear()
        self._pool.waitForDone()


class ImageHook(Protocol):
    """A view with a picture slot of its own (a person's or vehicle's page)."""

    @property
    def image_url(self) -> str: ...

    def set_image(self, pixmap: QPixmap | None, /) -> None: ...


class ImageFeed(QObject):
    """Gives the hook shown last the store's image for its address: at once (None until it
    is at hand) and again when it loads. Connect a ``page_shown(page)`` signal to ``show``."""

    def __init__(self, store: ImageStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._hook: ImageHook | None = None
        store.ready.connect(self._ready)

    def show(self, hook: ImageHook) -> None:
        self._hook = hook
        hook.set_image(self.store.image(hook.image_url))

    def _ready(self, url: str) -> None:
        if self._hook is not None and self._hook.image_url == url:
            self._hook.set_image(self.store.image(url))


def sync_online(sync: SyncController) -> Callable[[], bool]:
    """The store's ``online`` for a window: automatic updates on, and not found offline."""
    return lambda: sync.automatic and not sync.status.offline


# --- showing ------------------------------------------------------------------------------


class ImageLabel(QWidget):
    """A square that shows the image at an address, or its kind's placeholder until (and
    unless) the image comes; ``side`` pixels wide and high."""

    def __init__(
        self,
        kind: ImageKind,
        store: ImageStore | None = None,
        side: int = 96,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self.store = kind, store
        self.url = ""
        self._pixmap: QPixmap | None = None
        self._scaled: QPixmap | None = None
        self.setFixedSize(side, side)
        names = {
            ImageKind.PATCH: self.tr("Mission patch"),
            ImageKind.VEHICLE: self.tr("Vehicle image"),
            ImageKind.PORTRAIT: self.tr("Portrait"),
            ImageKind.LOGO: self.tr("Agency logo"),
        }
        self.setAccessibleName(names[kind])
        if store is not None:
            store.ready.connect(self._ready)
        self._describe()

    @property
    def shows_image(self) -> bool:
        """Whether an image (not the placeholder) is shown."""
        return self._pixmap is not None

    def show_url(self, url: str) -> None:
        """Show the image at ``url`` ("" for none): at once when it is at hand, else the
        placeholder now and the image when the store has it."""
        self.url = url
        self._set(self.store.image(url) if self.store is not None and url else None)

    def _ready(self, url: str) -> None:
        if url == self.url and self.store is not None:
            self._set(self.store.image(url))

    def _set(self, pixmap: QPixmap | None) -> None:
        self._pixmap, self._scaled = pixmap, None
        self._describe()
        self.update()

    def _describe(self) -> None:
        self.setAccessibleDescription(
            self.tr("Shown") if self._pixmap is not None else self.tr("No image available")
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(self.rect())
        if self._pixmap is None:
            paint_placeholder(painter, rect, self.kind, self.palette())
        else:
            scaled = self._fitted()
            ratio = scaled.devicePixelRatio()
            w, h = scaled.width() / ratio, scaled.height() / ratio
            painter.drawPixmap(QPointF((rect.width() - w) / 2, (rect.height() - h) / 2), scaled)
        painter.end()

    def _fitted(self) -> QPixmap:
        """The image scaled once to fit the square at the screen's pixel ratio."""
        assert self._pixmap is not None
        ratio = self.devicePixelRatioF()
        if self._scaled is None or self._scaled.devicePixelRatio() != ratio:
            target = QSize(round(self.width() * ratio), round(self.height() * ratio))
            self._scaled = self._pixmap.scaled(
                target,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self._scaled.setDevicePixelRatio(ratio)
        return self._scaled
