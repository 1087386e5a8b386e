"""The compiled Qt resources (``:/icons/app.svg``, ``:/i18n/tracker_de.qm``): registering
them, and the bytes of one file.

``rcc --binary`` compiles ``resources/`` into ``.rcc`` files inside this package (package
data, so a wheel and a bundle carry them; the repository's ``resources/`` is not in either).
Registering one maps the file and reads its index (0.1 ms for both), where the Python
modules ``rcc -g python`` makes took 1 ms to import from their .pyc and 6 ms without. Code
outside the window that needs a file's bytes, such as the desktop entry's installer, is
handed ``read_resource`` by its caller and never imports Qt itself.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QResource

ICONS = "resources.rcc"  # resources/resources.qrc: icons and style sheets
TRANSLATIONS = "translations.rcc"  # resources/i18n.qrc: the app's .qm files


@cache
def register(name: str) -> None:
    """Register the compiled resources ``name`` beside this module with Qt, once a process:
    before anything loads a ``:/…`` path from them."""
    path = Path(__file__).with_name(name)
    if not QResource.registerResource(str(path)):
        raise FileNotFoundError(f"{path} is missing or not a compiled Qt resource file")


register(ICONS)


def read_resource(path: str) -> bytes:
    """The file at ``path`` (``:/…``) in the compiled resources; ``FileNotFoundError`` when
    it is not there."""
    resource = QResource(path)
    if not (resource.isValid() and resource.isFile()):
        raise FileNotFoundError(f"{path} is not in the compiled resources")
    return bytes(resource.uncompressedData().data())
