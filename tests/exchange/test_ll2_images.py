"""Pictures from Launch Library 2: a vehicle's (its configuration's image) and an agency's
logo, read from every version's shape; only web addresses are kept (issue 18: images shown
in the pages, fetched by address)."""

from __future__ import annotations

import copy
import json
from typing import Any

import sqlalchemy as sa

from tracker.exchange import ll2
from tracker.store.database import Database
from tracker.store.importing import import_file

from .helpers import clock, sample

DETAILED = "launches_upcoming_detailed_v2.3.0.json"
IMAGES = "https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/"


def detailed() -> Any:
    return json.loads(sample(DETAILED).read_text())


def test_2_3_vehicles_carry_their_configurations_image_and_agencies_their_logo() -> None:
    batch = ll2.parse(detailed())
    crew13 = next(x for x in batch.launches if x.name == "Crew-13")
    assert crew13.launcher is not None and crew13.spacecraft is not None
    assert crew13.launcher.image_url == IMAGES + "falcon_9_image_20230807133459.jpeg"
    assert crew13.spacecraft.image_url == IMAGES + "spacex_dm-2_cre_image_20200504065311.jpeg"
    assert crew13.operator is not None
    assert crew13.operator.image_url == IMAGES + "spacex_logo_20220826094919.png"  # not its photo
    assert crew13.launcher.operator is not None
    assert crew13.launcher.operator.image_url == crew13.operator.image_url
    assert not [n for n in batch.skipped if "address" in n]


def test_2_2_spacecraft_and_agencies_give_bare_addresses() -> None:
    data = json.loads(sample("spacecraft_v2.2.0.json").read_text())
    record = data["results"][0] if "results" in data else data
    record["spacecraft_config"]["agency"]["logo_url"] = "https://example.com/spacex.png"
    (craft,) = ll2.parse(data).vehicles
    assert craft.image_url is not None and craft.image_url.endswith(
        "spacex_dm-2_cre_image_20200504065311.jpeg"
    )
    assert craft.operator is not None
    assert craft.operator.image_url == "https://example.com/spacex.png"


def test_a_record_without_pictures_leaves_them_unsaid() -> None:
    """None, not "": an import must not clear a picture an earlier one gave."""
    batch = ll2.parse(json.loads(sample("launches_upcoming_v2.2.0.json").read_text()))
    (launch,) = batch.launches
    assert launch.launcher is not None and launch.launcher.image_url is None
    assert launch.operator is not None and launch.operator.image_url is None


def test_an_agency_without_a_logo_shows_its_picture() -> None:
    data = detailed()
    for launch in data["results"]:
        launch["launch_service_provider"]["logo"] = None
    crew13 = next(x for x in ll2.parse(data).launches if x.name == "Crew-13")
    assert crew13.operator is not None
    assert crew13.operator.image_url == IMAGES + "falcon_9_image_20230807133459.jpeg"


def test_what_is_not_a_web_address_is_left_out_and_said_the_launch_stays() -> None:
    data = detailed()
    launch = next(x for x in data["results"] if x["name"].endswith("Crew-13"))
    launch["rocket"]["configuration"]["image"] = {"image_url": "javascript:alert(1)"}
    stage = launch["rocket"]["spacecraft_stage"][0]["spacecraft"]["spacecraft_config"]
    stage["image"] = {"image_url": 42}
    provider = copy.deepcopy(launch["launch_service_provider"])
    provider["logo"] = "file:///etc/passwd"
    launch["launch_service_provider"] = provider
    batch = ll2.parse(data)
    crew13 = next(x for x in batch.launches if x.name == "Crew-13")
    assert crew13.launcher is not None and crew13.launcher.image_url == ""
    assert crew13.spacecraft is not None and crew13.spacecraft.image_url == ""
    assert crew13.operator is not None and crew13.operator.image_url == ""
    said = [n for n in batch.skipped if "left out" in n and "Crew-13" in n]
    assert any('"image_url"' in n and "web address" in n for n in said)
    assert any("expected an address, found the number 42" in n for n in said)
    assert any('"logo"' in n for n in said)


# --- imported ---------------------------------------------------------------------------------


def _pictures(db: Database, table: str) -> dict[str, str]:
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text(f"SELECT name, image_url FROM {table}")).all()
    return {name: url for name, url in rows}


def _crew13_spacecraft(db: Database) -> str:
    with db.engine.connect() as conn:
        return str(
            conn.execute(
                sa.text(
                    "SELECT v.name FROM mission m JOIN vehicle v ON v.id = m.spacecraft_id "
                    "WHERE m.name = 'Crew-13'"
                )
            ).scalar_one()
        )


def test_an_import_fills_vehicle_pictures_and_agency_logos(db: Database) -> None:
    assert set(_pictures(db, "vehicle").values()) == {""}  # the default data has none
    import_file(db, sample(DETAILED), clock)
    vehicles, agencies = _pictures(db, "vehicle"), _pictures(db, "agency")
    assert vehicles["Falcon 9 Block 5"] == IMAGES + "falcon_9_image_20230807133459.jpeg"
    assert vehicles[_crew13_spacecraft(db)] == (
        IMAGES + "spacex_dm-2_cre_image_20200504065311.jpeg"
    )
    assert agencies["SpaceX"] == IMAGES + "spacex_logo_20220826094919.png"
    assert vehicles["Soyuz MS"] == ""  # not in the file: left alone


def test_an_address_set_here_stands_when_the_file_is_imported_again(db: Database) -> None:
    import_file(db, sample(DETAILED), clock)
    mine = "https://example.org/my-falcon.jpg"
    with db.engine.begin() as conn:  # as an edit by hand would leave it
        conn.execute(
            sa.text("UPDATE vehicle SET image_url = :u WHERE name = 'Falcon 9 Block 5'"),
            {"u": mine},
        )
    import_file(db, sample(DETAILED), clock)
    assert _pictures(db, "vehicle")["Falcon 9 Block 5"] == mine
    assert _pictures(db, "agency")["SpaceX"] == IMAGES + "spacex_logo_20220826094919.png"
