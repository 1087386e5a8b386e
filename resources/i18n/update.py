"""Bring the translations in step with the sources: a developer's tool, not shipped.

    .venv/bin/python resources/i18n/update.py

1. lupdate reads every ``tr()`` in ``tracker/ui/*.py`` and ``tracker/app.py`` into
   ``tracker_de.ts``, ``tracker_ru.ts`` and ``tracker_ja.ts`` (new text unfinished, vanished
   text dropped, no source locations, so diffs stay small), and only the plurals into
   ``tracker_en.ts`` (English needs its singular forms: "%n days" reads "1 day");
2. lrelease compiles each ``.ts`` into its ``.qm``;
3. rcc compiles ``resources/i18n.qrc`` into the binary ``tracker/ui/translations.rcc``,
   package data that ``tracker/ui/i18n.py`` registers (format version 1 carries no file
   times and the files are stored uncompressed, so the output depends on them alone).

Then translate what is unfinished (``pyside6-linguist resources/i18n/tracker_de.ts``, or an
editor) and run it again. ``tests/packaging/test_translations.py`` fails while any entry is
unfinished or a compiled file is out of step.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "i18n"
QRC = ROOT / "resources" / "i18n.qrc"
COMPILED = ROOT / "tracker" / "ui" / "translations.rcc"
LANGUAGES = ("de", "ru", "ja")  # translated in full
PLURALS_ONLY = ("en",)  # the source language: its plural forms only
QT = Path(PySide6.__file__).resolve().parent
LUPDATE, LRELEASE, RCC = QT / "lupdate", QT / "lrelease", QT / "Qt" / "libexec" / "rcc"


def ts_file(code: str, folder: Path = FOLDER) -> Path:
    return folder / f"tracker_{code}.ts"


def sources() -> list[Path]:
    """The files whose ``tr()`` calls are translated: the window and its composition root."""
    ui = sorted((ROOT / "tracker" / "ui").glob("*.py"))
    return [*ui, ROOT / "tracker" / "app.py"]


def lupdate(ts: Path, *, plurals_only: bool = False) -> None:
    """Update ``ts`` from the sources (creating it if needed)."""
    extra = ["-pluralonly"] if plurals_only else []
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [str(LUPDATE), "-silent", "-no-obsolete", "-locations", "none", *extra, *files]
        + ["-source-language", "en", "-ts", str(ts)],
        check=True,
        cwd=ROOT,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)


def rcc(qrc: Path, out: Path) -> None:
    """Compile ``qrc`` into the binary resource file ``out``, the same bytes from the same
    files (no file times, no compression: zstd's output may change with its version, and
    an uncompressed .qm is used in place instead of unpacked into memory)."""
    subprocess.run(
        [str(RCC), "--binary", "--no-compress", "--format-version", "1", str(qrc)]
        + ["-o", str(out)],
        check=True,
    )


def main() -> int:
    for code in (*LANGUAGES, *PLURALS_ONLY):
        ts = ts_file(code)
        lupdate(ts, plurals_only=code in PLURALS_ONLY)
        lrelease(ts, ts.with_suffix(".qm"))
    rcc(QRC, COMPILED)
    print(
        f"updated {', '.join(ts_file(c).name for c in (*LANGUAGES, *PLURALS_ONLY))}, "
        f"their .qm and {COMPILED.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
