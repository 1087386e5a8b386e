"""Run every measurement side by side and print the figures, their baselines and the ratios.

    .venv/bin/python -m benchmarks.run --n 100000 --repeat 5

Data is generated into a fresh work folder (``--workdir``, else a temporary one), children run
on Qt's offscreen platform with fresh XDG folders, and ``--json FILE`` keeps the raw samples.
See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import measure, team
from benchmarks.generate import build_database, sync_page, write_ll2

PARTS = ("startup", "search", "sort", "idle", "import", "sync", "stale", "team")
MODES = ("list", "detailed")  # the Launch Library 2 files imported


def _fmt(value: float | None, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "%":
        return f"{value * 100:.2f}%"
    return f"{value:g}"


def _ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or not b or math.isnan(a) or math.isnan(b):
        return None
    return a / b


def figures(results: dict[str, Any], n: int, small: int) -> list[dict[str, Any]]:
    """The table: one row per figure, with its baseline, ratio, goal and verdict."""
    rows: list[dict[str, Any]] = []

    def add(
        name: str, value: float | None, unit: str, base_name: str = "", base: float | None = None,
        goal: str = "", met: bool | None = None,
    ) -> None:  # fmt: skip
        rows.append(
            {
                "figure": name, "value": value, "unit": unit, "baseline": base_name,
                "baseline_value": base, "ratio": _ratio(value, base), "goal": goal, "met": met,
            }
        )  # fmt: skip

    s = results.get("startup")
    if s:
        m = s["median_s"]
        r_large = _ratio(m["app_large"], m["floor"])
        r_scale = _ratio(m["app_large"], m["app_small"])
        add(f"start to first paint, {n:,} missions", m["app_large"], "s", "floor", m["floor"],
            "<= 1.3x floor", r_large is not None and r_large <= 1.3)  # fmt: skip
        add(f"start to first paint, {small:,} missions", m["app_small"], "s", "floor", m["floor"],
            "<= 1.3x floor", (_ratio(m["app_small"], m["floor"]) or 9) <= 1.3)  # fmt: skip
        add(f"start, {n:,} vs {small:,} missions", m["app_large"], "s",
            f"app at {small:,}", m["app_small"], "<= 1.0x (5% noise)",
            r_scale is not None and r_scale <= 1.05)  # fmt: skip
        every = s.get("all_rows_median_s", {}).get("app_large")
        if every is not None:
            add(f"start to all {n:,} missions in the list", every, "s", "floor", m["floor"])
        add("floor (window + SQLModel) to first paint", m["floor"], "s", "bare window", m["bare"])
        add("bare window (no SQLModel) to first paint", m["bare"], "s")
    x = results.get("startup_xvfb")
    if x:
        m = x["median_s"]
        r_large = _ratio(m["app_large"], m["floor"])
        add(f"Xvfb: start to first paint, {n:,}", m["app_large"], "s", "floor", m["floor"],
            "<= 1.3x floor", r_large is not None and r_large <= 1.3)  # fmt: skip
        add(f"Xvfb: start to first paint, {small:,}", m["app_small"], "s", "floor", m["floor"],
            "<= 1.3x floor", (_ratio(m["app_small"], m["floor"]) or 9) <= 1.3)  # fmt: skip
        add("Xvfb: floor to first paint", m["floor"], "s", "bare window", m["bare"])
    q = results.get("search")
    if q:
        large, small_ = q["large"], q["small"]
        add(f"search keystroke p95, {n:,}", large["keystroke_p95_ms"], "ms", f"at {small:,}",
            small_["keystroke_p95_ms"], "<= 100 ms", large["keystroke_p95_ms"] <= 100)  # fmt: skip
        add(f"search keystroke median, {n:,}", large["keystroke_median_ms"], "ms",
            f"at {small:,}", small_["keystroke_median_ms"])  # fmt: skip
        add(f"search cleared (all rows back), {n:,}", large["clear_median_ms"], "ms",
            f"at {small:,}", small_["clear_median_ms"])  # fmt: skip
        add(f"longest stall while typing, {n:,}", large["stall_max_ms"], "ms", f"at {small:,}",
            small_["stall_max_ms"], "<= 50 ms", large["stall_max_ms"] <= 50)  # fmt: skip
        add(f"longest stall while typing, GUI thread's CPU, {n:,}", large["stall_cpu_max_ms"],
            "ms", f"at {small:,}", small_["stall_cpu_max_ms"])  # fmt: skip
    o = results.get("sort")
    if o:
        add(f"sort by NET (descending), {n:,}", o["large"]["net_desc_median_ms"], "ms",
            f"at {small:,}", o["small"]["net_desc_median_ms"], "<= 100 ms",
            o["large"]["net_desc_median_ms"] <= 100)  # fmt: skip
        add(f"sort by NET (ascending), {n:,}", o["large"]["net_asc_median_ms"], "ms",
            f"at {small:,}", o["small"]["net_asc_median_ms"])  # fmt: skip
        add(f"sort by name, {n:,}", o["large"]["name_asc_median_ms"], "ms",
            f"at {small:,}", o["small"]["name_asc_median_ms"])  # fmt: skip
    i = results.get("idle")
    if i:
        add(f"idle CPU, countdown ticking, {n:,}", i["app"]["cpu_share"], "%", "floor",
            i["floor"]["cpu_share"], "<= 1% of a core", i["app"]["cpu_share"] <= 0.01)  # fmt: skip
        extra = i["app"]["maxrss_mb"] - i["floor"]["maxrss_mb"]
        add(f"peak RSS, {n:,}", i["app"]["maxrss_mb"], "MB", "floor", i["floor"]["maxrss_mb"],
            f"<= floor + 60 MB (is +{extra:.0f} MB)", extra <= 60)  # fmt: skip
    imp = results.get("import")
    if imp:
        for key, r in sorted(
            imp.items(), key=lambda kv: (kv[0].split()[0], int(kv[0].split()[-1]))
        ):
            mode, size = key.split()
            value = r["tracker_import_median_s"]
            ratio = _ratio(value, r["baseline_median_s"])
            label = f"tracker import, {int(size):,} launches, {mode} mode"
            if value is None:
                label += f" (stopped after {r['timed_out_after_s']:.0f} s)"
            add(label, value, "s", "json.load + executemany", r["baseline_median_s"],
                "<= 3x", None if ratio is None else ratio <= 3)  # fmt: skip
    y = results.get("sync")
    if y:
        m = y["median_s"]
        ratio = _ratio(m["large"], m["default"])
        add(f"sync of a {y['page']}-launch page into {n:,} missions", m["large"], "s",
            "into the default data", m["default"], "<= 1.5x",
            ratio is not None and ratio <= 1.5)  # fmt: skip
    if s and "app_stale" in s["median_s"]:
        m = s["median_s"]
        ratio = _ratio(m["app_stale"], m["app_large"])
        add(f"start, stale data ({n:,}, half the past still Go)", m["app_stale"], "s",
            "realistic data", m["app_large"], "<= 1.1x",
            ratio is not None and ratio <= 1.1)  # fmt: skip
    t = results.get("team")
    if t:
        m = t["startup"]["median_s"]
        ratio = _ratio(m["app_team"], m["floor"])
        add(f"team database: start to first paint, {n:,}", m["app_team"], "s", "floor",
            m["floor"], "<= 1.3x floor", ratio is not None and ratio <= 1.3)  # fmt: skip
        add(f"team database vs SQLite file: start, {n:,}", m["app_team"], "s", "SQLite file",
            m["app_large"])  # fmt: skip
        q = t["search"]
        add(f"team database: search keystroke p95, {n:,}", q["keystroke_p95_ms"], "ms",
            f"SQLite at {n:,}", t.get("sqlite_p95_ms"), "<= 100 ms",
            q["keystroke_p95_ms"] <= 100)  # fmt: skip
        add(f"team database: longest stall while typing, {n:,}", q["stall_max_ms"], "ms",
            "GUI thread's CPU", q["stall_cpu_max_ms"], "<= 50 ms",
            q["stall_max_ms"] <= 50)  # fmt: skip
    return rows


def _startup_on_xvfb(small_db: Path, large_db: Path, work: Path, repeat: int) -> dict[str, Any]:
    """The start-up measurement again, on a virtual X server of our own (stopped after)."""
    display = ":97"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        env = measure.fresh_env(work / "xdg-xvfb", platform="xcb")
        env["DISPLAY"] = display
        return measure.startup(small_db, large_db, env, repeat)
    finally:
        server.terminate()
        server.wait(timeout=10)


def print_table(rows: list[dict[str, Any]]) -> None:
    header = ("figure", "value", "baseline", "ratio", "goal", "met")
    lines = [header]
    for r in rows:
        base = f"{r['baseline']} {_fmt(r['baseline_value'], r['unit'])}" if r["baseline"] else ""
        ratio = f"{r['ratio']:.2f}x" if r["ratio"] is not None else ""
        met = {True: "yes", False: "NO", None: ""}[r["met"]]
        lines.append((r["figure"], _fmt(r["value"], r["unit"]), base, ratio, r["goal"] or "", met))
    widths = [max(len(line[c]) for line in lines) for c in range(len(header))]
    for k, line in enumerate(lines):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        if k == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="missions (default 100000)")
    parser.add_argument("--small", type=int, default=10, help="the small database (default 10)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--idle-seconds", type=float, default=20.0)
    parser.add_argument(
        "--import-sizes",
        default="",
        help="comma-separated launch counts to import (default: N), each in list and detailed mode",
    )
    parser.add_argument("--sync-page", type=int, default=300, help="launches a sync stores")
    parser.add_argument(
        "--team-server",
        default=team.SERVER,
        help=f"PostgreSQL server for the team part (default {team.SERVER}); a database "
        "tracker_bench_<pid> is made there and dropped after",
    )
    parser.add_argument(
        "--import-timeout", type=float, default=300.0, help="stop an import after this (s)"
    )
    parser.add_argument("--only", default=",".join(PARTS), help=f"some of {','.join(PARTS)}")
    parser.add_argument("--workdir", type=Path, default=None, help="keep the data here")
    parser.add_argument("--json", type=Path, default=None, help="write raw results here")
    parser.add_argument(
        "--xvfb",
        action="store_true",
        help="also measure start-up on a real X server (Xvfb, Qt's xcb platform)",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke-test pace: no warm-up, fast typing, short settling (figures not comparable)",
    )
    args = parser.parse_args(argv)
    parts = {p.strip() for p in args.only.split(",") if p.strip()}
    unknown = parts - set(PARTS)
    if unknown:
        parser.error(f"unknown parts: {', '.join(sorted(unknown))}")

    work = args.workdir or Path(tempfile.mkdtemp(prefix="tracker-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = measure.fresh_env(work / "xdg")
    n, small = args.n, args.small
    search_extra = ["--typing-ms", "10"] if args.quick else []
    idle_extra = ["--settle-ms", "100"] if args.quick else []
    t_start = time.monotonic()
    print(f"Mission Tracker benchmarks: N={n:,}, repeat={args.repeat}, work folder {work}")
    print(f"Python {platform.python_version()} on {platform.platform()}, {os.cpu_count()} CPUs")
    print(f"load average at start: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("Qt platform: offscreen; fresh XDG folders; medians of the runs\n", flush=True)

    large_db, small_db = work / f"missions-{n}.db", work / f"missions-{small}.db"
    stale_db = work / f"missions-{n}-stale.db"
    wanted = (
        [(large_db, n, "")]
        if parts & {"startup", "search", "sort", "idle", "sync", "stale", "team"}
        else []
    )
    if parts & {"startup", "search", "sort", "idle", "stale", "team"}:
        wanted.append((small_db, small, ""))
    if "stale" in parts:
        wanted.append((stale_db, n, "stale"))
    for path, size, shape in wanted:
        if not path.exists():
            print(f"building {path.name} ...", flush=True)
            build_database(path, size, shape=shape or "realistic")

    results: dict[str, Any] = {"n": n, "small": small, "repeat": args.repeat}
    if parts & {"startup", "stale"}:
        print("start-up ...", flush=True)
        more = {"app_stale": stale_db} if "stale" in parts else {}
        results["startup"] = measure.startup(
            small_db, large_db, env, args.repeat, warmup=not args.quick, more=more
        )
    if "startup" in parts and args.xvfb:
        print("start-up under Xvfb ...", flush=True)
        results["startup_xvfb"] = _startup_on_xvfb(small_db, large_db, work, args.repeat)
    if "search" in parts:
        print("search ...", flush=True)
        runs = max(1, min(args.repeat, 3))
        results["search"] = {
            "large": measure.search(large_db, env, runs, search_extra),
            "small": measure.search(small_db, env, runs, search_extra),
        }
    if "sort" in parts:
        print("sort ...", flush=True)
        results["sort"] = {
            "large": measure.sort(large_db, env, args.repeat),
            "small": measure.sort(small_db, env, args.repeat),
        }
    if "idle" in parts:
        print(f"idle ({args.idle_seconds:g} s each) ...", flush=True)
        results["idle"] = {
            "app": measure.idle(large_db, env, args.idle_seconds, idle_extra),
            "app_small": measure.idle(small_db, env, args.idle_seconds, idle_extra),
            "floor": measure.idle(None, env, args.idle_seconds, idle_extra),
        }
    template = work / "template.db"
    if parts & {"import", "sync"} and not template.exists():
        measure.make_template(template)
    if "import" in parts:
        sizes = [int(s) for s in args.import_sizes.split(",") if s.strip()] or [n]
        results["import"] = {}
        for mode in MODES:
            for size in sizes:
                file = work / f"launches-{size}-{mode}.json"
                if not file.exists():
                    print(f"writing {file.name} ...", flush=True)
                    write_ll2(file, size, mode=mode)
                print(f"import {size:,} ({mode} mode) ...", flush=True)
                results["import"][f"{mode} {size}"] = measure.import_(
                    file, template, work, env, args.repeat, args.import_timeout
                )
    if "sync" in parts:
        before, page = work / "sync-before.json", work / "sync-page.json"
        before.write_text(json.dumps(sync_page(n, args.sync_page, moved=False)))
        page.write_text(json.dumps(sync_page(n, args.sync_page)))
        print(f"sync of {args.sync_page} launches ...", flush=True)
        databases = {"large": large_db, "default": template}
        results["sync"] = measure.sync(databases, before, page, work, env, args.repeat)
        results["sync"]["page"] = len(json.loads(page.read_text())["results"])
    why_not = team.unreachable(args.team_server) if "team" in parts else None
    if why_not:
        print(f"team database: left out ({why_not})", flush=True)
    elif "team" in parts:
        print("team database (PostgreSQL) ...", flush=True)
        results["team"] = team.measure_team(
            args.team_server, large_db, small_db, n, env, args.repeat, search_extra,
            warmup=not args.quick,
        )  # fmt: skip
        if "search" in results:
            results["team"]["sqlite_p95_ms"] = results["search"]["large"]["keystroke_p95_ms"]
    results["figures"] = figures(results, n, small)
    results["elapsed_s"] = time.monotonic() - t_start
    print()
    print_table(results["figures"])
    if "startup" in results:
        print("\nstart-up phases (median s):")
        for name, phases in results["startup"]["phases_median_s"].items():
            cells = ", ".join(f"{k} {v:.3f}" for k, v in phases.items())
            print(f"  {name:<10} {cells}  (rows {results['startup']['rows'][name]})")
    results["loadavg_end"] = os.getloadavg()
    print(
        f"\nelapsed {results['elapsed_s']:.0f} s; load average at the end: "
        f"{', '.join(f'{x:.2f}' for x in results['loadavg_end'])}"
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str))
    if args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
