"""The suite reaches no network: conftest refuses connections beyond this computer."""

from __future__ import annotations

import socket

import pytest


def test_a_connection_beyond_this_computer_is_refused_at_once() -> None:
    with pytest.raises(ConnectionRefusedError, match="no network"):
        socket.create_connection(("192.0.2.1", 80), timeout=5)


def test_this_computer_is_still_reachable() -> None:
    server = socket.create_server(("127.0.0.1", 0))
    with server, socket.create_connection(server.getsockname(), timeout=5) as client:
        assert client.getpeername() == server.getsockname()
