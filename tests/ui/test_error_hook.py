"""An error nobody caught: logged with its traceback, one dialog per burst, views reloaded."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Signal

from tracker.app import install_error_hook
from tracker.ui.error_hook import ErrorHook
from tracker.ui.main_window import MainWindow

# pytest-qt turns an exception in a slot into a test failure through a hook of its own:
# here the app's hook must be the one that sees it.
pytestmark = pytest.mark.qt_no_exception_capture


class Poke(QObject):
    poked = Signal()


@pytest.fixture
def hook(window: MainWindow) -> Iterator[ErrorHook]:
    installed = install_error_hook(window)
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def test_a_slot_that_raises_is_logged_said_once_and_the_views_reloaded(
    qtbot, window: MainWindow, hook: ErrorHook, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    poke = Poke()

    def half_done() -> None:
        window.banner.title.setText("half-applied")  # the UI changed, then the slot failed
        raise RuntimeError("boom in a slot")

    poke.poked.connect(half_done)
    with caplog.at_level(logging.ERROR, logger="tracker"):
        for _ in range(3):  # a burst
            poke.poked.emit()
        qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.count == 3)
    dialog = hook.dialog
    assert dialog is not None and dialog.isVisible()
    assert "RuntimeError: boom in a slot" in dialog.informativeText()
    assert "2 more error(s)" in dialog.informativeText()
    assert "half_done" in dialog.detailedText()  # the traceback, for a bug report
    dialogs = [w for w in window.findChildren(type(dialog)) if w.isVisible()]
    assert dialogs == [dialog]  # one dialog, not one per error
    records = [r for r in caplog.records if r.name == "tracker" and r.exc_info]
    assert len(records) == 3 and "boom in a slot" in records[0].getMessage()
    assert window.banner.title.text() == "Crew-3"  # read again from the database


def test_an_error_in_a_worker_thread_is_reported_on_the_gui_thread(
    qtbot, hook: ErrorHook, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    def fail() -> None:
        raise ValueError("boom in a thread")

    with caplog.at_level(logging.ERROR, logger="tracker"):
        worker = threading.Thread(target=fail)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: hook.dialog is not None)
    assert hook.dialog is not None
    assert "ValueError: boom in a thread" in hook.dialog.informativeText()
    assert any("boom in a thread" in r.getMessage() for r in caplog.records)


def test_a_new_burst_after_the_dialog_closed_gets_a_new_dialog(qtbot, hook: ErrorHook) -> None:  # type: ignore[no-untyped-def]
    poke = Poke()
    poke.poked.connect(lambda: 1 / 0)
    poke.poked.emit()
    qtbot.waitUntil(lambda: hook.dialog is not None)
    first = hook.dialog
    assert first is not None
    first.close()
    assert hook.dialog is None
    poke.poked.emit()
    qtbot.waitUntil(lambda: hook.dialog is not None)
    assert hook.dialog is not first and hook.dialog.count == 1


def test_uninstall_gives_back_the_hooks_it_replaced(window: MainWindow) -> None:
    import sys

    before = (sys.excepthook, threading.excepthook)
    hook = install_error_hook(window)
    assert sys.excepthook == hook.handle
    hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
