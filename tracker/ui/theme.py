"""Light, dark, or the system's appearance: one palette and one style sheet for the app.

The style sheet lives in ``resources/style/tracker.qss`` (compiled into the resources like
the icons); its colours are the palette's or named ``${…}`` slots filled here per scheme.
Applying a scheme sets the palette and then the sheet on the application, which repolishes
every widget: so the banner, the notification bar and clock mode change with the rest,
instead of keeping what an inline sheet resolved when it was set.
"""

from __future__ import annotations

from collections.abc import Callable
from string import Template

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from tracker.ui.resource_reader import read_resource  # registers :/style/tracker.qss

STYLE_SHEET = ":/style/tracker.qss"
CONTRAST_SHEET = ":/style/contrast.qss"  # added for the platform's high contrast
SCHEMES = ("system", "light", "dark")

_NIGHT = {  # clock mode looks the same in both schemes
    "night": "#0b1320",
    "on_night": "#e8eef7",
    "night_accent": "#5aa2ff",
    "night_note": "#f2c14e",
    "night_detail": "#aab6c8",
}
LIGHT = {
    "accent": "#2a72d4",  # 4.7:1 on white: the banner's caption is small text
    "caution": "#9a6a00",
    "error": "#b3261e",
    "notice": "#f2c14e",
    "on_notice": "#2b2100",
    **_NIGHT,
}
DARK = {
    "accent": "#5aa2ff",
    "caution": "#f2c14e",
    "error": "#ff8a80",
    "notice": "#d9a93a",
    "on_notice": "#1f1800",
    **_NIGHT,
}

# The platform's high-contrast preference: black on white (or white on black), the slots'
# colours darker (lighter) until each reads at 7:1 or more on the base.
CONTRAST_LIGHT = {
    **LIGHT,
    "accent": "#003d99",
    "caution": "#5c3d00",
    "error": "#8b0000",
    "notice": "#ffe066",
    "on_notice": "#000000",
}
CONTRAST_DARK = {
    **DARK,
    "accent": "#9ccfff",
    "caution": "#ffd966",
    "error": "#ffb3b3",
    "notice": "#ffe066",
    "on_notice": "#000000",
}
_CONTRAST = {  # role: (light, dark)
    QPalette.ColorRole.Window: ("#ffffff", "#000000"),
    QPalette.ColorRole.WindowText: ("#000000", "#ffffff"),
    QPalette.ColorRole.Base: ("#ffffff", "#000000"),
    QPalette.ColorRole.AlternateBase: ("#f0f0f0", "#1a1a1a"),
    QPalette.ColorRole.ToolTipBase: ("#ffffff", "#000000"),
    QPalette.ColorRole.ToolTipText: ("#000000", "#ffffff"),
    QPalette.ColorRole.Text: ("#000000", "#ffffff"),
    QPalette.ColorRole.PlaceholderText: ("#4d4d4d", "#c8c8c8"),
    QPalette.ColorRole.Button: ("#ffffff", "#000000"),
    QPalette.ColorRole.ButtonText: ("#000000", "#ffffff"),
    QPalette.ColorRole.BrightText: ("#8b0000", "#ffb3b3"),
    QPalette.ColorRole.Highlight: ("#003d99", "#ffe066"),
    QPalette.ColorRole.HighlightedText: ("#ffffff", "#000000"),
    QPalette.ColorRole.Link: ("#003d99", "#9ccfff"),
    QPalette.ColorRole.Mid: ("#000000", "#ffffff"),
    QPalette.ColorRole.Dark: ("#000000", "#ffffff"),
    QPalette.ColorRole.Light: ("#ffffff", "#000000"),
}


