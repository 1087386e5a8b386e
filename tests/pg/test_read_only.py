"""A role that may only read: every command that would write is refused, exit 2, in one
line that says why, and nothing changes; the reading commands work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.helpers import LL2_SAMPLES, run
from tests.pg.conftest import SERVER
from tests.store.backends import content
from tracker.store.database import open_database

REPORT_DAY = "2021-10-27T12:00:00Z"


@pytest.fixture
def reader(pg_name: str) -> Iterator[str]:
    """The URL of a role that may log in and read the database, nothing more."""
    role = f"{pg_name}_reader"
    admin = sa.create_engine(SERVER.replace("postgresql:", "postgresql+psycopg:") + pg_name)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
        conn.exec_driver_sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{role}"')
    yield f"postgresql://{role}@127.0.0.1/{pg_name}"
    with admin.begin() as conn:
        conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
        conn.exec_driver_sql(f'DROP ROLE "{role}"')
    admin.dispose()


WRITES = {
    "crew add": ("crew", "add", "Crew-5", "Anna Kikina", "--role", "Pilot"),
    "crew remove": ("crew", "remove", "Crew-3", "Kayla Barron"),
    "person add": ("person", "add", "Somebody New"),
    "reschedule": ("reschedule", "Crew-5", "2022-10-05T16:00:00Z"),
    "status": ("status", "Crew-3", "Hold", "--reason", "weather"),
    "import": ("import", LL2_SAMPLES / "launches_upcoming_detailed_v2.3.0.json"),
    "sync": ("sync", "--ll2-url", "http://127.0.0.1:9/2.3.0"),
}


@pytest.mark.parametrize("args", WRITES.values(), ids=WRITES.keys())
def test_every_write_is_refused_with_exit_2_and_nothing_changes(
    reader: str, pg_url: str, capsys: pytest.CaptureFixture[str], args: tuple[str | Path, ...]
) -> None:
    owner = open_database(pg_url)
    before = content(owner)
    ran = run(capsys, "--database", reader, "--now", REPORT_DAY, *args)
    assert ran.status == 2, ran
    assert len(ran.err.splitlines()) == 1 and "Traceback" not in ran.err, ran
    assert "may only read" in ran.err or "may be read but not changed" in ran.err, ran
    assert content(owner) == before
    owner.dispose()


OUT = "OUT"  # stands for a file in the test's folder
READS = (
    ("next",),
    ("list",),
    ("crew", "show", "Crew-3"),
    ("history", "Crew-3"),
    ("person", "list"),
    ("vehicle", "show", "Crew Dragon"),
    ("stats",),
    ("changes",),
    ("check",),
    ("export", OUT),
    ("backup", OUT),
    ("export-ics", OUT),
)


@pytest.mark.parametrize("args", READS, ids=[" ".join(a[:2]) for a in READS])
def test_reading_commands_work(
    reader: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], tmp_path: Path
) -> None:
    argv = [tmp_path / "out" if a == OUT else a for a in args]
    ran = run(capsys, "--database", reader, "--now", REPORT_DAY, *argv)
    assert ran.status == 0, ran


def test_restore_on_a_server_points_to_import(
    reader: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ran = run(capsys, "--database", reader, "restore", tmp_path / "backup.json")
    assert ran.status == 2 and "tracker import" in ran.err and len(ran.err.splitlines()) == 1
