"""The window on a current team database: built from psycopg's quick reads before SQLAlchemy
loads, the same as a window built on the opened repository, listening from the start."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import REPORT_DAY
from tests.pg.test_team_window import settings_cleared  # noqa: F401 - a fixture
from tests.ui.test_quick_start import seen
from tests.ui.test_startup_imports import NOT_AT_START, SCRIPT
from tracker.app import build_main_window
from tracker.store import quick_read
from tracker.store.database import open_database
from tracker.store.repository import Repository


@pytest.mark.slow
def test_building_the_window_on_a_server_loads_no_sqlalchemy(pg_url: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, pg_url],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1])["modules"])
    assert "tracker.ui.main_window" in loaded and "psycopg" in loaded
    assert [m for m in NOT_AT_START if m in loaded] == []


@pytest.mark.usefixtures("settings_cleared")
def test_the_quick_window_shows_what_the_opened_one_does_and_hears_others_at_once(
    qtbot: QtBot, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patched:
        patched.setattr(quick_read.QuickReader, "open", classmethod(lambda cls, url: None))
        opened = build_main_window(pg_url, REPORT_DAY)  # the repository opened first
    qtbot.addWidget(opened)
    assert opened.service.opened
    before = seen(opened)
    opened.close()

    quick = build_main_window(pg_url, REPORT_DAY)
    qtbot.addWidget(quick)
    assert not quick.service.opened and quick.service.on_server
    assert seen(quick) == before
    assert before["banner"] == "Crew-3" and len(before["cells"]) == 10
    assert quick.feed.team is not None and quick.feed.team.listening  # before the first read

    desk = Repository(open_database(pg_url), lambda: REPORT_DAY)  # another desk's edit
    crew5, kikina = desk.find_mission("Crew-5"), desk.find_person("Anna Kikina")
    desk.add_crew(crew5, kikina, "Mission Specialist")
    qtbot.waitUntil(lambda: getattr(quick.model.mission(crew5), "crew_count", 0) == 3)
    desk.db.dispose()

    quick.show()  # the first paint: the people's read opens the repository
    qtbot.waitUntil(lambda: quick.service.opened, timeout=10_000)
    qtbot.waitUntil(lambda: quick.people_model.rowCount() > 0, timeout=10_000)
    crew3 = quick.service.mission(quick.model.next_id)
    quick.service.update_mission(crew3.id, crew3.version, name="Crew-3 (here)")
    qtbot.waitUntil(lambda: quick.banner.title.text() == "Crew-3 (here)", timeout=10_000)
    quick.close()
