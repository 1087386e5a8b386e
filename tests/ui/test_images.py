"""Images in the window (issue 18): an image server that answers well, slowly, with garbage,
with a decompression bomb or not at all leaves the window responsive, shows a placeholder
meanwhile and never a message; offline nothing is asked; the cache stays under its limit.

Everything is served from 127.0.0.1 (``tests.sync.image_server``); no test reaches another
address (the window's own store is offline until a test says otherwise)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QTimer
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication

from tests.helpers import LL2_SAMPLES
from tests.sync.image_server import Answer, ImageServer, png, png_bomb
from tracker.sync.image_cache import FetchLimits, ImageCache, ImageRefused
from tracker.ui.images import (
    MAX_SIDE,
    ImageFeed,
    ImageKind,
    ImageLabel,
    ImageState,
    ImageStore,
    decode,
)
from tracker.ui.main_window import MainWindow
from tracker.ui.syncing import AUTOMATIC_KEY

LOCAL = FetchLimits(connect_timeout=2.0, read_timeout=3.0, deadline=10.0, allow_local=True)
GREEN = QColor("#22aa55")


def encoded(width: int, height: int, fmt: str = "PNG", colour: QColor = GREEN) -> bytes:
    """An image made with Qt, in ``fmt``."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(colour)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    return bytes(buffer.data().data())


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """127.0.0.1 directly, whatever proxy the developer's environment names."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("NO_PROXY", "*")


@pytest.fixture
def server() -> Iterator[ImageServer]:
    with ImageServer() as running:
        yield running


class Online:
    """The store's ``online``, switched by the test."""

    def __init__(self, on: bool = True) -> None:
        self.on = on

    def __call__(self) -> bool:
        return self.on


@pytest.fixture
def online() -> Online:
    return Online()


@pytest.fixture
def store(qapp: QApplication, tmp_path: Path, online: Online) -> Iterator[ImageStore]:
    images = ImageStore(ImageCache(tmp_path / "images"), LOCAL, online)
    yield images
    images.close()


@pytest.fixture
def label(qtbot, store: ImageStore) -> ImageLabel:  # type: ignore[no-untyped-def]
    widget = ImageLabel(ImageKind.PATCH, store)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def centre(label: ImageLabel) -> QColor:
    image = label.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() // 2)


def no_message_shown() -> bool:
    return QApplication.activeModalWidget() is None and not [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QMessageBox")
    ]


# --- (a) a good image ---------------------------------------------------------------------


