"""``tracker sync`` and ``tracker changes`` as a user runs them against the local server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import Ran, content, run
from tests.sync.server import LL2Server, Reply
from tracker.store.database import open_database


@pytest.fixture(autouse=True)
def _own_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test its own state folder, so the ledger starts empty."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def tracker(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> Ran:
    return run(capsys, "--database", db_path, *args)


def db_digest(path: Path) -> str:
    db = open_database(f"sqlite:///{path}")
    try:
        return content(db)
    finally:
        db.dispose()


def test_sync_then_a_slip_then_changes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, server: LL2Server
) -> None:
    path = tmp_path / "tracker.db"
    first = tracker(capsys, path, "sync", "--ll2-url", server.base_url)
    assert first.status == 0, first.err
    assert "Synced upcoming launches from Launch Library 2 at 127.0.0.1 (1 request)" in first.out
    assert "5 added" in first.out

    crew13 = server.launch("Crew-13")
    crew13["net"] = crew13["window_start"] = crew13["window_end"] = "2026-10-03T14:40:00Z"
    crew13["last_updated"] = "2026-10-02T08:00:00Z"
    second = tracker(capsys, path, "sync", "--json", "--ll2-url", server.base_url)
    assert second.status == 0, second.err
    report = json.loads(second.out)
    assert report["status"] == "updated" and not report["full"]
    assert report["requests"] == 1 and report["slips"] == 1
    assert report["launches"] == {"added": 0, "updated": 1, "unchanged": 0, "skipped": 0}
    assert report["budget"] == {"per_hour": 15, "used": 2}
    assert report["next_allowed"] is None and report["data_as_of"].endswith("Z")

    changes = tracker(capsys, path, "changes")
    assert changes.status == 0
    lines = changes.out.splitlines()
    assert "Crew-13: NET moved:" in lines[0]  # newest first
    listed = json.loads(tracker(capsys, path, "changes", "--json").out)
    assert listed[0]["mission"] == "Crew-13" and listed[0]["kind"] == "net"
    assert {c["kind"] for c in listed} == {"new", "net"}
    since = json.loads(tracker(capsys, path, "changes", "--json", "--since", "2100-01-01").out)
    assert since == []


def test_the_budget_spent_fetches_nothing_and_exits_0(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    server: LL2Server,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRACKER_LL2_BUDGET", "1")
    path = tmp_path / "tracker.db"
    assert tracker(capsys, path, "sync", "--ll2-url", server.base_url).status == 0
    sent = len(server.seen)
    again = tracker(capsys, path, "sync", "--ll2-url", server.base_url)
    assert again.status == 0 and len(server.seen) == sent
    assert "Nothing fetched from 127.0.0.1: the request budget (1 an hour) is spent" in again.out
    assert "the next request is allowed at " in again.out
    report = json.loads(tracker(capsys, path, "sync", "--json", "--ll2-url", server.base_url).out)
    assert report["status"] == "waiting" and report["requests"] == 0
    assert report["next_allowed"] is not None


def test_a_429_is_reported_as_rate_limited_and_exits_0(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, server: LL2Server
) -> None:
    server.queued.append(Reply.json({"detail": "x"}, 429, **{"Retry-After": "900"}))
    path = tmp_path / "tracker.db"
    ran = tracker(capsys, path, "sync", "--json", "--ll2-url", server.base_url)
    assert ran.status == 0
    assert json.loads(ran.out)["status"] == "rate_limited"
    later = tracker(capsys, path, "sync", "--ll2-url", server.base_url)
    assert "Launch Library 2 rate-limits this address" in later.out
    assert len(server.seen) == 1


def test_with_the_server_down_one_line_exit_1_nothing_changed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, server: LL2Server
) -> None:
    path = tmp_path / "tracker.db"
    assert tracker(capsys, path, "next").status == 0  # the database exists
    before = db_digest(path)
    with LL2Server() as gone:
        url = gone.base_url
    ran = tracker(capsys, path, "sync", "--ll2-url", url)
    assert ran.status == 1 and ran.out == ""
    assert ran.err == (
        "tracker: sync failed: 127.0.0.1 refused the connection; nothing was changed\n"
    )
    assert db_digest(path) == before
    server.queued.append(Reply(503))
    failed = tracker(capsys, path, "sync", "--json", "--ll2-url", server.base_url)
    assert failed.status == 1 and json.loads(failed.out)["status"] == "failed"
    assert db_digest(path) == before


def test_the_key_from_the_environment_is_sent_and_never_printed(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    server: LL2Server,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = "key-from-env-77aa"
    monkeypatch.setenv("TRACKER_LL2_TOKEN", key)
    monkeypatch.setenv("TRACKER_LL2_URL", server.base_url)
    server.queued.append(Reply(401))
    ran = tracker(capsys, tmp_path / "tracker.db", "sync", "--json")
    assert server.seen[0].headers["Authorization"] == f"Token {key}"
    assert ran.status == 1 and "check the API key" in ran.err
    assert key not in ran.out + ran.err
    ok = tracker(capsys, tmp_path / "tracker.db", "sync", "--json")
    assert json.loads(ok.out)["budget"]["per_hour"] == 210


def test_a_bad_address_or_since_is_input_to_fix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "tracker.db"
    bad = tracker(capsys, path, "sync", "--ll2-url", "ftp://ll.example/2.3.0")
    assert bad.status == 2 and "not a Launch Library 2 address" in bad.err
    since = tracker(capsys, path, "changes", "--since", "yesterday-ish")
    assert since.status == 2 and "not a date and time" in since.err
