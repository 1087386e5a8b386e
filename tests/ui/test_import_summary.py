"""The import summary: a table of what the import did, the reasons for what it skipped, and
"Undo this import" (one step on the undo stack, allowed while nothing else changed)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import Qt

from tests.helpers import LL2_SAMPLES, content, repo_of
from tracker.store import safety
from tracker.ui.import_export import ImportRunner, start_import
from tracker.ui.import_summary import KINDS, OUTCOMES, ImportSummaryDialog
from tracker.ui.main_window import MainWindow
from tracker.vocabulary import NetPrecision

SAMPLE = LL2_SAMPLES / "launches_upcoming_detailed_v2.3.0.json"


def a_file_with_a_bad_launch(tmp_path: Path) -> Path:
    """The sample, with one launch whose name carries a bidi override (refused, skipped)."""
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["results"][-1]["name"] = "Evil \u202e launch"
    path = tmp_path / "upcoming.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def imported(qtbot, window: MainWindow, path: Path) -> ImportSummaryDialog:  # type: ignore[no-untyped-def]
    runner: ImportRunner = start_import(window, window.service, path, window.undo_stack)
    with qtbot.waitSignal(runner.done, timeout=20_000):
        pass
    dialog = window.findChild(ImportSummaryDialog, "importSummary")
    assert isinstance(dialog, ImportSummaryDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_the_summary_is_a_table_with_the_reasons_listed(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    runner = start_import(
        window, window.service, a_file_with_a_bad_launch(tmp_path), window.undo_stack
    )
    with qtbot.waitSignal(runner.imported, timeout=20_000) as outcome:
        pass
    report = outcome.args[0]
    dialog = window.findChild(ImportSummaryDialog, "importSummary")
    assert isinstance(dialog, ImportSummaryDialog) and dialog.isVisible()
    model = dialog.table.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Added",
        "Updated",
        "Unchanged",
        "Skipped",
    ]
    for row, (kind, _label) in enumerate(KINDS):
        for column, (outcome_name, _title) in enumerate(OUTCOMES):
            expected = getattr(getattr(report, kind), outcome_name)
            assert model.index(row, column).data() == str(expected)
    assert report.missions.added >= 1 and report.missions.skipped == 1
    assert dialog.details.isVisible()
    text = dialog.details.toPlainText()
    assert text.startswith("Skipped, and why:")
    assert all(reason in text for reason in report.skipped_reasons)


def test_undo_this_import_puts_back_the_database_as_it_was(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    db = repo_of(window).db
    before, shown = content(db), window.model.total
    dialog = imported(qtbot, window, SAMPLE)
    after = content(db)
    assert after != before and window.model.total > shown
    assert window.undo_stack.undoText().startswith("Import launches_upcoming_detailed")
    assert safety.backups(window.service.file_path, "before-import")
    assert dialog.undo_import()
    assert content(db) == before
    assert window.model.total == shown
    assert not dialog.undo_button.isEnabled()
    window.redo_action.trigger()  # and again
    assert content(db) == after
    window.undo_action.trigger()  # Edit ▸ Undo does the same
    assert content(db) == before


def test_an_import_cannot_be_undone_once_something_else_changed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    db = repo_of(window).db
    dialog = imported(qtbot, window, SAMPLE)
    crew5 = repo_of(window).find_mission("Crew-5")
    window.service.reschedule(  # a change made meanwhile, as another window would
        crew5, dt.datetime(2022, 10, 5, tzinfo=dt.UTC), NetPrecision.DAY, "assigned"
    )
    changed = content(db)
    assert not dialog.undo_import()
    assert dialog.message.isVisible()
    assert "changed since" in dialog.message.text()
    assert "File \u25b8 Restore a Backup" in dialog.message.text()
    assert content(db) == changed, "nothing was undone"
    assert dialog.undo_button.isEnabled()
