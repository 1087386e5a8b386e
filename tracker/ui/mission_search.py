"""The search box's words matched against the mission list, without stalling the window.

At 100,000 missions the first letter of a query matches nearly every row, and matching
them all at once held the event loop for over 100 ms. ``QueryMatcher`` matches a big list
a few blocks of its ``SearchIndex`` per turn of the event loop (``CHUNK_S`` each) and says
``finished`` when done; the next keystroke replaces a match under way. A query that
extends the last one (another letter, another word) looks only among the last one's
matches, at once when they are few. A small list is matched at once, as before.
"""

from __future__ import annotations

import time
from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from PySide6.QtCore import QObject, QTimer, Signal

from tracker.search_index import BLOCK, Searchable, SearchIndex, narrows

CHUNK_S = 0.008  # a turn of the event loop matches words for about this long, then yields
SYNC_ROWS = 20_000  # up to this many rows (or candidates), a query is matched at once


@dataclass(slots=True)
class _Run:
    """A query being matched, block by block: among ``candidates`` (ascending positions),
    else among every row."""

    words: list[str]
    candidates: Sequence[int] | None
    block: int = 0
    found: array[int] | None = None


class QueryMatcher(QObject):
    """The positions of the rows that hold every word of the query (``matched``; None
    while there are no words)."""

    finished = Signal()  # a match that ran over several turns is done

    def __init__(
        self, sync_rows: int = SYNC_ROWS, chunk_s: float = CHUNK_S, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.index = SearchIndex()
        self.words: list[str] = []
        self.matched: array[int] | None = None  # 4 bytes a match, not an int object
        self._run: _Run | None = None
        self._sync_rows, self._chunk_s = sync_rows, chunk_s
        self._more = QTimer(self)  # the next blocks, at the next turn of the event loop
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._next_turn)

    @property
    def busy(self) -> bool:
        """True while a query is being matched over several turns."""
        return self._run is not None

    def set_words(self, words: list[str]) -> bool:
        """Match ``words``; True if ``matched`` holds their matches now, False if they
        come with ``finished``."""
        done = self.matched if self._run is None else None
        narrowed = done is not None and narrows(self.words, words)
        self._stop()
        self.words = words
        if not words:
            self.matched = None
            return True
        candidates = done if narrowed else None
        self._run = _Run(words, candidates)
        big = len(self.index) > self._sync_rows
        few = candidates is not None and len(candidates) <= self._sync_rows
        return self._match(None if few or not big else time.perf_counter() + self._chunk_s)

    def use(self, index: SearchIndex, moved: Sequence[int] | None = None) -> None:
        """Match against ``index`` from now on: new rows, or the same rows sorted (``moved``:
        the old position of each). A match under way, or new rows, are matched at once."""
        self.index = index
        if moved is not None and self._run is None and self.matched is not None:
            was = bytearray(len(moved))
            for p in self.matched:
                was[p] = 1
            self.matched = array("i", compress(range(len(moved)), map(was.__getitem__, moved)))
            return
        self._stop()
        if self.words:
            self._run = _Run(self.words, None)
            self._match(None)
        else:
            self.matched = None

    def replaced(self, at: int, row: Searchable) -> bool:
        """The row at ``at`` is now ``row`` (an edit); True if its match is known now (a
        match under way starts again: its blocks read so far may hold the old text)."""
        self.index.replaced(at, row)
        if self._run is not None:
            return self.set_words(self.words)
        matched = self.matched
        if matched is not None:
            pos = bisect_left(matched, at)
            holds = pos < len(matched) and matched[pos] == at
            if self.index.match(at // BLOCK, self.words, [at]):
                if not holds:
                    matched.insert(pos, at)
            elif holds:
                del matched[pos]
        return True

    def _stop(self) -> None:
        self._more.stop()
        self._run = None

    def _next_turn(self) -> None:
        if self._run is not None and self._match(time.perf_counter() + self._chunk_s):
            self.finished.emit()

    def _match(self, deadline: float | None) -> bool:
        """Match blocks until ``deadline`` (None: all); True once all are done (then
        ``matched`` holds the result), else the next turn goes on."""
        run, index = self._run, self.index
        assert run is not None
        found = run.found if run.found is not None else array("i")
        run.found = found
        candidates = run.candidates
        while run.block < index.blocks:
            block, base = run.block, run.block * BLOCK
            if candidates is None:
                found.extend(index.match(block, run.words))
            else:
                lo = bisect_left(candidates, base)
                hi = bisect_left(candidates, base + BLOCK, lo)
                if lo < hi:
                    found.extend(index.match(block, run.words, candidates[lo:hi]))
            run.block += 1
            if deadline is not None and time.perf_counter() > deadline:
                break
        if run.block < index.blocks:
            self._more.start()
            return False
        self.matched, self._run = found, None
        return True
