"""A database that may only be read opens the window with every editing control off, saying
why; opening a writable one (File ▸ Open Database File…) turns them on again."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.conftest import REPORT_DAY
from tests.store.safety.test_faults import read_only
from tracker import config
from tracker.app import build_main_window
from tracker.ui.edit_gate import EditGate
from tracker.ui.main_window import MainWindow


def _editing_off(w: MainWindow) -> list[str]:
    """The editing controls that are on (none should be while read-only)."""
    m, roster, detail = w.menus, w.detail.roster_editor, w.detail
    controls = [
        m.new_mission,
        m.edit_mission,
        m.delete_mission,
        m.import_,
        m.update,
        m.automatic,
        roster.remove_action,
        roster.down_action,
        roster.add_button,
        roster.person_picker,
        detail.reschedule_button,
        detail.status_button,
    ]
    return [c.objectName() or c.text() for c in controls if c.isEnabled()]


def test_a_read_only_file_opens_the_window_with_editing_off_and_a_writable_one_turns_it_on(
    qtbot: QtBot, tmp_path: Path, template_db: Path, fresh_settings: None
) -> None:
    path = tmp_path / "ro.db"
    shutil.copyfile(template_db, path)
    writable = tmp_path / "rw.db"
    shutil.copyfile(template_db, writable)
    with read_only(path):
        w = build_main_window(str(path), REPORT_DAY)
        qtbot.addWidget(w)
        w.show()
        reason = w.service.read_only_reason
        assert reason is not None
        crew3 = next(r.id for r in w.model.rows() if r.name == "Crew-3")
        w.select_mission(crew3)
        w.detail.roster_editor.roster.selectRow(0)
        assert _editing_off(w) == []
        assert w.gate.label.isVisible() and w.gate.label.text() == f"Read-only: {reason}"
        assert w.menus.new_mission.statusTip() == f"Read-only: {reason}"
        assert w.menus.export.isEnabled() and w.menus.records.isEnabled()  # reading is fine
        assert w.feed.polling and w.feed.team is None  # a file: polled, as before

        with qtbot.waitSignal(w.service.database_changed, timeout=10_000):
            w.files.open_url(config.database_url(str(writable)))
        assert w.service.file_path == writable and w.service.read_only_reason is None
        assert w.gate.open and not w.gate.label.isVisible()
        assert w.database_label.text() == "Database: rw.db"
        w.select_mission(next(r.id for r in w.model.rows() if r.name == "Crew-5"))
        w.detail.roster_editor.roster.selectRow(0)
        on = _editing_off(w)
        assert "rescheduleButton" in on and "addCrewButton" in on and "&New Mission\u2026" in on
        assert w.menus.new_mission.statusTip() == ""  # the reason went with the gate
        assert w.feed.polling
        kikina = next(p.id for p in w.service.people() if p.name == "Anna Kikina")
        assert w.detail.roster_editor.add_person(kikina)  # and edits are made again
        w.close()


def test_a_control_its_own_code_enables_stays_off_while_the_gate_is_shut(qtbot: QtBot) -> None:
    gate = EditGate()
    button = QPushButton("Reschedule")
    button.setToolTip("Move the NET")
    qtbot.addWidget(button)
    gate.add_widgets(button)
    gate.set_reason("the database role reader may only read it")
    button.setEnabled(True)  # what the detail does for every mission it shows
    assert not button.isEnabled()
    assert "Move the NET" in button.toolTip() and "may only read" in button.toolTip()
    gate.set_reason(None)
    assert button.isEnabled() and button.toolTip() == "Move the NET"
    button.setEnabled(False)
    assert not button.isEnabled()  # open: its own code decides again
