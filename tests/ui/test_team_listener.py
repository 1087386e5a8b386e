"""Live refresh's connection, when the server cannot be reached: said, and tried again after
growing waits on a worker thread, until it is stopped."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tracker.store.listener import ChangeListener
from tracker.ui.team_listener import TeamListener

NOBODY = "postgresql://postgres:secret@127.0.0.1:1/nodb"  # nothing listens on port 1


def test_a_server_that_cannot_be_reached_is_said_and_tried_again_after_growing_waits(
    qtbot: QtBot,
) -> None:
    listener = TeamListener(lambda: ChangeListener(NOBODY, "nodb"), first_ms=10, longest_ms=40)
    said: list[tuple[str, str]] = []
    waits: list[int] = []
    listener.state_changed.connect(lambda text, why: said.append((text, why)))
    listener.retrying.connect(waits.append)
    listener.start()  # the first try, at once: refused
    assert not listener.listening
    qtbot.waitUntil(lambda: len(waits) >= 4)  # and three more, each on a worker thread
    listener.stop()
    assert waits[:4] == [10, 20, 40, 40]
    text, why = said[0]
    assert text == "Team database connection lost \u2014 reconnecting\u2026"
    assert "cannot be reached" in why and "secret" not in why
    with qtbot.assertNotEmitted(listener.retrying, wait=100):
        pass  # stopped: no more tries