def test_a_good_png_shows_after_a_placeholder_and_is_kept(
    qtbot, server: ImageServer, store: ImageStore, label: ImageLabel, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server.answers["/patch.png"] = Answer(encoded(200, 100))
    url = server.url("/patch.png")
    placeholder = centre(label)
    with qtbot.waitSignal(store.ready) as ready:
        label.show_url(url)
        assert not label.shows_image  # at once: the placeholder
        assert label.accessibleDescription() == "No image available"
    assert ready.args == [url]
    assert label.shows_image and label.accessibleName() == "Mission patch"
    assert centre(label) == GREEN != placeholder
    assert (tmp_path / "images" / ImageCache.key(url)).read_bytes() == encoded(200, 100)

    # The next start, offline: from the cache folder, no request.
    again = ImageStore(ImageCache(tmp_path / "images"), LOCAL, Online(False))
    try:
        with qtbot.waitSignal(again.ready):
            assert again.image(url) is None
        pixmap = again.image(url)
        assert pixmap is not None and max(pixmap.width(), pixmap.height()) == 200
    finally:
        again.close()
    assert server.hits["/patch.png"] == 1


# The smallest GIF: one transparent pixel (Qt reads GIF but does not write it).
GIF = bytes.fromhex(
    "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b"
)


@pytest.mark.parametrize("fmt", ["JPEG", "WEBP"])
def test_jpeg_webp_and_gif_decode_too(qapp: QApplication, fmt: str) -> None:
    assert decode(encoded(20, 10, fmt)).size().toTuple() == (20, 10)
    assert decode(GIF).size().toTuple() == (1, 1)


def test_a_large_image_is_kept_in_memory_small(qapp: QApplication) -> None:
    image = decode(encoded(2000, 1000))
    assert (image.width(), image.height()) == (384, 192)


# --- (b) a slow server ----------------------------------------------------------------------


def test_a_slow_server_leaves_the_window_turning_with_the_placeholder(
    qtbot, server: ImageServer, store: ImageStore, label: ImageLabel
) -> None:  # type: ignore[no-untyped-def]
    server.answers["/slow.png"] = Answer(encoded(50, 50), slow=True)  # waits 5 s
    url = server.url("/slow.png")
    label.show_url(url)
    seen: list[ImageState] = []
    QTimer.singleShot(50, lambda: seen.append(store.state(url)))
    qtbot.waitUntil(lambda: bool(seen), timeout=2000)  # the event loop turned meanwhile
    assert seen == [ImageState.LOADING]
    assert not label.shows_image and store.busy and no_message_shown()
    server.release()
    with qtbot.waitSignal(store.ready):
        pass
    assert label.shows_image


# --- (c), (d) refused -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b"<html>this is no image</html>" * 10,
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,  # the signature, then garbage
        png_bomb(),  # 60000 x 60000 claimed
        png(MAX_SIDE + 1, 1),  # a real image, too wide
    ],
    ids=["garbage", "png-garbage", "bomb", "too-wide"],
)
def test_a_broken_or_hostile_image_is_refused_remembered_and_not_fetched_again(
    qtbot, server: ImageServer, store: ImageStore, label: ImageLabel, tmp_path: Path, body: bytes
) -> None:  # type: ignore[no-untyped-def]
    server.answers["/bad.png"] = Answer(body, content_type="image/png")
    url = server.url("/bad.png")
    label.show_url(url)
    qtbot.waitUntil(lambda: store.state(url) is ImageState.BAD)
    assert not label.shows_image and no_message_shown()
    assert not (tmp_path / "images" / ImageCache.key(url)).exists()  # not kept
    label.show_url(url)
    assert not store.busy  # known bad: no job at all

    restarted = ImageStore(ImageCache(tmp_path / "images"), LOCAL, Online(True))
    try:
        assert restarted.image(url) is None
        qtbot.waitUntil(lambda: restarted.state(url) is ImageState.BAD)
    finally:
        restarted.close()
    assert server.hits["/bad.png"] == 1


def test_svg_is_refused_before_qt_sees_it(qapp: QApplication) -> None:
    with pytest.raises(ImageRefused):
        decode(b'<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>')


def test_a_kept_file_that_no_longer_decodes_is_fetched_again(
    qtbot, server: ImageServer, store: ImageStore, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server.answers["/p.png"] = Answer(encoded(30, 30))
    url = server.url("/p.png")
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / ImageCache.key(url)).write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    with qtbot.waitSignal(store.ready):
        store.image(url)
    assert server.hits["/p.png"] == 1


# --- (e) no server --------------------------------------------------------------------------


def test_no_server_at_all_shows_the_placeholder_and_no_message(
    qtbot, store: ImageStore, label: ImageLabel
) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/patch.png"
    label.show_url(url)
    qtbot.waitUntil(lambda: store.state(url) is ImageState.UNAVAILABLE)
    assert not label.shows_image and no_message_shown()
    label.show_url(url)  # shown again at once: not asked again before RETRY_AFTER
    assert not store.busy and store.state(url) is ImageState.UNAVAILABLE


# --- (f) the cache's limit ------------------------------------------------------------------


