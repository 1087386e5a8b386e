"""Test set-up: never touch the user's real data folder; Qt runs offscreen.

Set before anything imports platformdirs or Qt, so every test sees temporary XDG folders.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_XDG_ROOT = Path(tempfile.mkdtemp(prefix="tracker-tests-xdg-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_XDG_ROOT / _name.lower())
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANGUAGE"] = "en"  # the window in English whatever the locale (tests may pick one)
os.environ.pop("TRACKER_DATABASE_URL", None)
os.environ.pop("TRACKER_NOW", None)

REPORT_DAY = dt.datetime(2021, 10, 27, 12, 0, tzinfo=dt.UTC)

_connect = socket.socket.connect


def _this_computer_only(self: socket.socket, address: Any) -> None:
    """Tests reach no network: a connection anywhere but this computer is refused at once
    (an imported mission's patch, say, would otherwise be fetched from its real host)."""
    host = address[0] if isinstance(address, tuple) else None
    if host is not None and host != "localhost":
        try:
            local = ipaddress.ip_address(host).is_loopback
        except ValueError:
            local = False
        if not local:
            raise ConnectionRefusedError(f"tests reach no network (asked for {host})")
    _connect(self, address)


socket.socket.connect = _this_computer_only  # type: ignore[method-assign]

# The slow tests, marked ``slow`` here so that ``pytest -m "not slow"`` is a quick loop and the
# test files need no mark of their own: a module (all its tests) or one test (all its
# parameters), by node id from the repository root. An entry that names no test stops the run.
SLOW = (
    # child processes: crash and kill tests, writers side by side, the CLI as a real process
    "tests/store/safety/test_crash.py",
    "tests/store/safety/test_two_writers.py",
    "tests/store/safety/test_backups.py::test_restore_over_a_crashed_writer_keeps_its_log_out_of_the_new_file",
    "tests/store/safety/test_watch.py::test_a_commit_by_another_process_is_noticed_once",
    "tests/store/safety/test_restore_race.py::test_a_restore_racing_two_writers_loses_no_acknowledged_edit",
    "tests/cli/test_cli.py::test_version_and_help_as_a_real_process",
    "tests/cli/test_entry.py::test_next_does_not_load_qt",
    "tests/ui/test_clock_mode.py::test_tracker_clock_mode_ticks_and_esc_ends_the_process",
    "tests/packaging/test_resources.py::test_importing_icons_alone_registers_the_resources",
    "tests/packaging/test_translations.py::test_importing_i18n_alone_registers_the_translations",
    "tests/cli/test_entry.py::test_python_m_tracker_runs_a_command",
    # Hypothesis at length: a thousand crew commands, hundreds of mutated files
    "tests/store/safety/test_bad_input.py",
    "tests/exchange/test_malformed.py",
    # imports of thousands of rows
    "tests/exchange/test_importer_bulk.py::test_more_launches_than_a_batch_match_their_people_and_import_again_unchanged",
    "tests/exchange/test_importer_bulk.py::test_cancel_after_batches_were_written_changes_nothing",
    # the benchmark runner at a tiny N (it starts the app in processes)
    "tests/benchmarks/test_smoke.py::test_runner_produces_every_figure",
    # packaging tools run as programs: rcc, desktop-file-validate, appstreamcli
    "tests/packaging/test_resources.py::test_compiled_file_is_what_rcc_makes_now",
    "tests/packaging/test_desktop.py::test_entries_pass_desktop_file_validate",
    "tests/packaging/test_desktop.py::test_metainfo_passes_appstreamcli_validate",
)


@pytest.hookimpl(tryfirst=True)  # before -m deselects by marker
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests that SLOW lists; refuse a SLOW entry that names no test."""
    stale = [entry for entry in SLOW if not _names_a_test(config.rootpath, entry)]
    if stale:
        raise pytest.UsageError(f"tests/conftest.py SLOW names no test: {', '.join(stale)}")
    for item in items:
        module, _, rest = item.nodeid.partition("::")
        function = rest.partition("[")[0]
        if module in SLOW or f"{module}::{function}" in SLOW:
            item.add_marker(pytest.mark.slow)


def _names_a_test(root: Path, entry: str) -> bool:
    """Whether the module exists and, for a single test, defines it (read, not imported)."""
    module, _, function = entry.partition("::")
    path = root / module
    if not path.is_file():
        return False
    return not function or f"def {function}(" in path.read_text(encoding="utf-8")


def pytest_unconfigure(config: pytest.Config) -> None:
    """The temporary XDG folders go with the session."""
    shutil.rmtree(_XDG_ROOT, ignore_errors=True)


@pytest.hookimpl(wrapper=True)  # around pytest-qt's teardown, which closes the widgets
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """Delete what the test's windows left to ``deleteLater`` (pytest-qt closes them so),
    which no event loop runs between tests: else every window (about 350 widgets) lives on
    for the rest of the run, and each later style sheet and event filter walks them all."""
    result = yield
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the default data, closed (no -wal), made once per session: creating
    one takes 0.2 s of migrations, a copy 3 ms."""
    from tracker.store.database import open_database

    path = tmp_path_factory.mktemp("template") / "tracker.db"
    open_database(f"sqlite:///{path}").dispose()
    assert not path.with_name("tracker.db-wal").exists()
    return path


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A SQLite file in a fresh temporary folder (not yet created)."""
    return f"sqlite:///{tmp_path / 'tracker.db'}"


@pytest.fixture
def db(db_url: str, template_db: Path) -> Iterator[object]:
    """A new database holding the default data: a copy of the template, at ``db_url``."""
    from tracker.store.database import open_database, sqlite_path

    path = sqlite_path(db_url)
    assert path is not None
    shutil.copyfile(template_db, path)
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def repo(db: object) -> object:
    """A repository on the default data with the clock stopped at the report's day."""
    from tracker.store.repository import Repository

    return Repository(db, lambda: REPORT_DAY)  # type: ignore[arg-type]
