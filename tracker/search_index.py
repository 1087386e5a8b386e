"""What the mission list's search box matches, kept in blocks of rows and matched a block at
a time.

A mission matches a word when the word appears in its name, spacecraft, launcher, operator,
destination or crew names, ignoring case. One folded search string per row cost 11 MB at
100,000 missions, mostly the 49 bytes every Python string carries; the index joins the
texts of ``BLOCK`` rows into one string instead (about half the memory). A word missing
from a block rules out all its rows in one C-speed scan; otherwise the block's lines are
tested by ``map`` (no Python bytecode per row).

Matching goes block by block (``match``), so a caller can spread a long first pass over
several turns of its event loop and drop it when the query changes. Standard library only.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate, compress, islice, repeat
from operator import contains
from typing import Protocol

BLOCK = 1024
SPARSE = 8  # a word in fewer than 1 line in this many: followed, not tested line by line
_ROWS = "\n"  # words never hold whitespace, so neither separator can be part of a match
_FIELDS = "\t"


class Searchable(Protocol):
    """What the search reads of a mission (a ``MissionRow``)."""

    @property
    def name(self) -> str: ...
    @property
    def spacecraft(self) -> str: ...
    @property
    def launcher(self) -> str: ...
    @property
    def operator(self) -> str: ...
    @property
    def destination(self) -> str: ...
    @property
    def crew_names(self) -> str: ...


def words_of(text: str) -> list[str]:
    """The words of a query, folded: a row must hold every one."""
    return text.casefold().split()


def narrows(old: Sequence[str], new: Sequence[str]) -> bool:
    """Whether every row matching ``new`` also matches ``old`` (each old word is part of a
    new one): the matches of ``old`` are then the only candidates for ``new``."""
    return all(any(w in n for n in new) for w in old)


def fields_of(r: Searchable) -> tuple[str, ...]:
    """What the search reads of a row, in the order of ``MissionColumns.search_lines``."""
    return r.name, r.spacecraft, r.launcher, r.operator, r.destination, r.crew_names


def search_text(fields: Sequence[str]) -> str:
    """One row's line of the index."""
    return _FIELDS.join(fields).casefold()


class SearchIndex:
    """The search texts of a list of rows, in the list's order."""

    __slots__ = ("_blocks", "_size", "_starts")

    def __init__(self, rows: Iterable[Sequence[str]] = ()) -> None:
        """``rows``: each row's fields (``fields_of``), read once, a block at a time."""
        self._blocks: list[str] = []
        self._starts: list[array[int]] = []  # where each line of a block begins, and its end
        self._size = 0
        texts = map(search_text, rows)
        while lines := list(islice(texts, BLOCK)):
            self._add(lines)
            self._size += len(lines)

    def _add(self, lines: list[str]) -> None:
        self._blocks.append(_ROWS.join(lines))
        self._starts.append(array("I", accumulate((len(x) + 1 for x in lines), initial=0)))

    def __len__(self) -> int:
        return self._size

    @property
    def blocks(self) -> int:
        return len(self._blocks)

    def permuted(self, positions: Sequence[int]) -> SearchIndex:
        """The index of the rows at ``positions`` (a sort): texts moved, not made again."""
        lines = [line for block in self._blocks for line in block.split(_ROWS)]
        moved = SearchIndex()
        for start in range(0, len(positions), BLOCK):
            moved._add([lines[i] for i in positions[start : start + BLOCK]])
        moved._size = len(positions)
        return moved

    def replaced(self, at: int, row: Searchable) -> None:
        """The row at ``at`` is now ``row`` (an edit)."""
        block, offset = divmod(at, BLOCK)
        lines = self._blocks[block].split(_ROWS)
        lines[offset] = search_text(fields_of(row))
        self._blocks[block] = _ROWS.join(lines)
        self._starts[block] = array("I", accumulate((len(x) + 1 for x in lines), initial=0))

    def match(
        self, block: int, words: Sequence[str], candidates: Sequence[int] | None = None
    ) -> list[int]:
        """The positions in ``block`` whose rows hold every word: of all its rows, or only
        of ``candidates`` (ascending positions within the block).

        A word found in few lines is followed from one occurrence to the next (and a few
        candidates are cut out of the block); one found in many has the block split into
        lines and tested by ``map``, with no Python bytecode per row.
        """
        text = self._blocks[block]
        if not all(word in text for word in words):
            return []
        base, starts = block * BLOCK, self._starts[block]
        size = len(starts) - 1
        found = None if candidates is None else list(candidates)
        lines: list[str] | None = None
        for word in words:
            if found is not None and len(found) * SPARSE <= size:
                found = [p for p in found if word in text[starts[p - base] : starts[p - base + 1]]]
            elif found is None and text.count(word) * SPARSE <= size:
                found = _occurrences(text, word, starts, base)
            else:
                lines = text.split(_ROWS) if lines is None else lines
                if found is None or len(found) == size:  # every row of the block
                    found = list(
                        compress(range(base, base + size), map(contains, lines, repeat(word)))
                    )
                else:
                    found = [p for p in found if word in lines[p - base]]
            if not found:
                return []
        return list(range(base, base + size)) if found is None else found


def _occurrences(text: str, word: str, starts: array[int], base: int) -> list[int]:
    """The positions of the lines of ``text`` that hold ``word``, one ``find`` a line."""
    found: list[int] = []
    at = text.find(word)
    while at >= 0:
        line = bisect_right(starts, at) - 1
        found.append(base + line)
        at = text.find(word, starts[line + 1])
    return found
