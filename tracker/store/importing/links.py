"""A launch's links from Launch Library 2: its own replace the last import's, hand-added stay.

For each kind the file gives (webcasts, information), the links LL2 gave before
(``from_ll2``) become exactly the file's: gone ones deleted, changed ones updated, new ones
added; a link added by hand is never touched, and an LL2 link with the same address as one
is not added (one address per mission). Rows that stay the same are not rewritten, so
importing the same file again changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from tracker.exchange.ll2_data import LinkData
from tracker.store.models import MissionLink
from tracker.vocabulary import LinkKind

Given = Mapping[LinkKind, tuple[LinkData, ...]]


def _values(link: LinkData) -> dict[str, Any]:
    return {"title": link.title, "priority": link.priority, "live": link.live}


COLUMNS = ("mission_id", "kind", "url", "title", "priority", "live")  # of ``new_rows``


def new_rows(mission_id: int, given: Given | None) -> list[tuple[Any, ...]]:
    """The link rows (``COLUMNS``) of a launch added by this import, for one bulk insert."""
    rows: list[tuple[Any, ...]] = []
    seen: set[str] = set()
    for kind, links in (given or {}).items():
        for link in links:
            if link.url not in seen:
                seen.add(link.url)
                rows.append((mission_id, kind, link.url, link.title, link.priority, link.live))
    return rows


@dataclass(frozen=True, slots=True)
class Replaced:
    changed: bool  # a link was added, changed or deleted
    added: tuple[LinkData, ...]  # the links the mission did not have


def replace(session: Session, mission_id: int, given: Given | None) -> Replaced:
    """Make the mission's LL2 links of each given kind the file's (see the module docstring)."""
    if not given:
        return Replaced(False, ())
    rows = session.exec(select(MissionLink).where(MissionLink.mission_id == mission_id)).all()
    held = {row.url: row for row in rows}
    wanted = {link.url for links in given.values() for link in links}
    changed = False
    for row in rows:
        if row.from_ll2 and row.kind in given and row.url not in wanted:
            session.delete(row)
            del held[row.url]
            changed = True
    added: list[LinkData] = []
    for kind, links in given.items():
        for link in links:
            old = held.get(link.url)
            if old is None:
                new = MissionLink(
                    mission_id=mission_id, kind=kind, url=link.url, from_ll2=True, **_values(link)
                )
                session.add(new)
                held[link.url] = new
                added.append(link)
                changed = True
            elif old.from_ll2 and (old.kind, old.title, old.priority, old.live) != (
                kind,
                link.title,
                link.priority,
                link.live,
            ):
                old.kind = kind
                for key, value in _values(link).items():
                    setattr(old, key, value)
                session.add(old)
                changed = True
    return Replaced(changed, tuple(added))
