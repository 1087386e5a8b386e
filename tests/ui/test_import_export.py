"""File > Import in the window: a worker thread, progress, cancel that changes nothing."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import LL2_SAMPLES, content, repo_of
from tracker.ui.import_export import ImportRunner, export_to, start_import
from tracker.ui.main_window import MainWindow

SAMPLE = LL2_SAMPLES / "launches_upcoming_detailed_v2.3.0.json"


def test_import_runs_in_the_background_and_refreshes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = window.model.rowCount()
    runner: ImportRunner = start_import(window, window.service, SAMPLE, window.undo_stack)
    with qtbot.waitSignal(runner.done, timeout=20_000) as outcome:
        pass
    assert "added" in outcome.args[0]
    assert window.model.rowCount() > before
    names = [r.name for r in window.model.rows()]
    crewed = [r for r in window.model.rows() if r.crew_count and r.name not in names[:10]]
    assert crewed, "the crewed flights of the sample show their crews"


def test_cancelled_import_changes_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = content(repo_of(window).db)
    runner = ImportRunner(window, window.service, SAMPLE, window.undo_stack)
    runner.worker.cancel_requested.set()
    with qtbot.waitSignal(runner.done, timeout=20_000) as outcome:
        runner.start()
    assert outcome.args[0] == "Import cancelled: nothing was changed."
    assert content(repo_of(window).db) == before


def test_a_file_that_is_not_json_is_refused(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    before = content(repo_of(window).db)
    runner = start_import(window, window.service, bad, window.undo_stack)
    with qtbot.waitSignal(runner.done, timeout=20_000) as outcome:
        pass
    assert outcome.args[0].startswith("Nothing was imported:")
    assert content(repo_of(window).db) == before


def test_export_writes_the_archive(window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    count = export_to(window, window.service, target)
    assert count and count > 10 and target.stat().st_size > 1000
