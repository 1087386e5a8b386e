"""The bytes of a file in the compiled Qt resources (``:/icons/app.svg``).

The resources are compiled into ``tracker/ui/resources_rc.py`` (a wheel does not carry the
repository's ``resources/``), so only Qt can read them. Code outside the window that needs
their bytes, such as the desktop entry's installer, is handed ``read_resource`` by its caller
and never imports Qt itself.
"""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice

import tracker.ui.resources_rc  # noqa: F401  (registers the resources)


def read_resource(path: str) -> bytes:
    """The file at ``path`` (``:/…``) in the compiled resources; ``FileNotFoundError`` when
    it is not there."""
    f = QFile(path)
    if not f.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"{path} is not in the compiled resources")
    try:
        return bytes(f.readAll().data())
    finally:
        f.close()
