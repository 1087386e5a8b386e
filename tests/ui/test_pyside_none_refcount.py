"""PySide6 6.12.0 leaks a reference to None on every void Qt call (PITFALLS.md, first item).

On Python 3.11 that kills the app after a few thousand calls; this fails CI instead if an
upgrade brings it back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_do_not_eat_references_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    label.setText("warm-up")
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText(str(i % 10))
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references in 20,000 calls"
