"""Rescheduling on a real SQLite file: one transaction that writes the NET and its history."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import REPORT_DAY
from tracker.errors import ConflictError, NeedsConfirmation, NotFound, ValidationError
from tracker.store.models import Mission
from tracker.store.repository import Repository
from tracker.vocabulary import NetPrecision

# Each test that uses a database runs on SQLite and on PostgreSQL (tests/store/conftest.py).
BOTH_BACKENDS = True

NOV3 = dt.datetime(2021, 11, 3, 5, 10, tzinfo=dt.UTC)
OCT31 = dt.datetime(2021, 10, 31, 6, 21, tzinfo=dt.UTC)


def crew3(repo: Repository) -> int:
    return repo.find_mission("Crew-3")


def test_reschedule_writes_change_and_moves_net(repo: Repository) -> None:
    mid = crew3(repo)
    before = repo.mission(mid)
    change_id = repo.reschedule(mid, NOV3, NetPrecision.MINUTE, "weather")
    after = repo.mission(mid)
    assert isinstance(change_id, int)
    assert after.net == NOV3 and after.net_precision is NetPrecision.MINUTE
    assert after.version == before.version + 1
    assert len(after.history) == len(before.history) + 1 == 2
    last = after.history[-1]
    assert (last.previous_net, last.previous_precision) == (OCT31, NetPrecision.MINUTE)
    assert (last.new_net, last.new_precision) == (NOV3, NetPrecision.MINUTE)
    assert last.changed_at == REPORT_DAY and last.reason == "weather"
    assert repo.mission_row(mid).slips == 2


def test_reschedule_converts_other_zones_to_utc(repo: Repository) -> None:
    mid = crew3(repo)
    berlin = NOV3.astimezone(dt.timezone(dt.timedelta(hours=1)))
    repo.reschedule(mid, berlin, NetPrecision.MINUTE, "")
    assert repo.mission(mid).net == NOV3


def test_precision_alone_is_a_change(repo: Repository) -> None:
    mid = crew3(repo)
    repo.reschedule(mid, OCT31, NetPrecision.SECOND, "confirmed to the second")
    assert repo.mission(mid).net_precision is NetPrecision.SECOND


def _snapshot(repo: Repository, mid: int) -> tuple[object, ...]:
    m = repo.mission(mid)
    return (m.net, m.net_precision, m.version, m.history)


@pytest.mark.parametrize(
    ("net", "precision", "reason", "message"),
    [
        (dt.datetime(2021, 11, 3, 5, 10), NetPrecision.MINUTE, "", "time zone"),
        (dt.datetime(2301, 1, 1, tzinfo=dt.UTC), NetPrecision.MINUTE, "", "1900 to 2200"),
        (dt.datetime(1899, 12, 31, tzinfo=dt.UTC), NetPrecision.DAY, "", "1900 to 2200"),
        (NOV3, NetPrecision.MINUTE, "x" * 2001, "too long"),
        (OCT31, NetPrecision.MINUTE, "no change", "already NET 2021-10-31 06:21 UTC"),
    ],
)
def test_refused_reschedule_changes_nothing(
    repo: Repository, net: dt.datetime, precision: NetPrecision, reason: str, message: str
) -> None:
    mid = crew3(repo)
    before = _snapshot(repo, mid)
    with pytest.raises(ValidationError, match=message):
        repo.reschedule(mid, net, precision, reason)
    assert _snapshot(repo, mid) == before


def test_stale_version_is_refused(repo: Repository) -> None:
    mid = crew3(repo)
    before = _snapshot(repo, mid)
    version = repo.mission(mid).version
    with pytest.raises(ConflictError):
        repo.reschedule(mid, NOV3, NetPrecision.MINUTE, "", expected_version=version - 1)
    assert _snapshot(repo, mid) == before
    repo.reschedule(mid, NOV3, NetPrecision.MINUTE, "", expected_version=version)


def test_flown_mission_needs_confirmation(repo: Repository) -> None:
    flown = next(r for r in repo.missions() if not r.status.is_pending)
    before = _snapshot(repo, flown.id)
    new = flown.net + dt.timedelta(days=1)
    with pytest.raises(NeedsConfirmation, match="changing its NET"):
        repo.reschedule(flown.id, new, flown.net_precision, "correction")
    assert _snapshot(repo, flown.id) == before
    repo.reschedule(flown.id, new, flown.net_precision, "correction", confirm=True)
    assert repo.mission(flown.id).net == new


def test_unknown_mission(repo: Repository) -> None:
    with pytest.raises(NotFound):
        repo.reschedule(99_999, NOV3, NetPrecision.MINUTE, "")


def test_undo_restores_and_forgets(repo: Repository) -> None:
    mid = crew3(repo)
    before = repo.mission(mid)
    change_id = repo.reschedule(mid, NOV3, NetPrecision.DAY, "weather")
    repo.undo_reschedule(change_id, expected_version=before.version + 1)
    after = repo.mission(mid)
    assert (after.net, after.net_precision, after.history) == (
        before.net,
        before.net_precision,
        before.history,
    )
    assert after.version == before.version + 2
    with pytest.raises(NotFound):
        repo.undo_reschedule(change_id)


def test_undo_only_the_latest_change(repo: Repository) -> None:
    mid = crew3(repo)
    first = repo.reschedule(mid, NOV3, NetPrecision.MINUTE, "weather")
    second = repo.reschedule(mid, NOV3 + dt.timedelta(days=1), NetPrecision.MINUTE, "crew")
    before = _snapshot(repo, mid)
    with pytest.raises(ValidationError, match="undo the later change first"):
        repo.undo_reschedule(first)
    assert _snapshot(repo, mid) == before
    repo.undo_reschedule(second)
    repo.undo_reschedule(first)
    assert repo.mission(mid).net == OCT31


def test_undo_refuses_a_stale_version(repo: Repository) -> None:
    mid = crew3(repo)
    change_id = repo.reschedule(mid, NOV3, NetPrecision.MINUTE, "weather")
    with pytest.raises(ConflictError):
        repo.undo_reschedule(change_id, expected_version=1)
    assert repo.mission(mid).net == NOV3


def test_launch_window_moves_with_the_net(repo: Repository) -> None:
    mid = crew3(repo)
    with repo.uow.write() as session:  # a window as an LL2 import would set it
        m = session.get(Mission, mid)
        assert m is not None
        m.window_start, m.window_end = OCT31, OCT31 + dt.timedelta(minutes=10)
        session.add(m)
    change_id = repo.reschedule(mid, NOV3, NetPrecision.MINUTE, "weather")
    m2 = repo.mission(mid)
    assert (m2.window_start, m2.window_end) == (NOV3, NOV3 + dt.timedelta(minutes=10))
    repo.undo_reschedule(change_id)
    m3 = repo.mission(mid)
    assert (m3.window_start, m3.window_end) == (OCT31, OCT31 + dt.timedelta(minutes=10))
