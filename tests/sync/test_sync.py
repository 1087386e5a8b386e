"""One sync against the replaying server: the first reads every upcoming launch, later ones
only what changed; slips and crew changes recorded, hand edits kept; a failure anywhere,
a cancel or a spent budget changes nothing; 429s stop every request until their time."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import content
from tests.sync.conftest import START, Wall
from tests.sync.server import LL2Server, Reply, bump
from tracker.errors import ImportCancelled
from tracker.store import dataset
from tracker.store.database import Database
from tracker.store.importing.ll2_apply import LL2_REASON
from tracker.store.repository import Repository
from tracker.sync.client import Endpoint
from tracker.sync.errors import SyncFailed
from tracker.sync.ledger import WINDOW, Ledger
from tracker.sync.run import SyncResult, run_sync, status_now
from tracker.vocabulary import NetPrecision

NEWEST = "2026-10-01T11:27:30Z"  # the sample's latest last_updated (Crew-13's)
SLIPPED_NET = "2026-10-03T14:40:00Z"


def sync(db: Database, endpoint: Endpoint, ledger: Ledger, wall: Wall, **kw: Any) -> SyncResult:
    return run_sync(db, endpoint, ledger, wall=wall, **kw)


def mission(db: Database, name: str) -> Any:
    repo = Repository(db, lambda: START)
    return repo.mission(repo.find_mission(name))


def play_update(server: LL2Server) -> None:
    """Upstream: Crew-13 slips two days and loses its last crew member."""
    crew13 = server.launch("Crew-13")
    crew13["net"] = SLIPPED_NET
    crew13["window_start"] = crew13["window_end"] = SLIPPED_NET
    stage = crew13["rocket"]["spacecraft_stage"][0]
    stage["launch_crew"] = stage["launch_crew"][:3]
    bump(crew13, "2026-10-02T08:00:00Z")


def test_a_first_sync_adds_the_upcoming_launches_with_their_crews(
    db: Database, server: LL2Server, endpoint: Endpoint, ledger: Ledger, wall: Wall
) -> None:
    result = sync(db, endpoint, ledger, wall)
    assert result.fetched and result.full and result.requests == 1
    assert (result.launches.added, result.launches.updated) == (5, 0)
    (seen,) = server.seen
    assert seen.query == {"mode": "detailed", "limit": "100"}
    crew13 = mission(db, "Crew-13")
    assert [c.name for c in crew13.crew] == [
        "Jessica Watkins",
        "Joshua Kutryk",
        "Luke Delaney",
        "Sergey Teteryatnikov",
    ]
    assert dataset.data_as_of(db) == START == result.data_as_of
    assert dataset.get_fact(db, dataset.LL2_WATERMARK) == NEWEST
    news = [c for c in dataset.changes_since(db) if c.kind == dataset.NEW]
    assert {c.mission_name for c in news} >= {"Crew-13", "Starlink Group 15-25"}
    assert ledger.used(START) == 1 and result.next_allowed is None


def test_an_update_records_the_slip_and_the_crew_change_and_asks_only_for_changes(
    db: Database, server: LL2Server, endpoint: Endpoint, ledger: Ledger, wall: Wall
) -> None:
    sync(db, endpoint, ledger, wall)
    play_update(server)
    when = wall.advance(hours=2)
    result = sync(db, endpoint, ledger, wall)
    assert result.fetched and not result.full
    assert server.seen[-1].query == {
        "mode": "detailed",
        "limit": "100",
        "last_updated__gte": NEWEST,
    }
    assert (result.launches.added, result.launches.updated) == (0, 1)  # Crew-13 alone
    assert result.slips == 1
    crew13 = mission(db, "Crew-13")
    assert crew13.net == dt.datetime(2026, 10, 3, 14, 40, tzinfo=dt.UTC)
    assert [c.name for c in crew13.crew] == ["Jessica Watkins", "Joshua Kutryk", "Luke Delaney"]
    (slip,) = crew13.history
    assert slip.reason == LL2_REASON and slip.changed_at == when
    latest = dataset.changes_since(db, when)
    assert {(c.mission_name, c.kind) for c in latest} == {
        ("Crew-13", dataset.NET),
        ("Crew-13", dataset.CREW),
    }
    assert dataset.get_fact(db, dataset.LL2_WATERMARK) == "2026-10-02T08:00:00Z"
    assert dataset.data_as_of(db) == when


def test_a_hand_edit_between_syncs_is_kept_and_reported(
    db: Database, server: LL2Server, endpoint: Endpoint, ledger: Ledger, wall: Wall
) -> None:
    sync(db, endpoint, ledger, wall)
    repo = Repository(db, wall)
    starlink = repo.find_mission("Starlink Group 15-25")
    mine = dt.datetime(2026, 10, 12, 1, 30, tzinfo=dt.UTC)
    repo.reschedule(starlink, mine, NetPrecision.MINUTE, "our own source")
    upstream = server.launch("Starlink Group 15-25")
    upstream["net"] = "2026-10-11T22:00:00Z"
    upstream["window_start"] = upstream["window_end"] = upstream["net"]
    bump(upstream, "2026-10-02T09:00:00Z")
    play_update(server)
    wall.advance(hours=2)
    result = sync(db, endpoint, ledger, wall)
    assert any("Starlink Group 15-25" in kept for kept in result.kept_local_edits)
    assert repo.mission(starlink).net == mine  # kept
    assert mission(db, "Crew-13").net == dt.datetime(2026, 10, 3, 14, 40, tzinfo=dt.UTC)


def test_every_page_is_read_before_one_import(
    db: Database, server: LL2Server, endpoint: Endpoint, ledger: Ledger, wall: Wall
) -> None:
    server.page_size = 2
    steps: list[tuple[str, int, int]] = []
    result = sync(db, endpoint, ledger, wall, progress=lambda *step: steps.append(step))
    assert result.requests == 3 and result.launches.added == 5
    assert [s.query.get("offset") for s in server.seen] == [None, "2", "4"]
    fetching = [s for s in steps if s[0] == "fetching"]
    assert fetching == [("fetching", 1, 3), ("fetching", 2, 3), ("fetching", 3, 3)]
    assert steps.index(fetching[-1]) < steps.index(next(s for s in steps if s[0] == "importing"))


FAILURES = {
    "server error at page 3": (Reply(500, b"<h1>oops</h1>"), "not working (HTTP 500)"),
    "malformed JSON": (Reply(200, b"{'results': [}"), "not valid JSON"),
    "truncated JSON": (Reply(200, b'{"count": 5, "next": null, "results": [{"id'), "not valid"),
    "connection cut": (Reply(200, json.dumps({"results": []}).encode(), cut=True), "broke off"),
    "a stall past the timeout": (Reply(stall=True), "timed out"),
    "a page that is not a page": (Reply.json({"detail": "?"}), "without a list of results"),
}


@pytest.mark.parametrize("case", FAILURES)
def test_a_failure_at_page_3_changes_nothing(
    db: Database, server: LL2Server, ledger: Ledger, wall: Wall, case: str
) -> None:
    reply, words = FAILURES[case]
    endpoint = Endpoint(server.base_url, connect_timeout=2.0, read_timeout=0.3)
    server.page_size = 2
    server.queued.extend([None, None, reply])
    before = content(db)
    with pytest.raises(SyncFailed) as caught:
        sync(db, endpoint, ledger, wall)
    assert words in str(caught.value)
    assert content(db) == before
    assert ledger.used(START) == 3  # the requests sent are counted all the same


def test_a_page_the_importer_refuses_changes_nothing(
    db: Database, server: LL2Server, endpoint: Endpoint, ledger: Ledger, wall: Wall
) -> None:
    server.launch("Crew-13")["net"] = "not a date"
    before = content(db)
    with pytest.raises(SyncFailed, match="cannot be imported: .*Crew-13.*net"):
        sync(db, endpoint, ledger, wall)
    assert content(db) == before


def test_a_looping_or_wandering_next_link_changes_nothing(
    db: Database, server: LL2Server, endpoint: Endpoint, ledger: Ledger, wall: Wall
) -> None:
    before = content(db)
    server.next_link = f"{server.base_url}/launches/upcoming/?mode=detailed&limit=100"
    with pytest.raises(SyncFailed, match="loop"):
        sync(db, endpoint, ledger, wall)
    server.next_link = "http://ll.example/2.3.0/launches/upcoming/?offset=100"
    with pytest.raises(SyncFailed, match="leaves"):
        sync(db, endpoint, ledger, wall)
    assert content(db) == before
    assert len(server.seen) == 2  # one page each; the links were never followed


def test_connection_refused_changes_nothing(db: Database, tmp_path: Path, wall: Wall) -> None:
    with LL2Server() as gone:
        url = gone.base_url
    ledger = Ledger(tmp_path / "ledger.sqlite", "127.0.0.1", 15)
    before = content(db)
    with pytest.raises(SyncFailed) as caught:
        sync(db, Endpoint(url), ledger, wall)
    assert caught.value.offline and "refused" in str(caught.value)
    assert content(db) == before


@pytest.mark.parametrize(
    ("reply", "wait", "asks_throttle"),
    [
        (Reply.json({"detail": "Throttled."}, 429, **{"Retry-After": "600"}), 600, False),
        (
            Reply.json(
                {"detail": "Request was throttled. Expected available in 754 seconds."}, 429
            ),
            754,
            False,
        ),
        (Reply.json({"detail": "Request was throttled."}, 429), 1200, True),  # /api-throttle/
    ],
    ids=["retry-after", "detail", "api-throttle"],
)
def test_a_429_stops_every_request_until_its_time(
    db: Database,
    server: LL2Server,
    endpoint: Endpoint,
    ledger: Ledger,
    wall: Wall,
    reply: Reply,
    wait: int,
    asks_throttle: bool,
) -> None:
    server.queued.append(reply)
    before = content(db)
    result = sync(db, endpoint, ledger, wall)
    until = START + dt.timedelta(seconds=wait)
    assert not result.fetched and result.throttled and result.next_allowed == until
    assert content(db) == before
    assert any(s.path.endswith("/api-throttle/") for s in server.seen) is asks_throttle
    sent = len(server.seen)
    wall.advance(seconds=wait - 1)  # a second early: nothing is sent
    again = sync(db, endpoint, ledger, wall)
    assert not again.fetched and again.requests == 0 and again.next_allowed == until
    assert len(server.seen) == sent
    wall.advance(seconds=1)
    assert sync(db, endpoint, ledger, wall).fetched


def test_a_simulated_hour_holds_the_budget_at_15(
    db: Database, server: LL2Server, endpoint: Endpoint, ledger: Ledger, wall: Wall
) -> None:
    """A sync every two minutes for an hour and a half: the first 15 go (one request each),
    the rest of the hour waits for the first request to be an hour old, then syncs resume."""
    outcomes: list[tuple[dt.datetime, SyncResult]] = []
    for _ in range(45):
        outcomes.append((wall(), sync(db, endpoint, ledger, wall)))
        wall.advance(minutes=2)
    first_hour = [o for at, o in outcomes if at < START + WINDOW]
    assert [o.fetched for o in first_hour] == [True] * 15 + [False] * 15
    assert all(o.next_allowed == START + WINDOW and o.requests == 0 for o in first_hour[15:])
    resumed_at, resumed = outcomes[30]
    assert resumed_at == START + WINDOW and resumed.fetched
    times = [at for at, o in outcomes if o.requests]
    for first in times:
        assert sum(first <= t < first + WINDOW for t in times) <= 15
    assert len(server.api_requests()) == len(times) == 30


def test_a_budget_spent_mid_sync_changes_nothing(
    db: Database, server: LL2Server, endpoint: Endpoint, tmp_path: Path, wall: Wall
) -> None:
    ledger = Ledger(tmp_path / "ledger.sqlite", "127.0.0.1", budget=2)
    server.page_size = 2
    before = content(db)
    result = sync(db, endpoint, ledger, wall)
    assert not result.fetched and not result.throttled and result.requests == 2
    assert result.next_allowed == START + WINDOW
    assert content(db) == before


def test_a_cancel_changes_nothing(
    db: Database, server: LL2Server, endpoint: Endpoint, ledger: Ledger, wall: Wall
) -> None:
    server.page_size = 2
    before = content(db)
    with pytest.raises(ImportCancelled):
        sync(db, endpoint, ledger, wall, cancelled=lambda: len(server.seen) >= 2)
    assert content(db) == before and len(server.seen) == 2


def test_nothing_new_upstream_still_says_the_data_is_current(
    db: Database, server: LL2Server, endpoint: Endpoint, ledger: Ledger, wall: Wall
) -> None:
    sync(db, endpoint, ledger, wall)
    server.launches = [x for x in server.launches if x["last_updated"] != NEWEST]
    later = wall.advance(hours=3)
    result = sync(db, endpoint, ledger, wall)
    assert result.fetched and result.launches.total == 0 and result.data_as_of == later
    assert dataset.data_as_of(db) == later
    assert dataset.get_fact(db, dataset.LL2_WATERMARK) == NEWEST


def test_a_launch_read_twice_across_pages_is_imported_once(
    db: Database, server: LL2Server, endpoint: Endpoint, ledger: Ledger, wall: Wall
) -> None:
    """Pages shift when launches change while they are read: the same launch may come on
    two pages; the later copy wins."""
    server.page_size = 3
    server.launches.insert(3, copy.deepcopy(server.launches[0]))
    result = sync(db, endpoint, ledger, wall)
    assert result.launches.added == 5 and result.launches.total == 5


def test_the_key_goes_only_in_the_header(
    db: Database, server: LL2Server, ledger: Ledger, wall: Wall, caplog: pytest.LogCaptureFixture
) -> None:
    key = "tok-5f1e2d3c4b5a"
    caplog.set_level("DEBUG")
    sync(db, Endpoint(server.base_url, token=key), ledger, wall)
    assert server.seen[0].headers["Authorization"] == f"Token {key}"
    assert all(key not in s.path and key not in str(s.query) for s in server.seen)
    assert key not in caplog.text
    assert db.path is not None
    for written in (db.path, db.path.with_name(db.path.name + "-wal"), ledger.path):
        assert not written.exists() or key.encode() not in written.read_bytes()


def test_the_window_starts_from_the_data_s_age_and_any_wait_in_force(
    db: Database, server: LL2Server, endpoint: Endpoint, ledger: Ledger, wall: Wall
) -> None:
    assert status_now(db, ledger, wall).text(wall(), dt.UTC) == "Data as of 27 Oct 2021 12:00 UTC"
    server.queued.append(Reply.json({}, 429, **{"Retry-After": "600"}))
    sync(db, endpoint, ledger, wall)
    other_process = Ledger(ledger.path, ledger.host, ledger.budget)
    assert status_now(db, other_process, wall).text(wall(), dt.UTC) == "Rate limited until 12:10"
