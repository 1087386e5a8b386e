"""A mission's end, its links, patch and status reason: read from Launch Library 2, kept in
the records, carried by archives, edited by hand (issue 14: "Soyuz 1 reads 'Launch
Successful' like a routine flight"; DESIGN: webcast links one click away)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from tests.helpers import content, refused
from tracker.errors import ValidationError
from tracker.store.catalog import Catalog
from tracker.store.database import Database, open_database
from tracker.store.export import export_archive
from tracker.store.importing import import_data, import_file
from tracker.store.repository import Repository
from tracker.vocabulary import LandingOutcome, LinkKind

from .helpers import clock, sample

DETAILED = "launches_upcoming_detailed_v2.3.0.json"
HAND = "https://example.org/crew-13-coverage"


def detailed() -> Any:
    return json.loads(sample(DETAILED).read_text())


def _detail(db: Database, name: str) -> Any:
    repo = Repository(db, clock)
    return repo.mission(repo.find_mission(name))


def test_webcasts_and_information_links_come_in_order_with_the_patch(db: Database) -> None:
    import_file(db, sample(DETAILED), clock)
    crew13 = _detail(db, "Crew-13")
    assert [k.kind for k in crew13.links] == [LinkKind.WEBCAST] * 6 + [LinkKind.INFO]
    assert [k.priority for k in crew13.links[:6]] == [8, 9, 10, 11, 12, 13]
    assert [k.live for k in crew13.links[:6]] == [False, False, False, True, True, False]
    first = crew13.links[0]
    assert (first.url, first.title) == (
        "https://www.youtube.com/watch?v=7ZiUbT1-djA",
        "NASA's SpaceX Crew-13 Launch",
    )
    assert all(k.from_ll2 for k in crew13.links)
    starlink = _detail(db, "Starlink Group 15-25")
    assert [k.kind for k in starlink.links] == [LinkKind.WEBCAST, LinkKind.INFO]  # listed twice
    assert starlink.image_url.endswith("space2520x252_mission_patch_20221011205756.png")
    with db.engine.connect() as conn:
        portrait = conn.execute(
            sa.text("SELECT image_url FROM person WHERE name = 'Jessica Watkins'")
        ).scalar()
    assert portrait is not None and portrait.endswith(
        "jessica2520watkins_image_20200110161821.jpeg"
    )


def test_a_new_import_replaces_the_launch_links_and_keeps_those_added_by_hand(
    db: Database, tmp_path: Path
) -> None:
    import_file(db, sample(DETAILED), clock)
    crew13_id = Repository(db, clock).find_mission("Crew-13")
    with db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO missionlink (mission_id, kind, url, title, priority, live, from_ll2)"
                " VALUES (:m, 'info', :u, 'Our notes', 0, 0, 0)"
            ),
            {"m": crew13_id, "u": HAND},
        )
    data = detailed()
    videos = data["results"][0]["vid_urls"]
    gone = videos.pop(2)["url"]
    videos[0]["title"] = "Crew-13 launch (NASA)"
    videos.append(dict(videos[1], url="https://example.org/new-stream", priority=20))
    videos.append(dict(videos[1], url=HAND, title="theirs"))  # the hand link's address
    path = tmp_path / "later.json"
    path.write_text(json.dumps(data))
    report = import_data(db, data, clock, record_changes=True)
    crew13 = _detail(db, "Crew-13")
    urls = [k.url for k in crew13.links]
    assert gone not in urls and "https://example.org/new-stream" in urls
    assert crew13.links[0].title == "Crew-13 launch (NASA)"
    hand = next(k for k in crew13.links if k.url == HAND)
    assert (hand.title, hand.from_ll2) == ("Our notes", False)
    assert report.missions.updated == 1 and crew13.version == 2
    before = content(db)
    assert not import_file(db, path, clock).changed and content(db) == before


def test_an_address_not_on_the_web_is_left_out_and_said(db: Database) -> None:
    data = detailed()
    data["results"][0]["vid_urls"][0]["url"] = "javascript:alert(1)"
    data["results"][1]["mission_patches"][0]["image_url"] = "file:///etc/passwd"
    report = import_data(db, data, clock)
    assert report.missions.added == 5  # the launches themselves are sound
    assert len(_detail(db, "Crew-13").links) == 6
    assert _detail(db, "Starlink Group 15-25").image_url == ""
    left_out = [r for r in report.skipped_reasons if "web address" in r]
    assert len(left_out) == 2 and all(r.endswith("left out") for r in left_out)


def test_the_status_reason_comes_from_the_launch_and_a_hand_edit_stands(
    db: Database, tmp_path: Path
) -> None:
    data = detailed()
    data["results"][1]["failreason"] = "Upper level winds"
    import_data(db, data, clock)
    starlink_id = Repository(db, clock).find_mission("Starlink Group 15-25")
    assert _detail(db, "Starlink Group 15-25").status_reason == "Upper level winds"
    Catalog(Repository(db, clock)).update_mission(starlink_id, status_reason="Winds at altitude")
    data["results"][1]["failreason"] = "Weather"
    report = import_data(db, data, clock)
    assert _detail(db, "Starlink Group 15-25").status_reason == "Winds at altitude"
    assert any("kept status reason" in k for k in report.kept_local_edits)


def test_the_default_data_knows_how_missions_ended(repo: Repository) -> None:
    ends = {r.name: r.landing_outcome for r in repo.missions()}
    assert ends["Soyuz 1"] is LandingOutcome.CREW_LOST
    assert ends["Crew-2"] is ends["Soyuz MS-19"] is LandingOutcome.IN_ORBIT
    assert ends["Demo-2"] is LandingOutcome.LANDED and ends["Crew-3"] is None
    soyuz1 = repo.mission(repo.find_mission("Soyuz 1"))
    assert soyuz1.landing_outcome is LandingOutcome.CREW_LOST and soyuz1.landing is not None
    crew3 = repo.mission(repo.find_mission("Crew-3"))
    assert (crew3.launch_site, crew3.site_full) == (
        "KSC LC-39A",
        "Kennedy Space Center LC-39A, Florida",
    )
    assert (crew3.destination, crew3.destination_full) == ("ISS", "International Space Station")


def test_the_editor_sets_an_end_and_a_reason_and_refuses_an_end_before_launch(
    db: Database, repo: Repository
) -> None:
    catalog = Catalog(Repository(db, clock))
    crew2 = repo.find_mission("Crew-2")
    catalog.update_mission(
        crew2, confirm=True, landing_outcome="Landed", status_reason="Splashdown off Florida"
    )
    m = repo.mission(crew2)
    assert (m.landing_outcome, m.status_reason) == (LandingOutcome.LANDED, "Splashdown off Florida")
    crew3 = repo.find_mission("Crew-3")
    before_launch = r"Crew-3 has not launched yet \(Go for Launch\): its outcome cannot be Landed"
    refused(db, lambda: catalog.update_mission(crew3, landing_outcome="Landed"), ValidationError,
            before_launch)  # fmt: skip
    refused(db, lambda: catalog.update_mission(crew2, confirm=True, landing_outcome="Sunk"),
            ValidationError, "Outcome must be one of Landed, Crew lost, In orbit")  # fmt: skip
    catalog.update_mission(crew3, destination="International Space Station")  # one spelling
    assert repo.mission(crew3).destination == "ISS"


def test_an_archive_carries_ends_reasons_links_and_the_data_age(
    db: Database, tmp_path: Path
) -> None:
    import_file(db, sample(DETAILED), clock)
    Catalog(Repository(db, clock)).update_mission(
        Repository(db, clock).find_mission("Soyuz 1"), confirm=True, status_reason="Parachute"
    )
    path = tmp_path / "a.json"
    export_archive(db, path)
    data = json.loads(path.read_text())
    assert data["data_as_of"] == "2021-10-27T12:00:00Z"
    empty = open_database(f"sqlite:///{tmp_path / 'empty.db'}", seed=False)
    import_file(empty, path, clock)
    soyuz1 = _detail(empty, "Soyuz 1")
    assert (soyuz1.landing_outcome, soyuz1.status_reason) == (LandingOutcome.CREW_LOST, "Parachute")
    assert _detail(empty, "Crew-13").links == _detail(db, "Crew-13").links
    with empty.engine.connect() as conn:
        as_of = conn.execute(sa.text("SELECT value FROM dataset_info")).scalar()
    assert as_of == "2021-10-27T12:00:00+00:00"
    empty.dispose()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.org/a"])
def test_an_archived_link_that_is_not_a_web_address_is_left_out(
    db: Database, tmp_path: Path, url: str
) -> None:
    path = tmp_path / "a.json"
    export_archive(db, path)
    data = json.loads(path.read_text())
    crew3 = next(m for m in data["missions"] if m["name"] == "Crew-3")
    crew3["links"] = [{"kind": "webcast", "url": url, "title": "x", "priority": 1,
                       "live": False, "from_ll2": False}]  # fmt: skip
    crew3["updated_at"] = "2030-01-01T00:00:00Z"
    report = import_data(db, data, clock)
    assert _detail(db, "Crew-3").links == ()
    assert any("must be a web address" in n for n in report.notes)


def test_a_link_added_by_hand_is_checked_and_outlives_a_reimport(db: Database) -> None:
    import_file(db, sample(DETAILED), clock)
    repo = Repository(db, clock)
    crew13 = repo.find_mission("Crew-13")
    version = repo.mission(crew13).version
    added = repo.add_link(crew13, "webcast", HAND, "Our stream", expected_version=version)
    assert (added.priority, added.from_ll2) == (14, False)  # after LL2's last webcast
    assert repo.mission(crew13).version == version + 1
    refused(db, lambda: repo.add_link(crew13, "info", HAND), ValidationError,
            "already has a link to")  # fmt: skip
    refused(db, lambda: repo.add_link(crew13, "info", "javascript:alert(1)"), ValidationError,
            "must be a web address")  # fmt: skip
    import_file(db, sample(DETAILED), clock)
    assert HAND in [k.url for k in repo.mission(crew13).links]
    assert repo.remove_link(crew13, HAND) == added
    assert HAND not in [k.url for k in repo.mission(crew13).links]


def test_a_stray_control_in_a_title_or_reason_is_dropped_not_the_launch(db: Database) -> None:
    data = detailed()
    data["results"][0]["vid_urls"][0]["title"] = "NASA\u200f TV\x07"
    data["results"][0]["failreason"] = "Weather\u202e at the pad"
    data["results"][0]["vid_urls"][1]["url"] = "https://a.org/\u202egnp.exe"
    report = import_data(db, data, clock)
    crew13 = _detail(db, "Crew-13")
    assert report.missions.added == 5
    assert crew13.links[0].title == "NASA TV" and crew13.status_reason == "Weather at the pad"
    assert len(crew13.links) == 6  # the address with a bidi override left out, said
    assert any("vid_urls[1]" in r and "left out" in r for r in report.skipped_reasons)