def test_fetching_more_than_the_limit_keeps_the_folder_under_it(
    qtbot, server: ImageServer, qapp: QApplication, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    size = len(encoded(64, 64, colour=QColor("#000001")))
    cache = ImageCache(tmp_path / "small", max_total=3 * size + 10)
    images = ImageStore(cache, LOCAL, Online(True))
    try:
        for i in range(6):
            server.answers[f"/{i}.png"] = Answer(
                encoded(64, 64, colour=QColor(f"#0000{i + 1:02x}"))
            )
            with qtbot.waitSignal(images.ready):
                images.image(server.url(f"/{i}.png"))
            assert cache.size() <= cache.max_total
        assert len(cache.files()) == 3
        assert cache.get(server.url("/5.png")) is not None  # the newest stay
        assert cache.get(server.url("/0.png")) is None
    finally:
        images.close()


# --- (g) offline ----------------------------------------------------------------------------


def test_offline_nothing_is_asked_and_online_again_it_comes(
    qtbot, server: ImageServer, store: ImageStore, label: ImageLabel, online: Online
) -> None:  # type: ignore[no-untyped-def]
    server.answers["/patch.png"] = Answer(encoded(40, 40))
    url = server.url("/patch.png")
    online.on = False
    label.show_url(url)
    qtbot.waitUntil(lambda: not store.busy)  # the cache folder was looked in
    assert store.state(url) is ImageState.UNAVAILABLE and not label.shows_image
    label.show_url(url)
    assert not store.busy  # offline and not in the cache: not even a job
    assert server.requests == 0
    online.on = True
    with qtbot.waitSignal(store.ready):
        label.show_url(url)
    assert label.shows_image and server.requests == 1


# --- a view with a slot of its own ---------------------------------------------------------


class Slot:
    """A page's picture slot, as ``tracker.ui.pages`` has one."""

    def __init__(self, url: str) -> None:
        self.image_url = url
        self.shown: list[bool] = []

    def set_image(self, pixmap: QPixmap | None) -> None:
        self.shown.append(pixmap is not None)


def test_a_page_is_given_its_picture_once_it_loads(
    qtbot, server: ImageServer, store: ImageStore
) -> None:  # type: ignore[no-untyped-def]
    server.answers["/portrait.jpg"] = Answer(encoded(80, 100, "JPEG"))
    feed = ImageFeed(store)
    page, other = Slot(server.url("/portrait.jpg")), Slot("")
    with qtbot.waitSignal(store.ready):
        feed.show(page)
        assert page.shown == [False]  # the placeholder first
    assert page.shown == [False, True]
    feed.show(other)  # another page now: the first is not given images any more
    assert other.shown == [False]


# --- the window -----------------------------------------------------------------------------


def _import_with_patch(window: MainWindow, tmp_path: Path, patch_url: str) -> int:
    """Import the 2.3 sample with Crew-13's patch at ``patch_url``; Crew-13's id."""
    sample = LL2_SAMPLES / "launches_upcoming_detailed_v2.3.0.json"
    data = json.loads(sample.read_text(encoding="utf-8"))
    crew13 = next(x for x in data["results"] if x["name"].endswith("Crew-13"))
    crew13["mission_patches"] = [
        {"id": 1, "name": "Crew-13", "priority": 10, "image_url": patch_url}
    ]
    path = tmp_path / "ll2.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    window.service.import_file(path)
    window.service.reload()
    (found,) = [r.id for r in window.service.missions() if r.name == "Crew-13"]
    return found


def test_the_detail_shows_the_patch_once_the_window_is_online(
    qtbot, window: MainWindow, server: ImageServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    server.answers["/crew13.png"] = Answer(encoded(120, 120))
    url = server.url("/crew13.png")
    images = window.service.images
    images.cache, images.limits = ImageCache(tmp_path / "cache"), LOCAL
    mission = _import_with_patch(window, tmp_path, url)
    patch = window.detail.patch
    assert patch.objectName() == "missionPatch" and patch.accessibleName() == "Mission patch"

    # Updates were never turned on: the window does not go online on its own.
    window.detail.set_mission(window.service.mission(mission))
    assert patch.isVisible() and patch.url == url and not patch.shows_image
    qtbot.waitUntil(lambda: not images.busy)
    assert server.requests == 0 and no_message_shown()

    window.settings.setValue(AUTOMATIC_KEY, True)  # what the first Update Now sets
    with qtbot.waitSignal(images.ready):
        window.detail.set_mission(window.service.mission(mission))
    assert patch.shows_image and server.requests == 1
    window.detail.set_mission(None)
    assert not patch.isVisible()
