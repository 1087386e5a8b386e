"""Sync tests talk only to 127.0.0.1: no proxy from the environment, no real secret store,
no API key or address from the developer's environment; time is a hand-moved wall clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.server import LL2Server
from tracker.sync.client import Endpoint
from tracker.sync.ledger import Ledger

START = dt.datetime(2026, 9, 30, 12, 0, tzinfo=dt.UTC)


class Wall:
    """A wall clock that moves only when the test says."""

    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now


@pytest.fixture(autouse=True)
def _local_only(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setenv("NO_PROXY", "*")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    for name in ("TRACKER_LL2_URL", "TRACKER_LL2_TOKEN", "TRACKER_LL2_BUDGET"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def server() -> Iterator[LL2Server]:
    with LL2Server() as running:
        yield running


@pytest.fixture
def endpoint(server: LL2Server) -> Endpoint:
    """The server, with timeouts short enough for a stalled answer to fail at once."""
    return Endpoint(server.base_url, connect_timeout=2.0, read_timeout=2.0, deadline=10.0)


@pytest.fixture
def ledger(tmp_path: Path, server: LL2Server) -> Ledger:
    return Ledger(tmp_path / "state" / "ll2-requests.sqlite", "127.0.0.1", budget=15)
