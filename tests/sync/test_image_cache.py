"""The image cache and fetch without Qt: what is fetched, what is refused, what is kept and
for how long, and that the folder stays under its limit."""

from __future__ import annotations

import hashlib
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.image_server import Answer, ImageServer, png, png_bomb
from tracker.sync.client import USER_AGENT
from tracker.sync.image_cache import (
    BAD_FOR,
    FetchLimits,
    ImageCache,
    ImageRefused,
    ImageUnavailable,
    check_address,
    fetch,
    image_format,
)

LOCAL = FetchLimits(connect_timeout=2.0, read_timeout=2.0, deadline=10.0, allow_local=True)


@pytest.fixture
def images() -> Iterator[ImageServer]:
    with ImageServer() as server:
        yield server


def test_formats_are_known_by_their_first_bytes_only() -> None:
    assert image_format(png(1, 1)) == "png"
    assert image_format(b"\xff\xd8\xff\xe0rest") == "jpeg"
    assert image_format(b"GIF89a...") == "gif"
    assert image_format(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "webp"
    for other in (b"<svg xmlns='http://www.w3.org/2000/svg'/>", b"<html>", b"", b"BM\x00"):
        assert image_format(other) is None


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://example.com/a.png",
        "http://localhost/a.png",
        "http://127.0.0.1:8080/a.png",
        "http://10.0.0.1/a.png",
        "http://192.168.1.1/reboot",
        "http://[::1]/a.png",
        "http://printer.local/a.png",
        "http://169.254.169.254/latest/meta-data",
    ],
)
def test_addresses_off_the_public_web_are_refused(url: str) -> None:
    with pytest.raises(ImageRefused):
        check_address(url)


def test_a_public_address_passes_and_tests_may_allow_this_computer() -> None:
    assert check_address("https://example.com/patch.png") == "https://example.com/patch.png"
    assert check_address("http://127.0.0.1:1/a.png", allow_local=True)


def test_a_good_image_is_fetched_with_the_apps_user_agent(images: ImageServer) -> None:
    images.answers["/good.png"] = Answer(png(8, 8))
    assert fetch(images.url("/good.png"), LOCAL) == png(8, 8)
    assert images.agents == [USER_AGENT]


@pytest.mark.parametrize(
    "answer",
    [
        Answer(b"\x89PNG but not really", content_type="image/png"),
        Answer(b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>", 200, "image/svg+xml"),
        Answer(b"gone", 404, "text/plain"),
        Answer(b"x" * (6 * 2**20)),  # over the cap, announced
        Answer(b"\x89PNG\r\n\x1a\n" + b"x" * (6 * 2**20), sized=False),  # over it, streamed
    ],
    ids=["garbage", "svg", "404", "too-big", "too-big-streamed"],
)
def test_what_is_not_an_image_we_show_is_refused(images: ImageServer, answer: Answer) -> None:
    images.answers["/x"] = answer
    with pytest.raises(ImageRefused):
        fetch(images.url("/x"), LOCAL)


def test_a_bombs_header_passes_the_fetch_its_size_is_judged_when_decoded(
    images: ImageServer,
) -> None:
    """The fetch checks the first bytes only; ``tracker.ui.images.decode`` refuses it."""
    images.answers["/bomb.png"] = Answer(png_bomb())
    assert fetch(images.url("/bomb.png"), LOCAL) == png_bomb()


def test_a_server_error_a_closed_port_and_a_stall_may_come_later(images: ImageServer) -> None:
    images.answers["/busy"] = Answer(b"busy", 503, "text/plain")
    with pytest.raises(ImageUnavailable):
        fetch(images.url("/busy"), LOCAL)
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ImageUnavailable):
        fetch(f"http://127.0.0.1:{port}/a.png", LOCAL)
    images.answers["/slow.png"] = Answer(png(4, 4), slow=True)
    with pytest.raises(ImageUnavailable):
        fetch(images.url("/slow.png"), FetchLimits(read_timeout=0.3, allow_local=True))


def test_without_leave_this_computer_is_not_asked(images: ImageServer) -> None:
    images.answers["/good.png"] = Answer(png(2, 2))
    with pytest.raises(ImageRefused):
        fetch(images.url("/good.png"), FetchLimits())
    assert images.requests == 0


# --- the cache folder ------------------------------------------------------------------------


def test_a_kept_image_is_named_by_its_addresss_sha256(tmp_path: Path) -> None:
    cache = ImageCache(tmp_path / "images")
    url = "https://example.com/patch.png"
    assert cache.get(url) is None
    cache.put(url, png(3, 3))
    assert cache.get(url) == png(3, 3)
    assert (tmp_path / "images" / hashlib.sha256(url.encode()).hexdigest()).is_file()
    cache.forget(url)
    assert cache.get(url) is None


def test_a_refused_address_is_remembered_for_a_week(tmp_path: Path) -> None:
    cache = ImageCache(tmp_path)
    url = "https://example.com/bad.png"
    cache.put(url, png(2, 2))
    cache.mark_bad(url, "not an image")
    assert cache.is_bad(url) and cache.get(url) is None
    assert ImageCache(tmp_path).is_bad(url)  # another window, the next start
    marker = next(p for p in tmp_path.iterdir() if p.suffix == ".bad")
    old = time.time() - BAD_FOR - 60
    os.utime(marker, (old, old))
    assert not cache.is_bad(url)


def test_the_folder_stays_under_its_limit_dropping_the_least_recently_used(
    tmp_path: Path,
) -> None:
    cache = ImageCache(tmp_path, max_total=10_000, max_file=5_000)
    urls = [f"https://example.com/{i}.png" for i in range(10)]
    for i, url in enumerate(urls):  # ten files of 1000 bytes: full
        cache.put(url, bytes(1000))
        past = time.time() - 1000 + i  # each put later than the one before
        os.utime(cache.path(url), (past, past))
    assert cache.get(urls[0]) is not None  # a hit: the first is now the most recent
    cache.put("https://example.com/new.png", bytes(1000))
    assert cache.size() <= 10_000
    assert not cache.path(urls[1]).exists()  # the least recently used went
    assert all(cache.path(u).exists() for u in (urls[0], *urls[2:]))
    for i in range(30):  # and it keeps going
        cache.put(f"https://example.com/more-{i}.png", bytes(1000))
        assert cache.size() <= 10_000
    assert len(cache.files()) == 10


def test_a_file_over_the_per_file_limit_is_neither_kept_nor_read(tmp_path: Path) -> None:
    cache = ImageCache(tmp_path, max_file=100)
    cache.put("https://example.com/big.png", bytes(101))
    assert cache.files() == []
    (tmp_path / ImageCache.key("https://example.com/grown.png")).write_bytes(bytes(500))
    assert cache.get("https://example.com/grown.png") is None


def test_a_folder_that_cannot_be_written_keeps_nothing_and_raises_nothing(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "images"
    blocker.write_text("a file where the folder should be")
    cache = ImageCache(blocker)
    cache.put("https://example.com/a.png", png(1, 1))
    cache.mark_bad("https://example.com/b.png", "refused")
    assert cache.get("https://example.com/a.png") is None
    assert cache.files() == [] and cache.size() == 0
