"""The window starts without what its first paint does not need (issue 20: start-up time).

The HTTP stack, the sync runner, the statistics and their charts, the pages, the team
dialog, the help dialogs and the import machinery are imported when first used, not while
the main window is built; on a current database file, so are SQLAlchemy and the
repository: each import here costs the user's start. A fresh process is the only place to
see it (the test session has imported everything long before).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tracker import config
from tracker.store.database import open_database

# Modules the first paint does not need, by why they are heavy.
NOT_AT_START = (
    "httpx",  # the image fetcher's and the sync client's HTTP stack
    "tracker.sync.client",
    "tracker.sync.run",  # the sync, with the importer
    "tracker.store.importing",
    "tracker.ui.statistics_view",  # View ▸ Statistics: charts and the statistics
    "tracker.ui.charts",
    "tracker.stats",
    "tracker.ui.pages",  # the pages window and its views
    "tracker.ui.pages_view",
    "tracker.ui.team_dialog",  # File ▸ Open Team Database…
    "tracker.ui.help_dialogs",
    "tracker.ui.clock_dialog",
    "tracker.ui.import_export",
    "alembic",  # only when a migration is due
    "tracker.store.server",  # a team database's: not for a file
    "tracker.store.notify",
    # A current file's first paint is read with sqlite3 (quick_read); the repository, with
    # SQLAlchemy and SQLModel (0.4-0.5 s), opens after it.
    "sqlalchemy",
    "sqlmodel",
    "tracker.store.models",
    "tracker.store.repository",
)

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication
    from tracker.app import build_main_window

    app = QApplication(sys.argv[:1])
    window = build_main_window(sys.argv[1], "2021-10-27T12:00:00Z")
    actions = [a.text() for a in window.findChildren(type(window.menus.update))]
    print(json.dumps({"modules": sorted(sys.modules), "actions": actions}))
    """
)


@pytest.mark.slow
def test_building_the_window_imports_nothing_the_first_paint_does_not_need(
    tmp_path: Path,
) -> None:
    db = tmp_path / "start.db"
    open_database(config.database_url(str(db))).dispose()  # made and migrated: as on a 2nd start
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    loaded = set(result["modules"])
    assert "tracker.ui.main_window" in loaded  # the window was built
    assert [m for m in NOT_AT_START if m in loaded] == []
    # ... while every action exists from the start (Help ▸ Keyboard Shortcuts lists them)
    texts = set(result["actions"])
    assert {"&Statistics\u2026", "Open &Team Database\u2026", "&Import\u2026"} <= texts
