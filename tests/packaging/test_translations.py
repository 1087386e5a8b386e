"""The translations are in step with the sources, complete, and compiled as they are.

``resources/i18n/update.py`` runs lupdate over the window's ``tr()`` calls, lrelease and rcc
(into the binary ``tracker/ui/translations.rcc``); these tests run the same tools and fail
when a string is new (unfinished), gone (obsolete), a translation lost a placeholder, or a
compiled file is stale, so a forgotten run of the script never ships English text in a
German window or old words in a new one.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QFile, QIODevice, QTranslator

ROOT = Path(__file__).resolve().parents[2]


def _update_script() -> ModuleType:
    """``resources/i18n/update.py`` (a script outside the package), for its paths and tools."""
    path = ROOT / "resources" / "i18n" / "update.py"
    spec = importlib.util.spec_from_file_location("i18n_update", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _update_script()
CODES = (*update.LANGUAGES, *update.PLURALS_ONLY)
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d")
ACCELERATOR = re.compile(r"(?<!&)&(?!#|hellip;|&)\w")  # '&Open', not '&#9656;' or '&&'
# One word of each language, as the .ts gives it: what the window's menus say.
LANGUAGE_IN = {"de": "Sprache", "ru": "Язык", "ja": "言語"}


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def problems(ts: Path) -> list[str]:
    """Entries of ``ts`` that are not finished translations: new, obsolete or vanished."""
    found = []
    for m in messages(ts):
        kind = m.find("translation")
        state = kind.get("type") if kind is not None else "missing"
        if state is not None:
            found.append(f"{state}: {m.findtext('source')!r}")
    return found


@pytest.mark.parametrize("code", CODES)
def test_lupdate_over_the_sources_leaves_nothing_unfinished_or_obsolete(
    tmp_path: Path, code: str
) -> None:
    """The issue's check: a string wrapped in tr() and not yet translated, or a translation
    whose string is gone, fails here (run update.py, then translate what it marks)."""
    ts = tmp_path / update.ts_file(code).name
    shutil.copyfile(update.ts_file(code), ts)
    update.lupdate(ts, plurals_only=code in update.PLURALS_ONLY)
    assert problems(ts) == [], f"{ts.name}: run resources/i18n/update.py and translate"
    assert ts.read_text(encoding="utf-8") == update.ts_file(code).read_text(encoding="utf-8"), (
        f"{ts.name} is not as lupdate writes it: run resources/i18n/update.py"
    )


@pytest.mark.parametrize("code", CODES)
def test_translations_keep_placeholders_and_accelerators(code: str) -> None:
    """{0}, %n and an accelerator '&' survive translation (else text is lost or a menu
    can no longer be reached from the keyboard)."""
    wrong = []
    for m in messages(update.ts_file(code)):
        source = m.findtext("source") or ""
        translation = m.find("translation")
        if translation is None or translation.get("type"):
            continue  # not translated yet: the test above names it
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append((source, text))
            if ACCELERATOR.search(source) and not ACCELERATOR.search(text):
                wrong.append((source, text))
    assert wrong == []


@pytest.mark.parametrize("code", CODES)
def test_each_qm_is_what_lrelease_makes_of_its_ts(tmp_path: Path, code: str) -> None:
    ts = update.ts_file(code)
    fresh = tmp_path / "fresh.qm"
    update.lrelease(ts, fresh)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.with_suffix('.qm').name} is stale: run resources/i18n/update.py"
    )


def test_qrc_lists_every_qm() -> None:
    root = ET.parse(update.QRC).getroot()
    listed = {f.text for f in root.iter("file")}
    assert listed == {f"i18n/tracker_{code}.qm" for code in CODES}
    on_disk = {f"i18n/{p.name}" for p in update.FOLDER.glob("*.qm")}
    assert listed == on_disk


def test_compiled_file_is_what_rcc_makes_now(tmp_path: Path) -> None:
    """Recompiling gives the committed file byte for byte (no file times, no compression)."""
    out = tmp_path / update.COMPILED.name
    update.rcc(update.QRC, out)
    assert out.read_bytes() == update.COMPILED.read_bytes(), (
        "tracker/ui/translations.rcc is out of step with resources/i18n: run "
        "resources/i18n/update.py"
    )


@pytest.mark.parametrize("code", CODES)
def test_each_translation_loads_from_the_compiled_resources(qapp: object, code: str) -> None:
    import tracker.ui.i18n  # noqa: F401  (registers :/i18n/...)

    path = f":/i18n/tracker_{code}.qm"
    f = QFile(path)
    assert f.open(QIODevice.OpenModeFlag.ReadOnly), f"{path} is not registered"
    try:
        assert (
            bytes(f.readAll().data()) == update.FOLDER.joinpath(f"tracker_{code}.qm").read_bytes()
        )
    finally:
        f.close()
    translator = QTranslator()
    assert translator.load(path)
    assert translator.language().startswith(code)
    assert not translator.isEmpty()
    assert translator.translate("Language", "Language") == LANGUAGE_IN.get(code, "")


def test_importing_i18n_alone_registers_the_translations() -> None:
    """A fresh process: importing the module that installs translators is enough for German
    to load from the package's .rcc file (nothing else registered it first)."""
    script = (
        "from PySide6.QtCore import QTranslator\n"
        "import tracker.ui.i18n\n"
        "t = QTranslator()\n"
        "assert t.load(':/i18n/tracker_de.qm')\n"
        "print(t.translate('Language', 'Language'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, check=True, cwd=ROOT, text=True
    )
    assert done.stdout.strip() == "Sprache"
