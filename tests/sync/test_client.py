"""The HTTP client against the local server: headers, the key kept out of every message,
``next`` links that leave or loop refused, 429s read, and every failure one line."""

from __future__ import annotations

import datetime as dt
import email.utils
import errno
import json
import socket
import ssl

import httpx
import pytest

from tests.sync.conftest import START, Wall
from tests.sync.server import LL2Server, Reply
from tracker import __version__
from tracker.sync.client import Client, Endpoint, Throttled, why_unreachable
from tracker.sync.errors import SyncFailed

KEY = "s3cret-key-0123456789"


def failure(client: Client, url: str) -> SyncFailed:
    with pytest.raises(SyncFailed) as caught:
        client.page(url)
    message = str(caught.value)
    assert "\n" not in message and KEY not in message
    return caught.value


def test_every_request_names_the_app_asks_for_gzip_and_carries_the_key(
    server: LL2Server, wall: Wall
) -> None:
    endpoint = Endpoint(server.base_url, token=KEY)
    with Client(endpoint, wall) as client:
        page = client.page(client.url("launches/upcoming/", {"mode": "detailed", "limit": "100"}))
    assert len(page["results"]) == 5
    (seen,) = server.seen
    assert seen.path == "/2.3.0/launches/upcoming/"
    assert seen.query == {"mode": "detailed", "limit": "100"}
    assert seen.headers["User-Agent"] == f"mission-tracker/{__version__} (+desktop app)"
    assert "gzip" in seen.headers["Accept-Encoding"]
    assert seen.headers["Authorization"] == f"Token {KEY}"
    assert KEY not in repr(endpoint)


def test_without_a_key_no_authorization_header(server: LL2Server, wall: Wall) -> None:
    with Client(Endpoint(server.base_url), wall) as client:
        client.page(client.url("launches/upcoming/"))
    assert "Authorization" not in server.seen[0].headers


def test_next_links_that_leave_the_base_or_loop_are_refused(
    server: LL2Server, endpoint: Endpoint, wall: Wall
) -> None:
    with Client(endpoint, wall) as client:
        first = client.url("launches/upcoming/", {"limit": "2"})
        good = client.url("launches/upcoming/", {"limit": "2", "offset": "2"})
        assert client.follow(first, good, {first}) == good
        assert client.follow(first, "?limit=2&offset=4", {first}).startswith(server.base_url)
        port = int(server.origin.rsplit(":", 1)[1])
        for bad in (
            "http://example.org/2.3.0/launches/upcoming/?offset=2",  # another host
            f"https://127.0.0.1:{port}/2.3.0/launches/upcoming/",  # another scheme
            f"http://127.0.0.1:{port + 1}/2.3.0/launches/upcoming/",  # another port
            f"{server.origin}/2.2.0/launches/upcoming/",  # outside the base path
        ):
            with pytest.raises(SyncFailed, match="leaves"):
                client.follow(first, bad, {first})
        with pytest.raises(SyncFailed, match="loop"):
            client.follow(good, first, {first, good})
    assert server.seen == []  # refused before anything was sent


def test_a_429_says_when_by_retry_after_seconds_a_date_or_the_detail(
    server: LL2Server, endpoint: Endpoint, wall: Wall
) -> None:
    later = START + dt.timedelta(minutes=7)
    detail = {"detail": "Request was throttled. Expected available in 754 seconds."}
    server.queued.extend(
        [
            Reply.json(detail, 429, **{"Retry-After": "120"}),
            Reply.json(detail, 429, **{"Retry-After": email.utils.format_datetime(later)}),
            Reply.json(detail, 429),
            Reply.json({"detail": "Request was throttled."}, 429),
            Reply(429, b"<html>Too many</html>"),
        ]
    )
    expected = [
        START + dt.timedelta(seconds=120),
        later,
        START + dt.timedelta(seconds=754),
        None,
        None,
    ]
    with Client(endpoint, wall) as client:
        for want in expected:
            with pytest.raises(Throttled) as caught:
                client.page(client.url("launches/upcoming/"))
            assert caught.value.until == want


