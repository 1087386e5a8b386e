"""The process every window measurement runs in: start, paint once, then measure one thing.

    python -m benchmarks.child KIND [--db PATH] [--now ISO] [--then exit|idle|search|sort]

KIND is what the process shows:

- ``bare``: a PySide6 main window with an empty ``QTableView`` (our toolkit's floor);
- ``floor``: the same, having also imported SQLModel (our stack's floor);
- ``app``: the real window, ``tracker.app.build_main_window(db, now)``, as the tracker
  command builds it.

First paint is measured the same way for all three: an event filter on the table's viewport
sees its first ``Paint`` event, and a zero-delay timer queued from there fires once that paint
is done; the monotonic time then (system-wide on Linux, so comparable with the parent's time
taken just before ``Popen``) is the first painted frame. The process prints one JSON object
on its last line of stdout and exits without tearing Qt down (``os._exit``), so exit costs
are not counted and the user's settings are not written.
"""

from __future__ import annotations

import time

T_START = time.monotonic()  # after the interpreter's own start; before any import of ours

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402

# What the search measurement types: a programme, a person's surname, a vehicle, two words.
QUERIES = ("soyuz", "gagarin", "falcon 9", "crew dragon", "starlink 3")
TYPING_INTERVAL_MS = 120  # a quick typist: about eight characters a second
HEARTBEAT_MS = 2


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _maxrss_mb() -> float:
    """This process's peak resident memory (MB).

    ``VmHWM`` belongs to the process's own address space. ``ru_maxrss`` is not enough on
    Linux: it survives fork and exec, so a child of a big parent reports the parent's peak.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=("bare", "floor", "app"))
    parser.add_argument("--db", default=None)
    parser.add_argument("--now", default=None)
    parser.add_argument("--then", default="exit", choices=("exit", "idle", "search", "sort"))
    parser.add_argument("--seconds", type=float, default=20.0, help="idle time to measure")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--typing-ms", type=int, default=TYPING_INTERVAL_MS)
    parser.add_argument("--settle-ms", type=int, default=2000, help="before measuring idle")
    args = parser.parse_args(argv)

    marks: dict[str, float] = {"start": T_START}
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    if args.kind == "floor":
        import sqlmodel  # noqa: F401
    build: Any = None
    if args.kind == "app":
        from tracker.app import build_main_window

        build = build_main_window
    marks["imported"] = time.monotonic()
    app = QApplication(sys.argv[:1])
    marks["qapplication"] = time.monotonic()
    if args.kind == "app":
        window = build(args.db, args.now)
        table = window.table
    else:
        window = QMainWindow()
        table = QTableView()
        window.setCentralWidget(table)
        window.resize(1360, 820)
    marks["built"] = time.monotonic()

    class FirstPaint(QObject):
        """Notes the first paint of the table's viewport, and its end."""

        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, painted)
            return False

    result: dict[str, Any] = {"kind": args.kind}

    def painted() -> None:
        marks["painted"] = time.monotonic()
        result["rows"] = table.model().rowCount() if table.model() is not None else 0
        loop.quit()

    watcher = FirstPaint()
    table.viewport().installEventFilter(watcher)
    # Local event loops throughout: QApplication.quit() would close the window (Qt 6).
    loop = QEventLoop()
    window.show()
    marks["shown"] = time.monotonic()
    loop.exec()
    table.viewport().removeEventFilter(watcher)
    result["maxrss_mb_at_paint"] = _maxrss_mb()
    result["visible"] = window.isVisible()
    if args.kind == "app":
        # A big list may arrive in steps (a first page, the rest from a worker thread): every
        # measurement after the first paint waits for all of it.
        result["all_rows"] = _wait_for_all_rows(window)
        marks["all_rows"] = time.monotonic()
    result["marks"] = marks

    if args.then == "idle":
        result.update(_idle(app, window, args.seconds, args.settle_ms))
    elif args.then == "search":
        result.update(_search(app, window, args.typing_ms))
    elif args.then == "sort":
        result.update(_sort(app, window, args.repeat))
    result["maxrss_mb"] = _maxrss_mb()
    result["visible_at_end"] = window.isVisible()
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)


def _wait_for_all_rows(window: Any, timeout_s: float = 600) -> int:
    """Run the event loop until the window's model holds every mission in the database."""
    expected = window.service.mission_count()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        feed = getattr(window, "feed", None)
        if _total(window) >= expected and not getattr(feed, "busy", False):
            break
        _run_for(None, 10)
    return _total(window)


