"""The mission list held column by column gives back the very rows it was given."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tracker.mission_columns import MissionColumns
from tracker.store.records import MissionRow
from tracker.store.repository import Repository
from tracker.vocabulary import LandingOutcome, LaunchStatus, NetPrecision


def test_rows_come_back_equal(repo: Repository) -> None:
    rows = repo.missions()
    columns = MissionColumns.of(rows)
    assert list(columns.rows()) == rows
    assert columns.rows()[-1] == rows[-1]
    assert columns.rows()[1:3] == rows[1:3]
    assert columns.texts[0] == ""  # code 0: no vehicle, agency or place


def test_the_store_fills_columns_as_it_reads(repo: Repository) -> None:
    columns = repo.mission_columns()
    assert list(columns.rows()) == repo.missions()
    assert len(columns.texts) == len(set(columns.texts))  # each name kept once


def test_a_row_put_in_place_and_the_columns_permuted() -> None:
    net = dt.datetime(2021, 11, 11, 2, 3, 4, 567, tzinfo=dt.UTC)
    first = MissionRow(
        7, "Crew-3", LaunchStatus.SUCCESS, net, NetPrecision.SECOND, "Crew Dragon",
        "Falcon 9", "SpaceX", "ISS", 4, "Raja Chari, Kayla Barron", 2, 5,
        LandingOutcome.LANDED, "KSC LC-39A",
    )  # fmt: skip
    second = dataclasses.replace(first, id=9, name="Ax-1", crew_count=0, crew_names="")
    columns = MissionColumns.of([first, second])
    moved = columns.permuted([1, 0])
    assert list(moved.rows()) == [second, first]
    edited = dataclasses.replace(first, status=LaunchStatus.HOLD, spacecraft="Starliner")
    moved.put(1, edited)
    assert list(moved.rows()) == [second, edited]
    assert list(columns.rows()) == [first, second]  # the columns permuted from stay
    assert moved.crewed_or({9}) == [0, 1]
    assert moved.crewed_or(()) == [1]
    assert moved.live() == [1]  # on hold: yet to fly
    assert moved.named("Ax-1") == [0]


def test_names_folded_in_the_columns_order(repo: Repository) -> None:
    """What a sort by name compares: each name casefolded, in order, also once permuted."""
    rows = repo.missions()
    rows[1] = dataclasses.replace(rows[1], name="Große Mission")
    columns = MissionColumns.of(rows)
    assert columns.folded_names() == [r.name.casefold() for r in rows]
    assert columns.folded_names()[1] == "grosse mission"
    order = [3, 1, 0, 2, *range(4, len(rows))][::-1]
    moved = columns.permuted(order)
    moved.put(0, dataclasses.replace(rows[order[0]], name="Ax-2"))
    assert moved.folded_names() == ["ax-2", *(rows[i].name.casefold() for i in order[1:])]


def test_codes_widen_past_two_bytes() -> None:
    row = MissionRow(
        1, "Sputnik 1", LaunchStatus.SUCCESS, dt.datetime(1957, 10, 4, 19, 28, 34, tzinfo=dt.UTC),
        NetPrecision.SECOND, "", "Sputnik 8K71PS", "OKB-1", "LEO", 0, "", 0, 1, None, "Baikonur",
    )  # fmt: skip
    columns = MissionColumns.of([row])
    for n in range(70_000):
        columns.code(f"name {n}")
    columns.put(0, dataclasses.replace(row, operator="name 69999"))
    assert columns.operator.typecode == "I"
    assert columns.rows()[0].operator == "name 69999"