def test_an_absurd_wait_is_capped_at_a_day(
    server: LL2Server, endpoint: Endpoint, wall: Wall
) -> None:
    server.queued.append(Reply.json({}, 429, **{"Retry-After": "99999999"}))
    with Client(endpoint, wall) as client, pytest.raises(Throttled) as caught:
        client.page(client.url("launches/upcoming/"))
    assert caught.value.until == START + dt.timedelta(days=1)


def test_api_throttle_says_when_the_next_request_may_go(
    server: LL2Server, endpoint: Endpoint, wall: Wall
) -> None:
    with Client(endpoint, wall) as client:
        assert client.throttle_wait() == START + dt.timedelta(seconds=1200)
        server.queued.append(Reply.json({"current_use": 3}))
        assert client.throttle_wait() is None
        server.queued.append(Reply(500))
        assert client.throttle_wait() is None


def test_server_errors_and_bad_pages_fail_in_one_line(server: LL2Server, wall: Wall) -> None:
    endpoint = Endpoint(server.base_url, token=KEY)
    body = json.dumps({"count": 5, "next": None, "results": []}).encode()
    cases = [
        (Reply(500, b"oops"), "not working (HTTP 500)", False),
        (Reply(503), "not working (HTTP 503)", False),
        (Reply(401), "check the API key", False),
        (Reply(404), "HTTP 404", False),
        (Reply(302, headers={"Location": "http://example.org/"}), "redirect", False),
        (Reply(200, b"<html>maintenance</html>"), "not valid JSON", False),
        (Reply(200, body[: len(body) - 9]), "not valid JSON", False),  # truncated JSON
        (Reply(200, body, cut=True), "broke off", False),  # the connection dropped mid-body
        (Reply.json([1, 2, 3]), "without a list of results", False),
        (Reply.json({"results": [], "next": 5}), "next link is not text", False),
    ]
    server.queued.extend(reply for reply, _, _ in cases)
    with Client(endpoint, wall) as client:
        for _, words, offline in cases:
            failed = failure(client, client.url("launches/upcoming/"))
            assert words in str(failed) and failed.offline is offline


def test_a_stalled_answer_times_out(server: LL2Server, wall: Wall) -> None:
    endpoint = Endpoint(server.base_url, connect_timeout=2.0, read_timeout=0.2)
    server.queued.append(Reply(stall=True))
    with Client(endpoint, wall) as client:
        failed = failure(client, client.url("launches/upcoming/"))
    assert "timed out" in str(failed) and failed.offline


def test_a_closed_port_is_refused(wall: Wall) -> None:
    with socket.socket() as s:  # a port that was free a moment ago and has no listener
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with Client(Endpoint(f"http://127.0.0.1:{port}/2.3.0", token=KEY), wall) as client:
        failed = failure(client, client.url("launches/upcoming/"))
    assert str(failed) == "127.0.0.1 refused the connection" and failed.offline


def test_tls_to_a_plain_server_fails_as_tls(server: LL2Server, wall: Wall) -> None:
    url = server.base_url.replace("http://", "https://")
    with Client(Endpoint(url, token=KEY), wall) as client:
        failed = failure(client, client.url("launches/upcoming/"))
    assert "secure connection to 127.0.0.1 failed" in str(failed) and failed.offline


@pytest.mark.parametrize(
    ("cause", "words"),
    [
        (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), "DNS lookup failed"),
        (OSError(errno.ENETUNREACH, "Network is unreachable"), "no route to"),
        (OSError(errno.EHOSTUNREACH, "No route to host"), "no route to"),
        (ssl.SSLCertVerificationError(1, "certificate verify failed"), "secure connection"),
        (ConnectionRefusedError(errno.ECONNREFUSED, "refused"), "refused the connection"),
        (OSError(errno.EIO, "something else"), "cannot connect to"),
    ],
)
def test_why_unreachable_reads_the_cause(cause: OSError, words: str) -> None:
    """DNS and routing failures cannot be made on 127.0.0.1 alone: the cause chain httpx
    builds is made by hand here."""
    try:
        try:
            raise cause
        except OSError as exc:
            raise httpx.ConnectError(str(exc)) from exc
    except httpx.ConnectError as exc:
        assert words in why_unreachable("ll.example", exc)
