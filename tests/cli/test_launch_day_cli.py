"""Launch day on the command line: through T−0, in flight, the outcome moves the board on;
and coarse NETs listed by when their period starts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import REPORT_DAY
from tests.helpers import run
from tracker.store.catalog import Catalog
from tracker.store.database import open_database
from tracker.store.repository import Repository

T_PLUS_5 = "2021-10-31T06:21:05Z"


def _next(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, object]:
    status, out, _err = run(capsys, "--database", db, "--now", T_PLUS_5, "next", "--json")
    assert status == 0
    data: dict[str, object] = json.loads(out)
    return data


def test_next_follows_crew_3_through_liftoff_and_moves_on_after_the_outcome(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "t.db"
    launching = _next(capsys, db)
    assert (launching["name"], launching["seconds_until"], launching["phase"]) == (
        "Crew-3",
        -5,
        "launching",
    )
    status, _out, _err = run(
        capsys, "--database", db, "--now", T_PLUS_5, "status", "Crew-3", "in flight"
    )
    assert status == 0
    in_flight = _next(capsys, db)
    assert (in_flight["name"], in_flight["phase"]) == ("Crew-3", "in_flight")
    status, _out, _err = run(
        capsys, "--database", db, "--now", T_PLUS_5, "status", "Crew-3", "Success", "--yes"
    )
    assert status == 0
    after = _next(capsys, db)
    assert (after["name"], after["phase"]) == ("Soyuz MS-20", "countdown")


def test_list_orders_coarse_nets_by_when_their_period_starts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db_path = tmp_path / "t.db"
    db = open_database(f"sqlite:///{db_path}")
    catalog = Catalog(Repository(db, lambda: REPORT_DAY))
    # Stored instants that disagree with the order of the periods they stand for.
    for name, net, precision in (
        ("Month flight", "2026-11-02T00:00:00Z", "Month"),
        ("Year flight", "2026-12-20T00:00:00Z", "Year"),
        ("Quarter flight", "2026-12-15T00:00:00Z", "Q4"),
    ):
        catalog.create_mission(name, net, net_precision=precision, status="TBD")
    db.dispose()
    status, out, err = run(capsys, "--database", db_path, "--now", "2021-10-27T12:00:00Z", "list")
    assert status == 0, err
    lines = [line for line in out.splitlines() if "flight \u00b7" in line]
    order = [line.split(" \u00b7 ")[0].strip() for line in lines]
    assert order == ["Year flight", "Quarter flight", "Month flight"]  # 1 Jan, 1 Oct, 1 Nov
