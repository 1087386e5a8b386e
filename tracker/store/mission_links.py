"""Links added by hand to a mission: a webcast or a page Launch Library 2 does not list.

They sit beside the links an import brings and outlive every re-import (which replaces only
its own, ``tracker.store.importing.links``). One address once per mission; only web
addresses (``rules.web_address``), since the window opens them with one click. Adding or
removing one is an edit of the mission: one transaction, its version checked and bumped.
"""

from __future__ import annotations

from sqlmodel import select

from tracker import rules
from tracker.errors import NotFound, ValidationError
from tracker.store.models import MissionLink
from tracker.store.records import LinkRow
from tracker.store.uow import UnitOfWork
from tracker.vocabulary import NAME_MAX, LinkKind


def add(
    uow: UnitOfWork,
    mission_id: int,
    kind: LinkKind | str,
    url: str,
    title: str = "",
    expected_version: int | None = None,
) -> LinkRow:
    """Add a link by hand (after the others of its kind); returns it as the detail shows it."""
    link_kind = rules.choice(LinkKind, kind, "Link kind")
    address = rules.web_address(url, "The address")
    name = rules.text(title, "The title", required=False, limit=NAME_MAX)
    with uow.write() as session:
        m = uow.mission(session, mission_id, expected_version)
        taken = session.exec(
            select(MissionLink).where(MissionLink.mission_id == m.id, MissionLink.url == address)
        ).first()
        if taken is not None:
            raise ValidationError(f"{m.name} already has a link to {address}")
        last = session.exec(
            select(MissionLink.priority).where(
                MissionLink.mission_id == m.id, MissionLink.kind == link_kind
            )
        ).all()
        priority = max(last, default=0) + 1
        session.add(
            MissionLink(
                mission_id=mission_id, kind=link_kind, url=address, title=name, priority=priority
            )
        )
        uow.touch(m)
        return LinkRow(link_kind, address, name, priority, live=False, from_ll2=False)


def remove(
    uow: UnitOfWork, mission_id: int, url: str, expected_version: int | None = None
) -> LinkRow:
    """Remove a link (by hand or from an import: the next import brings its own back);
    returns what it was, for undo."""
    with uow.write() as session:
        m = uow.mission(session, mission_id, expected_version)
        link = session.exec(
            select(MissionLink).where(MissionLink.mission_id == m.id, MissionLink.url == url)
        ).first()
        if link is None:
            raise NotFound(f"{m.name} has no link to {url}")
        session.delete(link)
        uow.touch(m)
        return LinkRow(link.kind, link.url, link.title, link.priority, link.live, link.from_ll2)
