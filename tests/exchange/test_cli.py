"""`tracker import` and `tracker export`, run in-process on real SQLite files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import LL2_SAMPLES, run


def test_import_prints_the_summary_and_again_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = ["--database", str(tmp_path / "t.db")]
    path = str(LL2_SAMPLES / "launches_upcoming_detailed_v2.3.0.json")
    code, out, err = run(capsys, *db, "import", path)
    assert code == 0, err
    assert "missions:  5 added, 0 updated, 0 unchanged, 0 skipped" in out
    code, out, _ = run(capsys, *db, "import", path)
    assert code == 0 and "missions:  0 added, 0 updated, 5 unchanged, 0 skipped" in out
    code, out, _ = run(capsys, *db, "crew", "show", "Crew-13")
    assert code == 0 and "Jessica Watkins" in out and "Sergey Teteryatnikov" in out
    code, out, _ = run(capsys, *db, "import", str(LL2_SAMPLES / "astronaut_detail_v2.1.0.json"))
    assert "Skipped:" in out and "Michael Collins: 2 flight(s)" in out


def test_export_then_import_into_an_empty_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    archive = tmp_path / "archive.json"
    code, out, err = run(capsys, "--database", str(tmp_path / "a.db"), "export", str(archive))
    assert code == 0, err
    assert out.startswith("Exported ") and json.loads(archive.read_text())["missions"]
    code, out, err = run(capsys, "--database", str(tmp_path / "a.db"), "import", str(archive))
    assert code == 0 and "missions:  0 added, 0 updated, 10 unchanged" in out


def test_bad_files_exit_2_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = ["--database", str(tmp_path / "t.db")]
    bad = tmp_path / "bad.json"
    bad.write_text("<html>not json</html>")
    code, out, err = run(capsys, *db, "import", str(bad))
    assert code == 2 and out == ""
    assert err == "tracker: bad.json is not a JSON file (line 1, column 1); nothing was imported\n"
    code, _, err = run(capsys, *db, "import", str(tmp_path / "missing.json"))
    assert code == 2 and err.count("\n") == 1 and "cannot read" in err
    code, _, err = run(capsys, *db, "export", str(tmp_path / "no" / "such" / "a.json"))
    assert code == 2 and err.count("\n") == 1 and "does not exist" in err
