"""The three-way merge alone: pure values in, decisions out; no database."""

from __future__ import annotations

import json

import pytest

from tracker.store.importing.merge import (
    NEVER,
    Decision,
    Field,
    blank,
    decide,
    first_snapshot,
    merge,
    read_snapshot,
    show,
)


@pytest.mark.parametrize(
    ("base", "current", "incoming", "trusted", "decision"),
    [
        # never imported: a trusted record takes the file's value, another only fills blanks
        (NEVER, "Go", "TBD", True, Decision.TAKE),
        (NEVER, "Go", "TBD", False, Decision.KEEP_REPORTED),
        (NEVER, "", "Kennedy", False, Decision.TAKE),
        (NEVER, None, 4, False, Decision.TAKE),
        (NEVER, [], [["ll2:1", "Pilot"]], False, Decision.TAKE),
        (NEVER, "Go", "Go", False, Decision.UNCHANGED),
        # imported before: nothing changed anywhere
        ("Go", "Go", "Go", False, Decision.UNCHANGED),
        # the source changed, the record was not edited here: take it
        ("Go", "Go", "Hold", False, Decision.TAKE),
        ("Go", "Go", "Hold", True, Decision.TAKE),
        # edited here, the source unchanged: the edit stands, quietly
        ("Go", "Hold", "Go", False, Decision.KEEP),
        ("Go", "Hold", "Go", True, Decision.KEEP),
        # both changed, differently: the local value stays and is reported
        ("Go", "Hold", "TBD", False, Decision.KEEP_REPORTED),
        ("Go", "Hold", "TBD", True, Decision.KEEP_REPORTED),
        # both changed to the same value: nothing to do
        ("Go", "Hold", "Hold", False, Decision.UNCHANGED),
        # a value the snapshot holds as null is a value like any other
        (None, None, "Kennedy", False, Decision.TAKE),
        (None, "Mine", None, False, Decision.KEEP),
    ],
)
def test_decide(base: object, current: object, incoming: object, trusted: bool,
                decision: Decision) -> None:  # fmt: skip
    assert decide(base, current, incoming, trusted=trusted) is decision


def test_merge_writes_what_it_takes_reports_what_it_keeps_and_snapshots_the_source() -> None:
    base = {"name": "Crew-5", "status": "Go", "site": "LC-39A", "note": "x"}
    current = {"name": "Crew-5", "status": "Hold", "site": "LC-39A", "pad": "B"}
    incoming = {
        "name": Field("Crew-5"),  # unchanged
        "status": Field("TBD"),  # both changed: kept, reported
        "site": Field("SLC-40", "SLC-40 (written)"),  # the source changed: taken
        "pad": Field("A"),  # not in the snapshot, not blank here: kept, reported
    }
    merged = merge("mission Crew-5", current, incoming, base, trusted=True, extra={"from": "x"})

    assert merged.changes == {"site": "SLC-40 (written)"}  # the value as written, not shown
    assert merged.kept == [
        "mission Crew-5: kept status 'Hold' (Launch Library 2: 'TBD')",
        "mission Crew-5: kept pad 'B' (Launch Library 2: 'A')",
    ]
    assert json.loads(merged.snapshot) == {
        "name": "Crew-5", "status": "TBD", "site": "SLC-40", "pad": "A", "note": "x",
        "from": "x",
    }  # fmt: skip


def test_merge_of_a_record_never_imported_trusts_only_when_told() -> None:
    current = {"status": "Go", "site": ""}
    incoming = {"status": Field("TBD"), "site": Field("LC-39A")}
    trusted = merge("m", current, incoming, None, trusted=True)
    assert trusted.changes == {"status": "TBD", "site": "LC-39A"} and trusted.kept == []
    wary = merge("m", current, incoming, None, trusted=False)
    assert wary.changes == {"site": "LC-39A"}
    assert wary.kept == ["m: kept status 'Go' (Launch Library 2: 'TBD')"]
    # "trusted" is for a record never imported: with a snapshot, only the three-way rule
    again = merge("m", {"status": "Hold"}, {"status": Field("TBD")}, {"status": "Go"},
                  trusted=True)  # fmt: skip
    assert again.changes == {} and len(again.kept) == 1


def test_merge_shows_references_and_rosters_readably() -> None:
    merged = merge(
        "person Ann",
        {"agency": "ll2:44", "crew": [["ll2:1", "Pilot"]]},
        {"agency": Field("name:ESA", 7), "crew": Field([], [])},
        {"agency": "ll2:12", "crew": [["ll2:2", "Pilot"]]},
        trusted=False,
    )
    assert merged.kept == [
        "person Ann: kept agency '44' (Launch Library 2: 'ESA')",
        "person Ann: kept crew a roster of 1 (Launch Library 2: a roster of 0)",
    ]
    assert show(3) == "3" and show("plain") == "'plain'"


def test_snapshots_and_blanks() -> None:
    incoming = {"b": Field(2), "a": Field("x", object())}
    assert first_snapshot(incoming, {"c": None}) == '{"a":"x","b":2,"c":null}'
    assert read_snapshot("") is None
    assert read_snapshot('{"a":1}') == {"a": 1}
    empty: list[object] = [None, "", []]
    values: list[object] = [0, " ", "x", [0], False]
    assert all(blank(v) for v in empty) and not any(blank(v) for v in values)
