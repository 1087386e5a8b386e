"""Back up, restore and outside changes, in the window, on real files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoCommand

from tests.conftest import REPORT_DAY
from tests.helpers import repo_of
from tracker.store import safety
from tracker.store.database import open_database
from tracker.store.repository import Repository
from tracker.ui.file_actions import Recovery, RecoveryDialog
from tracker.ui.main_window import MainWindow
from tracker.ui.mission_model import Column


def test_changes_made_elsewhere_show_up(window: MainWindow) -> None:
    other_db = open_database(repo_of(window).db.url)  # another writer, its own engine
    other = Repository(other_db, lambda: REPORT_DAY)
    crew5 = other.find_mission("Crew-5")
    other.add_crew(crew5, other.find_person("Anna Kikina"), "Mission Specialist")
    other_db.dispose()
    assert window.feed.check_outside_changes()
    row = window.model.row_for(crew5)
    assert window.model.index(row, Column.CREW).data() == "3"
    assert "elsewhere" in window.statusBar().currentMessage()


def test_own_edits_do_not_count_as_outside_changes(window: MainWindow) -> None:
    crew5 = repo_of(window).find_mission("Crew-5")
    window.select_mission(crew5)
    window.detail.roster_editor.add_person(repo_of(window).find_person("Anna Kikina"), "Pilot")
    assert not window.service.outside_changes()


def test_back_up_writes_a_sound_copy(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    assert window.files.write_backup(target) == target
    report = safety.check_file(target)
    assert report.ok and report.revision is not None
    copy = open_database(f"sqlite:///{target}")
    assert len(Repository(copy, lambda: REPORT_DAY).missions()) == 10
    copy.dispose()


def test_restore_puts_the_backup_in_place_and_shows_it(window: MainWindow, tmp_path: Path) -> None:
    backup = tmp_path / "before.db"
    window.files.write_backup(backup)
    crew3 = repo_of(window).find_mission("Crew-3")
    window.select_mission(crew3)
    window.service.remove_crew(crew3, repo_of(window).find_person("Kayla Barron"))
    assert window.model.index(window.model.row_for(crew3), Column.CREW).data() == "3"
    window.undo_stack.push(QUndoCommand("a step made before the restore"))
    repo_of(window).db.dispose()  # the test's own connections would make the file "in use"
    assert window.files.restore_from(backup)
    assert window.model.index(window.model.row_for(crew3), Column.CREW).data() == "4"
    assert window.undo_stack.count() == 0  # its steps were made against the replaced data
    assert "saved as" in window.statusBar().currentMessage()


def test_recovery_dialog_explains_and_offers_a_way_out(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "tracker.db"
    bad.write_text("not a database")
    dialog = RecoveryDialog(f"{bad} is not a SQLite database; it was left untouched", bad)
    qtbot.addWidget(dialog)
    dialog.open()
    assert "not a SQLite database" in dialog.informativeText()
    assert "not changed" in dialog.informativeText()
    labels = [b.text() for b in dialog.buttons()]
    assert "Open Another File\u2026" in labels and "Restore a Backup\u2026" in labels
    assert "Quit" in labels
    dialog.restore_button.click()
    assert dialog.choice() is Recovery.RESTORE  # the restore itself: tracker.app's to do
    assert bad.read_text() == "not a database"


def test_edit_against_a_stale_roster_is_refused_and_reloaded(window: MainWindow) -> None:
    other_db = open_database(repo_of(window).db.url)
    other = Repository(other_db, lambda: REPORT_DAY)
    crew3 = other.find_mission("Crew-3")
    other.remove_crew(crew3, other.find_person("Kayla Barron"))  # in another window
    other_db.dispose()
    kikina = repo_of(window).find_person("Anna Kikina")
    roster = window.detail.roster_editor
    assert not roster.add_person(kikina, "Pilot")  # this window still shows 4
    assert "changed elsewhere \u2014 reloaded" in roster.message_line.text()
    names = [c.name for c in roster.crew_model.members()]
    assert names == ["Raja Chari", "Thomas Marshburn", "Matthias Maurer"]
