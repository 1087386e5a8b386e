"""The measurements: each runs its subject and its baseline side by side, in child processes.

Every function returns plain, JSON-able dicts of raw samples and medians; ``run.py`` turns
them into the table of figures and ratios. The children get fresh XDG folders and the
offscreen Qt platform (``fresh_env``), never the user's own data or settings.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.generate import REFERENCE

ROOT = Path(__file__).resolve().parents[1]
NOW = REFERENCE.strftime("%Y-%m-%dT%H:%M:%SZ")


class ChildFailed(RuntimeError):
    """A child process exited badly or printed no result."""


def fresh_env(root: Path, platform: str = "offscreen") -> dict[str, str]:
    """The environment for children: temporary XDG folders, a headless Qt, no tracker vars,
    and bytecode written, so that every round after the warm-up imports compiled modules as
    an installed app does (pip compiles them at install; with PYTHONDONTWRITEBYTECODE set,
    as on some machines, each child compiled the tracker's source again: about 0.1 s)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = root / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    env["QT_QPA_PLATFORM"] = platform
    env.pop("TRACKER_DATABASE_URL", None)
    env.pop("TRACKER_NOW", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else math.nan


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), nearest rank: a value that was actually measured."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return float(ordered[rank - 1])


def run_child(args: Sequence[str], env: dict[str, str], timeout: float = 600) -> dict[str, Any]:
    """Run ``python -m benchmarks.child ARGS``; its result, with ``t0`` (just before Popen)."""
    command = [sys.executable, "-m", "benchmarks.child", *args]
    t0 = time.monotonic()
    proc = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise ChildFailed(f"{' '.join(args)}: exit {proc.returncode}\n{proc.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    if not result.get("visible_at_end", True):
        raise ChildFailed(f"{' '.join(args)}: the window was no longer shown at the end")
    result["t0"] = t0
    return result


# --- start-up ---------------------------------------------------------------------------------


def app(db: Path | str) -> list[str]:
    """The child's arguments for the app on ``db`` (a SQLite file or a database URL)."""
    return ["app", "--db", str(db), "--now", NOW]


def startup(
    small_db: Path,
    large_db: Path,
    env: dict[str, str],
    repeat: int,
    *,
    warmup: bool = True,
    more: dict[str, Path | str] | None = None,
) -> dict[str, Any]:
    """Process start to first painted frame, interleaved so drift hits every subject alike;
    ``more``: other databases to start the app on (the stale-data one, a team database).

    One warm-up round (page cache, .pyc files) is run first and not counted.
    """
    subjects = {
        "bare": ["bare"],
        "floor": ["floor"],
        "app_small": app(small_db),
        "app_large": app(large_db),
        **{name: app(db) for name, db in (more or {}).items()},
    }
    samples: dict[str, list[float]] = {k: [] for k in subjects}
    phases: dict[str, list[dict[str, float]]] = {k: [] for k in subjects}
    rss: dict[str, list[float]] = {k: [] for k in subjects}
    rows: dict[str, int] = {}
    all_rows: dict[str, list[float]] = {}
    for round_ in range(repeat + 1 if warmup else repeat):
        for name, args in subjects.items():
            r = run_child(args, env)
            if warmup and round_ == 0:
                continue
            marks = r["marks"]
            samples[name].append(marks["painted"] - r["t0"])
            if "all_rows" in marks:
                all_rows.setdefault(name, []).append(marks["all_rows"] - r["t0"])
            phases[name].append(
                {
                    "interpreter": marks["start"] - r["t0"],
                    "imports": marks["imported"] - marks["start"],
                    "qapplication": marks["qapplication"] - marks["imported"],
                    "build": marks["built"] - marks["qapplication"],
                    "show_to_paint": marks["painted"] - marks["built"],
                }
            )
            rss[name].append(r["maxrss_mb_at_paint"])
            rows[name] = r["rows"]
    return {
        "samples_s": samples,
        "median_s": {k: median(v) for k, v in samples.items()},
        "phases_median_s": {
            k: {p: median([x[p] for x in v]) for p in v[0]} for k, v in phases.items() if v
        },
        "maxrss_mb": {k: median(v) for k, v in rss.items()},
        "all_rows_median_s": {k: median(v) for k, v in all_rows.items()},
        "rows": rows,
    }


# --- interaction ------------------------------------------------------------------------------


def search(
    db: Path | str, env: dict[str, str], runs: int, extra: Sequence[str] = ()
) -> dict[str, Any]:
    """Typing into ``missionFilter``: per-keystroke latency and the longest event-loop stall."""
    keystrokes: list[float] = []
    clears: list[float] = []
    stalls: list[float] = []
    cpu_stalls: list[float] = []
    over = 0
    last: dict[str, Any] = {}
    for _ in range(runs):
        last = run_child([*app(db), "--then", "search", *extra], env)
        keystrokes += last["keystroke_ms"]
        clears += last["clear_ms"]
        stalls.append(last["stall_max_ms"])
        cpu_stalls.append(last.get("stall_cpu_max_ms", math.nan))
        over += last["stalls_over_50ms"]
    return {
        "keystrokes": len(keystrokes),
        "keystroke_median_ms": median(keystrokes),
        "keystroke_p95_ms": percentile(keystrokes, 95),
        "keystroke_max_ms": max(keystrokes),
        "clear_median_ms": median(clears),
        "stall_max_ms": max(stalls),
        "stall_cpu_max_ms": max(cpu_stalls),
        "stalls_over_50ms": over,
        "shown": last["shown"],
        "total": last["total"],
    }


def sort(db: Path, env: dict[str, str], repeat: int) -> dict[str, Any]:
    args = ["app", "--db", str(db), "--now", NOW, "--then", "sort", "--repeat", str(repeat)]
    r = run_child(args, env)
    return {
        "net_desc_median_ms": median(r["net_desc_ms"]),
        "net_asc_median_ms": median(r["net_asc_ms"]),
        "name_asc_median_ms": median(r["name_asc_ms"]),
        "rows": r["rows"],
        "samples_ms": {k: r[k] for k in ("net_desc_ms", "net_asc_ms", "name_asc_ms")},
    }


def idle(
    db: Path | None, env: dict[str, str], seconds: float, extra: Sequence[str] = ()
) -> dict[str, Any]:
    """CPU share and peak RSS over ``seconds`` of showing the window (None: the floor)."""
    args = ["app", "--db", str(db), "--now", NOW] if db is not None else ["floor"]
    r = run_child([*args, "--then", "idle", "--seconds", str(seconds), *extra], env)
    return {
        "cpu_share": r["idle_cpu_share"],
        "cpu_s": r["idle_cpu_s"],
        "wall_s": r["idle_wall_s"],
        "ticks": r["ticks"],
        "maxrss_mb": r["maxrss_mb"],
    }


# --- import -----------------------------------------------------------------------------------


def _timed(command: Sequence[str], env: dict[str, str], timeout: float) -> float | None:
    """Wall time of a command from just before Popen to its exit; None if it timed out."""
    t0 = time.monotonic()
    try:
        proc = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        raise ChildFailed(f"{' '.join(command)}: exit {proc.returncode}\n{proc.stderr[-2000:]}")
    return time.monotonic() - t0


def import_(
    file: Path, template_db: Path, work: Path, env: dict[str, str], repeat: int, timeout: float
) -> dict[str, Any]:
    """``tracker import FILE`` into a copy of a freshly made database, against the baseline.

    The copy holds the default data, as a user's first database does. Runs that pass
    ``timeout`` seconds are stopped and reported as such (None).
    """
    ours: list[float | None] = []
    base: list[float] = []
    for i in range(repeat):
        db = work / f"import-{i}.db"
        shutil.copyfile(template_db, db)
        elapsed = _timed(
            [sys.executable, "-m", "tracker", "--database", str(db), "import", str(file)],
            env,
            timeout,
        )
        ours.append(elapsed)
        db.unlink(missing_ok=True)
        for side in ("-wal", "-shm"):
            Path(f"{db}{side}").unlink(missing_ok=True)
        target = work / f"baseline-{i}.db"
        target.unlink(missing_ok=True)
        t = _timed(
            [sys.executable, "-m", "benchmarks.import_baseline", str(file), str(target)],
            env,
            timeout,
        )
        assert t is not None
        base.append(t)
        target.unlink(missing_ok=True)
        if elapsed is None:
            break  # no second attempt at something that already ran out of time
    finished = [t for t in ours if t is not None]
    return {
        "tracker_import_median_s": median(finished) if len(finished) == len(ours) else None,
        "timed_out_after_s": timeout if len(finished) < len(ours) else None,
        "baseline_median_s": median(base),
        "samples_s": {"tracker_import": ours, "baseline": base},
    }


def make_template(path: Path) -> Path:
    """An empty user database (schema and the default data), as the first start makes it."""
    from tracker.store.database import open_database

    path.unlink(missing_ok=True)
    open_database(f"sqlite:///{path}").dispose()
    return path


# --- sync -------------------------------------------------------------------------------------


def sync(
    databases: dict[str, Path],
    before: Path,
    page: Path,
    work: Path,
    env: dict[str, str],
    repeat: int,
) -> dict[str, Any]:
    """A sync's page stored into a copy of each database (``benchmarks.sync``), after the
    page before it: interleaved, ``repeat`` times, the medians."""
    samples: dict[str, list[float]] = {name: [] for name in databases}
    for i in range(repeat):
        for name, source in databases.items():
            copy = work / f"sync-{name}-{i}.db"
            shutil.copyfile(source, copy)
            command = [sys.executable, "-m", "benchmarks.sync", str(copy), str(page)]
            proc = subprocess.run(
                [*command, "--before", str(before)],
                cwd=ROOT, env=env, capture_output=True, text=True, check=False,
            )  # fmt: skip
            if proc.returncode != 0:
                raise ChildFailed(
                    f"sync into {name}: exit {proc.returncode}\n{proc.stderr[-2000:]}"
                )
            samples[name].append(json.loads(proc.stdout.splitlines()[-1])["seconds"])
            for side in ("", "-wal", "-shm"):
                Path(f"{copy}{side}").unlink(missing_ok=True)
    return {"samples_s": samples, "median_s": {k: median(v) for k, v in samples.items()}}
