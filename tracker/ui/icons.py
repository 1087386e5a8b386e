"""Icons from the compiled Qt resources (``:/icons/NAME.svg``).

The resources are compiled into ``tracker/ui/resources.rcc`` so a checkout, a wheel and a
bundle load them the same way; importing this module registers it with Qt.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from tracker.ui.resource_reader import ICONS, register

register(ICONS)


def icon(name: str) -> QIcon:
    """The icon ``name`` from ``resources/icons``; an empty icon if it is missing."""
    return QIcon(f":/icons/{name}.svg")