def contrast_palette(dark: bool) -> QPalette:
    """The most contrast the scheme can have; disabled text still reads at 4.5:1."""
    palette = QPalette()
    for role, (light_colour, dark_colour) in _CONTRAST.items():
        palette.setColor(role, QColor(dark_colour if dark else light_colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(
            QPalette.ColorGroup.Disabled, role, QColor("#8c8c8c" if dark else "#595959")
        )
    return palette


def system_high_contrast() -> bool:
    """Whether the platform asks for high contrast (Qt 6.10's accessibility hints)."""
    preference = QGuiApplication.styleHints().accessibility().contrastPreference()
    return preference == Qt.ContrastPreference.HighContrast


_DARK_PALETTE = {
    QPalette.ColorRole.Window: "#1e2329",
    QPalette.ColorRole.WindowText: "#e6e9ee",
    QPalette.ColorRole.Base: "#15191e",
    QPalette.ColorRole.AlternateBase: "#1b2026",
    QPalette.ColorRole.ToolTipBase: "#2a3038",
    QPalette.ColorRole.ToolTipText: "#e6e9ee",
    QPalette.ColorRole.Text: "#e6e9ee",
    QPalette.ColorRole.PlaceholderText: "#8a929c",
    QPalette.ColorRole.Button: "#262c33",
    QPalette.ColorRole.ButtonText: "#e6e9ee",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Highlight: "#2f7de1",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#5aa2ff",
    QPalette.ColorRole.Mid: "#3a414a",
    QPalette.ColorRole.Dark: "#101316",
    QPalette.ColorRole.Light: "#343b44",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK_PALETTE.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b737d"))
    return palette


def style_sheet(colours: dict[str, str]) -> str:
    """The app's style sheet with ``colours`` in its slots."""
    return Template(read_resource(STYLE_SHEET).decode("utf-8")).substitute(colours)


class Theme(QObject):
    """The app's appearance; ``changed(scheme)`` after each switch."""

    changed = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        high_contrast: Callable[[], bool] = system_high_contrast,
    ) -> None:
        super().__init__(parent)
        self._scheme = "system"
        self._applying = False
        self.high_contrast = high_contrast
        # The system may switch between light and dark while the app runs.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        hints = QGuiApplication.styleHints().accessibility()
        hints.contrastPreferenceChanged.connect(self._contrast_changed)

    @property
    def scheme(self) -> str:
        return self._scheme

    def is_dark(self) -> bool:
        """Dark by choice, or by the system's scheme (its palette, where it reports none)."""
        if self._scheme != "system":
            return self._scheme == "dark"
        reported = QGuiApplication.styleHints().colorScheme()
        if reported != Qt.ColorScheme.Unknown:
            return reported == Qt.ColorScheme.Dark
        return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128

    def apply(self, scheme: str) -> None:
        """Light, dark, or the system's scheme, for every widget of the app.

        Qt follows the system's scheme where the platform reports one; an explicit choice is
        asked of the platform and, since many (plain X11 among them) cannot switch, also set
        as a palette of our own.
        """
        app = QApplication.instance()
        assert isinstance(app, QApplication), "a QApplication comes first"
        self._scheme = scheme if scheme in SCHEMES else "system"
        hints = QGuiApplication.styleHints()
        palette = app.palette()
        self._applying = True  # the hints below may report a change: it is this one
        try:
            if self._scheme == "system":
                hints.unsetColorScheme()
                app.setPalette(QPalette())
            elif self._scheme == "dark":
                hints.setColorScheme(Qt.ColorScheme.Dark)
                app.setPalette(dark_palette())
            else:
                hints.setColorScheme(Qt.ColorScheme.Light)
                app.setPalette(app.style().standardPalette())
        finally:
            self._applying = False
        dark = self.is_dark()
        if self.high_contrast():
            app.setPalette(contrast_palette(dark))
            sheet = style_sheet(CONTRAST_DARK if dark else CONTRAST_LIGHT)
            sheet += read_resource(CONTRAST_SHEET).decode("utf-8")
        else:
            sheet = style_sheet(DARK if dark else LIGHT)
        # Setting the sheet repolishes every widget of the app: only when something changed
        # (a sheet set anew also resolves its palette(...) colours anew).
        if sheet != app.styleSheet() or app.palette() != palette:
            app.setStyleSheet(sheet)
        self.changed.emit(self._scheme)

    def _contrast_changed(self, _preference: Qt.ContrastPreference) -> None:
        self.apply(self._scheme)

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._scheme == "system" and not self._applying:
            self.apply("system")
