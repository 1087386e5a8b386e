"""NET moves and their history: the one place a slip is recorded.

Used by every writer that moves a NET (reschedule, record edits, imports, sync), inside the
writer's own transaction, so the history never disagrees with the NET it explains.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from tracker.store.models import Mission, ScheduleChange
from tracker.vocabulary import NetPrecision


def shift_window(m: Mission, delta: dt.timedelta) -> None:
    """Move the launch window with the NET, so the detail view never shows a stale window."""
    if m.window_start is not None:
        m.window_start += delta
    if m.window_end is not None:
        m.window_end += delta


def record_slip(
    session: Session,
    m: Mission,
    previous_net: dt.datetime,
    previous_precision: NetPrecision,
    reason: str,
    when: dt.datetime,
) -> ScheduleChange:
    """Add the slip-history row for a NET that just moved on ``m``, in the caller's
    transaction, so the history never disagrees with the NET it explains."""
    assert m.id is not None
    change = ScheduleChange(
        mission_id=m.id,
        previous_net=previous_net,
        previous_precision=previous_precision,
        new_net=m.net,
        new_precision=m.net_precision,
        changed_at=when,
        reason=reason,
    )
    session.add(change)
    return change
