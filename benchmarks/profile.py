"""Where the time goes at scale: cProfile of start-up, the tick, search, sort and the import.

    .venv/bin/python -m benchmarks.profile --n 100000 [--import-n 4000] [--top 12]

Runs in one process on the offscreen platform with fresh XDG folders. For each phase it
prints the wall time and the functions that take the largest share of it, by their own time
(``tottime``) and with their callees (``cumtime``), so the README's "What stands in the way"
can be checked and re-measured after a change. Import-time costs (which modules a start
loads) come from ``python -X importtime`` in a child.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import os
import pstats
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import measure
from benchmarks.generate import REFERENCE, build_database, write_ll2


def _short(path: str) -> str:
    for marker in ("site-packages/", "/work/main/", "lib/python3.11/"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def report(label: str, fn: Callable[[], Any], top: int) -> Any:
    """Profile ``fn``; print its wall time and top functions with their share of it."""
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    result = profiler.runcall(fn)
    wall = time.perf_counter() - t0
    stats = pstats.Stats(profiler, stream=io.StringIO())
    total = max(wall, 1e-9)
    entries = stats.stats  # type: ignore[attr-defined]
    print(f"\n== {label}: {wall * 1000:.0f} ms (under the profiler)")
    for key, title in ((2, "own time (tottime)"), (3, "with callees (cumtime)")):
        print(f"  -- top by {title}")
        ranked = sorted(entries.items(), key=lambda kv: kv[1][key], reverse=True)
        shown = 0
        for (file, line, func), values in ranked:
            if key == 3 and (func.startswith("<") or "benchmarks/profile.py" in file):
                continue
            print(
                f"  {values[key] / total:6.1%}  {values[key] * 1000:8.1f} ms  "
                f"{values[1]:>9} calls  {_short(file)}:{line}({func})"
            )
            shown += 1
            if shown == top:
                break
    return result


def import_times(top: int) -> None:
    """The modules a start imports, by cumulative import time (``-X importtime``)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import tracker.app"],
        capture_output=True,
        text=True,
        cwd=measure.ROOT,
        check=True,
    )
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m:
            rows.append((int(m.group(2)), len(m.group(3)), m.group(4)))
    total = sum(c for c, depth, _ in rows if depth == 1)
    print(f"\n== imports of tracker.app: {total / 1000:.0f} ms in all (cumulative, top level)")
    for cumulative, depth, name in sorted(rows, reverse=True)[:top]:
        print(f"  {cumulative / 1000:8.1f} ms  {'  ' * (depth - 1)}{name}")


def _wait(window: Any) -> int:
    from benchmarks.child import _wait_for_all_rows

    return _wait_for_all_rows(window)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--import-n", type=int, default=4000)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="tracker-profile-"))
    work.mkdir(parents=True, exist_ok=True)
    env = measure.fresh_env(work / "xdg")
    os.environ.update({k: v for k, v in env.items() if k.startswith(("XDG_", "QT_"))})

    import_times(args.top)

    db = work / f"missions-{args.n}.db"
    if not db.exists():
        build_database(db, args.n)
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tracker.app import build_main_window
    from tracker.store.database import open_database
    from tracker.store.importing import import_file
    from tracker.store.repository import Repository
    from tracker.ui.mission_model import Column

    app = QApplication(sys.argv[:1])
    window = report(
        f"build_main_window, {args.n:,} missions",
        lambda: build_main_window(str(db), REFERENCE),
        args.top,
    )
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    window.show()
    loop.exec()
    # A big list may still be arriving from a worker thread: profile what follows alone.
    report("the rest of the list arriving (main thread's share)", lambda: _wait(window), args.top)

    def idle() -> None:
        wait = QEventLoop()
        QTimer.singleShot(10_000, wait.quit)
        wait.exec()

    report("10 s of idle with the countdown ticking (Python's share)", idle, args.top)

    repo = Repository(open_database(f"sqlite:///{db}"), lambda: REFERENCE)
    report(f"Repository.missions(), {args.n:,}", repo.missions, args.top)

    def ticks() -> None:
        for _ in range(10):
            window.on_tick()
            app.processEvents()

    report("10 ticks of the countdown (on_tick + repaint)", ticks, args.top)

    def typing() -> None:
        window.search.setFocus()
        for word in ("soyuz", "gagarin"):
            for ch in word:
                QTest.keyClick(window.search, ch)
                app.processEvents()
            window.search.clear()
            app.processEvents()

    report("typing 'soyuz' and 'gagarin' (14 keystrokes, 2 clears)", typing, args.top)

    def sorting() -> None:
        from PySide6.QtCore import Qt

        window.table.sortByColumn(Column.NET, Qt.SortOrder.DescendingOrder)
        app.processEvents()
        window.table.sortByColumn(Column.NET, Qt.SortOrder.AscendingOrder)
        app.processEvents()

    report("sort by NET, descending then ascending", sorting, args.top)

    file = work / f"launches-{args.import_n}.json"
    if not file.exists():
        write_ll2(file, args.import_n)
    target = work / "import.db"
    target.unlink(missing_ok=True)
    into = open_database(f"sqlite:///{target}")
    report(
        f"import_file, {args.import_n:,} launches",
        lambda: import_file(into, file, lambda: dt.datetime.now(dt.UTC)),
        args.top,
    )
    os._exit(0)  # no Qt teardown, no settings written


if __name__ == "__main__":
    raise SystemExit(main())
