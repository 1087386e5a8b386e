"""The status bar's words for each state of the sync."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from tracker.sync.errors import SyncFailed
from tracker.sync.run import SyncResult
from tracker.sync.status import SyncStatus

NOW = dt.datetime(2026, 9, 30, 12, 5, tzinfo=dt.UTC)
UTC = dt.UTC


def at(hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 9, 30, hour, minute, tzinfo=dt.UTC)


def test_updated_and_next() -> None:
    status = SyncStatus().updated(at(12, 3), at(12, 3), at(12, 33))
    assert status.text(NOW, UTC) == "Updated 12:03 \u00b7 next 12:33"
    assert status.text(NOW, ZoneInfo("Europe/Berlin")) == "Updated 14:03 \u00b7 next 14:33"
    tomorrow = SyncStatus().updated(at(12, 3), at(12, 3), at(12, 3) + dt.timedelta(hours=12))
    assert tomorrow.text(NOW, UTC) == "Updated 12:03 \u00b7 next 1 Oct 00:03"


def test_offline_and_failed_say_how_old_the_data_is() -> None:
    default = SyncStatus(data_as_of=dt.datetime(2021, 10, 27, 12, 0, tzinfo=dt.UTC))
    offline = default.failed(SyncFailed("no route to ll.test", offline=True))
    assert offline.text(NOW, UTC) == "Offline \u2014 data as of 27 Oct 2021 12:00 UTC"
    assert offline.failures == 1 and offline.failure == "no route to ll.test"
    broken = offline.failed(SyncFailed("ll.test is not working (HTTP 503)"))
    assert broken.text(NOW, UTC).startswith("Update failed \u2014 data as of 27 Oct 2021")
    assert broken.failures == 2
    assert SyncStatus().failed(SyncFailed("x", offline=True)).text(NOW, UTC) == (
        "Offline \u2014 not updated yet"
    )


def test_rate_limited_until_and_budget_spent() -> None:
    limited = SyncStatus().waiting(at(12, 40), throttled=True)
    assert limited.text(NOW, UTC) == "Rate limited until 12:40"
    spent = SyncStatus().waiting(at(12, 40), throttled=False)
    assert spent.text(NOW, UTC) == "Request budget spent \u2014 next update 12:40"
    assert limited.text(at(12, 41), UTC) == "Not updated yet"  # the wait is over


def test_a_success_clears_failures_and_waits() -> None:
    status = SyncStatus().failed(SyncFailed("x", offline=True)).waiting(at(12, 40), throttled=True)
    status = status.updated(at(12, 41), at(12, 41), None)
    assert status.failures == 0 and status.waiting_until is None
    assert status.text(at(12, 42), UTC) == "Updated 12:41"


def test_before_any_sync_the_data_s_age() -> None:
    default = SyncStatus(data_as_of=dt.datetime(2021, 10, 27, 12, 0, tzinfo=dt.UTC))
    assert default.text(NOW, UTC) == "Data as of 27 Oct 2021 12:00 UTC"


def test_after_a_sync_that_returned() -> None:
    done = SyncResult(fetched=True, full=False, requests=1, data_as_of=at(12, 3))
    assert SyncStatus().after(done, at(12, 3), at(12, 33)).text(NOW, UTC) == (
        "Updated 12:03 \u00b7 next 12:33"
    )
    limited = SyncResult(
        fetched=False, full=False, requests=1, next_allowed=at(12, 40), throttled=True
    )
    assert SyncStatus().after(limited, at(12, 3), None).text(NOW, UTC) == (
        "Rate limited until 12:40"
    )
