"""The benchmarks at a tiny N: every code path runs and yields well-formed results.

No timing is asserted here (figures depend on the machine); only that the generator makes
what the app reads, and that each measurement produces the figures the README describes.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from benchmarks import generate, import_baseline
from benchmarks import run as bench_run
from tracker.exchange import ll2
from tracker.store.database import open_database
from tracker.store.repository import Repository
from tracker.vocabulary import LaunchStatus

N = 300


def test_universe_is_deterministic_and_realistic() -> None:
    world = generate.universe(N)
    again = generate.universe(N)
    assert world.launches == again.launches
    assert len(world.launches) == N
    assert len(world.people) == N // 10
    crewed = [x for x in world.launches if x.crew]
    assert 0 < len(crewed) < N * 0.15
    assert all(1 <= len(x.crew) <= 4 for x in crewed)
    years = [x.net.year for x in world.launches]
    assert 1957 <= min(years) and max(years) <= 2035
    assert any(x.status.is_pending for x in world.launches)
    assert any(x.status is LaunchStatus.SUCCESS for x in world.launches)
    assert len({p.name for p in world.people}) == len(world.people)  # names are unique


def test_ll2_file_reads_as_launch_library_2_3(tmp_path: Path) -> None:
    path = generate.write_ll2(tmp_path / "a.json", N)
    assert generate.write_ll2(tmp_path / "b.json", N).read_bytes() == path.read_bytes()
    batch = ll2.parse(json.loads(path.read_bytes()))
    assert batch.version == "2.3.0"
    assert len(batch.launches) == N
    crewed = [x for x in batch.launches if x.crew]
    assert crewed and all(x.spacecraft is not None for x in crewed)
    assert import_baseline.load(path, tmp_path / "baseline.db") == N


def test_database_opens_with_the_app(tmp_path: Path) -> None:
    path = generate.build_database(tmp_path / "m.db", N)
    db = open_database(f"sqlite:///{path}")
    try:
        repo = Repository(db, lambda: generate.REFERENCE)
        rows = repo.missions()
        assert len(rows) == N
        assert any(r.crew_count for r in rows)
        assert repo.next_launch(generate.REFERENCE) is not None
    finally:
        db.dispose()


def test_runner_produces_every_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results.json"
    argv = ["--n", "40", "--small", "5", "--repeat", "1", "--idle-seconds", "0.3", "--quick"]
    argv += ["--import-sizes", "20", "--workdir", str(tmp_path / "work"), "--json", str(out)]
    assert bench_run.main(argv) == 0
    results = json.loads(out.read_text())
    names = [f["figure"] for f in results["figures"]]
    for expected in (
        "start to first paint, 40 missions",
        "search keystroke p95, 40",
        "longest stall while typing, 40",
        "longest stall while typing, GUI thread's CPU, 40",
        "sort by NET (descending), 40",
        "idle CPU, countdown ticking, 40",
        "peak RSS, 40",
        "tracker import, 20 launches, list mode",
        "tracker import, 20 launches, detailed mode",
        "start, stale data (40, half the past still Go)",
    ):
        assert expected in names
    assert any(name.startswith("sync of a ") for name in names)
    if "team" in results:  # a PostgreSQL server answered: made, measured, dropped
        assert "team database: start to first paint, 40" in names
    for figure in results["figures"]:
        assert figure["value"] is not None and not math.isnan(figure["value"])
        assert figure["value"] >= 0
    rows = {"bare": 0, "floor": 0, "app_small": 5, "app_large": 40, "app_stale": 40}
    assert results["startup"]["rows"] == rows
    assert results["search"]["large"]["total"] == 40
    assert results["idle"]["app"]["ticks"] >= 0
    assert "ratio" in capsys.readouterr().out


def test_list_mode_stale_shape_and_sync_page() -> None:
    world = generate.universe(N)
    listed = generate.ll2_page(world, "list")
    size = len(json.dumps(listed, separators=(",", ":"))) / N
    assert 600 < size < 1000  # about 0.8 KB a launch, as LL2's mode=list
    batch = ll2.parse(listed)
    assert len(batch.launches) == N and all(x.crew is None for x in batch.launches)
    stale = generate.stale(world)
    past = [x for x in world.launches if x.net < generate.REFERENCE]
    still_go = [x for x in stale.launches if x.net < generate.REFERENCE and x.status.is_pending]
    assert 0.4 < len(still_go) / len(past) < 0.6
    before, page = generate.sync_page(N, 20, moved=False), generate.sync_page(N, 20)
    assert [x["id"] for x in before["results"]] == [x["id"] for x in page["results"]]
    assert before != page and len(page["results"]) == 20