def _run_for(app: Any, ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _idle(app: Any, window: Any, seconds: float, settle_ms: int) -> dict[str, Any]:
    """CPU time the process takes while it only shows the window (and ticks, for the app)."""
    ticks = [0]
    if hasattr(window, "ticker"):
        window.ticker.tick.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    _run_for(app, settle_ms)  # settle: the first ticks, deferred layouts
    ticks[0] = 0
    cpu0, wall0 = _cpu(), time.monotonic()
    _run_for(app, int(seconds * 1000))
    cpu, wall = _cpu() - cpu0, time.monotonic() - wall0
    return {"idle_wall_s": wall, "idle_cpu_s": cpu, "idle_cpu_share": cpu / wall, "ticks": ticks[0]}


def _total(window: Any) -> int:
    """Every mission the model holds, whatever filter shows (the model's API has changed)."""
    total = getattr(window.model, "total", None)
    if callable(total):
        total = total()
    return int(total) if isinstance(total, int) else int(window.model.rowCount())


def _search(app: Any, window: Any, typing_ms: int) -> dict[str, Any]:
    """Keystroke-to-filtered-and-painted latency, then event-loop stalls while typing."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    search = window.search
    search.setFocus()
    latencies: list[float] = []
    clears: list[float] = []
    shown: dict[str, int] = {}
    for query in QUERIES:
        for ch in query:
            t0 = time.perf_counter()
            QTest.keyClick(search, ch)
            _settle(app, window)
            latencies.append((time.perf_counter() - t0) * 1000)
        shown[query] = window.table.model().rowCount()
        t0 = time.perf_counter()
        search.clear()  # the clear button: every row comes back
        _settle(app, window)
        clears.append((time.perf_counter() - t0) * 1000)

    # Stalls: a 2 ms heartbeat runs while a timer types at a quick typist's pace; the longest
    # gap between beats is the longest time the window could not answer the user.
    # The GUI thread's CPU time between beats is the same stall without the time other
    # processes took the CPU: the figure to trust on a busy machine.
    gaps: list[float] = []
    cpu_gaps: list[float] = []
    clock = QElapsedTimer()
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    last = [0]
    last_cpu = [time.thread_time()]

    def beat() -> None:
        now, cpu = clock.nsecsElapsed(), time.thread_time()
        gaps.append((now - last[0]) / 1e6)
        cpu_gaps.append((cpu - last_cpu[0]) * 1000)
        last[0], last_cpu[0] = now, cpu

    heartbeat.timeout.connect(beat)
    keys = [ch for query in QUERIES for ch in [*query, "\x00"]]  # \x00: clear the box
    typist = QTimer()
    typist.setInterval(typing_ms)

    loop = QEventLoop()

    def type_next() -> None:
        if not keys:
            typist.stop()
            heartbeat.stop()
            loop.quit()
            return
        ch = keys.pop(0)
        if ch == "\x00":
            search.clear()
        else:
            QTest.keyClick(search, ch)

    typist.timeout.connect(type_next)
    clock.start()
    heartbeat.start()
    typist.start()
    loop.exec()
    gaps, cpu_gaps = gaps[1:], cpu_gaps[1:]  # the first beat measures from the clock's start
    return {
        "keystroke_ms": latencies,
        "clear_ms": clears,
        "shown": shown,
        "total": _total(window),
        "stall_max_ms": max(gaps) if gaps else 0.0,
        "stall_cpu_max_ms": max(cpu_gaps) if cpu_gaps else 0.0,
        "stalls_over_50ms": sum(1 for g in gaps if g > 50),
        "heartbeats": len(gaps),
    }


def _settle(app: Any, window: Any) -> None:
    """Run the events a keystroke caused, and those of a search matched over several turns
    of the event loop, until the list shows its result."""
    app.processEvents()
    while getattr(window.model, "searching", False):
        app.processEvents()
    app.processEvents()  # the repaint of the result


def _sort(app: Any, window: Any, repeat: int) -> dict[str, Any]:
    """Clicking a header: sort by NET (and by name, for contrast) and repaint."""
    from PySide6.QtCore import Qt

    from tracker.ui.mission_model import Column

    out: dict[str, list[float]] = {"net_desc_ms": [], "net_asc_ms": [], "name_asc_ms": []}
    order = (
        ("net_desc_ms", Column.NET, Qt.SortOrder.DescendingOrder),
        ("name_asc_ms", Column.MISSION, Qt.SortOrder.AscendingOrder),
        ("net_asc_ms", Column.NET, Qt.SortOrder.AscendingOrder),
    )
    for _ in range(repeat):
        for key, column, direction in order:
            t0 = time.perf_counter()
            window.table.sortByColumn(column, direction)
            app.processEvents()
            out[key].append((time.perf_counter() - t0) * 1000)
    return {**out, "rows": window.table.model().rowCount()}


if __name__ == "__main__":
    raise SystemExit(main())
