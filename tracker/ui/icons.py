"""Icons from the compiled Qt resources (``:/icons/NAME.svg``).

The resources are compiled into ``tracker/ui/resources_rc.py`` so a checkout, a wheel and a
bundle load them the same way; importing it registers them with Qt.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

import tracker.ui.resources_rc  # noqa: F401  (registers :/icons/...)


def icon(name: str) -> QIcon:
    """The icon ``name`` from ``resources/icons``; an empty icon if it is missing."""
    return QIcon(f":/icons/{name}.svg")
