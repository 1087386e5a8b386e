"""The window's language: English, German, Russian or Japanese, as the system says or as
View ▸ Language chose (kept in QSettings under ``language``).

Qt's own chain makes the translations: ``resources/i18n/update.py`` runs lupdate over the
``tr()`` calls into ``resources/i18n/*.ts``, lrelease into ``.qm``, and ``rcc --binary`` into
``tracker/ui/translations.rcc`` (package data, registered when this module is imported), so
``:/i18n/tracker_de.qm`` loads the same from a checkout, a wheel and a bundle. Qt's own
``qtbase_*.qm`` (standard buttons, file dialogs, the context menus of text fields) comes from
Qt's translations folder. English loads a ``.qm`` too: it carries the singular forms of the
source's plurals ("%n days").

The language is set once, before the window is built. A choice in the menu takes effect at
the next start: widgets set their texts when they are made, and a live switch would need
every one of them to set its texts again on each ``LanguageChange``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from tracker.ui.resource_reader import TRANSLATIONS, register

register(TRANSLATIONS)

LANGUAGE_KEY = "language"
SOURCE_LANGUAGE = "en"
# Each language by its own name (a user who cannot read the current one still finds theirs).
NAMES = {"en": "English", "de": "Deutsch", "ru": "Русский", "ja": "日本語"}
APP_TRANSLATOR = "trackerTranslator"
QT_TRANSLATOR = "qtbaseTranslator"
_in_use = ""  # the language ``install_translators`` last set up; '' before it ran


class Context:
    """A translation context for text outside a QObject: ``Name.tr("…")`` in a subclass
    named ``Name`` is what lupdate reads (plurals too: ``Name.tr("%n days", "", n)``)."""

    @classmethod
    def tr(cls, text: str, disambiguation: str = "", n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


class Language(Context):
    pass


def language_from(tags: Iterable[str]) -> str:
    """The first supported language among ``tags`` ('de-DE', 'ru', 'C'…), else English:
    Qt's ``uiLanguages()`` already follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG."""
    for tag in tags:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in NAMES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(settings: QSettings) -> str:
    """The language chosen in View ▸ Language, or '' to follow the system."""
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in NAMES else ""


def current_language(settings: QSettings) -> str:
    return chosen_language(settings) or language_from(QLocale.system().uiLanguages())


def _translator(app: QCoreApplication, name: str) -> QTranslator:
    """The app's translator called ``name``, taken out of use until it is loaded again."""
    found = app.findChild(QTranslator, name, Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(found, QTranslator):
        QCoreApplication.removeTranslator(found)
        return found
    translator = QTranslator(app)
    translator.setObjectName(name)
    return translator


def _locale(code: str, chosen: bool) -> QLocale:
    """Formats for dates and numbers: the system's, unless another language was chosen
    (then that language's, in the system's region when it speaks it). Qt's own data for
    the system's locale, so that month names and patterns speak one language: the system
    backend would take names from LC_TIME and LANGUAGE=de with LANG=C give '27. Oct'."""
    system = QLocale(QLocale.system().name())
    wanted = QLocale(code)
    if not chosen or system.language() == wanted.language():
        return system
    return wanted


def install_translators(app: QCoreApplication, settings: QSettings) -> str:
    """Install the app's and Qt's translations for the language in use and make its locale
    the default; returns the language's code. Calling it again replaces them."""
    global _in_use
    code = _in_use = current_language(settings)
    ours = _translator(app, APP_TRANSLATOR)
    if ours.load(f":/i18n/tracker_{code}.qm"):
        QCoreApplication.installTranslator(ours)
    qt = _translator(app, QT_TRANSLATOR)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code != SOURCE_LANGUAGE and qt.load(f"qtbase_{code}", folder):
        QCoreApplication.installTranslator(qt)
    QLocale.setDefault(_locale(code, bool(chosen_language(settings))))
    return code


def language_in_use() -> str:
    """The language ``install_translators`` last set up, '' before it ran (the source's
    texts, no English plurals): the key of what is built once for each language."""
    return _in_use


def _said_in(code: str, text: str) -> str:
    """``text`` (of the Language context) in language ``code``, whatever the current one."""
    translator = QTranslator()
    if code != SOURCE_LANGUAGE and translator.load(f":/i18n/tracker_{code}.qm"):
        return translator.translate("Language", text) or text
    return text


class LanguageMenu(QMenu):
    """View ▸ Language: System, then each language by its own name; the choice is kept
    and takes effect at the next start (said in the chosen language)."""

    def __init__(self, settings: QSettings, parent: QWidget) -> None:
        super().__init__(Language.tr("Lan&guage"), parent)
        self.setObjectName("languageMenu")
        self.settings = settings
        self.running = current_language(settings)
        self.group = QActionGroup(self)
        choices = [("", Language.tr("System")), *NAMES.items()]
        for code, label in choices:
            action = QAction(label, self, checkable=True)
            action.setData(code)
            action.setChecked(code == chosen_language(settings))
            action.triggered.connect(lambda _c=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.addAction(action)

    def choose(self, code: str) -> QMessageBox | None:
        """Keep ``code`` ('' for the system's); when that changes the language, say that
        it applies from the next start."""
        self.settings.setValue(LANGUAGE_KEY, code)
        new = current_language(self.settings)
        if new == self.running:
            return None
        note = str(
            QT_TRANSLATE_NOOP(
                "Language", "Mission Tracker will use this language from its next start."
            )
            if code
            else QT_TRANSLATE_NOOP(
                "Language", "Mission Tracker will follow the system's language from its next start."
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            Language.tr("Language"),
            _said_in(new, note),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setObjectName("languageNote")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box
