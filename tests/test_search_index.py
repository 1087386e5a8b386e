"""The search index (tracker.search_index) finds what a plain substring test finds."""

from __future__ import annotations

import dataclasses
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.search_index import BLOCK, SearchIndex, fields_of, narrows, search_text, words_of


@dataclasses.dataclass(frozen=True)
class Row:
    name: str
    spacecraft: str = ""
    launcher: str = ""
    operator: str = ""
    destination: str = ""
    crew_names: str = ""


def plain(rows: list[Row], words: list[str]) -> list[int]:
    """The rule, as simply as it can be said."""
    return [
        i
        for i, r in enumerate(rows)
        if all(
            any(w in f.casefold() for f in (r.name, r.spacecraft, r.launcher, r.operator,
                                               r.destination, r.crew_names))
            for w in words
        )
    ]  # fmt: skip


def every(index: SearchIndex, words: list[str], candidates: list[int] | None = None) -> list[int]:
    found: list[int] = []
    for block in range(index.blocks):
        part = None
        if candidates is not None:
            part = [p for p in candidates if block * BLOCK <= p < (block + 1) * BLOCK]
        found += index.match(block, words, part)
    return found


TEXT = st.text(alphabet="abcSßİσς 9-", max_size=8)
ROWS = st.lists(st.builds(Row, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT), max_size=40)


@settings(max_examples=200)
@given(ROWS, st.lists(st.text(alphabet="abcsßσ9-", min_size=1, max_size=3), max_size=3))
def test_matches_what_a_substring_test_matches(rows: list[Row], words: list[str]) -> None:
    words = [w.casefold() for w in words]
    index = SearchIndex(map(fields_of, rows))
    assert every(index, words) == plain(rows, words)


def test_blocks_dense_and_sparse_words_candidates_and_edits() -> None:
    rng = random.Random(7)
    vehicles = ["Falcon 9", "Soyuz-2.1a", "Long March 2F", "Electron", ""]
    rows = [
        Row(
            name=f"Mission {i}" if i % 97 else f"Gagarin Flight {i}",
            launcher=rng.choice(vehicles),
            crew_names="Yuri Gagarin" if i % 1000 == 0 else "",
        )
        for i in range(3 * BLOCK + 17)
    ]
    index = SearchIndex(map(fields_of, rows))
    for query in ("s", "gagarin", "falcon 9", "mission 1", "zzz", "9 soyuz", "i"):
        words = words_of(query)
        assert every(index, words) == plain(rows, words), query
    # narrowing from an earlier query's matches finds the same
    earlier = every(index, ["gag"])
    assert narrows(["gag"], ["gagarin", "flight"])
    assert every(index, ["gagarin", "flight"], earlier) == plain(rows, ["gagarin", "flight"])
    assert not narrows(["falcon"], ["soyuz"])
    # an edit, then a sort
    rows[5] = Row(name="Crew Dragon Demo", launcher="Falcon 9")
    index.replaced(5, rows[5])
    assert every(index, ["dragon"]) == plain(rows, ["dragon"]) == [5]
    order = list(reversed(range(len(rows))))
    moved = index.permuted(order)
    flipped = [rows[i] for i in order]
    assert every(moved, ["dragon"]) == plain(flipped, ["dragon"])
    assert every(moved, ["s"]) == plain(flipped, ["s"])


def test_a_line_holds_every_field_folded() -> None:
    row = Row("Crew-3", "Crew Dragon", "Falcon 9", "SpX", "ISS", "Raja Chari, Kayla Barron")
    assert (
        search_text(fields_of(row))
        == "crew-3\tcrew dragon\tfalcon 9\tspx\tiss\traja chari, kayla barron"
    )
