"""NET moves and their history: the one place a slip is recorded.

``record_slip`` and ``shift_window`` are used by every writer that moves a NET (reschedule,
record edits, imports, sync), inside the writer's own transaction, so the history never
disagrees with the NET it explains. ``reschedule`` and ``undo_reschedule`` are the schedule
commands themselves.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from tracker import rules, schedule
from tracker.errors import ValidationError
from tracker.store.models import Mission, ScheduleChange
from tracker.store.uow import UnitOfWork, get
from tracker.vocabulary import REASON_MAX, NetPrecision

ACTION = "changing its NET"


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
    transaction, so the history never disagrees with the NET it explains.

    The history reads in the order changes were made, then written; a change is never
    recorded as made before the mission's last one. A simulated clock restarts at ``--now``
    with each command, so three reschedules "at" 12:00 could otherwise be stamped 12:00:00.2,
    12:00:00.01, 12:00:00.02 (the first command also created the database) and read in the
    wrong order, breaking the chain from one NET to the next.
    """
    assert m.id is not None
    last = session.exec(
        select(ScheduleChange.changed_at)
        .where(ScheduleChange.mission_id == m.id)
        .order_by(col(ScheduleChange.id).desc())
        .limit(1)
    ).first()
    if last is not None and last > when:
        when = last
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


def reschedule(
    uow: UnitOfWork,
    mission_id: int,
    net: dt.datetime,
    precision: NetPrecision | str,
    reason: str,
    expected_version: int | None,
    confirm: bool,
) -> int:
    """Move a mission's NET and record the move (the slip history); returns the change id.

    The change and the new NET are written together, so the history never disagrees
    with the NET it explains. A launch window moves with its NET.
    """
    new_net = rules.instant(net, "The new NET", required=True)
    assert new_net is not None
    new_precision = rules.choice(NetPrecision, precision, "NET precision")
    reason = rules.text(reason, "The reason", required=False, limit=REASON_MAX)
    with uow.write() as session:
        m = uow.mission_for_edit(session, mission_id, expected_version, confirm, ACTION)
        if m.net == new_net and m.net_precision is new_precision:
            raise ValidationError(
                f"{m.name} is already NET {schedule.format_net(new_net, new_precision)}"
            )
        previous = (m.net, m.net_precision)
        shift_window(m, new_net - m.net)
        m.net, m.net_precision = new_net, new_precision
        change = record_slip(session, m, *previous, reason, uow.clock())
        session.flush()
        assert change.id is not None
        return change.id


def undo_reschedule(uow: UnitOfWork, change_id: int, expected_version: int | None) -> None:
    """Take back a reschedule: restore the NET it replaced and forget the change.

    Only the mission's latest change can be taken back, and only while the NET is still
    the one it set; anything else would leave a history that does not add up.
    """
    with uow.write() as session:
        change = get(session, ScheduleChange, change_id, "schedule change")
        latest = session.exec(
            select(ScheduleChange.id)
            .where(ScheduleChange.mission_id == change.mission_id)
            .order_by(col(ScheduleChange.id).desc())  # the last written, whatever the clock
            .limit(1)
        ).first()
        m = uow.mission_for_edit(session, change.mission_id, expected_version, True, ACTION)
        if latest != change_id:
            raise ValidationError(
                f"{m.name} was rescheduled again since; undo the later change first"
            )
        rules.check_unchanged(
            m.name,
            m.net == change.new_net and m.net_precision is change.new_precision,
            "'s NET",
        )
        shift_window(m, change.previous_net - m.net)
        m.net, m.net_precision = change.previous_net, change.previous_precision
        session.delete(change)
