"""What an import changed, one line per change, for the Changes panel and ``tracker changes``.

An import asked to record its changes (a sync always is) collects them here as it applies
the file and writes them to ``sync_change`` in its own transaction, so the list never
disagrees with the data: new launches, NETs moved, status changes, crews changed, webcasts
added. Not asked, it collects nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from sqlmodel import Session

from tracker import schedule
from tracker.store import dataset
from tracker.store.models import SyncChange
from tracker.vocabulary import TEXT_MAX, LaunchStatus, NetPrecision

Net = tuple[dt.datetime, NetPrecision]


def _net(net: Net) -> str:
    return schedule.format_net(*net)


class ChangeLog:
    """The changes of one import, written at its end (``write``)."""

    def __init__(self, at: dt.datetime, *, enabled: bool) -> None:
        self.at, self.enabled = at, enabled
        self.rows: list[dict[str, object]] = []

    def _add(self, uid: str, name: str, kind: str, detail: str) -> None:
        if self.enabled:
            self.rows.append(
                {
                    "at": self.at,
                    "mission_uid": uid,
                    "mission_name": name,
                    "kind": kind,
                    "detail": detail[:TEXT_MAX],
                }
            )

    def new(self, uid: str, name: str, net: Net, status: LaunchStatus) -> None:
        if self.enabled:  # a first import adds 100,000: no line to word when none is kept
            self._add(uid, name, dataset.NEW, f"New launch: NET {_net(net)}, {status.label}")

    def net(self, uid: str, name: str, before: Net, after: Net) -> None:
        if before != after:
            self._add(uid, name, dataset.NET, f"NET moved: {_net(before)} \u2192 {_net(after)}")

    def status(self, uid: str, name: str, before: LaunchStatus, after: LaunchStatus) -> None:
        if before is not after:
            self._add(uid, name, dataset.STATUS, f"Status: {before.label} \u2192 {after.label}")

    def crew(
        self,
        uid: str,
        name: str,
        before: Sequence[tuple[str, str]],
        after: Sequence[tuple[str, str]],
    ) -> None:
        """A roster of (person, role) that changed: who joined and who left (or, the same
        people, that roles or seats changed)."""
        if list(before) == list(after):
            return
        had, has = [p for p, _ in before], [p for p, _ in after]
        joined = [p for p in has if p not in had]
        left = [p for p in had if p not in has]
        parts = [f"+{p}" for p in joined] + [f"\u2212{p}" for p in left]
        detail = ", ".join(parts) if parts else "roles or order changed"
        self._add(uid, name, dataset.CREW, f"Crew: {detail}")

    def webcasts(self, uid: str, name: str, added: Sequence[tuple[str, str]]) -> None:
        """Webcasts (title, address) the mission did not have before, one row each."""
        for title, url in added:
            self._add(uid, name, dataset.WEBCAST, f"Webcast: {title or url} ({url})")

    def write(self, session: Session) -> None:
        """Insert the collected rows in the import's transaction (one ``executemany``)."""
        if self.rows:
            session.connection().execute(sa.insert(SyncChange), self.rows)
            self.rows = []
