"""A database the window cannot write: the refusal is a message in place, never a
traceback, and nothing changes."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import REPORT_DAY
from tests.helpers import digest
from tests.store.safety.test_faults import read_only
from tracker.app import build_main_window


def test_an_edit_on_a_read_only_database_is_refused_in_place(
    qtbot, tmp_path: Path, template_db: Path, fresh_settings: None
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ro.db"
    shutil.copyfile(template_db, path)
    before = digest(path)
    with read_only(path):
        window = build_main_window(str(path), REPORT_DAY)
        qtbot.addWidget(window)
        window.show()
        crew5 = next(r.id for r in window.model.rows() if r.name == "Crew-5")
        window.select_mission(crew5)
        editor = window.detail.roster_editor
        kikina = next(p.id for p in window.service.people() if p.name == "Anna Kikina")
        assert not editor.add_person(kikina, "Mission Specialist")
        message = editor.message_line.text()
        assert "read-only" in message or "read only" in message, message
        assert "Traceback" not in message and "sqlalche" not in message
        window.close()
    assert digest(path) == before
