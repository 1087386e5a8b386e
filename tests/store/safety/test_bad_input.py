"""Bad input everywhere: arbitrary text, ids, seats and versions thrown at the crew commands.

Each command either succeeds and leaves every roster consistent, or raises ``UserError`` and
leaves the database exactly as it was (compared as a full SQL dump). Nothing else may
escape: no ``IntegrityError``, no ``OverflowError``, no encoding error. The commands come
in runs (a Hypothesis state machine), each run on a fresh copy of the default data, so that
what one run did never changes what another one, or its replay, sees.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections import Counter
from itertools import count
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from tests.store.safety import worker
from tracker.errors import UserError
from tracker.store.database import open_database
from tracker.store.repository import Repository
from tracker.vocabulary import NAME_MAX

EXAMPLES = int(os.environ.get("TRACKER_FUZZ_EXAMPLES", "1000"))  # commands in all
STEPS = 50  # the most commands in one run on one database

# Every character, including NUL, other controls, lone surrogates (what a command line
# passes on for bytes that are not UTF-8) and whitespace that Python strips but SQL doesn't.
any_text = st.text(st.characters(codec=None, exclude_categories=()), max_size=NAME_MAX + 20)
nasty = st.lists(
    st.sampled_from(
        ["a", "Pilot", " ", "\x00", "\udcff", "\ud800", "\u2003", "\n", "\x7f", "\x1b"]
    ),
    min_size=1,
    max_size=6,
).map("".join)
texts = st.one_of(
    any_text,
    nasty,
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=30),
    st.sampled_from(["Commander", "  Pilot  ", "", " ", "\x00", "\u2003", "x" * (NAME_MAX + 1)]),
)
ints = st.one_of(
    st.integers(min_value=-3, max_value=40),  # the ids and seats that exist, and just beyond
    st.integers(min_value=-(2**70), max_value=2**70),  # beyond what SQLite can store
)
missions = st.one_of(st.integers(min_value=1, max_value=10), ints)  # 10 in the default data
people = st.one_of(st.integers(min_value=1, max_value=25), ints)


def dump(raw: sqlite3.Connection) -> list[Any]:
    """Every table a crew command may touch, row by row."""
    return [
        raw.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        for table in ("mission", "crewassignment", "person")
    ]


def assert_consistent(raw: sqlite3.Connection) -> None:
    assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    rosters: dict[int, list[int]] = {}
    people: dict[int, set[int]] = {}
    for mission_id, person_id, role, seat in raw.execute(
        "SELECT mission_id, person_id, role, seat FROM crewassignment ORDER BY mission_id, seat"
    ):
        rosters.setdefault(mission_id, []).append(seat)
        people.setdefault(mission_id, set()).add(person_id)
        assert isinstance(role, str) and role == role.strip() and 0 < len(role) <= NAME_MAX
        role.encode("utf-8")  # text kept as valid text
        assert "\x00" not in role
    for mission_id, seats in rosters.items():
        assert seats == list(range(len(seats))), f"mission {mission_id}: seats {seats}"
        assert len(people[mission_id]) == len(seats)
    over = raw.execute(
        "SELECT m.id FROM mission m JOIN vehicle v ON v.id = m.spacecraft_id "
        "WHERE v.crew_capacity < (SELECT count(*) FROM crewassignment a WHERE a.mission_id = m.id)"
    ).fetchall()
    assert over == []


def _fits(value: int) -> bool:
    return -(2**63) <= value < 2**63


class CrewCommands(RuleBasedStateMachine):
    """One run: arbitrary crew commands one after another on a fresh copy of the default data,
    so that every run (and its replay while shrinking) starts from the same rows."""

    def __init__(self, database: Path, tally: Counter[str]) -> None:
        super().__init__()
        self.db = open_database(f"sqlite:///{database}", seed=False)
        self.repo = Repository(self.db, lambda: worker.NOW)
        # A connection of the test's own, to look at the data as it is on disk.
        self.raw = sqlite3.connect(database, isolation_level=None)
        self.tally = tally

    @rule(confirm=st.booleans(), data=st.data())
    def command(self, confirm: bool, data: st.DataObject) -> None:
        """Ids are drawn half from what exists (a crew member of a mission, so the command
        gets past its lookups to the text and seats) and half from anything at all."""
        self.tally["commands"] += 1
        raw = self.raw
        pairs = raw.execute(
            "SELECT mission_id, person_id FROM crewassignment ORDER BY id"
        ).fetchall()
        crew_member = data.draw(st.booleans(), label="existing crew member")
        if pairs and crew_member:
            mission_id, person_id = pairs[data.draw(st.integers(0, 999)) % len(pairs)]
        else:
            mission_id, person_id = data.draw(st.tuples(missions, people), label="ids")
        row = raw.execute(
            "SELECT version FROM mission WHERE id = ?", (mission_id if _fits(mission_id) else 0,)
        ).fetchone()
        expected_version = data.draw(
            st.one_of(st.none(), st.just("current"), ints), label="expected_version"
        )
        if expected_version == "current":
            expected_version = row[0] if row else None
        name = data.draw(st.sampled_from(["add_crew", "remove_crew", "move_crew", "set_crew_role"]))
        args: list[Any] = [mission_id, person_id]
        if name == "add_crew":
            args += [data.draw(texts, label="role"), data.draw(st.one_of(st.none(), ints))]
        elif name == "move_crew":
            args.append(data.draw(ints, label="seat"))
        elif name == "set_crew_role":
            args.append(data.draw(texts, label="role"))
        before = dump(raw)
        try:
            getattr(self.repo, name)(*args, expected_version=expected_version, confirm=confirm)
        except UserError as exc:
            self.tally["refused"] += 1
            assert str(exc) and "\n" not in str(exc)
            assert dump(raw) == before
        else:
            self.tally["done"] += 1
            assert dump(raw) != before  # a command that succeeds did something (a version bump)

    @invariant()
    def rosters_are_consistent(self) -> None:
        assert_consistent(self.raw)

    def teardown(self) -> None:
        """The database is sound after the onslaught."""
        try:
            assert self.raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            self.raw.close()
            self.db.dispose()


def test_crew_commands_succeed_consistently_or_refuse_changing_nothing(
    template_db: Path, tmp_path: Path
) -> None:
    """About EXAMPLES commands in all, in runs of up to STEPS, each run on its own copy."""
    tally: Counter[str] = Counter()
    runs = count()

    def fresh_run() -> CrewCommands:
        database = tmp_path / f"run-{next(runs)}.db"
        shutil.copyfile(template_db, database)
        return CrewCommands(database, tally)

    run_state_machine_as_test(
        fresh_run,  # type: ignore[arg-type]  # documented: a class or a function
        settings=settings(
            max_examples=max(1, EXAMPLES // STEPS),
            stateful_step_count=STEPS,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
    tried, done, refused = tally["commands"], tally["done"], tally["refused"]
    print(f"\n{tried} arbitrary commands: {done} done, {refused} refused")
    assert tally["commands"] >= EXAMPLES // 2
