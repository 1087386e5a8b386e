"""What an import did: the report it returns, the tally kept while it runs, its progress.

The report is plain data (no ORM, no Qt), so a worker thread may hand it to the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from tracker.errors import ImportCancelled
from tracker.exchange.fields import Refusal

KINDS = ("missions", "people", "vehicles", "agencies")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged + self.skipped


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did, per kind of record, and what it left alone and why."""

    source: str
    missions: Counts = Counts()
    people: Counts = Counts()
    vehicles: Counts = Counts()
    agencies: Counts = Counts()
    skipped_reasons: list[str] = field(default_factory=list)
    kept_local_edits: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    slips: int = 0  # NETs the import moved (each one a line in its mission's slip history)
    changes: int = 0  # lines recorded for the Changes panel (``record_changes``)

    @property
    def changed(self) -> bool:
        return any(getattr(self, k).added or getattr(self, k).updated for k in KINDS)

    def summary(self) -> str:
        lines = [f"Imported {self.source}:"]
        for kind in KINDS:
            c: Counts = getattr(self, kind)
            lines.append(
                f"  {kind + ':':<10} {c.added} added, {c.updated} updated, "
                f"{c.unchanged} unchanged, {c.skipped} skipped"
            )
        if self.slips:
            lines.append(f"  NETs moved: {self.slips}")
        for title, items in (
            ("Skipped", self.skipped_reasons),
            ("Kept local values (Launch Library 2 differs)", self.kept_local_edits),
            ("Notes", self.notes),
        ):
            if items:
                lines.append(f"{title}:")
                lines.extend(f"  - {item}" for item in items)
        return "\n".join(lines)


class Tally:
    """The mutable side of a report while the import runs."""

    def __init__(self) -> None:
        self.counts = {k: {"added": 0, "updated": 0, "unchanged": 0, "skipped": 0} for k in KINDS}
        self.skipped: list[str] = []
        self.kept: list[str] = []
        self.notes: list[str] = []
        self.slips = 0
        self.changes = 0

    def count(self, kind: str, outcome: str) -> None:
        self.counts[kind][outcome] += 1

    def refused(self, refusals: Iterable[Refusal]) -> None:
        """Records the file's reader left out, each counted as skipped with its reason."""
        for r in refusals:
            self.skipped.append(r.reason)
            self.count(r.kind, "skipped")

    def report(self, source: str) -> ImportReport:
        return ImportReport(
            source=source,
            **{k: Counts(**v) for k, v in self.counts.items()},
            skipped_reasons=list(self.skipped),
            kept_local_edits=list(self.kept),
            notes=list(self.notes),
            slips=self.slips,
            changes=self.changes,
        )


class Ticker:
    """Progress at most every ~1% of records, and the cancel check at every record."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total, self.done = total, 0
        self.step = max(1, total // 100)
        self.progress, self.cancelled = progress, cancelled
        if progress is not None:
            progress(0, total)

    def check(self) -> None:
        """Stop here, changing nothing, when the user has asked to cancel."""
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled("import cancelled; nothing was changed")

    def tick(self) -> None:
        self.check()
        self.done += 1
        if self.progress is not None and (self.done % self.step == 0 or self.done == self.total):
            self.progress(self.done, self.total)
